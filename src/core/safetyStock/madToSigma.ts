import { requireFiniteResult, requireNonNegative } from "../shared/guards";

export interface MadToSigmaInput {
  /** MAD, mean absolute deviation of forecast errors, units per period. */
  mad: number;
}

/** The CPIM conversion factor: one standard deviation ≈ 1.25 MAD (one MAD ≈ 0.8 σ). */
export const SIGMA_PER_MAD = 1.25;

/**
 * Standard deviation of forecast error estimated from the mean absolute deviation.
 *
 * σ ≈ 1.25 · MAD
 *
 * The rounded factor taught in CPIM and the APICS Dictionary. For normally
 * distributed errors the exact ratio is √(π/2) ≈ 1.2533; the two differ by 0.3%,
 * far less than the sampling error of a MAD. The add-in uses 1.25 so that its
 * numbers match the CPIM tables; multiply by 1.0026 for the √(π/2) figure.
 *
 * @param input.mad MAD, units (≥ 0)
 * @returns σ, units
 * @see APICS Dictionary (ASCM), "mean absolute deviation": 1 MAD ≈ 0.8 standard deviation.
 * @see Silver, Pyke & Thomas (2017), ch. 4 (σ ≈ 1.25 MAD for normal forecast errors).
 * @example madToSigma({ mad: 80 }) //=> 100
 */
export function madToSigma(input: MadToSigmaInput): number {
  const mad = requireNonNegative(input.mad, "mad");
  return requireFiniteResult(SIGMA_PER_MAD * mad, "standard deviation");
}
