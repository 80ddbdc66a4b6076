import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { newsvendorFractile } from "./criticalRatio";
import type { NewsvendorResult } from "./newsvendorNormal";

export interface NewsvendorPoissonInput {
  /** λ, mean demand (units per season or period); demand is Poisson with this mean. */
  mean: number;
  /** Cu, underage cost per unit short. */
  underageCost: number;
  /** Co, overage cost per unit left over. */
  overageCost: number;
}

/** The largest mean accepted; the work grows with √λ (about 90,000 terms at 10⁷, 3,000 at 10⁴). */
export const MAX_POISSON_MEAN = 1e7;

/**
 * Terms of the probability mass function smaller than this, relative to the
 * mode's, are left out: together they weigh less than about 1e-40 of the total,
 * far below a double's resolution. A critical ratio within 1e-20 of 0 or 1 moves
 * the cut-off further out (see `cutoff` below).
 */
const NEGLIGIBLE = 1e-40;

/**
 * Newsvendor with Poisson demand, for slow movers such as MRO spare parts: the
 * smallest quantity whose probability of meeting all demand reaches the critical
 * ratio.
 *
 * Q* = min { Q ≥ 0 integer : F(Q) ≥ Cu/(Cu + Co) },  F the Poisson(λ) CDF
 * g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺]
 *
 * Exact for every mean up to {@link MAX_POISSON_MEAN} without factorials: the
 * probabilities are built outward from the mode m = ⌊λ⌋ by the recurrences
 * p(k+1) = p(k)·λ/(k+1) and p(k−1) = p(k)·k/λ, relative to p(m) = 1, so no term
 * overflows, and normalised by their sum. Terms below 1e-40 of the mode's (and
 * 1e-20 of the critical ratio's distance from 0 or 1) are left out. When
 * CR > ½ the search runs down the upper tail against 1 − CR = Co/(Cu + Co), so a
 * ratio near 1 is not lost to rounding. For means above 10⁷, NEWSVENDOR with
 * std = √mean is within a few units.
 *
 * @param input.mean         λ, units (0 ≤ λ ≤ 10⁷; 0 gives Q* = 0)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @returns Q* (an integer) and the expected cost g(Q*)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (discrete demand), Example 4.7.
 * @see Silver, Pyke & Thomas (2017), ch. 7 (Poisson demand for slow movers).
 * @example newsvendorPoisson({ mean: 6, underageCost: 4, overageCost: 1 })
 * //=> { quantity: 8, expectedCost: 3.5701 }   (Snyder & Shen Example 4.7)
 */
export function newsvendorPoisson(input: NewsvendorPoissonInput): NewsvendorResult {
  const { quantity, first, weights, total } = solve(input);
  return { quantity, expectedCost: costAt(input, quantity, first, weights, total) };
}

/** {@link NewsvendorPoissonInput} with the quantity the cost is taken at. */
export interface NewsvendorPoissonCostInput extends NewsvendorPoissonInput {
  /** Q (or the base-stock level S), units (≥ 0; a fraction is allowed, g is linear between whole numbers). */
  quantity: number;
}

/**
 * Expected overage plus underage cost of the newsvendor with Poisson demand at a
 * given quantity Q, optimal or not (a base-stock level S, say):
 *
 * g(Q) = Co·Σ_k (Q − k)⁺·p(k) + Cu·Σ_k (k − Q)⁺·p(k),  p the Poisson(λ) pmf
 *
 * summed over the same probabilities as {@link newsvendorPoisson} (terms below
 * 1e-40 of the mode's left out), each side on its own. A base-stock level with
 * lead time L is the newsvendor over L + 1 periods of demand (λ over L + 1
 * periods, Cu = p and Co = h per period).
 *
 * @param input.mean         λ, units (0 ≤ λ ≤ 10⁷)
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @param input.quantity     Q, units (≥ 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (discrete demand: g(S) as a sum), Example 4.7.
 * @example newsvendorPoissonCost({ mean: 6, underageCost: 4, overageCost: 1, quantity: 8 }) //=> 3.5701   (Snyder & Shen Example 4.7)
 */
export function newsvendorPoissonCost(input: NewsvendorPoissonCostInput): number {
  requirePositive(input.underageCost, "underageCost");
  requirePositive(input.overageCost, "overageCost");
  const quantity = requireNonNegative(input.quantity, "quantity");
  const { first, weights } = poissonWeights(requireMean(input.mean), NEGLIGIBLE);
  let total = 0;
  for (const weight of weights) total += weight;
  return costAt(input, quantity, first, weights, total);
}

/**
 * g(Q) over the weights kept: expected leftovers E[(Q − D)⁺] and shortages E[(D − Q)⁺], each summed on its own
 * side; weights[i] is the relative probability of demand first + i, `total` their sum. Shared by the discrete
 * newsvendor models (Poisson, negative binomial).
 */
export function costAt(
  input: NewsvendorPoissonInput,
  quantity: number,
  first: number,
  weights: Float64Array,
  total: number,
): number {
  let leftover = 0;
  let shortage = 0;
  for (let i = 0; i < weights.length; i++) {
    const difference = quantity - (first + i);
    if (difference > 0) leftover += difference * (weights[i] as number);
    else shortage -= difference * (weights[i] as number);
  }
  const scale = Math.max(input.underageCost, input.overageCost);
  const scaledCost = ((input.overageCost / scale) * leftover + (input.underageCost / scale) * shortage) / total;
  return requireFiniteResult(scale * scaledCost, "expected cost");
}

