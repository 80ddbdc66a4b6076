import { requireFiniteResult, requireNonNegative } from "../shared/guards";
import { holdingCostPerUnit as holdingCostOf } from "./holdingCostPerUnit";

export interface EoqInput {
  /** D, demand in units per period. */
  demand: number;
  /** S, cost per order (setup, placement, receiving). */
  orderCost: number;
  /**
   * H, holding cost per unit per period; or, when `unitCost` is given, the
   * carrying rate i per period (a fraction, 25% = 0.25), so that H = i × C.
   */
  holdingCost: number;
  /** C, purchase cost per unit. Optional; turns `holdingCost` into a carrying rate. */
  unitCost?: number | undefined;
}

export interface EoqResult {
  /** Q*, the economic order quantity in units. */
  quantity: number;
  /** H actually used, cost per unit per period (holdingCost, or holdingCost × unitCost). */
  holdingCostPerUnit: number;
  /** Relevant cost per period at the optimum, D·S/Q + H·Q/2 = sqrt(2·D·S·H). Purchase cost not included. */
  costPerPeriod: number;
  /** Orders per period, D/Q (0 when demand is 0). */
  ordersPerPeriod: number;
  /** Cycle stock, Q/2 (the average inventory an order cycle builds). */
  cycleStock: number;
}

/**
 * Economic order quantity: the order size that balances ordering and holding cost.
 *
 * Q* = sqrt(2DS / H), with H = i·C when a unit cost is given.
 * Relevant cost per period at the optimum: g = DS/Q + HQ/2 = sqrt(2DSH).
 *
 * Units: one period throughout (demand per period, holding cost per unit per
 * period); nothing is converted.
 *
 * @param input.demand       D, units per period (≥ 0)
 * @param input.orderCost    S, cost per order (≥ 0)
 * @param input.holdingCost  H, cost per unit per period (> 0); the carrying rate i when unitCost is given
 * @param input.unitCost     C, cost per unit (> 0), optional
 * @see Harris, F. W. (1913), "How many parts to make at once", Factory 10(2).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §3.2, eq. (3.4)–(3.5).
 * @see APICS Dictionary, "economic order quantity".
 * @example economicOrderQuantity({ demand: 1300, orderCost: 8, holdingCost: 0.225 })
 * //=> quantity 304.0468, costPerPeriod 68.4105   (Snyder & Shen Example 3.1)
 * @example economicOrderQuantity({ demand: 12000, orderCost: 4000, holdingCost: 0.2, unitCost: 500 })
 * //=> quantity 979.80   (Chopra & Meindl, Supply Chain Management, Example 11-1, Best Buy)
 */
export function economicOrderQuantity(input: EoqInput): EoqResult {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const holdingCostPerUnit = holdingCostOf(input.holdingCost, input.unitCost);
  const quantity = requireFiniteResult(
    sqrtOfProduct(2 * demand, orderCost / holdingCostPerUnit, (2 * demand * orderCost) / holdingCostPerUnit),
    "order quantity",
  );
  const costPerPeriod = requireFiniteResult(
    sqrtOfProduct(2 * demand * orderCost, holdingCostPerUnit, 2 * demand * orderCost * holdingCostPerUnit),
    "cost per period",
  );
  return {
    quantity,
    holdingCostPerUnit,
    costPerPeriod,
    ordersPerPeriod: quantity > 0 ? requireFiniteResult(demand / quantity, "number of orders") : 0,
    cycleStock: quantity / 2,
  };
}

/**
 * sqrt(a·b), given a, b and the product computed directly. The direct product is
 * used when it is finite (it is exact for textbook figures: sqrt(40000) = 200);
 * when it overflows, sqrt(a)·sqrt(b) still gives a finite answer where one exists.
 */
function sqrtOfProduct(a: number, b: number, product: number): number {
  return Number.isFinite(product) ? Math.sqrt(product) : Math.sqrt(a) * Math.sqrt(b);
}
