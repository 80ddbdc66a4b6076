/*
 * Classification, metrics and planning functions through the built bundle,
 * loaded the way Excel loads it: registration and parameter order, published
 * examples, identities, mismatched shapes, and ranges of 100,000 rows.
 */
import { loadBundle } from "./support/bundle";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1 (Silicon Chips, Inc.): annual dollar volume.
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];

describe("registration", () => {
  const parameters = (id: string) => bundle.metadata.functions.find((f) => f.id === id)?.parameters.map((p) => p.name);

  test.each([
    ["XYZCLASS", ["demand_history", "x_cutoff", "y_cutoff"]],
    ["ABCXYZ", ["values", "demand_history", "a_cutoff", "b_cutoff", "x_cutoff", "y_cutoff"]],
    ["PARETO", ["values"]],
    ["COEFVAR", ["demand_history"]],
    ["PIPELINE", ["demand_rate", "transit_time"]],
    ["TURNOVER", ["cogs", "avg_inventory"]],
    ["GMROI", ["gross_margin", "avg_inventory_cost"]],
    ["DAYSOFSUPPLY", ["inventory", "avg_daily_demand"]],
    ["CARRYINGCOST", ["avg_inventory_value", "carrying_rate"]],
    ["OTIF", ["on_time", "in_full"]],
    ["UNITFILLRATE", ["shipped", "ordered"]],
    ["RECORDACCURACY", ["book_qty", "counted_qty", "tolerance", "tolerance_units"]],
    ["CYCLECOUNTS", ["items_per_class", "counts_per_year", "working_days"]],
    ["MAD", ["actuals", "forecasts"]],
    ["TRACKINGSIGNAL", ["actuals", "forecasts"]],
    ["LEVELPLAN", ["demand", "beginning_inventory", "ending_inventory", "allow_backlog"]],
    ["CHASEPLAN", ["demand", "beginning_inventory", "ending_inventory"]],
    ["DDMRPZONES", ["adu", "dlt", "lead_time_factor", "variability_factor", "moq", "order_cycle", "result"]],
  ])("%s is declared and associated, with the issue's parameter order", (id, names) => {
    expect(parameters(id)).toEqual(names);
    expect(bundle.functions.has(id)).toBe(true);
    const fn = bundle.metadata.functions.find((f) => f.id === id);
    expect(fn?.result?.dimensionality).toBe("matrix");
    for (const parameter of fn?.parameters ?? []) expect(parameter.description?.length).toBeGreaterThan(5);
  });
});

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

describe("planning", () => {
  test("LEVELPLAN: production sums to demand + ending − beginning; a shortage says so", () => {
    const demand = [120, 150, 100, 70];
    const plan = bundle.call("LEVELPLAN", col(...demand), 40, 160) as number[][];
    const produced = plan.reduce((sum, row) => sum + (row[0] as number), 0);
    expect(produced).toBeCloseTo(440 + 160 - 40, 9);
    expect(plan[3]?.[1]).toBe(160);
    expectValueError(
      thrownBy(() => bundle.call("LEVELPLAN", col(200, 200, 300, 400, 500, 200), null, null, null)),
      /^LEVELPLAN: beginning_inventory must be at least 600 .* period 5 would end at -100; or allow a backlog with allow_backlog/,
    );
  });

  test("LEVELPLAN with allow_backlog TRUE: Stevenson's skateboards, 300 a period, a backlog of 100 in period 5", () => {
    const plan = bundle.call("LEVELPLAN", col(200, 200, 300, 400, 500, 200), null, null, true);
    expect(plan).toEqual([100, 200, 200, 100, -100, 0].map((inventory) => [300, inventory]));
  });

  test("CHASEPLAN follows demand", () => {
    expect(bundle.call("CHASEPLAN", col(200, 200, 300), 50, 20)).toEqual([
      [170, 20],
      [200, 20],
      [300, 20],
    ]);
  });

  test("DDMRPZONES: Ptak & Smith Part 403P (red 232.05, yellow 357, green 300) as a 1 × 3 spill", () => {
    const zones = bundle.call("DDMRPZONES", m([17]), m([21]), m([0.5]), m([0.3]), m([300]), null) as number[][];
    expect(zones).toHaveLength(1);
    expect(zones[0]).toHaveLength(3);
    expect(zones[0]?.[0]).toBeCloseTo(232.05, 10);
    expect(zones[0]?.slice(1)).toEqual([357, 300]);
    const tops = bundle.call("DDMRPZONES", m([17]), m([21]), m([0.5]), m([0.3]), m([300]), null, "tops");
    expect(tops).toEqual([[expect.closeTo(232.05, 10), expect.closeTo(589.05, 10), expect.closeTo(889.05, 10)]]);
    const detail = bundle.call(
      "DDMRPZONES",
      col(17, 6),
      col(21, 13),
      col(0.5, 0.45),
      col(0.3, 0.5),
      null,
      null,
      "detail",
    );
    expect((detail as number[][]).map((row) => row.length)).toEqual([8, 8]);
    expect((detail as number[][])[1]?.[0]).toBeCloseTo(35.1, 10); // Part 707's red base
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
