import { InputError } from "../shared/inputError";
import { eachItem, type DemandHistory, type DemandRow, type ItemResult } from "./demandHistory";

/** The variability of one item's demand, or why it has no coefficient of variation. */
export type DemandVariation =
  /** Every period is blank. */
  | { kind: "blank" }
  /** Zero demand in every period with a figure: the mean is 0, so the CV is undefined. */
  | { kind: "zeroMean"; periods: number }
  /** CV = s / mean over `periods` periods with a figure. */
  | { kind: "cv"; periods: number; value: number };

/**
 * The variability of one item's per-period demand: the coefficient of variation
 * CV = s / x̄, with s the sample standard deviation (n − 1 in the denominator)
 * and x̄ the mean over the periods that have a figure. Blank periods are skipped.
 *
 * The CV does not change when every period is scaled by the same factor, so the
 * sums run over demand / max(demand): no sum can overflow, even at 1e308, and
 * the result is always finite (at most √n for n periods).
 *
 * Complexity: O(p) for p periods, two passes.
 *
 * @param demand  demand per period (≥ 0), `null` for a blank period
 * @throws InputError  "demandHistory", with `index` the period, for a negative or non-finite figure;
 *                     "demandHistory" when fewer than 2 periods have a figure
 * In Excel terms, =STDEV.S(row) / AVERAGE(row), both of which also skip blanks.
 * @example demandVariation([10, 20, 30]) //=> { kind: "cv", periods: 3, value: 0.5 }   (x̄ = 20, s = 10)
 */
export function demandVariation(demand: DemandRow): DemandVariation {
  let periods = 0;
  let largest = 0;
  for (let period = 0; period < demand.length; period++) {
    const value = demand[period];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new InputError("demandHistory", "must be a finite number, zero or more", value, { index: period });
    }
    periods++;
    if (value > largest) largest = value;
  }
  if (periods === 0) return { kind: "blank" };
  if (periods < 2) {
    throw new InputError(
      "demandHistory",
      "needs a figure in at least 2 periods for a standard deviation (items are rows, periods across)",
      periods,
    );
  }
  if (largest === 0) return { kind: "zeroMean", periods };

  let sum = 0;
  for (const value of demand) if (value !== null && value !== undefined) sum += value / largest;
  const mean = sum / periods;
  let squares = 0;
  for (const value of demand) {
    if (value === null || value === undefined) continue;
    const deviation = value / largest - mean;
    squares += deviation * deviation;
  }
  return { kind: "cv", periods, value: Math.sqrt(squares / (periods - 1)) / mean };
}

/**
 * Coefficient of variation of one item's per-period demand: sample standard
 * deviation / mean, over the periods with a figure (see {@link demandVariation}).
 *
 * @returns the CV (≥ 0), or `null` when every period is blank
 * @throws InputError  as {@link demandVariation}, and when every period with a figure is 0
 *                     (the mean is 0, so the CV is undefined; XYZ puts such an item in Z)
 * @example coefficientOfVariation([10, 20, 30]) //=> 0.5
 */
export function coefficientOfVariation(demand: DemandRow): number | null {
  const variation = demandVariation(demand);
  if (variation.kind === "blank") return null;
  if (variation.kind === "zeroMean") {
    throw new InputError(
      "demandHistory",
      "has zero demand in every period, so its coefficient of variation is undefined (the mean is 0; XYZ puts such an item in Z)",
      0,
    );
  }
  return variation.value;
}

/**
 * {@link coefficientOfVariation} for each item (row) of a demand history. A row's
 * input error is that row's result; the other rows are computed.
 *
 * Complexity: O(n·p) for n items of p periods.
 */
export function coefficientsOfVariation(history: DemandHistory): Array<ItemResult<number>> {
  return eachItem(history.length, (item) => coefficientOfVariation(history[item] as DemandRow));
}
