import { requireFiniteResult, requireNonNegative } from "../shared/guards";
import { standardNormalPdf, standardNormalQuantile } from "../shared/normal";
import { newsvendorFractile } from "./criticalRatio";

export interface NewsvendorNormalInput {
  /** μ, mean demand over the selling season (or period), units. */
  mean: number;
  /** σ, standard deviation of that demand, units. */
  stdDev: number;
  /** Cu, underage cost per unit short. */
  underageCost: number;
  /** Co, overage cost per unit left over. */
  overageCost: number;
}

export interface NewsvendorResult {
  /** Q*, the optimal order quantity, units. */
  quantity: number;
  /** g(Q*), expected overage plus underage cost at Q*. */
  expectedCost: number;
}

/**
 * Newsvendor with normal demand: the one-time order quantity that balances the
 * cost of ordering too much against the cost of ordering too little.
 *
 * Q* = μ + z·σ,  z = Φ⁻¹(Cu/(Cu + Co))
 * g(Q*) = (Cu + Co)·σ·φ(z)
 *
 * The cost is Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] at Q*, which simplifies to the
 * line above (Snyder & Shen, with h = Co and p = Cu). z comes from
 * `@stdlib/math-base-special-erfcinv` (through 1 − CR = Co/(Cu + Co) when CR > ½,
 * for accuracy near 1) and φ from `@stdlib/stats-base-dists-normal-pdf`.
 * Q* is the formula's value: when μ is small against σ and CR is low it can be
 * negative, a sign that the normal model puts weight on negative demand (order
 * nothing, or use the Poisson or empirical model).
 *
 * @param input.mean         μ, units (≥ 0)
 * @param input.stdDev       σ, units (≥ 0; 0 gives Q* = μ at no cost)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, eq. (4.30) and (4.37).
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 13 (optimal cycle service level).
 * @example newsvendorNormal({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 })
 * //=> { quantity: 56.6040, expectedCost: 1.9976 }   (Snyder & Shen Example 4.3)
 */
export function newsvendorNormal(input: NewsvendorNormalInput): NewsvendorResult {
  const { quantity, z, stdDev } = solve(input);
  const costScale = Math.max(input.underageCost, input.overageCost);
  // (Cu + Co)·σ·φ(z), with the cost sum scaled so that it cannot overflow on its own.
  const costSum = input.underageCost / costScale + input.overageCost / costScale;
  const expectedCost = requireFiniteResult(costScale * (costSum * stdDev * standardNormalPdf(z)), "expected cost");
  return { quantity, expectedCost };
}

/**
 * Q* of {@link newsvendorNormal} alone, for callers that do not need the cost (so
 * that costs too large for a finite g(Q*) still give the quantity).
 */
export function newsvendorNormalQuantity(input: NewsvendorNormalInput): number {
  return solve(input).quantity;
}

function solve(input: NewsvendorNormalInput): { quantity: number; z: number; stdDev: number } {
  const mean = requireNonNegative(input.mean, "mean");
  const stdDev = requireNonNegative(input.stdDev, "stdDev");
  const { ratio, complement } = newsvendorFractile(input);
  const z = ratio <= 0.5 ? standardNormalQuantile(ratio) : -standardNormalQuantile(complement);
  const quantity = requireFiniteResult(mean + z * stdDev, "order quantity");
  return { quantity, z, stdDev };
}
