import { requireNonNegative } from "../shared/guards";

/** Items ranked by value for ABC and Pareto analysis. */
export interface RankedValues {
  /** Input positions of the non-blank items, largest value first; equal values keep their input order. */
  ranked: number[];
  /** The largest value (0 when there are no items or all are 0). */
  largest: number;
}

/**
 * Ranks item values, largest first, for a distribution-by-value analysis.
 * Blanks (`null`) are skipped; every other value must be finite and ≥ 0.
 * The sort is stable, so ties keep their input order (ABC classes then give a
 * tie the class of its first item; Pareto shares rise through it). O(n log n).
 *
 * @throws InputError "values", with `index`, for a negative or non-finite value
 * @see Silver, Pyke & Thomas (2017), §2.6 (the distribution-by-value curve)
 */
export function rankByValue(values: ReadonlyArray<number | null>): RankedValues {
  const ranked: number[] = [];
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    requireNonNegative(value, "values", i);
    ranked.push(i);
    if (value > largest) largest = value;
  }
  ranked.sort((left, right) => (values[right] as number) - (values[left] as number));
  return { ranked, largest };
}
