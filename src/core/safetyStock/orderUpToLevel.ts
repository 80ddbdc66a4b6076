import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalQuantile } from "../shared/normal";

export interface OrderUpToLevelInput {
  /** d, mean demand per period, units. */
  averageDemand: number;
  /** R, review period (time between orders), periods. */
  reviewPeriod: number;
  /** L, replenishment lead time, periods. */
  leadTime: number;
  /** CSL, cycle service level, 0 < CSL < 1. */
  serviceLevel: number;
  /** σd, standard deviation of demand per period, units. */
  demandStdDev: number;
}

export interface OrderUpToLevelResult {
  /** S, the order-up-to level (base-stock level), units. */
  level: number;
  /** SS = z·σd·√(R+L), the safety stock within S, units. */
  safetyStock: number;
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
 * @param input.averageDemand d, units per period (≥ 0)
 * @param input.reviewPeriod  R, periods (> 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.serviceLevel  CSL, 0 < CSL < 1
 * @param input.demandStdDev  σd, units per period (≥ 0)
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (periodic review policies).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (base-stock level with a lead time).
 * @example orderUpToLevel({ averageDemand: 50, reviewPeriod: 1, leadTime: 4, serviceLevel: 0.7 / 0.88, demandStdDev: 8 }).level
 * //=> 264.7669   (Snyder & Shen Example 4.4: h = 0.18, p = 0.70, N(50, 8²), L = 4)
 */
export function orderUpToLevel(input: OrderUpToLevelInput): OrderUpToLevelResult {
  const averageDemand = requireNonNegative(input.averageDemand, "averageDemand");
  const reviewPeriod = requirePositive(input.reviewPeriod, "reviewPeriod");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const z = standardNormalQuantile(input.serviceLevel, "serviceLevel");
  const demandStdDev = requireNonNegative(input.demandStdDev, "demandStdDev");
  const protection = requireFiniteResult(reviewPeriod + leadTime, "protection interval");
  const safetyStock = requireFiniteResult(z * (demandStdDev * Math.sqrt(protection)), "safety stock");
  const protectionDemand = averageDemand * protection;
  const level = requireFiniteResult(protectionDemand + safetyStock, "order-up-to level");
  return { level, safetyStock, safetyFactor: z, protectionInterval: protection, protectionDemand };
}
