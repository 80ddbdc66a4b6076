import { requireFiniteResult, requireNonNegative, requirePositive, withDefault } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface LeadTimeDemandStdDevInput {
  /** σd, standard deviation of demand per forecast interval, units. */
  demandStdDev: number;
  /** L, replenishment lead time, periods. */
  leadTime: number;
  /** d, mean demand per period, units. Needed only when the lead time varies. */
  averageDemand?: number | undefined;
  /** σL, standard deviation of the lead time, periods. Default 0 (fixed lead time). */
  leadTimeStdDev?: number | undefined;
  /** F, length of the forecast interval over which σd is measured, periods. Default 1. */
  forecastInterval?: number | undefined;
}

/** σ_LT and the two terms under its root, as {@link leadTimeDemandDeviation} computes them. */
export interface LeadTimeDemandDeviation {
  /** σ_LT = sqrt((L/F)·σd² + d²·σL²), units. */
  deviation: number;
  /** √(L/F)·σd, units: demand variability over the lead time; its square (L/F)·σd² is the first term under the root. */
  demandTerm: number;
  /** d·σL, units: lead-time variability in units of demand; its square d²·σL² is the second term under the root. */
  leadTimeTerm: number;
}

/**
 * Standard deviation of demand over the replenishment lead time, σ_LT.
 *
 * σ_LT = sqrt((L/F)·σd² + d²·σL²)
 *
 * Demand per period is independent and identically distributed, and independent
 * of the lead time. With σL = 0 and F = 1 this is σd·√L; with σd = 0 it is d·σL.
 * The √(L/F) scaling of a forecast-interval σd to the lead time is the CPIM rule.
 * Each term is scaled before squaring, so large but representable inputs stay
 * finite; a result too large for a double is an input error.
 *
 * @param input.demandStdDev     σd, units per forecast interval (≥ 0)
 * @param input.leadTime         L, periods (≥ 0)
 * @param input.averageDemand    d, units per period (≥ 0); required when leadTimeStdDev is given
 * @param input.leadTimeStdDev   σL, periods (≥ 0), default 0
 * @param input.forecastInterval F, periods (> 0), default 1
 * @returns σ_LT, units
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (Example 12-6).
 * @see Silver, Pyke & Thomas (2017), ch. 6 (lead-time variability); APICS Dictionary, "safety stock".
 * @example leadTimeDemandStdDev({ demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 })
 * //=> 17,549.9   (Chopra & Meindl Example 12-6, Dell: sqrt(7 × 500² + 2,500² × 7²))
 */
export function leadTimeDemandStdDev(input: LeadTimeDemandStdDevInput): number {
  return leadTimeDemandDeviation(input).deviation;
}

/**
 * {@link leadTimeDemandStdDev} with the two terms under its root, for a
 * calculation that shows its work: σ_LT = sqrt(demandTerm² + leadTimeTerm²),
 * demandTerm = √(L/F)·σd, leadTimeTerm = d·σL. The terms are returned before
 * squaring (each is at most σ_LT, so always finite).
 *
 * @param input as {@link leadTimeDemandStdDev}
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (Example 12-6).
 * @example leadTimeDemandDeviation({ demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 })
 * //=> { deviation: 17,549.9, demandTerm: 1,322.9 (√7 × 500), leadTimeTerm: 17,500 (2,500 × 7) }
 */
export function leadTimeDemandDeviation(input: LeadTimeDemandStdDevInput): LeadTimeDemandDeviation {
  const demandStdDev = requireNonNegative(input.demandStdDev, "demandStdDev");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const averageDemand = withDefault(input.averageDemand, undefined, requireNonNegative, "averageDemand");
  const leadTimeStdDev = withDefault(input.leadTimeStdDev, 0, requireNonNegative, "leadTimeStdDev");
  const forecastInterval = withDefault(input.forecastInterval, 1, requirePositive, "forecastInterval");
  if (input.leadTimeStdDev !== undefined && averageDemand === undefined) {
    throw new InputError(
      "leadTimeStdDev",
      "needs averageDemand: lead-time variability is converted to units through the mean demand per period",
      input.leadTimeStdDev,
    );
  }
  const demandTerm = Math.sqrt(leadTime / forecastInterval) * demandStdDev;
  const leadTimeTerm = (averageDemand ?? 0) * leadTimeStdDev;
  const deviation = requireFiniteResult(Math.hypot(demandTerm, leadTimeTerm), "lead-time demand deviation");
  return { deviation, demandTerm, leadTimeTerm };
}
