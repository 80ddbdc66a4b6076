/*
 * The metrics functions as Excel calls them: for each, that it works, wrong
 * types, out of range, and blanks / omitted optionals.
 */
import {
  carryingcost,
  cyclecounts,
  daysofsupply,
  gmroi,
  mad,
  otif,
  pipeline,
  recordaccuracy,
  trackingsignal,
  turnover,
  unitfillrate,
} from "./metrics";
import { col, first, m, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

describe("the element-by-element metrics", () => {
  test("work, and broadcast a single value over a column", () => {
    expect(pipeline(col(100, 250), m([6]))).toEqual([[600], [1500]]);
    expect(first(turnover(m([18038]), m([2108])))).toBeCloseTo(8.5569, 4); // Weygandt, Kimmel & Kieso, PepsiCo: 8.6
    expect(gmroi(m([500000, -50]), m([200000, 200]))).toEqual([[2.5, -0.25]]);
    expect(daysofsupply(m([1400]), m([56]))).toEqual([[25]]);
    expect(carryingcost(m([200000]), m([0.25]))).toEqual([[50000]]);
  });

  test("wrong types are #VALUE! at their position", () => {
    expect(message(first(pipeline(m(["100"]), m([6]))))).toBe(
      'PIPELINE: demand_rate must be a number, not text (got text "100"; the cell holds a number stored as text: convert it with VALUE())',
    );
    expect(message(turnover(col(1, true), m([2]))[1]?.[0])).toBe(
      "TURNOVER: cogs (row 2) must be a number, not a logical value (got TRUE)",
    );
  });

  test("out of range names the argument", () => {
    expect(message(first(pipeline(m([-1]), m([6]))))).toBe("PIPELINE: demand_rate must be zero or more (got -1)");
    expect(message(first(turnover(m([1]), m([0]))))).toBe("TURNOVER: avg_inventory must be greater than 0 (got 0)");
    expect(message(first(gmroi(m([1]), m([-2]))))).toBe("GMROI: avg_inventory_cost must be greater than 0 (got -2)");
    expect(message(first(daysofsupply(m([10]), m([0]))))).toBe(
      "DAYSOFSUPPLY: avg_daily_demand must be greater than 0 (with no demand the stock lasts indefinitely) (got 0)",
    );
    expect(message(first(carryingcost(m([1e308]), m([2]))))).toBe(
      "CARRYINGCOST: inputs are too large for a finite carrying cost (got Infinity)",
    );
  });

  test('blank rows give ""; mismatched shapes name both', () => {
    expect(pipeline(col(100, null), col(6, ""))).toEqual([[600], [""]]);
  });
});

describe("INV.OTIF", () => {
  test("works with TRUE/FALSE and with 1/0, as one cell", () => {
    expect(otif(col(true, true, false, true), col(true, false, true, true))).toEqual([[0.5]]);
    expect(otif(m([1, 1, 0, 1]), m([1, 0, 1, 1]))).toEqual([[0.5]]);
  });

  test("wrong types: text and other numbers are refused naming the cell", () => {
    expect(thrown(() => otif(col(true, "yes"), col(true, true)))).toBe(
      'OTIF: on_time (row 2) must be TRUE or FALSE, or 1 or 0 (got text "yes")',
    );
    expect(thrown(() => otif(col(true, 2), col(true, true)))).toBe(
      "OTIF: on_time (row 2) must be TRUE or FALSE (or 1 or 0) (got 2)",
    );
  });

  test("mismatched shapes name both", () => {
    expect(thrown(() => otif(col(true, true, true, true, true), col(true, true, true, true)))).toBe(
      "OTIF: on_time is 5 rows × 1 column but in_full is 4 rows × 1 column; ranges must have the same shape",
    );
  });

  test('blanks: rows blank in both are skipped; half-blank is an error; no orders gives ""', () => {
    expect(otif(col(true, null, false), col(true, "", false))).toEqual([[0.5]]);
    expect(thrown(() => otif(col(true, null), col(true, false)))).toBe(
      "OTIF: on_time (row 2) is blank for an order marked in in_full (got a blank)",
    );
    expect(otif(col(null, null), col(null, ""))).toEqual([[""]]);
  });
});

describe("INV.UNITFILLRATE", () => {
  test("works: one figure for a period's lines, Σ shipped / Σ ordered (not one ratio per line)", () => {
    expect(unitfillrate(col(950, 0), col(1000, 4))).toEqual([[950 / 1004]]);
    expect(unitfillrate(m([12800]), m([16000]))).toEqual([[0.8]]); // Aldo Inc.'s quarter: 80%
    expect(unitfillrate(m([5000, 7800]), m([6000, 10000]))).toEqual([[0.8]]); // a row of lines
  });

  test("wrong types and out of range name the cell", () => {
    expect(thrown(() => unitfillrate(col(1, "9"), col(4, 9)))).toBe(
      'UNITFILLRATE: shipped (row 2) must be a number, not text (got text "9"; the cell holds a number stored as text: convert it with VALUE())',
    );
    expect(thrown(() => unitfillrate(col(1, 5), col(4, 4)))).toBe(
      "UNITFILLRATE: shipped (row 2) must be at most ordered (4): units shipped from stock come out of the units ordered (got 5)",
    );
    expect(thrown(() => unitfillrate(col(1, 1), col(4, -4)))).toBe(
      "UNITFILLRATE: ordered (row 2) must be a finite number, zero or more (got -4)",
    );
  });

  test("mismatched shapes name both", () => {
    expect(thrown(() => unitfillrate(col(1, 2, 3), col(4, 5)))).toBe(
      "UNITFILLRATE: shipped is 3 rows × 1 column but ordered is 2 rows × 1 column; ranges must have the same shape",
    );
  });

  test('blanks: lines blank in both are skipped; half-blank is an error; nothing ordered gives ""', () => {
    expect(unitfillrate(col(90, null, 0), col(100, "", 0))).toEqual([[0.9]]);
    expect(thrown(() => unitfillrate(col(90, null), col(100, 10)))).toBe(
      "UNITFILLRATE: shipped (row 2) is blank for a line with units ordered; enter 0 if none shipped (got a blank)",
    );
    expect(unitfillrate(col(null, 0), col("", 0))).toEqual([[""]]);
  });
});

describe("INV.RECORDACCURACY", () => {
  test("tolerance_units: one value or per record (blank = 0); a count within either tolerance is accurate", () => {
    const book = col(5, 1000, 0);
    const counted = col(4, 1015, 1);
    expect(first(recordaccuracy(book, counted, m([0.02])))).toBeCloseTo(1 / 3, 15);
    expect(first(recordaccuracy(book, counted, m([0.02]), m([1])))).toBe(1);
    expect(first(recordaccuracy(book, counted, m([0.02]), col(1, null, 0)))).toBeCloseTo(2 / 3, 15);
    expect(first(recordaccuracy(book, counted, m([0.02]), col(0, 0, 1)))).toBeCloseTo(2 / 3, 15);
    expect(recordaccuracy(book, counted, m([0.02]), null as unknown as undefined)).toEqual(
      recordaccuracy(book, counted, m([0.02])),
    );
    expect(thrown(() => recordaccuracy(book, counted, m([0.02]), col(1, -1, 0)))).toBe(
      "RECORDACCURACY: tolerance_units (row 2) must be a finite number, zero or more (got -1)",
    );
    expect(thrown(() => recordaccuracy(book, counted, m([0.02]), col(1, 1)))).toMatch(
      /^RECORDACCURACY: book_qty is 3 rows × 1 column but tolerance_units is 2 rows/,
    );
  });

  test("works with one tolerance and with per-record tolerances", () => {
    expect(first(recordaccuracy(col(100, 50, 0), col(98, 45, 0), m([0.02])))).toBeCloseTo(2 / 3, 15);
    expect(first(recordaccuracy(col(1000, 1000), col(1003, 1008), col(0.002, 0.01)))).toBe(0.5);
  });

  test("wrong types, out of range, mismatched shapes", () => {
    expect(thrown(() => recordaccuracy(col(1, "x"), col(1, 1), m([0.1])))).toBe(
      'RECORDACCURACY: book_qty (row 2) must be a number (got text "x")',
    );
    expect(thrown(() => recordaccuracy(col(1), col(1), m([2])))).toBe(
      "RECORDACCURACY: tolerance must be between 0 and 1 (got 2; for 2% enter 0.02 or 2%)",
    );
    expect(thrown(() => recordaccuracy(col(1, 2), col(1, 2), col(0.1, 5)))).toBe(
      "RECORDACCURACY: tolerance (row 2) must be between 0 and 1 (got 5; for 5% enter 0.05 or 5%)",
    );
    expect(thrown(() => recordaccuracy(col(1, 2, 3), col(1, 2, 3), col(0.1, 0.2)))).toBe(
      "RECORDACCURACY: book_qty is 3 rows × 1 column but tolerance is 2 rows × 1 column; ranges must have the same shape, or tolerance be a single value",
    );
  });

  test("blanks: skipped rows, a blank tolerance, nothing counted", () => {
    expect(recordaccuracy(col(10, null), col(10, null), m([0]))).toEqual([[1]]);
    expect(thrown(() => recordaccuracy(col(10), col(10), m([null])))).toBe(
      "RECORDACCURACY: tolerance is blank; enter a fraction such as 0.02 (0 for an exact match)",
    );
    expect(recordaccuracy(col(null), col(null), m([null]))).toEqual([[""]]);
  });
});

describe("INV.CYCLECOUNTS", () => {
  test("works: Heizer & Render Example 2, Cole's Trucks, 240 working days: 77 counts a day", () => {
    expect(first(cyclecounts(col(500, 1750, 2750), col(12, 4, 2), 240))).toBeCloseTo(77.083, 3);
    expect(cyclecounts(col(500, 1750, 2750), col(12, 4, 2))).toEqual([[74]]); // default 250 days
    expect(cyclecounts(col(100, 150), m([2]), null)).toEqual([[2]]); // 250 items twice a year over 250 days
  });

  test("wrong types, out of range, mismatched shapes, blanks", () => {
    expect(thrown(() => cyclecounts(col(1), col(1), "a year"))).toBe(
      'CYCLECOUNTS: working_days must be a number (got text "a year")',
    );
    expect(thrown(() => cyclecounts(col(1), col(1), 0))).toBe(
      "CYCLECOUNTS: working_days must be greater than 0 (got 0)",
    );
    expect(thrown(() => cyclecounts(col(1, -2), col(1, 1)))).toBe(
      "CYCLECOUNTS: items_per_class (row 2) must be a finite number, zero or more (got -2)",
    );
    expect(thrown(() => cyclecounts(col(1, 2, 3), col(1, 2)))).toBe(
      "CYCLECOUNTS: items_per_class is 3 rows × 1 column but counts_per_year is 2 rows × 1 column; ranges must have the same shape, or counts_per_year be a single value",
    );
    expect(thrown(() => cyclecounts(col(1, 2), m([null])))).toBe(
      "CYCLECOUNTS: counts_per_year is blank; enter how often the classes are counted per year",
    );
    expect(cyclecounts(col(null, ""), col(null, null))).toEqual([[""]]);
  });
});

describe("INV.MAD and INV.TRACKINGSIGNAL", () => {
  // A published tracking-signal solution (May–December): RSFE 48, MAD 11, TS 4.4.
  const actuals = col(105, 80, 110, 118, 102, 110, 120, 125);
  const forecasts = col(102, 100, 101, 98, 100, 104, 108, 109);

  test("work, as one cell", () => {
    expect(mad(actuals, forecasts)).toEqual([[11]]);
    expect(first(trackingsignal(actuals, forecasts))).toBeCloseTo(48 / 11, 14);
  });

  test('periods with one figure are skipped; none with both gives ""', () => {
    expect(mad(col(10, 12, null), col(null, 10, 11))).toEqual([[2]]);
    expect(trackingsignal(col(null), col(1))).toEqual([[""]]);
  });

  test("wrong types, out of range and mismatched shapes", () => {
    expect(thrown(() => mad(col(1, "n/a"), col(1, 1)))).toBe('MAD: actuals (row 2) must be a number (got text "n/a")');
    expect(thrown(() => mad(m([1e308]), m([-1e308])))).toBe(
      "MAD: inputs are too large for a finite forecast error (got Infinity)",
    );
    expect(thrown(() => trackingsignal(col(1, 2, 3, 4, 5), col(1, 2, 3, 4)))).toBe(
      "TRACKINGSIGNAL: actuals is 5 rows × 1 column but forecasts is 4 rows × 1 column; ranges must have the same shape",
    );
  });
});
