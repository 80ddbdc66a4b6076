import { InputError } from "../shared/inputError";
import { demandPeriods, type DemandRow } from "./demandHistory";

/**
 * The ADI above which demand counts as intermittent (or lumpy): 1.32 periods
 * between demands, Syntetos, Boylan & Croston's cut-off.
 */
export const INTERMITTENT_ADI = 1.32;

/**
 * Average demand interval: the mean number of periods from one period with
 * demand to the next, over the periods that have a figure.
 *
 * ADI = p / p₊
 *
 * with p the periods with a figure (blank periods skipped, as in the XYZ models)
 * and p₊ those with demand above 0. Demand in every period gives 1; demand in
 * every other period gives 2. Items with ADI ≥ 1.32 are intermittent or lumpy in
 * the Syntetos–Boylan–Croston scheme: a normal model of per-period demand fits
 * them poorly, so safety stock for them needs another treatment (Croston's
 * method, a Poisson or compound model).
 *
 * Complexity: O(p) for p periods.
 *
 * @param demand demand per period (≥ 0), `null` for a blank period
 * @returns ADI ≥ 1, or `null` when every period is blank
 * @throws InputError "demandHistory", with `index` the period, for a negative or non-finite figure;
 *                    "demandHistory" when no period has demand (the interval is undefined)
 * @see Syntetos, A. A., Boylan, J. E. & Croston, J. D. (2005), "On the categorization of demand
 *      patterns", Journal of the Operational Research Society 56(5), 495–503 (cut-offs ADI = 1.32, CV² = 0.49).
 * @example averageDemandInterval([0, 5, 0, 7]) //=> 2
 */
export function averageDemandInterval(demand: DemandRow): number | null {
  const { periods, periodsWithDemand } = demandPeriods(demand);
  if (periods === 0) return null;
  if (periodsWithDemand === 0) {
    throw new InputError("demandHistory", "has no period with demand, so no demand interval", 0);
  }
  return periods / periodsWithDemand;
}
