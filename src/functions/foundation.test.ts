/*
 * The three foundation functions as Excel calls them: for each, that it works,
 * wrong types, out of range, and blanks / omitted optionals (HyperFormula's four).
 */
import { abcclass } from "./classification";
import { eoq } from "./cycleStock";
import { safetystock } from "./safetyStock";
import { col, first, m, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

describe("INV.EOQ", () => {
  test("works: =INV.EOQ(1300, 8, 0.225) = 304.0468 (Snyder & Shen Example 3.1)", () => {
    expect(first(eoq(m([1300]), m([8]), m([0.225])))).toBeCloseTo(304.0468, 4);
  });

  test("works with a unit cost: holding_cost is then a carrying rate (Chopra & Meindl Example 11-1)", () => {
    expect(first(eoq(m([12000]), m([4000]), m([0.2]), m([500])))).toBeCloseTo(979.7959, 4);
  });

  test("wrong types", () => {
    expect(message(first(eoq(m(["1300"]), m([8]), m([0.225]))))).toBe(
      'EOQ: demand must be a number, not text (got text "1300"; the cell holds a number stored as text: convert it with VALUE())',
    );
    expect(message(first(eoq(m([1300]), m([true]), m([0.225]))))).toBe(
      "EOQ: order_cost must be a number, not a logical value (got TRUE)",
    );
  });

  test("out of range", () => {
    expect(message(first(eoq(m([-1]), m([8]), m([0.225]))))).toBe("EOQ: demand must be zero or more (got -1)");
    expect(message(first(eoq(m([1]), m([-8]), m([0.225]))))).toBe("EOQ: order_cost must be zero or more (got -8)");
    expect(message(first(eoq(m([1]), m([8]), m([0]))))).toBe("EOQ: holding_cost must be greater than 0 (got 0)");
    expect(message(first(eoq(m([1]), m([8]), m([0.2]), m([-3]))))).toBe(
      "EOQ: unit_cost must be greater than 0 (got -3)",
    );
    expect(message(first(eoq(m([1e308]), m([1e308]), m([1e-308]))))).toBe(
      "EOQ: inputs are too large for a finite order quantity (got Infinity)",
    );
  });

  test("figures far from 1 give the answer whenever it is finite: =INV.EOQ(1E200, 1E200, 1) = √2 × 1E200", () => {
    expect((first(eoq(m([1e200]), m([1e200]), m([1]))) as number) / (Math.SQRT2 * 1e200)).toBeCloseTo(1, 14);
    expect((first(eoq(m([1e300]), m([1e300]), m([1e300]))) as number) / (Math.SQRT2 * 1e150)).toBeCloseTo(1, 14);
  });

  test("blanks and omitted optionals", () => {
    expect(eoq(col(1000, null, ""), col(10, null, ""), m([0.5]))).toEqual([[200], [""], [""]]);
    expect(eoq(m([1000]), m([10]), m([0.5]), null as unknown as any[][])).toEqual([[200]]);
    expect(eoq(m([1000]), m([10]), m([0.5]), m([null]))).toEqual([[200]]);
    expect(message(first(eoq(m([1000]), m([null]), m([0.5]))))).toBe("EOQ: order_cost is blank; enter a number");
  });
});

describe("INV.SAFETYSTOCK", () => {
  test("works: Chopra & Meindl Example 12-4, CSL 90%, weekly σ 500, L = 2 weeks: ss ≈ 906", () => {
    expect(first(safetystock(m([0.9]), m([500]), m([2])))).toBeCloseTo(906.2, 1);
  });

  test("works with lead-time variability and a forecast interval, over a column", () => {
    const result = safetystock(col(0.9, 0.95), m([500]), m([7]), m([2500]), col(7, 0), col(1, 4));
    expect(result[0]?.[0]).toBeCloseTo(22491.1, 1); // Chopra & Meindl Example 12-6
    expect(result[1]?.[0]).toBeCloseTo(1.6448536269514724 * 500 * Math.sqrt(7 / 4), 9);
  });

  test("wrong types", () => {
    expect(message(first(safetystock(m(["95%"]), m([500]), m([2]))))).toBe(
      'SAFETYSTOCK: service_level must be a number, not text (got text "95%"; enter 95% without quotes, or convert the cell with VALUE())',
    );
    expect(message(first(safetystock(m([0.95]), m([false]), m([2]))))).toBe(
      "SAFETYSTOCK: demand_std must be a number, not a logical value (got FALSE)",
    );
  });

  test("out of range", () => {
    expect(message(first(safetystock(m([95]), m([500]), m([2]))))).toBe(
      "SAFETYSTOCK: service_level must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
    expect(message(first(safetystock(m([1]), m([500]), m([2]))))).toBe(
      "SAFETYSTOCK: service_level must be between 0 and 1, both excluded (got 1)",
    );
    expect(message(first(safetystock(m([0.9]), m([500]), m([-2]))))).toBe(
      "SAFETYSTOCK: lead_time must be zero or more (got -2)",
    );
    expect(message(first(safetystock(m([0.9]), m([500]), m([2]), null!, null!, m([0]))))).toBe(
      "SAFETYSTOCK: forecast_interval must be greater than 0 (got 0)",
    );
  });

  test("lead_time_std without avg_demand says so, in Excel's names", () => {
    expect(message(first(safetystock(m([0.9]), m([500]), m([2]), null!, m([1]))))).toBe(
      "SAFETYSTOCK: lead_time_std needs avg_demand: lead-time variability is converted to units through the mean demand per period (got 1)",
    );
  });

  test("blanks and omitted optionals", () => {
    expect(safetystock(col(0.9, null), col(500, null), m([2]))).toEqual([[expect.closeTo(906.2, 1)], [""]]);
    expect(first(safetystock(m([0.9]), m([500]), m([2]), m([null]), m([""]), m([null])))).toBeCloseTo(906.2, 1);
  });
});

describe("INV.ABCCLASS", () => {
  const chips = col(90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150);

  test("works: Heizer & Render Example 1 by value (defaults) and by count", () => {
    expect(abcclass(chips)).toEqual(col(..."AABBCCCCCC"));
    expect(abcclass(chips, null, null, "count")).toEqual(col(..."AABBBCCCCC"));
    expect(abcclass(chips, 0.8, 0.96)).toEqual(col(..."AABBBCCCCC"));
  });

  test("equal values share one class, the first one's: {10;10;10;10;10} is all A, {50;20;20;10} is A, A, A, C", () => {
    expect(abcclass(col(10, 10, 10, 10, 10))).toEqual(col(..."AAAAA"));
    expect(abcclass(col(50, 20, 20, 10))).toEqual(col(..."AAAC"));
  });

  test('spills in the input\'s shape, blanks as ""', () => {
    expect(abcclass(m([80, null, 15], ["", 5, 0]))).toEqual(m(["A", "", "B"], ["", "C", "C"]));
  });

  test("wrong types", () => {
    expect(thrown(() => abcclass(col(1, "x")))).toBe('ABCCLASS: values (row 2) must be a number (got text "x")');
    expect(thrown(() => abcclass(chips, true))).toBe(
      "ABCCLASS: a_cutoff must be a number, not a logical value (got TRUE)",
    );
    expect(thrown(() => abcclass(chips, null, null, 2))).toBe('ABCCLASS: basis must be "value" or "count" (got 2)');
  });

  test("out of range", () => {
    expect(thrown(() => abcclass(col(5, -1)))).toBe(
      "ABCCLASS: values (row 2) must be a finite number, zero or more (got -1)",
    );
    expect(thrown(() => abcclass(chips, 80))).toBe(
      "ABCCLASS: a_cutoff must be greater than 0 and at most 1 (got 80; for 80% enter 0.8 or 80%)",
    );
    expect(thrown(() => abcclass(chips, 0.8, 0.5))).toBe(
      "ABCCLASS: b_cutoff must be at least a_cutoff (0.8) (got 0.5)",
    );
    expect(thrown(() => abcclass(chips, [[0.5], [0.6]]))).toBe(
      "ABCCLASS: a_cutoff must be a single value (got a range of 2 rows × 1 column)",
    );
  });

  test("blanks and omitted optionals", () => {
    expect(abcclass(col(null, ""))).toEqual(col("", ""));
    expect(abcclass(chips, "", null, "")).toEqual(abcclass(chips));
    expect(abcclass(chips, [[null]], [[null]], [[null]])).toEqual(abcclass(chips));
  });

  test("100,000 values classify in one call", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => [((i * 7919) % 100_003) + 1]);
    const result = abcclass(values);
    expect(result).toHaveLength(100_000);
    const counts = { A: 0, B: 0, C: 0 } as Record<string, number>;
    for (const [c] of result) counts[c as string] = (counts[c as string] ?? 0) + 1;
    expect((counts.A ?? 0) + (counts.B ?? 0) + (counts.C ?? 0)).toBe(100_000);
    expect(counts.A).toBeGreaterThan(counts.B ?? 0);
  });
});
