import { requireFinite, requireNonNegative, requireOpenFraction } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { MAX_POISSON_MEAN, modeOutwardWeights, quantileIndex } from "../newsvendor/newsvendorPoisson";

export interface NegativeBinomialInput {
  /** μ, mean demand (units over the span the distribution describes, e.g. a lead time); 0 ≤ μ ≤ 10⁷. */
  mean: number;
  /** σ, standard deviation of that demand, units (≥ 0). σ² ≤ μ gives the Poisson(μ), the limit as σ² → μ. */
  stdDev: number;
}

/** The largest σ accepted: the work grows with σ (about 27σ terms around the mean). */
export const MAX_NEGATIVE_BINOMIAL_STD = 30_000;

/** The largest dispersion σ²/μ accepted: the upper tail decays like (1 − μ/σ²)^k (about 92·σ²/μ terms). */
export const MAX_DISPERSION = 10_000;

/**
 * Terms of the probability mass function smaller than this, relative to the mode's, are left out: together they
 * weigh less than about 1e-35 of the total, far below a double's resolution (as for the Poisson newsvendor).
 */
const NEGLIGIBLE = 1e-40;

/**
 * The negative binomial distribution of demand with mean μ and variance σ² > μ (over-dispersed, "lumpy"
 * demand), in the parametrisation by its mean and variance: size n = μ²/(σ² − μ) and success probability
 * π = μ/σ², so that P(D = k) = Γ(k + n)/(Γ(n)·k!) · π^n · (1 − π)^k, E[D] = μ, Var[D] = σ².
 *
 * The probabilities come from the ratio of consecutive terms, written in μ and σ² alone so that nothing
 * cancels when σ² is close to μ:
 *
 * p(k+1)/p(k) = (k + n)(1 − π)/(k + 1) = (k·(σ² − μ) + μ²)/(σ²·(k + 1)).
 *
 * At σ² = μ the ratio is μ/(k + 1), the Poisson(μ)'s: the negative binomial tends to the Poisson as σ² → μ,
 * and σ² ≤ μ (which no negative binomial has) gives the Poisson(μ) itself. The terms are built outward from the
 * mode m = max(0, ⌊μ − (σ² − μ)/μ⌋) relative to p(m) = 1, so no factorial or power overflows, and normalised
 * by their sum (terms below 1e-40 of the mode's left out).
 *
 * @param input.mean   μ, units (0 ≤ μ ≤ 10⁷; μ = 0 needs σ = 0 and gives D = 0)
 * @param input.stdDev σ, units (≥ 0, at most 30,000 and σ²/μ at most 10,000)
 * @returns `first`, the smallest demand kept, and `weights[i]` ∝ P(D = first + i), relative to the mode's
 * @see Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (2017), ch. 7
 *      (the negative binomial for slow, erratic demand); Snyder & Shen, Fundamentals of Supply Chain Theory,
 *      2nd ed. (2019), Appendix C (the negative binomial distribution).
 * @example negativeBinomialWeights({ mean: 2, stdDev: 2 }) // n = 2, π = 0.5: P(D = k) = (k + 1)/2^(k+2)
 * //=> { first: 0, weights: [1, 1, 0.75, 0.5, …] }   (p(0) = p(1) = 0.25, p(2) = 0.1875, p(3) = 0.125)
 */
export function negativeBinomialWeights(input: NegativeBinomialInput): { first: number; weights: Float64Array } {
  return weightsWithCutoff(input, NEGLIGIBLE);
}

/**
 * The weights of {@link negativeBinomialWeights} with a cut-off of the caller's (a quantile near 0 or 1 needs
 * terms further out).
 */
