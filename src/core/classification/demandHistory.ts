import { InputError } from "../shared/inputError";
import { requireNonNegative } from "../shared/guards";

/**
 * One item's demand history: demand per period, oldest first, `null` for a
 * blank (missing) period. A blank period is skipped, not read as zero demand:
 * enter 0 for a period in which nothing was demanded.
 */
export type DemandRow = ReadonlyArray<number | null>;

/** Demand histories of several items: one row per item, periods across. */
export type DemandHistory = ReadonlyArray<DemandRow>;

/**
 * What a list model gives for one item when the items are independent of each
 * other: a result, `null` for a blank item, or the {@link InputError} that this
 * item alone raised. One bad row among 100,000 then costs only its own result;
 * the caller decides how to show it (the Excel layer puts a `#VALUE!` at its row).
 * An input error about the call as a whole (a cut-off, say) is thrown instead.
 */
export type ItemResult<T> = T | null | InputError;

/**
 * Applies `compute` to each item and keeps an {@link InputError} it throws as
 * that item's result. Anything else thrown is a bug and propagates.
 */
export function eachItem<T>(count: number, compute: (item: number) => T | null): Array<ItemResult<T>> {
  const results = new Array<ItemResult<T>>(count);
  for (let item = 0; item < count; item++) {
    try {
      results[item] = compute(item);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results[item] = error;
    }
  }
  return results;
}

/** What one pass over a valid demand row counts. */
export interface DemandPeriods {
  /** Periods with a figure (blank periods skipped). */
  periods: number;
  /** Periods with demand above 0. */
  periodsWithDemand: number;
  /** The largest figure, units (0 when every period is blank or 0). */
  largest: number;
}

/**
 * Checks one item's demand row and counts its periods: the one place that says
 * what a demand figure may be. Blank periods are skipped.
 *
 * Complexity: O(p) for p periods, one pass.
 *
 * @param demand demand per period (≥ 0), `null` for a blank period
 * @throws InputError "demandHistory", with `index` the period, for a negative or non-finite figure
 * @example demandPeriods([0, 5, null, 7]) //=> { periods: 3, periodsWithDemand: 2, largest: 7 }
 */
export function demandPeriods(demand: DemandRow): DemandPeriods {
  let periods = 0;
  let periodsWithDemand = 0;
  let largest = 0;
  for (let period = 0; period < demand.length; period++) {
    const value = demand[period];
    if (value === null || value === undefined) continue;
    requireNonNegative(value, "demandHistory", period);
    periods++;
    if (value > 0) periodsWithDemand++;
    if (value > largest) largest = value;
  }
  return { periods, periodsWithDemand, largest };
}
