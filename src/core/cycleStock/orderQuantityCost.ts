import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { holdingCostPerUnit } from "./holdingCostPerUnit";

export interface OrderQuantityCostInput {
  /** D, demand in units per period. */
  demand: number;
  /** S, cost per order. */
  orderCost: number;
  /** H, holding cost per unit per period; the carrying rate i when `unitCost` is given (H = i × C). */
  holdingCost: number;
  /** Q, the order quantity to cost, in units. */
  orderQuantity: number;
  /** C, purchase cost per unit. Optional; turns `holdingCost` into a carrying rate. */
  unitCost?: number | undefined;
}

export interface OrderQuantityCostResult {
  /** Ordering plus holding cost per period, D·S/Q + H·Q/2. Purchase cost not included. */
  costPerPeriod: number;
  /** Ordering cost per period, D·S/Q. */
  orderingCostPerPeriod: number;
  /** Holding cost per period, H·Q/2 (cycle stock Q/2 held at H). */
  holdingCostPerPeriod: number;
  /** H actually used, cost per unit per period. */
  holdingCostPerUnit: number;
}

/**
 * Relevant cost per period of ordering Q units at a time: the EOQ cost curve.
 *
 * g(Q) = D·S/Q + H·Q/2, with H = i·C when a unit cost is given.
 *
 * g is smallest at Q* = sqrt(2DS/H) (INV.EOQ), where the two terms are equal; the
 * curve is flat near Q*, which is why a rounded order quantity costs little more.
 * Purchase cost D·C is not included (it does not depend on Q without discounts).
 *
 * @param input.demand         D, units per period (≥ 0)
 * @param input.orderCost      S, cost per order (≥ 0)
 * @param input.holdingCost    H, cost per unit per period (> 0); the carrying rate i when unitCost is given
 * @param input.orderQuantity  Q, units per order (> 0)
 * @param input.unitCost       C, cost per unit (> 0), optional
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §3.2 (the cost function g(Q) behind eq. (3.4)–(3.5)).
 * @see Harris, F. W. (1913), "How many parts to make at once", Factory 10(2).
 * @example orderQuantityCost({ demand: 1300, orderCost: 8, holdingCost: 0.225, orderQuantity: 250 }).costPerPeriod
 * //=> 69.725   (the data of Snyder & Shen Example 3.1, at Q = 250 instead of Q* = 304.05)
 */
export function orderQuantityCost(input: OrderQuantityCostInput): OrderQuantityCostResult {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const holding = holdingCostPerUnit(input.holdingCost, input.unitCost);
  const quantity = requirePositive(input.orderQuantity, "orderQuantity");
  // (D/Q)·S rather than D·S/Q keeps the product finite whenever the result is;
  // no demand or a free order costs nothing to order, however small Q is.
  const orderingCostPerPeriod =
    demand === 0 || orderCost === 0 ? 0 : requireFiniteResult((demand / quantity) * orderCost, "ordering cost");
  const holdingCostPerPeriod = requireFiniteResult(holding * (quantity / 2), "holding cost");
  return {
    costPerPeriod: requireFiniteResult(orderingCostPerPeriod + holdingCostPerPeriod, "cost per period"),
    orderingCostPerPeriod,
    holdingCostPerPeriod,
    holdingCostPerUnit: holding,
  };
}
