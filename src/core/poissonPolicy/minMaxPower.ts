import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";

export interface MinMaxPowerInput {
  /** λ, mean demand per period, units (> 0). */
  demandMean: number;
  /** τ, standard deviation of demand per period, units (≥ 0). */
  demandStd: number;
  /** L, lead time in periods (≥ 0). */
  leadTime: number;
  /** K, cost per order (> 0). */
  orderCost: number;
  /** h, holding cost per unit per period (> 0). */
  holdingCost: number;
  /** p, backorder cost per unit per period (> 0). */
  backorderCost: number;
}

export interface MinMaxPowerResult {
  /** s, the min (reorder level), units. */
  min: number;
  /** S, the max (order-up-to level), units. */
  max: number;
}

/**
 * A periodic-review (s,S) policy for normal demand by Ehrhardt & Mosier's
 * revised power approximation. Demand over the lead time plus the review period
 * has mean μ_L = λ(L + 1) and variance σ_L² = τ²(L + 1):
 *
 * Q = 1.30·λ^0.494·(K/h)^0.506·(1 + σ_L²/λ²)^0.116
 * z = √(Q·h / (σ_L·p))
 * s = 0.973·μ_L + σ_L·(0.183/z + 1.063 − 2.192·z),  S = s + Q
 *
 * σ_L/z and σ_L·z are computed as σ_L^1.5·√(p/(Qh)) and √(Qh·σ_L/p), so τ = 0
 * gives s = 0.973·μ_L. As in Snyder & Shen, s and S are not capped by the
 * base-stock level when Q/λ ≤ 1.5 (Ehrhardt's rule for frequent orders).
 *
 * @param input.demandMean    λ, units per period (> 0)
 * @param input.demandStd     τ, units per period (≥ 0)
 * @param input.leadTime      L, periods (≥ 0; 0 means the order arrives before the next review)
 * @param input.orderCost     K, $ per order (> 0)
 * @param input.holdingCost   h, $ per unit per period (> 0)
 * @param input.backorderCost p, $ per unit per period (> 0)
 * @see Ehrhardt & Mosier, A revision of the power approximation for computing (s,S) policies, Management Science 30(5), 618–622 (1984).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §4.6.3, eq. (4.77)–(4.80), Example 4.8.
 * @example minMaxPower({ demandMean: 50, demandStd: 8, leadTime: 0, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 })
 * //=> { min: 40.1946, max: 74.2902 }   (Snyder & Shen Example 4.8)
 */
export function minMaxPower(input: MinMaxPowerInput): MinMaxPowerResult {
  const demandMean = requirePositive(input.demandMean, "demandMean");
  const demandStd = requireNonNegative(input.demandStd, "demandStd");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const orderCost = requirePositive(input.orderCost, "orderCost");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const backorderCost = requirePositive(input.backorderCost, "backorderCost");
  const periods = leadTime + 1;
  const meanCovered = demandMean * periods;
  const varianceCovered = demandStd * demandStd * periods;
  const stdCovered = Math.sqrt(varianceCovered);
  const quantity =
    1.3 *
    demandMean ** 0.494 *
    (orderCost / holdingCost) ** 0.506 *
    (1 + varianceCovered / (demandMean * demandMean)) ** 0.116;
  const stdOverZ = stdCovered ** 1.5 * Math.sqrt(backorderCost / (quantity * holdingCost)); // σ_L/z
  const stdTimesZ = Math.sqrt((quantity * holdingCost * stdCovered) / backorderCost); // σ_L·z
  const min = 0.973 * meanCovered + 0.183 * stdOverZ + 1.063 * stdCovered - 2.192 * stdTimesZ;
  return { min: requireFiniteResult(min, "min"), max: requireFiniteResult(min + quantity, "max") };
}
