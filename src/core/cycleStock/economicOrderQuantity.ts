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
 * period); nothing is converted. Q* and g* are computed so that they are finite
 * whenever their value is (EOQ(1e200, 1e200, 1) = √2·1e200, though 2DS is not a
 * double); see `rootOfRatio`.
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
  const { demand, orderCost, holdingCostPerUnit, quantity } = solve(input);
  // g* = sqrt(2·D·S·H), finite whenever g* is.
  const costPerPeriod = requireFiniteResult(rootOfRatio([2, demand, orderCost, holdingCostPerUnit]), "cost per period");
  return {
    quantity,
    holdingCostPerUnit,
    costPerPeriod,
    ordersPerPeriod: quantity > 0 ? requireFiniteResult(demand / quantity, "number of orders") : 0,
    cycleStock: quantity / 2,
  };
}

/**
 * Q* of {@link economicOrderQuantity} alone, for callers that need only the
 * quantity (so that inputs too large for a finite cost still give Q*).
 */
export function economicOrderQuantityAlone(input: EoqInput): number {
  return solve(input).quantity;
}

/** The guarded inputs and Q* = sqrt(2·D·S/H), finite whenever Q* is. */
function solve(input: EoqInput): { demand: number; orderCost: number; holdingCostPerUnit: number; quantity: number } {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const holdingCostPerUnit = holdingCostOf(input.holdingCost, input.unitCost);
  const quantity = requireFiniteResult(rootOfRatio([2, demand, orderCost], [holdingCostPerUnit]), "order quantity");
  return { demand, orderCost, holdingCostPerUnit, quantity };
}

/** Factors between these bounds multiply and divide directly without leaving the normal doubles. */
const DIRECT_BOUND = 1e75;

/**
 * sqrt(n₁·n₂·… / (d₁·d₂·…)) for numerators ≥ 0 and denominators > 0, finite
 * whenever the result is.
 *
 * When every factor lies between 1e-75 and 1e75 (every figure a spreadsheet is
 * likely to hold), the product is taken directly: no step can overflow or lose
 * precision, and textbook figures come out exact (sqrt(40000) = 200). Otherwise
 * (1e200·1e200, say) it is the product of the square roots √n and 1/√d, each
 * within 1e-162 to 1e162, multiplied so that no partial product leaves the
 * doubles unless the result does: a partial product at least 1 is multiplied by
 * the smallest root left, one below 1 by the largest.
 */
function rootOfRatio(numerators: readonly number[], denominators: readonly number[] = []): number {
  if (numerators.includes(0)) return 0;
  const inRange = (f: number): boolean => f >= 1 / DIRECT_BOUND && f <= DIRECT_BOUND;
  if (numerators.every(inRange) && denominators.every(inRange)) {
    const product = (factors: readonly number[]): number => factors.reduce((p, f) => p * f, 1);
    return Math.sqrt(product(numerators) / product(denominators));
  }
  const roots = [...numerators.map(Math.sqrt), ...denominators.map((f) => 1 / Math.sqrt(f))].sort((a, b) => a - b);
  let result = 1;
  while (roots.length > 0) result *= (result >= 1 ? roots.shift() : roots.pop()) as number;
  return result;
}
