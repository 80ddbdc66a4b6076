import { requireFiniteResult } from "../shared/guards";

/** A requirement this close to the stock on hand (relatively) counts as covered: floating-point noise. */
const COVERED = 1e-9;

/**
 * Fixed order quantity (FOQ): whenever the stock on hand cannot cover a period's
 * requirement, order the fixed quantity there, or the smallest multiple of it that
 * covers the requirement (the APICS rule: "a predetermined fixed quantity, or
 * multiples thereof, if net requirements for the period exceed the fixed order
 * quantity"). What is left over is carried to the next period, so the plan may
 * order more than the horizon needs.
 *
 * Also the EOQ lot-sizing rule, with the EOQ as the fixed quantity.
 *
 * @param quantity  Q, the fixed order quantity (> 0)
 * @see APICS Dictionary, "fixed order quantity".
 */
export function fixedOrderQuantity(r: readonly number[], quantity: number): number[] {
  const orders = new Array<number>(r.length).fill(0);
  let onHand = 0;
  for (let t = 0; t < r.length; t++) {
    const requirement = r[t] as number;
    if (requirement > onHand + COVERED * requirement) {
      const multiples = Math.max(1, Math.ceil((requirement - onHand) / quantity - COVERED));
      const order = requireFiniteResult(multiples * quantity, "order quantity");
      orders[t] = order;
      onHand += order;
    }
    onHand = Math.max(0, onHand - requirement);
  }
  return orders;
}
