import { requireFiniteResult, requireNonNegative } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface DaysOfSupplyInput {
  /** Inventory on hand, units (or money, with demand in money per day). */
  inventory: number;
  /** Average demand per day, in the inventory's unit. */
  averageDailyDemand: number;
}

/**
 * Days of supply: how long the inventory lasts at the average rate of demand.
 * With demand per week instead of per day, the result is weeks of supply.
 *
 * days = inventory / average daily demand
 *
 * @param input.inventory           ≥ 0
 * @param input.averageDailyDemand  > 0 (with no demand the stock lasts indefinitely: an input error)
 * @returns days of supply
 * @see APICS Dictionary, "days of supply".
 * @example daysOfSupply({ inventory: 1400, averageDailyDemand: 56 }) //=> 25
 */
export function daysOfSupply(input: DaysOfSupplyInput): number {
  const inventory = requireNonNegative(input.inventory, "inventory");
  const averageDailyDemand = requireNonNegative(input.averageDailyDemand, "averageDailyDemand");
  if (averageDailyDemand === 0) {
    throw new InputError(
      "averageDailyDemand",
      "must be greater than 0 (with no demand the stock lasts indefinitely)",
      0,
    );
  }
  return requireFiniteResult(inventory / averageDailyDemand, "days of supply");
}
