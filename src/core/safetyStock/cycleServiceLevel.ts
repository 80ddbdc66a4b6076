import { requireFinite, requireNonNegative } from "../shared/guards";
import { standardNormalCdf } from "../shared/normal";

export interface CycleServiceLevelInput {
  /** SS, safety stock (reorder point minus mean lead-time demand), units; may be negative. */
  safetyStock: number;
  /** σ_LT, standard deviation of demand over the lead time, units. */
  leadTimeDemandStdDev: number;
}

/**
 * Cycle service level a safety stock buys: the probability that lead-time demand
 * does not exceed the reorder point, so that a replenishment cycle has no stockout.
 *
 * CSL = Φ(SS / σ_LT)
 *
 * Φ is `@stdlib/stats-base-dists-normal-cdf`. With σ_LT = 0 (no uncertainty) the
 * level is 1 when SS ≥ 0 and 0 when SS < 0. The result rounds to 1 once SS passes
 * about 8.3 σ_LT. The inverse of {@link safetyStock} for the same σ_LT.
 *
 * @param input.safetyStock          SS, units (any finite number)
 * @param input.leadTimeDemandStdDev σ_LT, units (≥ 0)
 * @returns CSL, 0 ≤ CSL ≤ 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12.
 * @example cycleServiceLevel({ safetyStock: 1000, leadTimeDemandStdDev: 707.1 }) //=> 0.92
 * //   (Chopra & Meindl Example 12-2: ROP 6,000, mean lead-time demand 5,000, σ_L = 707)
 */
export function cycleServiceLevel(input: CycleServiceLevelInput): number {
  return cycleServiceLevelWithFactor(input).level;
}

/** A cycle service level with the safety factor it comes from. */
export interface CycleServiceLevelWithFactor {
  /** CSL = Φ(z), 0 ≤ CSL ≤ 1. */
  level: number;
  /** z = SS/σ_LT; undefined when σ_LT = 0 or the ratio is beyond the doubles. */
  safetyFactor: number | undefined;
}

/**
 * {@link cycleServiceLevel} with the safety factor z = SS/σ_LT it evaluates Φ at,
 * for a calculation that shows its work.
 *
 * @param input as {@link cycleServiceLevel}
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12.
 * @example cycleServiceLevelWithFactor({ safetyStock: 1000, leadTimeDemandStdDev: 707.1 }) //=> { level: 0.92, safetyFactor: 1.414 }
 */
export function cycleServiceLevelWithFactor(input: CycleServiceLevelInput): CycleServiceLevelWithFactor {
  const safetyStock = requireFinite(input.safetyStock, "safetyStock");
  const deviation = requireNonNegative(input.leadTimeDemandStdDev, "leadTimeDemandStdDev");
  if (deviation === 0) return { level: safetyStock >= 0 ? 1 : 0, safetyFactor: undefined };
  // SS/σ may overflow to ±Infinity; Φ(±Infinity) is 1 or 0.
  const z = safetyStock / deviation;
  return { level: standardNormalCdf(z), safetyFactor: Number.isFinite(z) ? z : undefined };
}
