import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalLoss, standardNormalQuantile } from "../shared/normal";
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
  /** Q*, the optimal order quantity, units (≥ 0). */
  quantity: number;
  /** g(Q*), expected overage plus underage cost at Q*. */
  expectedCost: number;
}

/**
 * Newsvendor with normal demand: the one-time order quantity that balances the
 * cost of ordering too much against the cost of ordering too little.
 *
 * Q* = max(0, μ + z·σ),  z = Φ⁻¹(Cu/(Cu + Co))
 * g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] = σ·(Co·G(−z_Q) + Cu·G(z_Q)),  z_Q = (Q − μ)/σ
 *
 * with G the standard normal loss function (E[(D − Q)⁺] = σ·G(z_Q) and
 * E[(Q − D)⁺] = Q − μ + σ·G(z_Q) = σ·G(−z_Q)); Snyder & Shen write h = Co and
 * p = Cu. At an optimum above 0, g(Q*) = (Cu + Co)·σ·φ(z). An order is never
 * negative: when μ + z·σ < 0 (μ small against σ and a low critical ratio, where
 * the normal model puts weight on negative demand) the answer is Q* = 0, the
 * least cost over Q ≥ 0 since g is convex, and the cost is g(0) =
 * σ·(Co·G(μ/σ) + Cu·G(−μ/σ)). For demand that is small against its spread, the
 * Poisson or empirical model fits better. z comes from
 * `@stdlib/math-base-special-erfcinv` (through 1 − CR = Co/(Cu + Co) when CR > ½,
 * for accuracy near 1) and G from `standardNormalLoss`.
 *
 * @param input.mean         μ, units (≥ 0)
 * @param input.stdDev       σ, units (≥ 0; 0 gives Q* = μ at no cost)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, eq. (4.30) and (4.37) (the cost
 *      function g(Q) and its optimum), eq. (C.22) (the loss function).
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 13 (optimal cycle service level).
 * @example newsvendorNormal({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 })
 * //=> { quantity: 56.6040, expectedCost: 1.9976 }   (Snyder & Shen Example 4.3)
 * @example newsvendorNormal({ mean: 5, stdDev: 30, underageCost: 1, overageCost: 9 })
 * //=> { quantity: 0, expectedCost: 101.3411 }   (μ + z·σ = −33.45: order nothing)
 */
export function newsvendorNormal(input: NewsvendorNormalInput): NewsvendorResult {
  const { quantity, stdDev } = solve(input);
  return { quantity, expectedCost: costAt(input, stdDev, quantity) };
}

/** {@link NewsvendorNormalInput} with the quantity the cost is taken at. */
export interface NewsvendorNormalCostInput extends NewsvendorNormalInput {
  /** Q (or the base-stock level S), units (≥ 0). */
  quantity: number;
}

/**
 * Expected overage plus underage cost of the newsvendor with normal demand at a
 * given quantity Q, optimal or not (a base-stock level S, say):
 *
 * g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] = Co·(Q − μ)⁺ + Cu·(μ − Q)⁺ + (Cu + Co)·σ·G(|z_Q|),  z_Q = (Q − μ)/σ
 *
 * The second form follows from E[(Q − D)⁺] = Q − μ + E[(D − Q)⁺] and
 * G(−z) = z + G(z); it keeps its accuracy far from the mean and is the
 * deterministic cost when σ = 0. A base-stock level with lead time L is the
 * newsvendor over L + 1 periods of demand (μ and σ over L + 1 periods, Cu = p
 * and Co = h per period).
 *
 * @param input.mean         μ, units (≥ 0)
 * @param input.stdDev       σ, units (≥ 0)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @param input.quantity     Q, units (≥ 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, eq. (4.30) (g(S)), Example 4.1;
 *      eq. (C.22) (the loss function); ch. 4 (base-stock policy: the newsvendor over the lead time plus one period).
 * @example newsvendorNormalCost({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18, quantity: 60 })
 * //=> 2.1561   (Snyder & Shen Example 4.1)
 */
