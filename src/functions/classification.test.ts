/*
 * ABCCLASS, XYZCLASS, COEFVAR, ABCXYZ and PARETO as Excel calls them: for each, that it
 * works, wrong types, out of range, and blanks / omitted optionals.
 */
import { abcclass, abcxyz, coefvar, pareto, xyzclass } from "./classification";
import { col, m, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

const STEADY = [100, 102, 98, 101, 99, 100];
const MODERATE = [50, 150, 100, 20, 180, 100];
const ERRATIC = [0, 0, 300, 0, 10, 0];
// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1 (Silicon Chips, Inc.).
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];

describe("INV.ABCCLASS", () => {
  const chips = col(...SILICON_CHIPS);

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

describe("INV.XYZCLASS", () => {
  test("works: one class per row, a column", () => {
    expect(xyzclass(m(STEADY, MODERATE, ERRATIC, [0, 0, 0, 0, 0, 0]))).toEqual(col("X", "Y", "Z", "Z"));
    expect(xyzclass(m([10, 20, 30]))).toEqual([["X"]]);
    expect(xyzclass(m([10, 20, 30]), 0.4, 0.6)).toEqual([["Y"]]);
  });

  test("wrong types: a text cell is #VALUE! at its row only; a text cut-off fails the call", () => {
    const result = xyzclass(m(STEADY, [1, "n/a", 3, 1, 1, 1], ERRATIC));
    expect(result[0]?.[0]).toBe("X");
    expect(message(result[1]?.[0])).toBe(
      'XYZCLASS: demand_history (row 2, column 2) must be a number (got text "n/a")',
    );
    expect(result[2]?.[0]).toBe("Z");
    expect(message(xyzclass(m([1, true]))[0]?.[0])).toBe(
      "XYZCLASS: demand_history (row 1, column 2) must be a number, not a logical value (got TRUE)",
    );
    expect(thrown(() => xyzclass(m(STEADY), "half"))).toBe('XYZCLASS: x_cutoff must be a number (got text "half")');
  });

  test("out of range: a negative figure or a row with one period is #VALUE! at its row; bad cut-offs fail the call", () => {
    const result = xyzclass(m(STEADY, [4, null, null, null, null, ""], [3, -1, 2, 2, 2, 2]));
    expect(message(result[1]?.[0])).toBe(
      "XYZCLASS: demand_history (row 2) needs a figure in at least 2 periods for a standard deviation (items are rows, periods across) (got 1)",
    );
    expect(message(result[2]?.[0])).toBe(
      "XYZCLASS: demand_history (row 3, column 2) must be a finite number, zero or more (got -1)",
    );
    expect(thrown(() => xyzclass(m(STEADY), 0))).toBe("XYZCLASS: x_cutoff must be greater than 0 (got 0)");
    expect(thrown(() => xyzclass(m(STEADY), 0.8, 0.5))).toBe(
      "XYZCLASS: y_cutoff must be at least x_cutoff (0.8) (got 0.5)",
    );
  });

  test('blanks and omitted optionals: blank periods skipped, blank rows give "", blank cut-offs default', () => {
    expect(xyzclass(m([10, null, 20, "", 30, null], [null, "", null, null, null, null], STEADY), null, "")).toEqual(
      col("X", "", "X"),
    );
  });

  test("ragged and empty ranges fail the call", () => {
    expect(thrown(() => xyzclass([[1, 2], [3]]))).toBe(
      "XYZCLASS: demand_history is not a rectangular range (row 2 differs from row 1)",
    );
    expect(thrown(() => xyzclass([]))).toBe("XYZCLASS: demand_history is an empty range");
  });

  test("a history may exceed one column's cells (100,000 items × 24 periods), up to ten columns' worth", () => {
    const row = new Array<number>(1000).fill(1); // shared: the range is large, the memory is not
    expect(thrown(() => xyzclass(Array.from({ length: 10_486 }, () => row)))).toBe(
      "XYZCLASS: demand_history has 10,486,000 cells; at most 10,485,760 (ten full columns) are allowed",
    );
  });
});

describe("INV.COEFVAR", () => {
  test("works: STDEV.S/AVERAGE per row", () => {
    const result = coefvar(m([10, 20, 30], [7, 7, 7]));
    expect(result[0]?.[0]).toBeCloseTo(0.5, 15);
    expect(result[1]?.[0]).toBe(0);
  });

  test("a single column of several rows is one item's history: one result", () => {
    expect(coefvar(col(10, 20, 30))).toEqual([[coefvar(m([10, 20, 30]))[0]?.[0]]]);
    expect(xyzclass(col(10, 20, 30, null))).toEqual([["X"]]);
    expect(message(coefvar(col(10, "x", 30))[0]?.[0])).toBe(
      'COEFVAR: demand_history (row 2) must be a number (got text "x")',
    );
  });

  test('wrong types and out of range are #VALUE! at their row; blanks give ""', () => {
    const result = coefvar(m(["x", 1], [0, 0], [null, null], [2, 4]));
    expect(message(result[0]?.[0])).toBe('COEFVAR: demand_history (row 1, column 1) must be a number (got text "x")');
    expect(message(result[1]?.[0])).toBe(
      "COEFVAR: demand_history (row 2) has zero demand in every period, so its coefficient of variation is undefined (the mean is 0; XYZ puts such an item in Z) (got 0)",
    );
    expect(result[2]?.[0]).toBe("");
    expect(result[3]?.[0]).toBeCloseTo(Math.SQRT2 / 3, 15);
  });
});

describe("INV.ABCXYZ", () => {
  const history = [STEADY, ERRATIC, MODERATE, STEADY, MODERATE, ERRATIC, STEADY, MODERATE, ERRATIC, STEADY];

  test("works: Heizer & Render Example 1 by value (80/95) joined with XYZ, in the shape of values", () => {
    expect(abcxyz(col(...SILICON_CHIPS), history)).toEqual(
      col("AX", "AZ", "BY", "BX", "CY", "CZ", "CX", "CY", "CZ", "CX"),
    );
    expect(abcxyz(m(SILICON_CHIPS), history)).toEqual([["AX", "AZ", "BY", "BX", "CY", "CZ", "CX", "CY", "CZ", "CX"]]);
  });

  test("cut-offs pass through: b_cutoff 0.96 puts item 5 in B; x_cutoff 0.7 makes the moderate items X", () => {
    const result = abcxyz(col(...SILICON_CHIPS), history, null, 0.96, 0.7);
    expect(result[4]?.[0]).toBe("BX");
  });

  test("mismatched shapes name both", () => {
    expect(thrown(() => abcxyz(col(1, 2, 3), m(STEADY, STEADY)))).toBe(
      "ABCXYZ: values is 3 rows × 1 column but demand_history is 2 rows × 6 columns; give one value per row of demand_history",
    );
  });

  test("wrong types: text in values fails the call (ranking needs every value); text in a history row fails that row", () => {
    expect(thrown(() => abcxyz(col(1, "big"), m(STEADY, STEADY)))).toBe(
      'ABCXYZ: values (row 2) must be a number (got text "big")',
    );
    const result = abcxyz(col(10, 5), m(STEADY, [1, "?", 1, 1, 1, 1]));
    expect(result[0]?.[0]).toBe("AX");
    expect(message(result[1]?.[0])).toBe('ABCXYZ: demand_history (row 2, column 2) must be a number (got text "?")');
  });

  test("out of range", () => {
    expect(thrown(() => abcxyz(col(1, -1), m(STEADY, STEADY)))).toBe(
      "ABCXYZ: values (row 2) must be a finite number, zero or more (got -1)",
    );
    expect(thrown(() => abcxyz(col(1), m(STEADY), 80))).toBe(
      "ABCXYZ: a_cutoff must be greater than 0 and at most 1 (got 80; for 80% enter 0.8 or 80%)",
    );
  });

  test('blanks: blank in both gives ""; blank in one is #VALUE! at that item', () => {
    const blank = [null, null, null, null, null, null];
    const result = abcxyz(col(null, 80, null, 20), m(blank, STEADY, STEADY, blank));
    expect(result[0]?.[0]).toBe("");
    expect(result[1]?.[0]).toBe("AX");
    expect(message(result[2]?.[0])).toBe(
      "ABCXYZ: values (row 3) is blank for an item with a demand history; enter the item's value (got a blank)",
    );
    expect(message(result[3]?.[0])).toBe(
      "ABCXYZ: demand_history (row 4) is blank for an item with a value; enter its demand for at least 2 periods (got a blank)",
    );
  });
});

describe("INV.PARETO", () => {
  test("works: Heizer & Render Example 1, cumulative share at each item's rank, aligned with the input", () => {
    const result = pareto(col(...SILICON_CHIPS)) as number[][];
    expect(result[1]?.[0]).toBeCloseTo(0.72, 2);
    expect(result[9]?.[0]).toBe(1);
    expect(pareto(m([20, 50], ["", 30]))).toEqual([
      [1, 0.5],
      ["", 0.8],
    ]);
  });

  test("wrong types, out of range, blanks", () => {
    expect(thrown(() => pareto(col(1, "a")))).toBe('PARETO: values (row 2) must be a number (got text "a")');
    expect(thrown(() => pareto(col(1, -1)))).toBe(
      "PARETO: values (row 2) must be a finite number, zero or more (got -1)",
    );
    expect(thrown(() => pareto(col(0, 0)))).toBe(
      "PARETO: values must have a total greater than 0 for cumulative shares (got 0)",
    );
    expect(pareto(col(null, ""))).toEqual(col("", ""));
  });
});
