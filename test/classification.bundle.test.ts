/*
 * The classification functions through the built bundle, loaded the way Excel
 * loads it: published examples, identities, mismatched shapes, and ranges of
 * 100,000 rows. (The metrics and planning functions: metrics.bundle.test.ts,
 * planning.bundle.test.ts.)
 */
import { loadBundle } from "./support/bundle";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1 (Silicon Chips, Inc.): annual dollar volume.
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];

describe("classification", () => {
  test("ABCCLASS, Heizer & Render Example 1 on both bases; value shares per class sum to 1", () => {
    const values = col(...SILICON_CHIPS);
    expect(bundle.call("ABCCLASS", values, null, null, "count")).toEqual(col(..."AABBBCCCCC".split("")));
    const byValue = bundle.call("ABCCLASS", values, null, null, "value") as string[][];
    expect(byValue).toEqual(col(..."AABBCCCCCC".split("")));
    const total = SILICON_CHIPS.reduce((a, b) => a + b, 0);
    const share = (c: string) => SILICON_CHIPS.reduce((s, v, i) => (byValue[i]?.[0] === c ? s + v : s), 0) / total;
    expect(share("A")).toBeCloseTo(0.72, 2); // the book: A is 72% of the dollar volume
    expect(share("A") + share("B") + share("C")).toBeCloseTo(1, 14);
  });

  test("ABCCLASS gives equal values one class; PARETO gives them successive shares", () => {
    expect(bundle.call("ABCCLASS", col(10, 10, 10, 10, 10), null, null, null)).toEqual(col("A", "A", "A", "A", "A"));
    expect(bundle.call("ABCCLASS", col(50, 20, 20, 10), null, null, null)).toEqual(col("A", "A", "A", "C"));
    expect(bundle.call("PARETO", col(50, 20, 20, 10))).toEqual(col(0.5, 0.7, 0.9, 1));
  });

  test("PARETO on Heizer & Render Example 1: 38.8%, 72.0%, … and the last value is 1", () => {
    const shares = bundle.call("PARETO", col(...SILICON_CHIPS)) as number[][];
    expect(shares[0]?.[0]).toBeCloseTo(0.388, 3);
    expect(shares[1]?.[0]).toBeCloseTo(0.72, 3);
    expect(shares[9]?.[0]).toBe(1);
  });

  test("XYZCLASS and COEFVAR: one result per row of the history; a bad row is #VALUE! at its row", () => {
    const history = m([10, 20, 30, 20], [100, 101, 99, 100], [0, 0, 90, 0], [5, null, null, ""]);
    const classes = bundle.call("XYZCLASS", history, null, null) as unknown[][];
    expect(classes.slice(0, 3)).toEqual(col("X", "X", "Z"));
    expectValueError(classes[3]?.[0], /^XYZCLASS: demand_history \(row 4\) needs a figure in at least 2 periods/);
    const cvs = bundle.call("COEFVAR", history) as unknown[][];
    expect(cvs[0]?.[0]).toBeCloseTo(Math.sqrt(200 / 3) / 20, 14);
  });

  test("ABCXYZ: the ABC class by value joined with the XYZ class; mismatched shapes name both", () => {
    const history = m([100, 102, 98], [10, 150, 5], [0, 0, 30]); // CVs 0.02, 1.5, 1.73
    expect(bundle.call("ABCXYZ", col(700, 200, 100), history, null, null, null, null)).toEqual(col("AX", "BZ", "CZ"));
    expectValueError(
      thrownBy(() => bundle.call("ABCXYZ", col(1, 2, 3, 4), history, null, null, null, null)),
      "ABCXYZ: values is 4 rows × 1 column but demand_history is 3 rows × 3 columns; give one value per row of demand_history",
    );
  });
});

describe("ranges of 100,000 rows", () => {
  const n = 100_000;
  const values = Array.from({ length: n }, (_, i) => [1 / (i + 1)]);

  test("ABCCLASS and PARETO over 100,000 values", () => {
    const classes = bundle.call("ABCCLASS", values, null, null, null) as string[][];
    expect(classes).toHaveLength(n);
    expect(classes[0]?.[0]).toBe("A");
    expect(classes[n - 1]?.[0]).toBe("C");
    const shares = bundle.call("PARETO", values) as number[][];
    expect(shares).toHaveLength(n);
    expect(shares[n - 1]?.[0]).toBe(1);
  });

  test("XYZCLASS and ABCXYZ over 100,000 items × 24 periods (2.4 million cells)", () => {
    const history = Array.from({ length: n }, (_, i) =>
      Array.from({ length: 24 }, (_, t) => 100 + ((i % 50) * ((t * 7919) % 13)) / 2),
    );
    const classes = bundle.call("XYZCLASS", history, null, null) as string[][];
    expect(classes).toHaveLength(n);
    expect(classes[0]?.[0]).toBe("X");
    expect(classes.every((row) => ["X", "Y", "Z"].includes(row[0] as string))).toBe(true);
    const matrix = bundle.call("ABCXYZ", values, history, null, null, null, null) as string[][];
    expect(matrix).toHaveLength(n);
    expect(matrix[0]?.[0]).toBe("AX");
  });
});
