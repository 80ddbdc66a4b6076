import { requireFiniteResult } from "../shared/guards";

export interface LotPlanCost {
  /** Number of periods with a planned order. */
  orderCount: number;
  /** S × number of orders. */
  orderingCost: number;
  /** H × Σ ending inventory: every unit carried from one period to the next costs H. */
  holdingCost: number;
  /** Σ c_t × order_t, the purchase cost of the plan; 0 without unit costs. */
  purchaseCost: number;
  /** Ordering + holding (+ purchase, with unit costs) cost of the plan over the horizon. */
  totalCost: number;
  /** Stock carried out of each period, after its requirement is met. */
  endingInventory: number[];
  /** Each period's ordering cost: S when it has an order, else 0. */
  periodOrderingCost: number[];
  /** Each period's holding cost: H × the stock carried out of it. */
  periodHoldingCost: number[];
  /** Each period's purchase cost: c_t × its order (0 without unit costs). */
  periodPurchaseCost: number[];
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
 * Costs may vary by period (Wagner & Whitin's model): S_t for an order in period
 * t, h_t per unit carried out of period t, and with unit costs c_t per unit
 * ordered in period t, which the total then includes.
 *
 * A plan that leaves a period short is a bug in the rule that made it (the rules
 * never do), not an input error.
 */
export function lotPlanCost(
  r: readonly number[],
  orders: readonly number[],
  orderCost: number | readonly number[],
  holdingCost: number | readonly number[],
  unitCost?: readonly number[],
): LotPlanCost {
  const at = (cost: number | readonly number[], t: number): number =>
    typeof cost === "number" ? cost : (cost[t] as number);
  let total = 0;
  for (const requirement of r) total += requirement;
  // Sums of the same numbers in another order differ by rounding only: tolerate that.
  const tolerance = 1e-9 * total;
  let onHand = 0;
  let orderCount = 0;
  let orderingTotal = 0;
  let holdingSum = 0;
  let carried = 0;
  let purchaseTotal = 0;
  const endingInventory = new Array<number>(r.length);
  const periodOrderingCost = new Array<number>(r.length);
  const periodHoldingCost = new Array<number>(r.length);
  const runningCost = new Array<number>(r.length);
  const periodPurchaseCost = new Array<number>(r.length);
  let running = 0;
  for (let t = 0; t < r.length; t++) {
    const order = orders[t] as number;
    if (order > 0) orderCount++;
    onHand += order - (r[t] as number);
    if (onHand < -tolerance) throw new Error(`lot plan leaves period ${t + 1} short by ${-onHand}: a bug in the rule`);
    if (Math.abs(onHand) <= tolerance) onHand = 0;
    endingInventory[t] = onHand;
    carried += onHand;
    const ordering = order > 0 ? at(orderCost, t) : 0;
    const holding = requireFiniteResult(at(holdingCost, t) * onHand, "holding cost");
    const purchase = unitCost === undefined ? 0 : requireFiniteResult((unitCost[t] as number) * order, "purchase cost");
    running = requireFiniteResult(running + ordering + holding + purchase, "total cost");
    orderingTotal += ordering;
    holdingSum += holding;
    purchaseTotal += purchase;
    periodOrderingCost[t] = ordering;
    periodHoldingCost[t] = holding;
    periodPurchaseCost[t] = purchase;
    runningCost[t] = running;
  }
  // With one S (one H) for every period, S × N and H × Σ carried, as before costs could vary.
  const orderingCost = requireFiniteResult(
    typeof orderCost === "number" ? orderCount * orderCost : orderingTotal,
    "ordering cost",
  );
  const holdingTotal = requireFiniteResult(
    typeof holdingCost === "number" ? carried * holdingCost : holdingSum,
    "holding cost",
  );
  const purchaseCost = requireFiniteResult(purchaseTotal, "purchase cost");
  return {
    orderCount,
    orderingCost,
    holdingCost: holdingTotal,
    purchaseCost,
    totalCost: requireFiniteResult(orderingCost + holdingTotal + purchaseCost, "total cost"),
    endingInventory,
    periodOrderingCost,
    periodHoldingCost,
    periodPurchaseCost,
    runningCost,
  };
}
