import { requireFiniteResult } from "../shared/guards";

export interface LotPlanCost {
  /** Number of periods with a planned order. */
  orderCount: number;
  /** S × number of orders. */
  orderingCost: number;
  /** H × Σ ending inventory: every unit carried from one period to the next costs H. */
  holdingCost: number;
  /** Ordering + holding cost of the plan over the horizon. */
  totalCost: number;
  /** Stock carried out of each period, after its requirement is met. */
  endingInventory: number[];
}

/**
 * The cost of a lot plan: S for every period with an order, and H for every unit
 * in stock at the end of each period (inventory carried to the next period),
 * including what is left after the last period. Stock starts at zero.
 *
 * A plan that leaves a period short is a bug in the rule that made it (the rules
 * never do), not an input error.
 */
export function lotPlanCost(
  r: readonly number[],
  orders: readonly number[],
  orderCost: number,
  holdingCost: number,
): LotPlanCost {
  let total = 0;
  for (const requirement of r) total += requirement;
  // Sums of the same numbers in another order differ by rounding only: tolerate that.
  const tolerance = 1e-9 * total;
  let onHand = 0;
  let orderCount = 0;
  let carried = 0;
  const endingInventory = new Array<number>(r.length);
  for (let t = 0; t < r.length; t++) {
    const order = orders[t] as number;
    if (order > 0) orderCount++;
    onHand += order - (r[t] as number);
    if (onHand < -tolerance) throw new Error(`lot plan leaves period ${t + 1} short by ${-onHand}: a bug in the rule`);
    if (Math.abs(onHand) <= tolerance) onHand = 0;
    endingInventory[t] = onHand;
    carried += onHand;
  }
  const orderingCost = requireFiniteResult(orderCount * orderCost, "ordering cost");
  const holdingTotal = requireFiniteResult(carried * holdingCost, "holding cost");
  return {
    orderCount,
    orderingCost,
    holdingCost: holdingTotal,
    totalCost: requireFiniteResult(orderingCost + holdingTotal, "total cost"),
    endingInventory,
  };
}
