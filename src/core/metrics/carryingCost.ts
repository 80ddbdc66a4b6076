import { requireFiniteResult, requireNonNegative } from "../shared/guards";

export interface CarryingCostInput {
  /** Average inventory value over the period, at cost, money. */
  averageInventoryValue: number;
  /** i, carrying rate per period, a fraction of the value (25% = 0.25). */
  carryingRate: number;
}

/**
 * Inventory carrying (holding) cost of a period: the average inventory value
 * times the carrying rate (capital, storage, insurance, obsolescence, …).
 *
 * cost = average inventory value × i
 *
 * @param input.averageInventoryValue  ≥ 0, at cost
 * @param input.carryingRate           i ≥ 0 per period, a fraction (25% = 0.25), as in INV.EOQ
 * @returns carrying cost for the period, money
 * @see APICS Dictionary, "carrying cost"; Silver, Pyke & Thomas (2017) (the carrying charge r).
 * @example carryingCost({ averageInventoryValue: 200000, carryingRate: 0.25 }) //=> 50000
 */
export function carryingCost(input: CarryingCostInput): number {
  const averageInventoryValue = requireNonNegative(input.averageInventoryValue, "averageInventoryValue");
  const carryingRate = requireNonNegative(input.carryingRate, "carryingRate");
  return requireFiniteResult(averageInventoryValue * carryingRate, "carrying cost");
}
