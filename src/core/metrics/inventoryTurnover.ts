import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";

export interface InventoryTurnoverInput {
  /** Cost of goods sold over the period (a year, usually), money. */
  costOfGoodsSold: number;
  /** Average inventory over the same period, at cost, money. */
  averageInventory: number;
}

/**
 * Inventory turnover: how many times the average inventory is sold through in
 * the period.
 *
 * turns = cost of goods sold / average inventory at cost
 *
 * @param input.costOfGoodsSold   ≥ 0
 * @param input.averageInventory  > 0, at cost, over the same period
 * @returns turns per period
 * @see APICS Dictionary, "inventory turnover"; Heizer & Render, Operations Management, ch. 11 (supply chain metrics).
 * @example inventoryTurnover({ costOfGoodsSold: 18038, averageInventory: 2108 }) //=> 8.5569
 * //   (Weygandt, Kimmel & Kieso, Financial Accounting, PepsiCo exercise: 8.6 times)
 */
export function inventoryTurnover(input: InventoryTurnoverInput): number {
  const costOfGoodsSold = requireNonNegative(input.costOfGoodsSold, "costOfGoodsSold");
  const averageInventory = requirePositive(input.averageInventory, "averageInventory");
  return requireFiniteResult(costOfGoodsSold / averageInventory, "turnover");
}
