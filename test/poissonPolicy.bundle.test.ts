/*
 * The slow-mover policy functions through the built bundle, loaded the way
 * Excel loads it: declared with result lists,
 * computing the published examples (Snyder & Shen, Zheng & Federgruen Table I),
 * spilling over ranges, refusing bad input with messages, and live in a sheet
 * (HyperFormula).
 */
import fc from "fast-check";
import { loadBundle } from "./support/bundle";
import { createEngine } from "./support/engine";
import { col, first, m, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { thrown, message } = valueErrors(bundle.ErrorClass);

interface EnumMetadata {
  id: string;
  values: Array<{ stringValue?: string; tooltip?: string }>;
}
const enums = (bundle.metadata as unknown as { enums?: EnumMetadata[] }).enums ?? [];
const parameters = (id: string) => bundle.metadata.functions.find((f) => f.id === id)?.parameters ?? [];

describe("autocomplete lists", () => {
  test("result names are autocomplete lists (@customenum) with tooltips", () => {
    const listFor = (id: string) => {
      const enumId = (parameters(id).find((p) => p.name === "result") as { customEnumId?: string } | undefined)
        ?.customEnumId;
      return enums.find((e) => e.id === enumId)?.values;
    };
    expect(listFor("RQPOISSON")?.map((v) => v.stringValue)).toEqual(["reorder_point", "order_quantity", "cost"]);
    expect(listFor("MINMAXPOISSON")?.map((v) => v.stringValue)).toEqual(["min", "max", "cost"]);
    expect(listFor("MINMAX")?.map((v) => v.stringValue)).toEqual(["min", "max"]);
    for (const id of ["RQPOISSON", "MINMAXPOISSON", "MINMAX"]) {
      for (const value of listFor(id) ?? []) expect(value.tooltip?.length).toBeGreaterThan(5);
    }
  });
});

describe("published examples through the bundle", () => {
  test("=INV.RQPOISSON(1.5, 2, 100, 20, 150, …): r* = 3, Q* = 5, cost 107.9236 (Snyder & Shen Example 5.8)", () => {
    const call = (result: unknown) =>
      first(bundle.call("RQPOISSON", m([1.5]), m([2]), m([100]), m([20]), m([150]), result));
    expect(call(null)).toBe(3);
    expect(call("order_quantity")).toBe(5);
    expect(call("Cost")).toBeCloseTo(107.9235806331498, 9);
  });

  test("=INV.RQPOISSONCOST({3; 8}, {5; 12}, 1.5, 2, 100, 20, 150) spills 107.9236 and 242.5282 (Snyder & Shen Example 5.8)", () => {
    expect(bundle.call("RQPOISSONCOST", col(3, 8), col(5, 12), m([1.5]), m([2]), m([100]), m([20]), m([150]))).toEqual([
      [expect.closeTo(107.9235806331498, 9)],
      [expect.closeTo(242.5281637662021, 9)],
    ]);
  });

  test("=INV.MINMAXPOISSON(6, 5, 1, 4, …): s* = 4, S* = 10, cost 8.0341 (Snyder & Shen Example 4.7)", () => {
    const call = (result: unknown) => first(bundle.call("MINMAXPOISSON", m([6]), m([5]), m([1]), m([4]), result));
    expect(call(null)).toBe(4);
    expect(call("max")).toBe(10);
    expect(call("cost")).toBeCloseTo(8.034111561471644, 9);
  });

  test("=INV.MINMAXPOISSON({10; 25; 65}, 64, 1, 9, …) spills Zheng & Federgruen Table I's s*, S* and costs", () => {
    const means = col(10, 25, 65);
    expect(bundle.call("MINMAXPOISSON", means, m([64]), m([1]), m([9]), null)).toEqual(col(6, 19, 56));
    expect(bundle.call("MINMAXPOISSON", means, m([64]), m([1]), m([9]), "max")).toEqual(col(40, 56, 75));
    expect(bundle.call("MINMAXPOISSON", means, m([64]), m([1]), m([9]), "cost")).toEqual([
      [expect.closeTo(35.022, 3)],
      [expect.closeTo(54.262, 3)],
      [expect.closeTo(78.518, 3)],
    ]);
  });

  test("=INV.MINMAXPOISSONCOST(6, 18, 6, 5, 1, 4) = 10.1938 (Snyder & Shen Example 4.7)", () => {
    expect(first(bundle.call("MINMAXPOISSONCOST", m([6]), m([18]), m([6]), m([5]), m([1]), m([4])))).toBeCloseTo(
      10.193798671644046,
      9,
    );
  });

  test("=INV.MINMAX(50, 8, 0, 2.5, 0.18, 0.7, …): s = 40.1946, S = 74.2902 (Snyder & Shen Example 4.8)", () => {
    const call = (result: unknown) =>
      first(bundle.call("MINMAX", m([50]), m([8]), m([0]), m([2.5]), m([0.18]), m([0.7]), result));
    expect(call(null)).toBeCloseTo(40.19461695647407, 9);
    expect(call("max")).toBeCloseTo(74.29017010980579, 9);
  });

  test("=INV.POISSONLOSS(8, 6[, order][, complementary]): Snyder & Shen Example 4.7's g(8) = n̄(8) + 4·n(8) = 3.5701", () => {
    const call = (order: unknown, complementary: unknown) =>
      first(bundle.call("POISSONLOSS", m([8]), m([6]), order, complementary)) as number;
    expect(call(null, null) * 4 + call(null, true)).toBeCloseTo(3.570106945770946, 12);
    expect(call(m([2]), false) + call(m([2]), true)).toBeCloseTo(0.5 * (4 + 8), 12); // n² + n̄² = ½((x − λ)² + x)
  });
});

describe("properties through the bundle", () => {
  test("the exact (s,S) cost is never above INV.MINMAXPOISSONCOST at INV.MINMAX's rounded (s,S), Poisson-like demand (τ = √λ)", () => {
    const one = (result: unknown[][]) => first(result) as number;
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (mean, orderCost, holdingCost, backorderCost) => {
          const costs = [m([orderCost]), m([holdingCost]), m([backorderCost])];
          const power = (result: string) =>
            Math.round(
              one(bundle.call("MINMAX", m([mean]), m([Math.sqrt(mean)]), m([0]), ...costs, result) as unknown[][]),
            );
          const min = power("min");
          const max = Math.max(min + 1, power("max"));
          const approximate = one(
            bundle.call("MINMAXPOISSONCOST", m([min]), m([max]), m([mean]), ...costs) as unknown[][],
          );
          const exact = one(bundle.call("MINMAXPOISSON", m([mean]), ...costs, "cost") as unknown[][]);
          expect(exact).toBeLessThanOrEqual(approximate + 1e-9 * exact);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("bad input", () => {
  test("fractional levels, max ≤ min, a zero mean and an unknown result are #VALUE! naming the function, argument and rule", () => {
    expect(
      message(first(bundle.call("RQPOISSONCOST", m([3.5]), m([5]), m([1.5]), m([2]), m([100]), m([20]), m([150])))),
    ).toBe("RQPOISSONCOST: reorder_point must be a whole number for Poisson demand (got 3.5)");
    expect(message(first(bundle.call("MINMAXPOISSONCOST", m([6]), m([6]), m([6]), m([5]), m([1]), m([4]))))).toBe(
      "MINMAXPOISSONCOST: max must be greater than min (6) (got 6)",
    );
    expect(message(first(bundle.call("MINMAXPOISSON", m([0]), m([5]), m([1]), m([4]), null)))).toBe(
      "MINMAXPOISSON: demand_mean must be greater than 0 (got 0)",
    );
    expect(message(first(bundle.call("POISSONLOSS", m([1]), m([2]), m([3]), null)))).toBe(
      "POISSONLOSS: order must be 1 or 2 (got 3)",
    );
    expect(thrown(() => bundle.call("MINMAX", m([50]), m([8]), m([0]), m([2.5]), m([0.18]), m([0.7]), "cost"))).toBe(
      'MINMAX: result must be "min" or "max" (got text "cost")',
    );
  });
});

describe("in a sheet (HyperFormula)", () => {
  test("a column of means gets its min, max and cost, and recomputes when a mean changes", () => {
    const engine = createEngine({
      Sheet: [
        [
          10,
          "=INV.MINMAXPOISSON(A1:A2, 64, 1, 9)",
          '=INV.MINMAXPOISSON(A1:A2, 64, 1, 9, "max")',
          "=INV.MINMAXPOISSONCOST(B1:B2, C1:C2, A1:A2, 64, 1, 9)",
        ],
        [20],
      ],
    });
    expect(engine.values("Sheet!B1:C2")).toEqual([
      [6, 40],
      [14, 62],
    ]);
    expect(engine.value("Sheet!D2")).toBeCloseTo(49.173, 3);
    engine.set("Sheet!A2", 60);
    expect(engine.values("Sheet!B2:C2")).toEqual([[52, 129]]);
    expect(engine.value("Sheet!D2")).toBeCloseTo(77.306, 3);
  });
});
