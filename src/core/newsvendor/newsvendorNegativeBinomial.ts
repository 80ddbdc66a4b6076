import { requireNonNegative } from "../shared/guards";
import { weightsWithCutoff, type NegativeBinomialInput } from "../intermittent/negativeBinomial";
import { newsvendorFractile } from "./criticalRatio";
import type { NewsvendorResult } from "./newsvendorNormal";
import { costAt, quantileIndex } from "./newsvendorPoisson";

export interface NewsvendorNegativeBinomialInput extends NegativeBinomialInput {
  /** Cu, underage cost per unit short. */
  underageCost: number;
  /** Co, overage cost per unit left over. */
  overageCost: number;
}

/** Terms below this, relative to the mode's, are left out (as for the Poisson newsvendor). */
const NEGLIGIBLE = 1e-40;

/**
 * Newsvendor with negative binomial demand, for lumpy slow movers whose demand varies more than a Poisson's
 * (σ² > μ): the smallest whole quantity whose probability of meeting all demand reaches the critical ratio.
 *
 * Q* = min { Q ≥ 0 integer : F(Q) ≥ Cu/(Cu + Co) },  F the negative binomial CDF with mean μ and variance σ²
 * g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺]
 *
 * When σ² ≤ μ (no negative binomial has that) the demand is the Poisson(μ), the limit as σ² → μ, and the answer
 * is NEWSVENDORPOISSON's. As a reorder point: μ and σ over the lead time, Cu/(Cu + Co) the cycle service level.
 *
 * @param input.mean         μ, units (0 ≤ μ ≤ 10⁷)
 * @param input.stdDev       σ, units (≥ 0; at most 30,000 and σ²/μ at most 10,000)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @returns Q* (an integer) and the expected cost g(Q*)
 * @see Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (2017), ch. 7
 *      (negative binomial demand for slow movers); Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed.
 *      (2019), ch. 4 (discrete demand: Q* = min{Q : F(Q) ≥ CR}).
 * @example newsvendorNegativeBinomial({ mean: 2, stdDev: 2, underageCost: 9, overageCost: 1 })
 * //=> { quantity: 5, expectedCost: 4.40625 }   (CR = 0.9; F(4) = 0.8906, F(5) = 0.9375)
 */
export function newsvendorNegativeBinomial(input: NewsvendorNegativeBinomialInput): NewsvendorResult {
  const { quantity, first, weights, total } = solve(input);
  return { quantity, expectedCost: costAt(input, quantity, first, weights, total) };
}

/** Q* of {@link newsvendorNegativeBinomial} alone (costs too large for a finite g(Q*) still give the quantity). */
export function newsvendorNegativeBinomialQuantity(input: NewsvendorNegativeBinomialInput): number {
  return solve(input).quantity;
}

/**
 * g(Q) of {@link newsvendorNegativeBinomial} at a given quantity, optimal or not.
 *
 * @param input.quantity Q, units (≥ 0; a fraction is allowed, g is linear between whole numbers)
 */
export function newsvendorNegativeBinomialCost(input: NewsvendorNegativeBinomialInput & { quantity: number }): number {
  newsvendorFractile(input);
  const quantity = requireNonNegative(input.quantity, "quantity");
  const { first, weights } = weightsWithCutoff(input, NEGLIGIBLE);
  let total = 0;
  for (const weight of weights) total += weight;
  return costAt(input, quantity, first, weights, total);
}

/** How {@link newsvendorNegativeBinomial} reaches Q*: the critical ratio and the probabilities searched. */
export interface NewsvendorNegativeBinomialSolution {
  quantity: number;
  criticalRatio: number;
  /** The smallest demand kept. */
  first: number;
  /** P(D = first + i), normalised over the demands kept. */
  probabilities: Float64Array;
  /** True when σ² ≤ μ: the demand is the Poisson(μ). */
  poisson: boolean;
}

/** Q* with the critical ratio and the distribution it was read from, for callers that show the work. */
export function newsvendorNegativeBinomialSolution(
  input: NewsvendorNegativeBinomialInput,
): NewsvendorNegativeBinomialSolution {
  const { quantity, ratio, first, weights, total } = solve(input);
  return {
    quantity,
    criticalRatio: ratio,
    first,
    probabilities: weights.map((weight) => weight / total),
    poisson: input.stdDev * input.stdDev <= input.mean,
  };
}

function solve(input: NewsvendorNegativeBinomialInput) {
  const { ratio, complement } = newsvendorFractile(input);
  const cutoff = Math.min(NEGLIGIBLE, Math.min(ratio, complement) * 1e-20);
  const { first, weights } = weightsWithCutoff(input, cutoff);
  let total = 0;
  for (const weight of weights) total += weight;
  return { quantity: first + quantileIndex(weights, total, ratio, complement), ratio, first, weights, total };
}
