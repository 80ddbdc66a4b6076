import { requireFiniteResult } from "../shared/guards";
import { errorSums, forecastErrors, type ForecastErrorInput } from "./forecastErrors";

/**
 * Mean absolute deviation of forecast errors.
 *
 * MAD = Σ |actual_t − forecast_t| / n
 *
 * over the n periods that have both an actual and a forecast (a period with only
 * one of them is skipped). CPIM: σ ≈ 1.25 × MAD (INV.MADTOSIGMA).
 *
 * Complexity: O(n).
 *
 * @param input.actuals    actual demand per period, `null` for blanks
 * @param input.forecasts  forecast per period, aligned
 * @returns MAD ≥ 0, or `null` when no period has both figures
 * @see Heizer & Render, Operations Management, ch. 4 (measuring forecast error; Port of Baltimore, α = 0.10:
 *      MAD 10.31); APICS Dictionary, "mean absolute deviation".
 * @example meanAbsoluteDeviation({ actuals: [180, 168, 159], forecasts: [175, 175.5, 174.75] }) //=> 9.4167
 */
export function meanAbsoluteDeviation(input: ForecastErrorInput): number | null {
  const errors = forecastErrors(input);
  if (errors.length === 0) return null;
  const sums = errorSums(errors);
  return requireFiniteResult((sums.absolute / errors.length) * sums.scale, "mean absolute deviation");
}
