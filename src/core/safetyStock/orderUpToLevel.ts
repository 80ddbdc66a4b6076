import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalQuantile } from "../shared/normal";
import { leadTimeDemandDeviation } from "./leadTimeDemandStdDev";

export interface OrderUpToLevelInput {
  /** d, mean demand per period, units. */
  averageDemand: number;
  /** R, review period (time between orders), periods. */
  reviewPeriod: number;
  /** L, replenishment lead time, periods. */
  leadTime: number;
  /** CSL, cycle service level, 0 < CSL < 1. */
  serviceLevel: number;
  /** σd, standard deviation of demand per forecast interval (per period when F = 1), units. */
  demandStdDev: number;
  /** σL, standard deviation of the lead time, periods. Default 0 (fixed lead time). */
  leadTimeStdDev?: number | undefined;
  /** F, length of the forecast interval over which σd is measured, periods. Default 1. */
  forecastInterval?: number | undefined;
}

export interface OrderUpToLevelResult {
  /** S, the order-up-to level (base-stock level), units. */
  level: number;
  /** SS = z·σ_{R+L}, the safety stock within S, units. */
  safetyStock: number;
  /** σ_{R+L} = √(((R + L)/F)·σd² + d²·σL²), the standard deviation of demand over the protection interval, units. */
  protectionDemandStdDev: number;
  /** √((R + L)/F)·σd, units: demand variability over the protection interval (first term under the root). */
  demandTerm: number;
  /** d·σL, units: lead-time variability in units of demand (second term under the root). */
  leadTimeTerm: number;
  /** z = Φ⁻¹(CSL). */
  safetyFactor: number;
  /** R + L, the protection interval, periods. */
  protectionInterval: number;
  /** d·(R + L), mean demand over the protection interval, units. */
  protectionDemand: number;
}

/**
 * Order-up-to level of a periodic-review (R, S) policy: every R periods, order up
 * to S, which must cover demand over the protection interval R + L.
 *
 * S = d·(R + L) + z·σd·√(R + L),  z = Φ⁻¹(CSL)
 *
 * A base-stock policy is R = 1 (review every period). z comes from
 * `@stdlib/math-base-special-erfcinv` (see ../shared/normal.ts).
 *
 * When the lead time varies (σL) or σd is measured over a forecast interval of
 * F periods, the deviation over the protection interval is that of
 * {@link leadTimeDemandDeviation} with R + L in place of L (the review period
 * is fixed, so only L adds variance):
 * S = d·(R + L) + z·√(((R + L)/F)·σd² + d²·σL²).
 *
 * @param input.averageDemand d, units per period (≥ 0)
 * @param input.reviewPeriod  R, periods (> 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.serviceLevel  CSL, 0 < CSL < 1
 * @param input.demandStdDev  σd, units per forecast interval (≥ 0)
 * @param input.leadTimeStdDev   σL, periods (≥ 0), default 0
 * @param input.forecastInterval F, periods (> 0), default 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (periodic review policies).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (base-stock level with a lead time).
 * @see Silver, Pyke & Thomas (2017), §6.10 (lead-time variability), ch. 6 (the (R, S) system's protection interval R + L).
 * @example orderUpToLevel({ averageDemand: 50, reviewPeriod: 1, leadTime: 4, serviceLevel: 0.7 / 0.88, demandStdDev: 8 }).level
 * //=> 264.7669   (Snyder & Shen Example 4.4: h = 0.18, p = 0.70, N(50, 8²), L = 4)
 */
export function orderUpToLevel(input: OrderUpToLevelInput): OrderUpToLevelResult {
  const averageDemand = requireNonNegative(input.averageDemand, "averageDemand");
  const reviewPeriod = requirePositive(input.reviewPeriod, "reviewPeriod");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const z = standardNormalQuantile(input.serviceLevel, "serviceLevel");
  const protection = requireFiniteResult(reviewPeriod + leadTime, "protection interval");
  const deviation = leadTimeDemandDeviation({
    demandStdDev: input.demandStdDev,
    leadTime: protection,
    averageDemand,
    leadTimeStdDev: input.leadTimeStdDev,
    forecastInterval: input.forecastInterval,
  });
  const safetyStock = requireFiniteResult(z * deviation.deviation, "safety stock");
  const protectionDemand = averageDemand * protection;
  const level = requireFiniteResult(protectionDemand + safetyStock, "order-up-to level");
  return {
    level,
    safetyStock,
    safetyFactor: z,
    protectionInterval: protection,
    protectionDemand,
    protectionDemandStdDev: deviation.deviation,
    demandTerm: deviation.demandTerm,
    leadTimeTerm: deviation.leadTimeTerm,
  };
}
