import { requireFinite, requireFiniteResult } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface ForecastErrorInput {
  /** Actual demand per period; `null` for a blank. */
  actuals: ReadonlyArray<number | null>;
  /** Forecast per period, aligned with `actuals`; `null` for a blank. */
  forecasts: ReadonlyArray<number | null>;
}

/**
 * Forecast errors e_t = actual_t − forecast_t over the periods that have both an
 * actual and a forecast. A period with only one of them is skipped: forecasts
 * run ahead of the actuals, and a forecast often starts after the first actual.
 *
 * @throws InputError  for a non-finite figure, lists of different lengths, or an error too large to be finite
 */
export function forecastErrors(input: ForecastErrorInput): number[] {
  return forecastErrorPeriods(input).map((period) => period.error);
}

/** One period with both an actual and a forecast. */
export interface ForecastErrorPeriod {
  /** The period's position in the input (0-based). */
  period: number;
  actual: number;
  forecast: number;
  /** e = actual − forecast. */
  error: number;
}

/**
 * The periods behind {@link forecastErrors}, each with its actual, forecast and
 * error, for a calculation that shows its work. Same rules and errors.
 *
 * @example forecastErrorPeriods({ actuals: [180, null, 159], forecasts: [175, 175.5, 174.75] })
 * //=> [{ period: 0, actual: 180, forecast: 175, error: 5 }, { period: 2, actual: 159, forecast: 174.75, error: -15.75 }]
 */
export function forecastErrorPeriods(input: ForecastErrorInput): ForecastErrorPeriod[] {
  const { actuals, forecasts } = input;
  if (forecasts.length !== actuals.length) {
    throw new InputError(
      "forecasts",
      `must have one forecast per period (${actuals.length} actuals)`,
      forecasts.length,
    );
  }
  const periods: ForecastErrorPeriod[] = [];
  for (let t = 0; t < actuals.length; t++) {
    const actual = actuals[t];
    const forecast = forecasts[t];
    if (actual === null || actual === undefined || forecast === null || forecast === undefined) continue;
    const error = requireFinite(actual, "actuals", t) - requireFinite(forecast, "forecasts", t);
    requireFiniteResult(error, "forecast error");
    periods.push({ period: t, actual, forecast, error });
  }
  return periods;
}

/** Σ|e| and Σe, scaled by 1 / max|e| when Σ|e| would overflow (both ratios are then unchanged). */
export function errorSums(errors: readonly number[]): { absolute: number; signed: number; scale: number } {
  let absolute = 0;
  let signed = 0;
  for (const error of errors) {
    absolute += Math.abs(error);
    signed += error;
  }
  if (Number.isFinite(absolute)) return { absolute, signed, scale: 1 };
  let scale = 0;
  for (const error of errors) scale = Math.max(scale, Math.abs(error));
  absolute = 0;
  signed = 0;
  for (const error of errors) {
    absolute += Math.abs(error) / scale;
    signed += error / scale;
  }
  return { absolute, signed, scale };
}
