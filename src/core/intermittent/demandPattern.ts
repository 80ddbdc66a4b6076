import { averageDemandInterval, INTERMITTENT_ADI } from "../classification/averageDemandInterval";
import {
  demandPeriods,
  eachItem,
  type DemandHistory,
  type DemandRow,
  type ItemResult,
} from "../classification/demandHistory";
import { scaledDemandStatistics } from "../classification/demandStatistics";

/** Syntetos & Boylan's four demand patterns. */
export type DemandPattern = "smooth" | "erratic" | "intermittent" | "lumpy";

/** The CV² of the non-zero demand sizes at and above which demand is erratic (or lumpy): 0.49. */
export const LUMPY_CV2 = 0.49;

/**
 * CV² is compared with this relative tolerance, so that sizes whose CV² is
 * 0.49 on paper (3, 10, 17) but a rounding below it in floating point still
 * count as at the cut-off.
 */
const CV2_TOLERANCE = 1e-12;

/** One item's demand pattern and the two figures it is read from. */
export interface DemandPatternResult {
  pattern: DemandPattern;
  /** ADI, the average demand interval: periods with a figure / periods with demand (≥ 1). */
  averageDemandInterval: number;
  /** CV², the squared coefficient of variation of the non-zero demand sizes (≥ 0). */
  sizeVariation: number;
  /** Periods with a figure (blank periods skipped). */
  periods: number;
  /** Periods with demand above 0. */
  periodsWithDemand: number;
}

/** What one item's history says about its pattern. */
export type DemandPatternAnalysis =
  /** Every period is blank. */
  | { kind: "blank" }
  /** Zero demand in every period with a figure: no interval and no sizes, so no pattern. */
  | { kind: "noDemand"; periods: number }
  | ({ kind: "pattern" } & DemandPatternResult);

/**
 * The squared coefficient of variation of the non-zero demand sizes:
 * CV² = (s / z̄)², s the sample standard deviation (n − 1 in the denominator, as
 * STDEV.S) and z̄ the mean of the sizes. One size alone shows no variation: 0.
 */
function sizeVariationOf(demand: DemandRow, periodsWithDemand: number): number {
  if (periodsWithDemand < 2) return 0;
  const sizes = demand.filter((value): value is number => value !== null && value !== undefined && value > 0);
  const scaled = scaledDemandStatistics(sizes);
  if (scaled === null || scaled.mean === 0) return 0;
  const cv = scaled.standardDeviation / scaled.mean;
  return cv * cv;
}

/**
 * The demand pattern of one item (Syntetos, Boylan & Croston 2005): from the
 * average demand interval ADI (periods with a figure over periods with demand,
 * blank periods skipped) and the squared coefficient of variation CV² of the
 * non-zero demand sizes,
 *
 *   smooth        ADI < 1.32 and CV² < 0.49
 *   erratic       ADI < 1.32 and CV² ≥ 0.49
 *   intermittent  ADI ≥ 1.32 and CV² < 0.49
 *   lumpy         ADI ≥ 1.32 and CV² ≥ 0.49
 *
 * A figure exactly at a cut-off is in the higher class. CV² is estimated with
 * the sample standard deviation (n − 1, as STDEV.S and as the tsintermittent
 * package's idclass); with one non-zero demand there is no observed variation
 * and CV² = 0. The cut-offs are where SBA starts to beat Croston's method and
 * simple exponential smoothing in mean squared error.
 *
 * Complexity: O(p) for p periods.
 *
 * @param demand demand per period (≥ 0), `null` for a blank period
 * @returns the pattern with ADI and CV², or why there is none (all blank; no demand)
 * @throws InputError "demandHistory", with `index` the period, for a negative or non-finite figure
 * @see Syntetos, A. A., Boylan, J. E. & Croston, J. D. (2005), "On the categorization of demand
 *      patterns", Journal of the Operational Research Society 56(5), 495–503 (cut-offs ADI = 1.32,
 *      CV² = 0.49); Kostenko & Hyndman (2006), "A note on the categorization of demand patterns", JORS 57.
 * @example demandPatternOf([0, 6, 0, 0, 4, 0]) //=> { kind: "pattern", pattern: "intermittent", averageDemandInterval: 3, sizeVariation: 0.08, … }
 */
export function demandPatternOf(demand: DemandRow): DemandPatternAnalysis {
  const { periods, periodsWithDemand } = demandPeriods(demand);
  if (periods === 0) return { kind: "blank" };
  if (periodsWithDemand === 0) return { kind: "noDemand", periods };
  const interval = averageDemandInterval(demand) as number;
  const sizeVariation = sizeVariationOf(demand, periodsWithDemand);
  const frequent = interval < INTERMITTENT_ADI;
  const steady = sizeVariation < LUMPY_CV2 * (1 - CV2_TOLERANCE);
  const pattern: DemandPattern = frequent ? (steady ? "smooth" : "erratic") : steady ? "intermittent" : "lumpy";
  return { kind: "pattern", pattern, averageDemandInterval: interval, sizeVariation, periods, periodsWithDemand };
}

/**
 * {@link demandPatternOf} for each item (row) of a demand history: the pattern,
 * `null` for a blank item or one without demand in any period, or that item's
 * input error (a negative or non-finite figure); the other items are computed.
 *
 * Complexity: O(n·p) for n items of p periods.
 *
 * @example demandPatterns([[5, 6, 5, 4], [0, 9, 0, 0, 1, 0]]) //=> ["smooth", "lumpy"]
 */
export function demandPatterns(history: DemandHistory): Array<ItemResult<DemandPattern>> {
  return eachItem(history.length, (item) => {
    const analysis = demandPatternOf(history[item] as DemandRow);
    return analysis.kind === "pattern" ? analysis.pattern : null;
  });
}
