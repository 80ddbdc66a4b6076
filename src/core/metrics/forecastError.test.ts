/* MAD and the tracking signal. */
import { InputError } from "../shared/inputError";
import { forecastErrorPeriods } from "./forecastErrors";
import { meanAbsoluteDeviation } from "./meanAbsoluteDeviation";
import { trackingSignal } from "./trackingSignal";

// Heizer & Render, Operations Management, ch. 4: tonnage unloaded at the Port of Baltimore over 8 quarters, forecast by
// exponential smoothing with α = 0.10 from a first forecast of 175 tons. The book: MAD = 82.45 / 8 = 10.31.
const BALTIMORE = [180, 168, 159, 175, 190, 205, 180, 182];
function smoothed(actuals: number[], alpha: number, first: number): number[] {
  const forecasts = [first];
  for (let t = 1; t < actuals.length; t++) {
    const previous = forecasts[t - 1] as number;
    forecasts.push(previous + alpha * ((actuals[t - 1] as number) - previous));
  }
  return forecasts;
}

// A published tracking-signal solution (slideshare, "The following are monthly actual and forecasted demand levels
// from May through December"): RSFE 48, MAD 11, tracking signal 4.4.
const MAY_TO_DECEMBER = {
  actuals: [105, 80, 110, 118, 102, 110, 120, 125],
  forecasts: [102, 100, 101, 98, 100, 104, 108, 109],
};

describe("meanAbsoluteDeviation", () => {
  test("Heizer & Render, Port of Baltimore, α = 0.10: MAD 10.31", () => {
    const forecasts = smoothed(BALTIMORE, 0.1, 175);
    expect(forecasts[3]).toBeCloseTo(173.175, 10); // the book rounds to 173.18
    expect(meanAbsoluteDeviation({ actuals: BALTIMORE, forecasts })).toBeCloseTo(10.31, 2);
    // With the book's rounded forecasts the deviations sum to 82.45.
    const rounded = [175, 175.5, 174.75, 173.18, 173.36, 175.02, 178.02, 178.22];
    expect(meanAbsoluteDeviation({ actuals: BALTIMORE, forecasts: rounded })).toBeCloseTo(82.45 / 8, 12);
  });

  test("the May–December tracking-signal example: MAD 11", () => {
    expect(meanAbsoluteDeviation(MAY_TO_DECEMBER)).toBe(11);
  });

  test("periods with only an actual or only a forecast are skipped; none with both gives null", () => {
    expect(meanAbsoluteDeviation({ actuals: [10, 12, null, 9], forecasts: [null, 10, 11, 11] })).toBe(2);
    expect(meanAbsoluteDeviation({ actuals: [null, 5], forecasts: [3, null] })).toBeNull();
  });

  test("the periods behind the errors keep their positions: period 2 (12 vs 10) and period 4 (9 vs 11)", () => {
    expect(forecastErrorPeriods({ actuals: [10, 12, null, 9], forecasts: [null, 10, 11, 11] })).toEqual([
      { period: 1, actual: 12, forecast: 10, error: 2 },
      { period: 3, actual: 9, forecast: 11, error: -2 },
    ]);
  });

  test("stays finite near the edges of floating point", () => {
    expect(meanAbsoluteDeviation({ actuals: [1e308, 1e308], forecasts: [0, 0] })).toBe(1e308);
  });

  test.each([
    [{ actuals: [1, 2], forecasts: [1] }, "forecasts must have one forecast per period (2 actuals) (got 1)"],
    [{ actuals: [1e308], forecasts: [-1e308] }, "inputs are too large for a finite forecast error (got Infinity)"],
    [{ actuals: [Number.NaN], forecasts: [1] }, "actuals at item 1 must be a finite number (got NaN)"],
  ])("rejects %o", (input, message) => {
    expect(() => meanAbsoluteDeviation(input)).toThrow(InputError);
    expect(() => meanAbsoluteDeviation(input)).toThrow(message);
  });
});

describe("trackingSignal", () => {
  test("the May–December example: RSFE 48 / MAD 11 = 4.36, reported as 4.4", () => {
    expect(trackingSignal(MAY_TO_DECEMBER)).toBeCloseTo(48 / 11, 14);
  });

  test("the formula on six quarters with RSFE +35 and MAD 85/6 = 14.17: 2.47 MADs", () => {
    // The series recalled as Heizer & Render's Carlson's Bakery example ("2.5 MADs"); its numbers could not be
    // checked against the book here, so this tests the formula value RSFE / MAD = 35 / (85/6).
    const quarters = { actuals: [90, 95, 115, 100, 125, 140], forecasts: [100, 100, 100, 110, 110, 110] };
    expect(meanAbsoluteDeviation(quarters)).toBeCloseTo(85 / 6, 14);
    expect(trackingSignal(quarters)).toBeCloseTo(35 / (85 / 6), 14);
  });

  test("an unbiased forecast has a signal of 0; perfect forecasts too", () => {
    expect(trackingSignal({ actuals: [10, 20], forecasts: [15, 15] })).toBe(0);
    expect(trackingSignal({ actuals: [10, 20], forecasts: [10, 20] })).toBe(0);
  });

  test("is at most the number of periods in size (all errors of one sign)", () => {
    expect(trackingSignal({ actuals: [5, 6, 7], forecasts: [1, 1, 1] })).toBe(3);
    expect(trackingSignal({ actuals: [1e308, 1e308, 1e308], forecasts: [-1e307, -1e307, -1e307] })).toBe(3);
  });

  test("no period with both figures gives null", () => {
    expect(trackingSignal({ actuals: [null], forecasts: [1] })).toBeNull();
  });
});
