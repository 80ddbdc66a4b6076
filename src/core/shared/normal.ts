/**
 * The standard normal distribution, for the service-level and newsvendor models.
 *
 * Every function here is built on @stdlib packages rather than a hand-written
 * approximation: the quantile on `@stdlib/math-base-special-erfcinv`, the CDF on
 * `@stdlib/stats-base-dists-normal-cdf`, the density on
 * `@stdlib/stats-base-dists-normal-pdf`, and the upper tail on
 * `@stdlib/math-base-special-erfc` (docs/conventions.md, "The normal distribution", says how accurate
 * they are and which tests show it).
 */
import erfc from "@stdlib/math-base-special-erfc";
import erfcinv from "@stdlib/math-base-special-erfcinv";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalPdf from "@stdlib/stats-base-dists-normal-pdf";
import { requireFinite, requireFiniteResult, requireOpenFraction } from "./guards";
import { InputError } from "./inputError";

/**
 * Standard normal quantile Φ⁻¹(p), the safety factor z for a cycle service level p.
 *
 * z = −√2 · erfcinv(2p)
 *
 * Computed through the inverse complementary error function of @stdlib
 * (`@stdlib/math-base-special-erfcinv`), which keeps full relative accuracy in
 * both tails: within 1e-13 of the exact quantile from p = 1e-300 to 1 − 1e-12
 * (docs/conventions.md, "The normal distribution"; the erfinv(2p − 1) route loses the lower tail).
 * Matches Excel's NORM.S.INV.
 *
 * @param probability p, 0 < p < 1
 * @param argument    name used in the error when p is outside (0, 1)
 * @see Abramowitz & Stegun (1964) 26.2.2 for Φ in terms of erfc.
 * @example standardNormalQuantile(0.95) //=> 1.6448536269514724 (Excel: NORM.S.INV(0.95))
 */
export function standardNormalQuantile(probability: number, argument = "probability"): number {
  requireOpenFraction(probability, argument);
  return -Math.SQRT2 * erfcinv(2 * probability);
}

/**
 * Standard normal CDF Φ(x) = erfc(−x/√2)/2, by `@stdlib/stats-base-dists-normal-cdf`.
 *
 * Full relative accuracy in the lower tail; in the upper tail the result rounds
 * to 1 once 1 − Φ(x) is below half an ulp of 1 (x > 8.3): use
 * {@link standardNormalUpperTail} for 1 − Φ(x). Φ(±Infinity) is 1 or 0.
 *
 * @param x        any number but NaN
 * @param argument name used in the error when x is NaN
 * @example standardNormalCdf(1.2815515655446004) //=> 0.9 (Excel: NORM.S.DIST(x, TRUE))
 */
export function standardNormalCdf(x: number, argument = "x"): number {
  if (Number.isNaN(x)) throw new InputError(argument, "must be a number", x);
  return normalCdf(x, 0, 1);
}

/**
 * Standard normal upper tail 1 − Φ(x) = erfc(x/√2)/2, by `@stdlib/math-base-special-erfc`.
 *
 * Computed directly rather than as 1 − Φ(x), so that it keeps full relative
 * accuracy for large x (no cancellation) until it underflows past x ≈ 38.
 *
 * @param x        any number but NaN
 * @param argument name used in the error when x is NaN
 * @example standardNormalUpperTail(3) //=> 0.0013498980316301 (Excel: 1 − NORM.S.DIST(3, TRUE))
 */
export function standardNormalUpperTail(x: number, argument = "x"): number {
  if (Number.isNaN(x)) throw new InputError(argument, "must be a number", x);
  return erfc(x / Math.SQRT2) / 2;
}

/**
 * Standard normal density φ(x) = exp(−x²/2)/√(2π), by `@stdlib/stats-base-dists-normal-pdf`.
 *
 * @param x        any number but NaN
 * @param argument name used in the error when x is NaN
 * @example standardNormalPdf(0) //=> 0.3989422804014327 (Excel: NORM.S.DIST(0, FALSE))
 */
export function standardNormalPdf(x: number, argument = "x"): number {
  if (Number.isNaN(x)) throw new InputError(argument, "must be a number", x);
  return normalPdf(x, 0, 1);
}

/** G(0) = φ(0) = 1/√(2π): the loss at which the safety factor changes sign. */
export const LOSS_AT_ZERO = 1 / Math.sqrt(2 * Math.PI);

/**
 * The smallest loss {@link standardNormalLossInverse} accepts. Smaller losses need
 * k beyond about 37 standard deviations, where G(k) leaves the normal doubles.
 */
export const MIN_LOSS = 1e-300;

/**
 * Standard normal loss function (unit normal linear loss), the expected shortage
 * in standard deviations when the safety factor is k:
 *
 * G(k) = E[(Z − k)⁺] = φ(k) − k·(1 − Φ(k))
 *
 * with φ from `@stdlib/stats-base-dists-normal-pdf` and the upper tail 1 − Φ(k)
 * computed as erfc(k/√2)/2 with `@stdlib/math-base-special-erfc`, so that the
 * subtraction never meets a rounded 1 − Φ(k). G decreases from +∞ to 0, and
 * G(k) = −k + G(−k): for k ≤ 0 both terms are positive and there is no
 * cancellation; for k > 0 the relative error grows like k⁴ × 1e-16 (about 1e-12
 * at k = 10). G underflows to 0 for k above about 38.
 *
 * Also written L(z) (Snyder & Shen), E(z) or G_u(k) (Silver, Pyke & Thomas).
 *
 * @param k        safety factor, any finite number
 * @param argument name used in the error when k is not finite
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), eq. (C.22); ch. 4 (newsvendor cost).
 * @see Silver, Pyke & Thomas (2017), Appendix II (G_u(k)).
 * @example standardNormalLoss(0) //=> 0.3989422804014327
 * @example standardNormalLoss(1.25) //=> 0.0506  (Snyder & Shen Example 4.1: S = 60, μ = 50, σ = 8)
 */
