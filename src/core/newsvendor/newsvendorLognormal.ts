import { requireFinite, requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalCdf, standardNormalQuantile, standardNormalUpperTail } from "../shared/normal";
import { newsvendorFractile } from "./criticalRatio";
import type { NewsvendorResult } from "./newsvendorNormal";

export interface NewsvendorLognormalInput {
  /** μ, mean of ln D: demand D over the season (or period) is lognormal, ln D ~ N(μ, σ²); e^μ is the median, units. */
  logMean: number;
  /** σ, standard deviation of ln D (a pure number). */
  logStdDev: number;
  /** Cu, underage cost per unit short. */
  underageCost: number;
  /** Co, overage cost per unit left over. */
  overageCost: number;
}

/** {@link NewsvendorLognormalInput} with the quantity the cost is taken at. */
export interface NewsvendorLognormalCostInput extends NewsvendorLognormalInput {
  /** Q (or the base-stock level S), units (≥ 0). */
  quantity: number;
}

/** How {@link newsvendorLognormal} reaches Q*: the steps a textbook shows. */
export interface NewsvendorLognormalSolution {
  /** Q* = exp(μ + z·σ), units. */
  quantity: number;
  /** CR = Cu/(Cu + Co). */
  criticalRatio: number;
  /** z = Φ⁻¹(CR). */
  z: number;
  /** ln Q* = μ + z·σ. */
  logQuantity: number;
}

/**
 * Newsvendor with lognormal demand (demand that cannot go below 0 and is skewed
 * to the right): ln D ~ N(μ, σ²), so the quantity is the critical ratio's
 * quantile of D.
 *
 * Q* = exp(μ + z·σ),  z = Φ⁻¹(Cu/(Cu + Co))
 * g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺], in closed form through the lognormal
 * partial expectations, with m = E[D] = exp(μ + σ²/2), d₂ = (μ − ln Q)/σ and d₁ = d₂ + σ:
 * E[(D − Q)⁺] = m·Φ(d₁) − Q·Φ(d₂),  E[(Q − D)⁺] = Q·Φ(−d₂) − m·Φ(−d₁)
 *
 * At Q* this is g(Q*) = (Cu + Co)·m·(Φ(σ − z) − Φ(−z)). σ = 0 is demand e^μ for
 * certain: Q* = e^μ at no cost. The upper tails are computed directly (no
 * 1 − Φ), and a difference that rounds below 0 is 0; when σ is small the two
 * terms of each partial expectation nearly cancel, so g keeps a relative
 * accuracy of about 1e-16/σ. A base-stock level with lead time L is the
 * newsvendor over L + 1 periods of demand.
 *
 * @param input.logMean      μ, mean of ln D (any finite number)
 * @param input.logStdDev    σ, standard deviation of ln D (≥ 0)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @returns Q* and the expected cost g(Q*)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, eq. (4.30) (g(Q) for any demand
 *      distribution, optimal at the critical fractile) and Appendix C (the lognormal distribution).
 * @see Silver, Pyke & Thomas (2017), ch. 7 (lognormal demand for items whose demand is skewed).
 * @example newsvendorLognormal({ logMean: Math.log(50), logStdDev: 0.2, underageCost: 2, overageCost: 5 }).quantity
 * //=> 44.65   (CalcFxC's lognormal newsvendor calculator: price 7, cost 5, median 50, σ = 0.2)
 * @example newsvendorLognormal({ logMean: 4, logStdDev: 0.5, underageCost: 3, overageCost: 1 })
 * //=> { quantity: 76.4965, expectedCost: 44.7280 }   (numeric integration of g agrees)
 */
export function newsvendorLognormal(input: NewsvendorLognormalInput): NewsvendorResult {
  const { quantity } = newsvendorLognormalSolution(input);
  return { quantity, expectedCost: costAt(input, quantity) };
}

/**
 * Q* of {@link newsvendorLognormal} alone, for callers that do not need the cost
 * (so that a mean too large for a finite g(Q*) still gives the quantity).
 */
export function newsvendorLognormalQuantity(input: NewsvendorLognormalInput): number {
  return newsvendorLognormalSolution(input).quantity;
}

/** Q* of {@link newsvendorLognormal} with the critical ratio and z it comes from, for callers that show the work. */
export function newsvendorLognormalSolution(input: NewsvendorLognormalInput): NewsvendorLognormalSolution {
  const logMean = requireFinite(input.logMean, "logMean");
  const logStdDev = requireNonNegative(input.logStdDev, "logStdDev");
  const { ratio, complement } = newsvendorFractile(input);
  const z = ratio <= 0.5 ? standardNormalQuantile(ratio) : -standardNormalQuantile(complement);
  const logQuantity = logMean + z * logStdDev;
  const quantity = requireFiniteResult(Math.exp(logQuantity), "order quantity");
  return { quantity, criticalRatio: ratio, z, logQuantity };
}

/**
 * Expected overage plus underage cost of {@link newsvendorLognormal} at a given
 * quantity Q, optimal or not (a base-stock level S, say), by the closed form
 * above.
 *
 * @param input.logMean      μ (any finite number)
 * @param input.logStdDev    σ (≥ 0)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @param input.quantity     Q, units (≥ 0; 0 costs Cu·E[D])
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, eq. (4.30); Appendix C.
 * @example newsvendorLognormalCost({ logMean: 4, logStdDev: 0.5, underageCost: 3, overageCost: 1, quantity: 60 })
 * //=> 50.0728
 */
export function newsvendorLognormalCost(input: NewsvendorLognormalCostInput): number {
  requireFinite(input.logMean, "logMean");
  requireNonNegative(input.logStdDev, "logStdDev");
  requirePositive(input.underageCost, "underageCost");
  requirePositive(input.overageCost, "overageCost");
  return costAt(input, requireNonNegative(input.quantity, "quantity"));
}

/** g(Q) by the lognormal partial expectations, on costs scaled so that their sum cannot overflow. */
function costAt(input: NewsvendorLognormalInput, quantity: number): number {
  const { logMean: mu, logStdDev: sigma } = input;
  let leftover: number; // E[(Q − D)⁺]
  let shortage: number; // E[(D − Q)⁺]
  if (sigma === 0) {
    const demand = Math.exp(mu);
    leftover = Math.max(quantity - demand, 0);
    shortage = Math.max(demand - quantity, 0);
  } else {
    const mean = Math.exp(mu + (sigma * sigma) / 2);
    if (quantity === 0) {
      leftover = 0;
      shortage = mean;
    } else {
      const d2 = (mu - Math.log(quantity)) / sigma;
      const d1 = d2 + sigma;
      shortage = Math.max(mean * standardNormalCdf(d1) - quantity * standardNormalCdf(d2), 0);
      leftover = Math.max(quantity * standardNormalUpperTail(d2) - mean * standardNormalUpperTail(d1), 0);
    }
  }
  const scale = Math.max(input.underageCost, input.overageCost);
  const scaled = (input.overageCost / scale) * leftover + (input.underageCost / scale) * shortage;
  return requireFiniteResult(scale * scaled, "expected cost");
}
