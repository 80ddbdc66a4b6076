import erfcinv from "@stdlib/math-base-special-erfcinv";
import { requireOpenFraction } from "./guards";

/**
 * Standard normal quantile Φ⁻¹(p), the safety factor z for a cycle service level p.
 *
 * z = −√2 · erfcinv(2p)
 *
 * Computed through the inverse complementary error function of @stdlib
 * (`@stdlib/math-base-special-erfcinv`), which keeps full relative accuracy in
 * both tails: within 1e-13 of the exact quantile from p = 1e-300 to 1 − 1e-12
 * (see ../shared/DOMAIN.md; the erfinv(2p − 1) route loses the lower tail).
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