export function standardNormalLoss(k: number, argument = "k"): number {
  requireFinite(k, argument);
  const density = normalPdf(k, 0, 1);
  const upperTail = erfc(k / Math.SQRT2) / 2;
  // For k above ~1e154, k·0 is 0; for k below −1e308 the product stays finite since 1 − Φ(k) ≤ 1.
  const loss = density - k * upperTail;
  // Rounding can leave a tiny negative value where G underflows; G is never negative.
  return loss > 0 ? loss : 0;
}

/**
 * Second-order standard normal loss function G2(z) = ½·E[((Z − z)⁺)²].
 *
 * G2(z) = ½·((z² + 1)(1 − Φ(z)) − z·φ(z))
 *
 * With 1 − Φ(z) from erfc and φ(z) from @stdlib, as {@link standardNormalLoss}.
 * For z ≤ 0 every term is positive; for z > 0 the two terms cancel and the
 * relative error grows like z⁴ × 1e-16 (about 1e-12 at z = 10); G2 underflows
 * to 0 for z above about 38. Its complement ½·E[((z − Z)⁺)²] is G2(−z).
 *
 * @param z        any finite number
 * @param argument name used in the error when z is not finite
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), Appendix C (second-order loss function, eq. (C.23)).
 * @example standardNormalSecondOrderLoss(0) //=> 0.25
 */
export function standardNormalSecondOrderLoss(z: number, argument = "z"): number {
  requireFinite(z, argument);
  const upperTail = erfc(z / Math.SQRT2) / 2;
  const loss = 0.5 * ((z * z + 1) * upperTail - z * normalPdf(z, 0, 1));
  // Below about −1e154, ½(z² + 1) is beyond the doubles: an input error, not Infinity.
  if (z < 0) return requireFiniteResult(loss, "second-order loss");
  // Above, z² may overflow where the tail is 0 (0·Infinity is NaN); rounding may leave a tiny negative.
  return Number.isFinite(loss) && loss > 0 ? loss : 0;
}

/**
 * Inverse of the standard normal loss function: the k with G(k) = loss.
 *
 * Newton's method on a function whose curvature has one sign, so that the
 * iteration approaches the root from one side and cannot cycle:
 * - loss ≥ G(0) = 1/√(2π) (k ≤ 0): on G(k) − loss, which is convex, from k₀ = −loss
 *   (left of the root, since G(−x) = x + G(x) > x);
 * - loss < G(0) (k > 0): on ln G(k) − ln loss, which is concave (G is log-concave),
 *   from k₀ with φ(k₀) = loss (right of the root, since G(k) < φ(k)/(k² + 1)).
 * The steps use G′(k) = −(1 − Φ(k)), with 1 − Φ(k) from erfc (see
 * {@link standardNormalLoss}). Stops when a step changes k by no more than a few
 * ulps, at most 100 steps (in practice fewer than 10).
 *
 * @param loss     G, finite and at least {@link MIN_LOSS} (1e-300)
 * @param argument name used in the error when loss is out of range
 * @returns k; negative when loss > 1/√(2π) ≈ 0.3989
 * @see Silver, Pyke & Thomas (2017), ch. 6 (choosing k from a fill-rate target).
 * @example standardNormalLossInverse(0.3989422804014327) //=> 0
 */
export function standardNormalLossInverse(loss: number, argument = "loss"): number {
  requireFinite(loss, argument);
  if (!(loss >= MIN_LOSS)) {
    const hint = loss > 0 ? { hint: "a loss that small needs a safety factor beyond 37 standard deviations" } : {};
    throw new InputError(argument, `must be at least ${MIN_LOSS}`, loss, hint);
  }
  const tolerance = (k: number): number => 4 * Number.EPSILON * Math.max(1, Math.abs(k));
  let k: number;
  if (loss >= LOSS_AT_ZERO) {
    k = -loss;
    for (let step = 0; step < 100; step++) {
      const upperTail = erfc(k / Math.SQRT2) / 2;
      const delta = (standardNormalLoss(k) - loss) / upperTail;
      k += delta;
      if (Math.abs(delta) <= tolerance(k)) break;
    }
  } else {
    const logLoss = Math.log(loss);
    k = Math.sqrt(-2 * (logLoss + 0.5 * Math.log(2 * Math.PI)));
    for (let step = 0; step < 100; step++) {
      const value = standardNormalLoss(k);
      const upperTail = erfc(k / Math.SQRT2) / 2;
      // d/dk ln G(k) = −(1 − Φ(k)) / G(k)
      const delta = ((Math.log(value) - logLoss) * value) / upperTail;
      k += delta;
      if (Math.abs(delta) <= tolerance(k)) break;
    }
  }
  return k;
}