/**
 * Q* of {@link newsvendorPoisson} alone, for callers that do not need the cost (so
 * that costs too large for a finite g(Q*) still give the quantity).
 */
export function newsvendorPoissonQuantity(input: NewsvendorPoissonInput): number {
  return solve(input).quantity;
}

/** How {@link newsvendorPoisson} reaches Q*: the critical ratio and the distribution searched. */
export interface NewsvendorPoissonSolution {
  /** Q*, the smallest Q with F(Q) ≥ CR. */
  quantity: number;
  /** CR = Cu/(Cu + Co). */
  criticalRatio: number;
  /** The smallest demand k the distribution keeps (below it the probabilities are negligible). */
  first: number;
  /** P(D = first + i), normalised over the demands kept. */
  probabilities: Float64Array;
}

/**
 * Q* of {@link newsvendorPoisson} with the critical ratio and the Poisson
 * probabilities it was found from, for callers that show the work.
 */
export function newsvendorPoissonSolution(input: NewsvendorPoissonInput): NewsvendorPoissonSolution {
  const { quantity, ratio, first, weights, total } = solve(input);
  return { quantity, criticalRatio: ratio, first, probabilities: weights.map((weight) => weight / total) };
}

function solve(input: NewsvendorPoissonInput): {
  quantity: number;
  ratio: number;
  first: number;
  weights: Float64Array;
  total: number;
} {
  const mean = requireMean(input.mean);
  const { ratio, complement } = newsvendorFractile(input);
  const cutoff = Math.min(NEGLIGIBLE, Math.min(ratio, complement) * 1e-20);
  const { first, weights } = poissonWeights(mean, cutoff);
  let total = 0;
  for (const weight of weights) total += weight;

  const index = quantileIndex(weights, total, ratio, complement);
  return { quantity: first + index, ratio, first, weights, total };
}

/**
 * The position in `weights` of the smallest demand whose cumulative probability reaches `ratio`: summed up from
 * the bottom when ratio ≤ ½, else down from the top against the complement 1 − ratio, so that a ratio near 1 is
 * not lost to rounding. Shared by the discrete newsvendor models (Poisson, negative binomial).
 */
export function quantileIndex(weights: Float64Array, total: number, ratio: number, complement: number): number {
  if (ratio <= 0.5) {
    // Smallest Q with Σ_{k ≤ Q} p(k) ≥ CR, summing up from the bottom.
    const target = ratio * total;
    let cumulative = 0;
    for (let i = 0; i < weights.length; i++) {
      cumulative += weights[i] as number;
      if (cumulative >= target) return i;
    }
    return weights.length - 1;
  }
  // Smallest Q with Σ_{k > Q} p(k) ≤ 1 − CR, summing down from the top.
  const allowance = complement * total;
  let upper = 0;
  let index = weights.length - 1;
  while (index > 0 && upper + (weights[index] as number) <= allowance) {
    upper += weights[index] as number;
    index--;
  }
  return index;
}

/** λ, checked: 0 ≤ λ ≤ {@link MAX_POISSON_MEAN}. */
function requireMean(value: number): number {
  const mean = requireNonNegative(value, "mean");
  if (mean > MAX_POISSON_MEAN) {
    throw new InputError("mean", "must be at most 10,000,000", mean, {
      hint: "for a larger mean use NEWSVENDOR with std = SQRT(mean)",
    });
  }
  return mean;
}

/**
 * Poisson(λ) probabilities relative to the mode's, from the first k whose weight
 * is at least `cutoff` to the last: weights[i] = p(first + i)/p(m).
 */
export function poissonWeights(mean: number, cutoff: number): { first: number; weights: Float64Array } {
  // p(k−1) = p(k)·k/λ and p(k+1) = p(k)·λ/(k+1)
  return modeOutwardWeights(
    Math.floor(mean),
    cutoff,
    (k) => k / mean,
    (k) => mean / (k + 1),
  );
}

/**
 * The probabilities of a discrete distribution on 0, 1, 2, … relative to its mode's, built outward from the mode
 * by the ratios of consecutive terms, down(k) = p(k−1)/p(k) and up(k) = p(k+1)/p(k), until a weight falls below
 * `cutoff`: weights[i] = p(first + i)/p(mode). No factorial or power is formed, so nothing overflows.
 */
export function modeOutwardWeights(
  mode: number,
  cutoff: number,
  down: (k: number) => number,
  up: (k: number) => number,
): { first: number; weights: Float64Array } {
  const below: number[] = [];
  let weight = 1;
  for (let k = mode; k > 0; k--) {
    weight *= down(k);
    if (!(weight >= cutoff)) break;
    below.push(weight);
  }
  const above: number[] = [];
  weight = 1;
  for (let k = mode; ; k++) {
    weight *= up(k);
    if (!(weight >= cutoff)) break;
    above.push(weight);
  }
  const weights = new Float64Array(below.length + 1 + above.length);
  for (let i = 0; i < below.length; i++) weights[below.length - 1 - i] = below[i] as number;
  weights[below.length] = 1;
  weights.set(above, below.length + 1);
  return { first: mode - below.length, weights };
}