export function newsvendorNormalCost(input: NewsvendorNormalCostInput): number {
  requireNonNegative(input.mean, "mean");
  const stdDev = requireNonNegative(input.stdDev, "stdDev");
  requirePositive(input.underageCost, "underageCost");
  requirePositive(input.overageCost, "overageCost");
  return costAt(input, stdDev, requireNonNegative(input.quantity, "quantity"));
}

/** g(Q) = Co·(Q − μ)⁺ + Cu·(μ − Q)⁺ + (Cu + Co)·σ·G(|z_Q|), on costs scaled so that their sum cannot overflow. */
function costAt(input: NewsvendorNormalInput, stdDev: number, quantity: number): number {
  const gap = quantity - input.mean;
  const z = Math.abs(gap / stdDev); // NaN when σ = 0 and Q = μ, Infinity when σ = 0 otherwise
  const tail = z < Infinity ? stdDev * standardNormalLoss(z) : 0; // σ·G(|z_Q|): E[(D − Q)⁺] or E[(Q − D)⁺], the smaller
  const costScale = Math.max(input.underageCost, input.overageCost);
  const overage = (input.overageCost / costScale) * (Math.max(gap, 0) + tail);
  const underage = (input.underageCost / costScale) * (Math.max(-gap, 0) + tail);
  return requireFiniteResult(costScale * (overage + underage), "expected cost");
}

/**
 * Q* of {@link newsvendorNormal} alone, for callers that do not need the cost (so
 * that costs too large for a finite g(Q*) still give the quantity).
 */
export function newsvendorNormalQuantity(input: NewsvendorNormalInput): number {
  return solve(input).quantity;
}

/** How {@link newsvendorNormal} reaches Q*: the steps a textbook shows. */
export interface NewsvendorNormalSolution {
  /** Q*, the optimal order quantity, units (≥ 0). */
  quantity: number;
  /** CR = Cu/(Cu + Co), the critical ratio. */
  criticalRatio: number;
  /** z = Φ⁻¹(CR), the critical ratio's standard normal quantile. */
  z: number;
  /** μ + z·σ, the quantity before an order below 0 becomes 0, units. */
  unconstrainedQuantity: number;
  /** z_Q = (Q* − μ)/σ: z, or −μ/σ when Q* is 0 (the point the cost is taken at). */
  standardizedQuantity: number;
}

/**
 * Q* of {@link newsvendorNormal} with the critical ratio and z it comes from, for
 * callers that show the work (so that costs too large for a finite g(Q*) still
 * give the steps).
 */
export function newsvendorNormalSolution(input: NewsvendorNormalInput): NewsvendorNormalSolution {
  const { quantity, ratio, z, unconstrainedQuantity, standardizedQuantity } = solve(input);
  return { quantity, criticalRatio: ratio, z, unconstrainedQuantity, standardizedQuantity };
}

/** Q*, the fractile and its z, and the standardised quantity z_Q = (Q* − μ)/σ (z, or −μ/σ when Q* is 0). */
function solve(input: NewsvendorNormalInput): {
  quantity: number;
  ratio: number;
  z: number;
  unconstrainedQuantity: number;
  standardizedQuantity: number;
  stdDev: number;
} {
  const mean = requireNonNegative(input.mean, "mean");
  const stdDev = requireNonNegative(input.stdDev, "stdDev");
  const { ratio, complement } = newsvendorFractile(input);
  const z = ratio <= 0.5 ? standardNormalQuantile(ratio) : -standardNormalQuantile(complement);
  const unconstrainedQuantity = requireFiniteResult(mean + z * stdDev, "order quantity");
  // Never order a negative amount. Then σ > 0 (as μ ≥ 0), and z < −μ/σ ≤ 0 keeps z_Q within the fractile's range.
  if (unconstrainedQuantity < 0) {
    return { quantity: 0, ratio, z, unconstrainedQuantity, standardizedQuantity: -mean / stdDev, stdDev };
  }
  return { quantity: unconstrainedQuantity, ratio, z, unconstrainedQuantity, standardizedQuantity: z, stdDev };
}
