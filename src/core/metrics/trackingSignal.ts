import { errorSums, forecastErrors, type ForecastErrorInput } from "./forecastErrors";

/**
 * Tracking signal: the running sum of forecast errors (RSFE) in units of MAD, a
 * test for bias. Persistently positive means the forecast runs low (demand is
 * above it); values outside about ±4 call for a look at the forecast.
 *
 * TS = Σ (actual_t − forecast_t) / MAD,  MAD = Σ |actual_t − forecast_t| / n
 *
 * over the n periods that have both an actual and a forecast. Since |RSFE| ≤ n·MAD,
 * |TS| ≤ n. When every error is 0 there is no bias and the signal is 0.
 *
 * Complexity: O(n).
 *
 * @param input.actuals    actual demand per period, `null` for blanks
 * @param input.forecasts  forecast per period, aligned
 * @returns TS in MADs, or `null` when no period has both figures
 * @see Heizer & Render, Operations Management, ch. 4 (monitoring and controlling forecasts: tracking signal);
 *      APICS Dictionary, "tracking signal".
 * @example trackingSignal({ actuals: [105, 80, 110, 118, 102, 110, 120, 125],
 *                           forecasts: [102, 100, 101, 98, 100, 104, 108, 109] }) //=> 4.3636  (RSFE 48, MAD 11)
 */
export function trackingSignal(input: ForecastErrorInput): number | null {
  const errors = forecastErrors(input);
  if (errors.length === 0) return null;
  const sums = errorSums(errors);
  if (sums.absolute === 0) return 0;
  return errors.length * (sums.signed / sums.absolute);
}
