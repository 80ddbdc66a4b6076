/*
 * The cycle-stock and lot-sizing functions through the built bundle, loaded the
 * way Excel loads it: autocomplete lists for method and result names that plain
 * text still matches,
 * computing the published examples, and keeping the output contract under
 * structured bad input (valid schedules and methods mixed with bad cells, which
 * the general sweep rarely generates).
 */
import fc from "fast-check";
import { LOT_SIZING_METHODS } from "../src/core/lotSizing/lotSizing";
import { loadBundle } from "./support/bundle";
import { col, first, m, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { thrown } = valueErrors(bundle.ErrorClass);

interface EnumMetadata {
  id: string;
  type: string;
  values: Array<{ name: string; stringValue?: string; tooltip?: string }>;
}
const enums = (bundle.metadata as unknown as { enums?: EnumMetadata[] }).enums ?? [];

describe("autocomplete lists", () => {
  const parameters = (id: string) => bundle.metadata.functions.find((f) => f.id === id)?.parameters ?? [];

  test("method and result names are offered as autocomplete lists (@customenum) that match what the functions accept", () => {
    const listFor = (id: string, parameter: string) => {
      const enumId = (parameters(id).find((p) => p.name === parameter) as { customEnumId?: string } | undefined)
        ?.customEnumId;
      return enums.find((e) => e.id === enumId)?.values.map((v) => v.stringValue);
    };
    expect(listFor("LOTSIZE", "method")).toEqual([...LOT_SIZING_METHODS]);
    expect(listFor("LOTSIZECOST", "method")).toEqual([...LOT_SIZING_METHODS]);
    expect(listFor("EOQBACKORDER", "result")).toEqual(["quantity", "backorders", "cost", "max_inventory"]);
    expect(listFor("EOQDISCOUNT", "result")).toEqual(["quantity", "price", "cost"]);
    expect(listFor("EPQ", "result")).toEqual(["quantity", "cost", "max_inventory", "cycle_time", "run_time"]);
    expect(listFor("EPQBACKORDER", "result")).toEqual([
      "quantity",
      "backorders",
      "cost",
      "max_inventory",
      "cycle_time",
    ]);
  });
});

describe("published examples through the bundle", () => {
  test("=INV.EOQCOST(1300, 8, 0.225, {250; 400}): 69.725 and 71 (Snyder & Shen Example 3.1 data)", () => {
    expect(bundle.call("EOQCOST", m([1300]), m([8]), m([0.225]), col(250, 400), null)).toEqual([
      [expect.closeTo(69.725, 10)],
      [expect.closeTo(71, 10)],
    ]);
  });

  test('=INV.EOQBACKORDER(1300, 8, 0.225, 5, "cost") = 66.9214 (Snyder & Shen Example 3.8)', () => {
    expect(first(bundle.call("EOQBACKORDER", m([1300]), m([8]), m([0.225]), m([5]), null))).toBeCloseTo(310.8126, 4);
    expect(first(bundle.call("EOQBACKORDER", m([1300]), m([8]), m([0.225]), m([5]), "cost"))).toBeCloseTo(66.9214, 4);
  });

  test('=INV.EOQBACKORDER(1300, 8, 0.225, 5, "cost", {310.8126; 400}) spills g(Q, x*) (Snyder & Shen eq. (3.26), Example 3.8)', () => {
    const costs = bundle.call(
      "EOQBACKORDER",
      m([1300]),
      m([8]),
      m([0.225]),
      m([5]),
      "cost",
      col(310.8125551589646, 400),
      null,
    );
    expect(costs).toEqual([[expect.closeTo(66.9214, 4)], [expect.closeTo(26 + ((0.225 * 5) / 5.225) * 200, 9)]]);
    const eoq = bundle.call("EOQBACKORDER", m([1300]), m([8]), m([0.225]), m([5]), null, null, m([0]));
    expect(first(eoq)).toBeCloseTo(304.0468, 4); // Snyder & Shen Example 3.1: no backorders is the EOQ
    const peak = bundle.call(
      "EOQBACKORDER",
      m([1300]),
      m([8]),
      m([0.225]),
      m([5]),
      "max_inventory",
      m([400]),
      m([0.1]),
    );
    expect(first(peak)).toBeCloseTo(360, 10);
  });

  test('=INV.EPQ(80, 4, 0.08, 110, "cost", 200) = 3.7818 and "run_time" = Q/P (Snyder & Shen Problem 3.22 data)', () => {
    expect(first(bundle.call("EPQ", m([80]), m([4]), m([0.08]), m([110]), "cost", m([200])))).toBeCloseTo(
      1.6 + 0.08 * (30 / 110) * 100,
      12,
    );
    expect(first(bundle.call("EPQ", m([80]), m([4]), m([0.08]), m([110]), "run_time", null))).toBeCloseTo(
      171.2697677155351 / 110,
      12,
    );
  });

  test("=INV.EOQDISCOUNT(1300, 8, 0.3, {0;400;800}, {0.75;0.72;0.68}[, TRUE]): 800 all-units, 304.05 incremental (Snyder & Shen Examples 3.6, 3.7)", () => {
    const call = (incremental: unknown, result: unknown) =>
      first(
        bundle.call(
          "EOQDISCOUNT",
          m([1300]),
          m([8]),
          m([0.3]),
          col(0, 400, 800),
          col(0.75, 0.72, 0.68),
          incremental,
          result,
        ),
      );
    expect(call(null, null)).toBe(800);
    expect(call(false, "cost")).toBeCloseTo(978.6, 10);
    expect(call(true, null)).toBeCloseTo(304.0468, 4);
    expect(call(true, "Cost")).toBeCloseTo(1043.4105, 4);
  });

  test("=INV.EPQ(80, 4, 0.08, 110) = 171.2698 (Snyder & Shen Problem 3.22); production_rate below demand says so", () => {
    expect(first(bundle.call("EPQ", m([80]), m([4]), m([0.08]), m([110]), null))).toBeCloseTo(171.2698, 4);
    const error = first(bundle.call("EPQ", m([80]), m([4]), m([0.08]), m([60]), null)) as {
      code: string;
      message: string;
    };
    expect(error).toBeInstanceOf(bundle.ErrorClass);
    expect(error.message).toBe(
      "EPQ: production_rate must be greater than demand (80); a line no faster than demand never builds stock (got 60)",
    );
  });

  test("=INV.EPQBACKORDER(1300, 8, 0.225, 1.3E+15, 5) → 310.8126 (Snyder & Shen Example 3.8 as P grows)", () => {
    expect(first(bundle.call("EPQBACKORDER", m([1300]), m([8]), m([0.225]), m([1.3e15]), m([5]), null))).toBeCloseTo(
      310.8126,
      4,
    );
  });

  test('=INV.LOTSIZE({90;120;80;70}, 500, 2, "WW") spills 210, 0, 150, 0 (Snyder & Shen Example 3.9); a row stays a row', () => {
    expect(bundle.call("LOTSIZE", col(90, 120, 80, 70), 500, 2, "WW", null)).toEqual(col(210, 0, 150, 0));
    expect(bundle.call("LOTSIZE", m([90, 120, 80, 70]), 500, 2, "ww", null)).toEqual(m([210, 0, 150, 0]));
  });

  test('=INV.LOTSIZE(demand, setups, 1, "WW") with a setup cost per month: Wagner & Whitin (1958) example, $864', () => {
    const demand = col(69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56);
    const setups = col(85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114);
    expect(bundle.call("LOTSIZE", demand, setups, m([1]), "WW", null, null)).toEqual(
      col(98, 0, 97, 0, 121, 0, 0, 112, 0, 67, 135, 0),
    );
    expect(bundle.call("LOTSIZECOST", demand, setups, m([1]), "WW", null, null)).toEqual([[864]]);
    // Unit costs that rise make WW buy ahead; the cost includes the purchase.
    expect(bundle.call("LOTSIZE", col(100, 100), m([50]), m([1]), "WW", null, col(5, 8))).toEqual(col(200, 0));
    expect(bundle.call("LOTSIZECOST", col(100, 100), m([50]), m([1]), "WW", null, col(5, 8))).toEqual([[1150]]);
    // The EOQ rule rounds through parameter: 164.3 to the nearest 10.
    const spt = m([10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41]);
    expect(bundle.call("LOTSIZE", spt, 54, 0.4, "EOQ", 10, null)).toEqual(
      bundle.call("LOTSIZE", spt, 54, 0.4, "FOQ", 160, null),
    );
  });

  test("=INV.LOTSIZECOST(...) compares methods: Silver, Pyke & Thomas illustration, WW $501.20 and LUC $558.80", () => {
    const spt = m([10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41]);
    expect(first(bundle.call("LOTSIZECOST", spt, 54, 0.4, "WW", null))).toBeCloseTo(501.2, 9);
    expect(first(bundle.call("LOTSIZECOST", spt, 54, 0.4, "LUC", null))).toBeCloseTo(558.8, 9);
  });

  test("a requirements range of several rows and columns is refused, not read row by row", () => {
    for (const id of ["LOTSIZE", "LOTSIZECOST"]) {
      expect(thrown(() => bundle.call(id, m([90, 120], [80, 70]), 500, 2, "WW", null))).toBe(
        `${id}: requirements must be a single column or a single row of periods (got 2 rows × 2 columns)`,
      );
    }
  });

  test("an unknown method is one #VALUE! listing the valid ones", () => {
    expect(thrown(() => bundle.call("LOTSIZE", col(1, 2), 1, 1, "MRP", null))).toBe(
      'LOTSIZE: method must be "LFL" or "FOQ" or "EOQ" or "POQ" or "FPR" or "LUC" or "PPB" or "SM" or "WW" (got text "MRP")',
    );
  });
});

describe("the output contract under structured bad input", () => {
  const BAD: unknown[] = [null, "", "text", "12", true, -1, 0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER];
  const cellValue = fc.oneof(
    { weight: 6, arbitrary: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e4, noNaN: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD) },
  );

  function acceptable(value: unknown): boolean {
    if (typeof value === "number") return Number.isFinite(value);
    if (typeof value === "string") return true;
    if (value instanceof bundle.ErrorClass) {
      const error = value as { code: string; message: string };
      return error.code === "#VALUE!" && error.message.length > 0;
    }
    return false;
  }

  /** Calls and checks the contract; returns whether it computed (true) or was refused as a whole (false). */
  function check(id: string, ...args: unknown[]): boolean {
    let result: unknown;
    try {
      result = bundle.call(id, ...args);
    } catch (error) {
      expect(acceptable(error)).toBe(true);
      return false;
    }
    expect(Array.isArray(result)).toBe(true);
    const rows = result as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.length).toBe((rows[0] as unknown[]).length);
      for (const value of row) if (!acceptable(value)) throw new Error(`${id} gave ${String(value)}`);
    }
    return true;
  }

  test("LOTSIZE and LOTSIZECOST with every method and series with bad cells", () => {
    let computed = 0;
    fc.assert(
      fc.property(
        fc.array(cellValue, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...LOT_SIZING_METHODS, "lfl", "bogus", "", null),
        cellValue,
        fc.oneof(cellValue, fc.double({ min: 0.01, max: 10, noNaN: true })),
        fc.oneof(fc.constant(null), cellValue),
        fc.boolean(),
        (series, method, orderCost, holdingCost, parameter, asRow) => {
          const requirements = asRow ? [series] : series.map((value) => [value]);
          for (const id of ["LOTSIZE", "LOTSIZECOST"]) {
            if (check(id, requirements, orderCost, holdingCost, method, parameter)) computed++;
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(computed).toBeGreaterThan(50);
  });

  test("EOQDISCOUNT with valid and broken schedules, bad demand cells and odd options", () => {
    let computed = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0.5, max: 1, noNaN: true })),
          {
            maxLength: 4,
          },
        ),
        fc.array(cellValue, { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.constant(null), cellValue),
        fc.constantFrom(null, true, false, "TRUE", 1, "maybe"),
        fc.constantFrom(null, "quantity", "price", "cost", "PRICE", "size"),
        fc.boolean(),
        (steps, demand, breakage, incremental, result, broken) => {
          const breaks: unknown[] = [0];
          const prices: unknown[] = [2];
          for (const [gap, factor] of steps) {
            breaks.push((breaks[breaks.length - 1] as number) + gap);
            prices.push((prices[prices.length - 1] as number) * factor);
          }
          if (broken && breaks.length > 1) breaks[breaks.length - 1] = breakage;
          const ok = check(
            "EOQDISCOUNT",
            demand.map((value) => [value]),
            m([8]),
            m([0.3]),
            breaks.map((value) => [value]),
            prices.map((value) => [value]),
            incremental,
            result,
          );
          if (ok) computed++;
        },
      ),
      { numRuns: 400 },
    );
    expect(computed).toBeGreaterThan(50);
  });
});
