/*
 * The newsvendor functions through the built bundle, as Excel loads them:
 * described as covering L + 1 periods, computing the published
 * examples (Snyder & Shen ch. 4) with the cost at a given quantity, spilling
 * over ranges of quantities, and, through HyperFormula, as a sheet calls them.
 */
import { loadBundle } from "./support/bundle";
import { createEngine } from "./support/engine";
import { col, first, m, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { thrown } = valueErrors(bundle.ErrorClass);
const call = (id: string, ...args: unknown[]) => bundle.call(id, ...args) as unknown[][];

describe("descriptions", () => {
  test.each(["NEWSVENDOR", "NEWSVENDORPOISSON", "NEWSVENDORNEGBIN", "NEWSVENDORLOGNORMAL"])(
    "%s says that base stock covers L + 1 periods",
    (id) => {
      expect(bundle.metadata.functions.find((f) => f.id === id)?.description).toMatch(/L \+ 1 periods/);
    },
  );
});

describe("published examples", () => {
  test('Snyder & Shen Example 4.1: =INV.NEWSVENDOR(50, 8, 0.70, 0.18, "cost", 60) = 2.1561, and 40 gives 7.3561', () => {
    expect(call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), "cost", col(60, 40))).toEqual([
      [expect.closeTo(2.156131552870388, 10)],
      [expect.closeTo(7.356131552870388, 10)],
    ]);
  });

  test("Snyder & Shen Example 4.3: the optimum 56.6040 costs 1.9976; the quantity argument leaves result quantity alone", () => {
    expect(first(call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), "cost"))).toBeCloseTo(1.997605193176645, 10);
    expect(first(call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), null, m([60])))).toBeCloseTo(
      56.60395592743389,
      10,
    );
  });

  test("Snyder & Shen Example 4.7: =INV.NEWSVENDORPOISSON(6, 4, 1) = 8, its cost 3.5701, and S = 6 or 10 cost more", () => {
    expect(first(call("NEWSVENDORPOISSON", m([6]), m([4]), m([1])))).toBe(8);
    const costs = call("NEWSVENDORPOISSON", m([6]), m([4]), m([1]), "cost", col(null, 8, 6, 10)).flat() as number[];
    expect(costs[0]).toBeCloseTo(3.5701, 4);
    expect(costs[1]).toBe(costs[0]);
    expect(costs[2]).toBeGreaterThan(3.5702);
    expect(costs[3]).toBeGreaterThan(3.5702);
  });

  test("NEWSVENDORLOGNORMAL(4, 0.5, 3, 1): Q* = 76.4965, cost 44.7280 (checked against numeric integration in core)", () => {
    expect(first(call("NEWSVENDORLOGNORMAL", m([4]), m([0.5]), m([3]), m([1])))).toBeCloseTo(76.4964913517786, 9);
    expect(first(call("NEWSVENDORLOGNORMAL", m([4]), m([0.5]), m([3]), m([1]), "cost"))).toBeCloseTo(
      44.72802380599697,
      9,
    );
  });
});

describe("bad input", () => {
  test("a negative quantity, a bad result and a negative log_std are #VALUE! naming the function and the argument", () => {
    expect((first(call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), "cost", m([-5]))) as Error).message).toBe(
      "NEWSVENDOR: quantity must be zero or more (got -5)",
    );
    expect(thrown(() => call("NEWSVENDORLOGNORMAL", m([4]), m([0.5]), m([3]), m([1]), "profit"))).toBe(
      'NEWSVENDORLOGNORMAL: result must be "quantity" or "cost" (got text "profit")',
    );
    expect((first(call("NEWSVENDORLOGNORMAL", m([4]), m([-1]), m([3]), m([1]))) as Error).message).toBe(
      "NEWSVENDORLOGNORMAL: log_std must be zero or more (got -1)",
    );
  });
});

describe("INV.EXPLAIN", () => {
  const resultRow = (id: string, args: unknown[]) =>
    (
      bundle.call(
        "EXPLAIN",
        id,
        args.map((a) => (a === null ? null : Array.isArray(a) ? a : [[a]])),
      ) as unknown[][]
    ).find((row) => row[0] === "Result");

  test("Snyder & Shen Example 4.1 through EXPLAIN: its Result is the function's g(60) = 2.1561", () => {
    const args = [50, 8, 0.7, 0.18, "cost", 60];
    expect(resultRow("NEWSVENDOR", args)).toContain(first(call("NEWSVENDOR", ...args.map((a) => [[a]]))));
  });

  test("the cost at a given quantity where Q* is out of reach: the function and EXPLAIN both give it", () => {
    const args = [5, 1, 1e-300, 1, "cost", 3];
    const value = first(call("NEWSVENDOR", ...args.map((a) => [[a]])));
    expect(typeof value).toBe("number");
    expect(resultRow("NEWSVENDOR", args)).toContain(value);
  });
});

describe("in a sheet (HyperFormula)", () => {
  test("the cost at a column of quantities spills; the base-stock level over L + 1 periods is the same call", () => {
    // Base stock with lead time L = 3 and demand N(12.5, 4²) per period: the newsvendor over 4 periods, N(50, 8²).
    const engine = createEngine({
      Sheet: [
        [60, '=INV.NEWSVENDOR(50, 8, 0.7, 0.18, "cost", A1:A2)', "=INV.NEWSVENDOR(12.5*(3+1), 4*SQRT(3+1), 0.7, 0.18)"],
        [40, null, '=INV.NEWSVENDORLOGNORMAL(4, 0.5, 3, 1, "cost", 60)'],
      ],
    });
    expect(engine.value("Sheet!B1")).toBeCloseTo(2.1561, 4);
    expect(engine.value("Sheet!B2")).toBeCloseTo(7.3561, 4);
    expect(engine.value("Sheet!C1")).toBeCloseTo(56.604, 3);
    expect(engine.value("Sheet!C2")).toBeCloseTo(50.0728, 4);
  });
});
