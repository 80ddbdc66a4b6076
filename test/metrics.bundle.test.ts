/*
 * The metrics functions (pipeline, turnover, GMROI, days of supply, carrying cost,
 * OTIF, fill rate, record accuracy, cycle counts, forecast error) through the built
 * bundle, loaded the way Excel loads it: published examples and mismatched shapes.
 */
import { loadBundle } from "./support/bundle";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

describe("metrics", () => {
  test("CYCLECOUNTS: Heizer & Render Example 2, Cole's Trucks: 77 counts a day", () => {
    const result = bundle.call("CYCLECOUNTS", col(500, 1750, 2750), col(12, 4, 2), 240) as number[][];
    expect(Math.round(result[0]?.[0] as number)).toBe(77);
  });

  test("MAD: Heizer & Render, Port of Baltimore, α = 0.10 (book-rounded forecasts): 82.45 / 8 = 10.31", () => {
    const actuals = col(180, 168, 159, 175, 190, 205, 180, 182);
    const forecasts = col(175, 175.5, 174.75, 173.18, 173.36, 175.02, 178.02, 178.22);
    const result = bundle.call("MAD", actuals, forecasts) as number[][];
    expect(result[0]?.[0]).toBeCloseTo(10.31, 2);
  });

  test("TRACKINGSIGNAL: RSFE 48 / MAD 11 = 4.4 (published May–December solution); shapes must match", () => {
    const actuals = col(105, 80, 110, 118, 102, 110, 120, 125);
    const forecasts = col(102, 100, 101, 98, 100, 104, 108, 109);
    expect((bundle.call("TRACKINGSIGNAL", actuals, forecasts) as number[][])[0]?.[0]).toBeCloseTo(4.36, 2);
    expectValueError(
      thrownBy(() => bundle.call("TRACKINGSIGNAL", col(1, 2, 3, 4, 5), col(1, 2, 3, 4))),
      "TRACKINGSIGNAL: actuals is 5 rows × 1 column but forecasts is 4 rows × 1 column; ranges must have the same shape",
    );
  });

  test("OTIF, RECORDACCURACY and UNITFILLRATE", () => {
    expect(bundle.call("OTIF", col(true, true, false, true), col(true, false, true, true))).toEqual([[0.5]]);
    expectValueError(
      thrownBy(() => bundle.call("OTIF", col(true, true, true, true, true), col(true, true, true, true))),
      "OTIF: on_time is 5 rows × 1 column but in_full is 4 rows × 1 column; ranges must have the same shape",
    );
    const accuracy = bundle.call("RECORDACCURACY", col(100, 50, 0), col(98, 45, 0), m([0.02])) as number[][];
    expect(accuracy[0]?.[0]).toBeCloseTo(2 / 3, 14);
    // An absolute tolerance beside the relative one: 45 counted against 50 is within 5 units.
    const withUnits = bundle.call("RECORDACCURACY", col(100, 50, 0), col(98, 45, 0), m([0.02]), m([5]));
    expect(withUnits).toEqual([[1]]);
    // One figure for the period's lines: (950 + 0) / (1,000 + 4), with a spare blank row.
    expect(bundle.call("UNITFILLRATE", col(950, 0, null), col(1000, 4, null))).toEqual([[950 / 1004]]);
  });

  test("PIPELINE, TURNOVER, GMROI, DAYSOFSUPPLY, CARRYINGCOST compute and broadcast", () => {
    expect(bundle.call("PIPELINE", col(100, 250), m([6]))).toEqual([[600], [1500]]);
    expect((bundle.call("TURNOVER", m([18038]), m([2108])) as number[][])[0]?.[0]).toBeCloseTo(8.56, 2);
    expect(bundle.call("GMROI", m([500000]), m([200000]))).toEqual([[2.5]]);
    expect(bundle.call("DAYSOFSUPPLY", m([1400]), m([56]))).toEqual([[25]]);
    expect(bundle.call("CARRYINGCOST", m([200000]), m([0.25]))).toEqual([[50000]]);
  });
});
