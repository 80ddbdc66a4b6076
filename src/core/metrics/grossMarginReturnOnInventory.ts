import { requireFinite, requireFiniteResult, requirePositive } from "../shared/guards";

export interface GmroiInput {
  /** Gross margin over the period (sales − cost of goods sold), money; negative for a loss. */
  grossMargin: number;
  /** Average inventory over the same period, at cost, money. */
  averageInventoryCost: number;
}

/**
 * Gross margin return on inventory investment (GMROI): gross margin earned per
 * unit of money tied up in inventory.
 *
 * GMROI = gross margin / average inventory at cost
 *
 * @param input.grossMargin           any finite number (negative for a loss)
 * @param input.averageInventoryCost  > 0, over the same period
 * @returns GMROI, a ratio (2.5 = 2.50 of margin per 1.00 of inventory)
 * @see Levy & Weitz, Retailing Management (merchandise planning: GMROI); APICS Dictionary, "gross margin".
 * @example grossMarginReturnOnInventory({ grossMargin: 500000, averageInventoryCost: 200000 }) //=> 2.5
 */
export function grossMarginReturnOnInventory(input: GmroiInput): number {
  const grossMargin = requireFinite(input.grossMargin, "grossMargin");
  const averageInventoryCost = requirePositive(input.averageInventoryCost, "averageInventoryCost");
  return requireFiniteResult(grossMargin / averageInventoryCost, "GMROI");
}