export function weightsWithCutoff(
  input: NegativeBinomialInput,
  cutoff: number,
): { first: number; weights: Float64Array } {
  const { mean, excess } = checked(input);
  const variance = mean + excess;
  const meanSquared = mean * mean;
  const mode = mean === 0 ? 0 : Math.max(0, Math.floor(mean - excess / mean));
  return modeOutwardWeights(
    mode,
    cutoff,
    (k) => (variance * k) / ((k - 1) * excess + meanSquared), // p(k−1)/p(k) = σ²k/((k−1)(σ² − μ) + μ²)
    (k) => (k * excess + meanSquared) / (variance * (k + 1)), // p(k+1)/p(k) = (k(σ² − μ) + μ²)/(σ²(k + 1))
  );
}

/** P(D = first + i) for every demand kept, normalised: the distribution as probabilities. */
export function negativeBinomialProbabilities(input: NegativeBinomialInput): {
  first: number;
  probabilities: Float64Array;
} {
  const { first, weights } = negativeBinomialWeights(input);
  let total = 0;
  for (const weight of weights) total += weight;
  return { first, probabilities: weights.map((weight) => weight / total) };
}

/**
 * F(x) = P(D ≤ x), the cumulative distribution function of {@link negativeBinomialWeights}'s distribution, summed
 * on the smaller side (the upper tail subtracted when x is above the mode) so a probability near 1 keeps its digits.
 *
 * @param input.quantity x, units (any finite number; F(x) = 0 below 0)
 */
export function negativeBinomialCdf(input: NegativeBinomialInput & { quantity: number }): number {
  const quantity = Math.floor(requireFinite(input.quantity, "quantity"));
  const { first, weights } = negativeBinomialWeights(input);
  let total = 0;
  for (const weight of weights) total += weight;
  const position = quantity - first;
  if (position < 0) return 0;
  if (position >= weights.length - 1) return 1;
  let lower = 0;
  for (let i = 0; i <= position; i++) lower += weights[i] as number;
  return lower <= total / 2 ? lower / total : 1 - (total - lower) / total;
}

/**
 * The quantile: the smallest whole x with P(D ≤ x) ≥ probability (as a discrete newsvendor reads its order
 * quantity off the critical ratio).
 *
 * x = min { x ≥ 0 integer : F(x) ≥ probability }
 *
 * @param input.probability the level, 0 < probability < 1
 * @example negativeBinomialQuantile({ mean: 2, stdDev: 2, probability: 0.9 }) //=> 5   (F(4) = 0.8906, F(5) = 0.9375)
 */
export function negativeBinomialQuantile(input: NegativeBinomialInput & { probability: number }): number {
  const probability = requireOpenFraction(input.probability, "probability");
  const complement = 1 - probability;
  const cutoff = Math.min(NEGLIGIBLE, Math.min(probability, complement) * 1e-20);
  const { first, weights } = weightsWithCutoff(input, cutoff);
  let total = 0;
  for (const weight of weights) total += weight;
  return first + quantileIndex(weights, total, probability, complement);
}

/** μ and the excess variance σ² − μ (0 when σ² ≤ μ: the Poisson), checked against the limits. */
function checked(input: NegativeBinomialInput): { mean: number; excess: number } {
  const mean = requireNonNegative(input.mean, "mean");
  const stdDev = requireNonNegative(input.stdDev, "stdDev");
  if (mean > MAX_POISSON_MEAN) throw new InputError("mean", "must be at most 10,000,000", mean);
  if (mean === 0) {
    if (stdDev > 0) {
      throw new InputError(
        "mean",
        "must be greater than 0 when the standard deviation is (demand that never occurs cannot vary)",
        mean,
      );
    }
    return { mean, excess: 0 };
  }
  if (stdDev > MAX_NEGATIVE_BINOMIAL_STD) throw new InputError("stdDev", "must be at most 30,000", stdDev);
  const variance = stdDev * stdDev;
  if (variance > MAX_DISPERSION * mean) {
    throw new InputError(
      "stdDev",
      "must be at most 100 × SQRT(mean) (a variance at most 10,000 times the mean)",
      stdDev,
    );
  }
  return { mean, excess: Math.max(0, variance - mean) };
}
