import { InputError } from "../shared/inputError";
import { eachItem, type DemandHistory, type DemandRow, type ItemResult } from "./demandHistory";
import { scaledDemandStatistics } from "./demandStatistics";

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
 * The CV does not change when every period is scaled by the same factor, so it
 * is the ratio of the statistics of demand / max(demand) from
 * {@link scaledDemandStatistics}: no sum can overflow, even at 1e308, and the
 * result is always finite (at most √n for n periods).
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
  const scaled = scaledDemandStatistics(demand, "items are rows, periods across");
  if (scaled === null) return { kind: "blank" };
  if (scaled.scale === 0) return { kind: "zeroMean", periods: scaled.periods };
  return { kind: "cv", periods: scaled.periods, value: scaled.standardDeviation / scaled.mean };
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
