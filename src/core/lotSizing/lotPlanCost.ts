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
  /** Each period's ordering cost: S when it has an order, else 0. */
  periodOrderingCost: number[];
  /** Each period's holding cost: H × the stock carried out of it. */
  periodHoldingCost: number[];
  /** The cost of the plan up to and including each period; the last is the total (up to rounding). */
  runningCost: number[];
}

/**
 * The cost of a lot plan: S for every period with an order, and H for every unit
 * in stock at the end of each period (inventory carried to the next period),
 * including what is left after the last period. Stock starts at zero. Period by
 * period it keeps what a textbook's lot-sizing table shows: the stock carried,
 * the ordering and holding cost of the period, and the running total.
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
  const periodOrderingCost = new Array<number>(r.length);
  const periodHoldingCost = new Array<number>(r.length);
  const runningCost = new Array<number>(r.length);
  let running = 0;
  for (let t = 0; t < r.length; t++) {
    const order = orders[t] as number;
    if (order > 0) orderCount++;
    onHand += order - (r[t] as number);
    if (onHand < -tolerance) throw new Error(`lot plan leaves period ${t + 1} short by ${-onHand}: a bug in the rule`);
    if (Math.abs(onHand) <= tolerance) onHand = 0;
    endingInventory[t] = onHand;
    carried += onHand;
    const ordering = order > 0 ? orderCost : 0;
    const holding = requireFiniteResult(holdingCost * onHand, "holding cost");
    running = requireFiniteResult(running + ordering + holding, "total cost");
    periodOrderingCost[t] = ordering;
    periodHoldingCost[t] = holding;
    runningCost[t] = running;
  }
  const orderingCost = requireFiniteResult(orderCount * orderCost, "ordering cost");
  const holdingTotal = requireFiniteResult(carried * holdingCost, "holding cost");
  return {
    orderCount,
    orderingCost,
    holdingCost: holdingTotal,
    totalCost: requireFiniteResult(orderingCost + holdingTotal, "total cost"),
    endingInventory,
    periodOrderingCost,
    periodHoldingCost,
    runningCost,
  };
}
