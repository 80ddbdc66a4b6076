/*
 * INV.RQPOLICY and INV.RQCOST through the built bundle, loaded the way Excel
 * loads it: computing Snyder & Shen's chapter 5 examples, broadcasting over ranges, refusing bad input with
 * messages that name the function and the argument, and the cost at the
 * optimum equal to RQCOST there, also inside a real spreadsheet engine.
 */
import fc from "fast-check";
import { loadBundle } from "./support/bundle";
import { createEngine } from "./support/engine";
import { col, first, m, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError, thrown } = valueErrors(bundle.ErrorClass);

/** Snyder & Shen Example 5.1 (λ, τ, L, K, h, p). */
const EXAMPLE_5_1 = [1300, 150, 1 / 12, 8, 0.225, 7.5];
/** Snyder & Shen Problem 5.1 (λ, τ, L, K, h, p). */
const PROBLEM_5_1 = [800, 40, 4 / 365, 50, 3.1, 45];

const rqpolicy = (args: unknown[], method: string | null = null, result: string | null = null, q: unknown = null) =>
  bundle.call(
    "RQPOLICY",
    ...args.map((a) => (Array.isArray(a) ? a : [[a]])),
    method,
    result,
    q === null ? null : [[q]],
  );
const rqcost = (...args: number[]) => bundle.call("RQCOST", ...args.map((a) => [[a]]));

describe("Snyder & Shen chapter 5", () => {
  test("Example 5.1: the exact optimum r* ≈ 126.9, Q* ≈ 328.4, g* = 78.07 (the book: 126.8, 328.5, 78.07)", () => {
    expect(first(rqpolicy(EXAMPLE_5_1))).toBeCloseTo(126.867, 3);
    expect(first(rqpolicy(EXAMPLE_5_1, "exact", "order_quantity"))).toBeCloseTo(328.449, 3);
    expect(first(rqpolicy(EXAMPLE_5_1, null, "cost"))).toBeCloseTo(78.0711, 4);
    expect(first(rqcost(126.8, 328.5, ...EXAMPLE_5_1))).toBeCloseTo(78.071163, 6);
  });

  test("Examples 5.2, 5.4, 5.5, 5.6: EIL r = 213.970, EOQB r = 128.638, EOQ+SS r = 190.337, loss r = 126.867", () => {
    expect(first(rqpolicy(EXAMPLE_5_1, "eil"))).toBeCloseTo(213.97044, 4);
    expect(first(rqpolicy(EXAMPLE_5_1, "EIL", "order_quantity"))).toBeCloseTo(318.59018, 4);
    expect(first(rqpolicy(EXAMPLE_5_1, "eoqb"))).toBeCloseTo(128.63781, 4);
    expect(first(rqpolicy(EXAMPLE_5_1, "eoqss", "order_quantity"))).toBeCloseTo(304.04678, 4);
    expect(first(rqpolicy(EXAMPLE_5_1, "eoqss"))).toBeCloseTo(190.337, 3);
    expect(first(rqpolicy(EXAMPLE_5_1, "loss", "order_quantity"))).toBeCloseTo(328.44914, 4);
  });

  test("Example 5.2: given Q = 318, 150, 750 (a range), r(Q) = 127.788, 147.195, 99.854", () => {
    const r = bundle.call("RQPOLICY", ...EXAMPLE_5_1.map((a) => [[a]]), null, null, col(318, 150, 750)) as number[][];
    expect(r.map((row) => row[0])).toEqual([
      expect.closeTo(127.788, 3),
      expect.closeTo(147.195, 3),
      expect.closeTo(99.854, 3),
    ]);
  });

  test("Problem 5.1: a negative reorder point, r* = −1.9859, g* = 484.211", () => {
    expect(first(rqpolicy(PROBLEM_5_1))).toBeCloseTo(-1.9859, 3);
    expect(first(rqpolicy(PROBLEM_5_1, null, "cost"))).toBeCloseTo(484.211, 3);
  });
});

test("RQCOST at RQPOLICY's optimum equals its cost", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1, max: 5000, noNaN: true }),
      fc.double({ min: 0, max: 2000, noNaN: true }),
      fc.double({ min: 0, max: 8, noNaN: true }),
      fc.double({ min: 0.5, max: 500, noNaN: true }),
      fc.double({ min: 0.01, max: 5, noNaN: true }),
      fc.double({ min: 0.1, max: 50, noNaN: true }),
      fc.constantFrom("exact", "loss", "eoqb", "eoqss"),
      (...draw) => {
        const method = draw.pop() as string;
        const args = draw as number[];
        const r = first(rqpolicy(args, method)) as number;
        const q = first(rqpolicy(args, method, "order_quantity")) as number;
        expect(first(rqcost(r, q, ...args))).toBe(first(rqpolicy(args, method, "cost")));
      },
    ),
  );
});

test("every numeric argument broadcasts: a column of lead times gives a column of reorder points", () => {
  const out = bundle.call(
    "RQPOLICY",
    [[1300]],
    [[150]],
    col(1 / 12, 0.25, 0),
    [[8]],
    [[0.225]],
    [[7.5]],
    null,
    null,
    null,
  ) as number[][];
  expect(out).toHaveLength(3);
  expect(out[0]?.[0]).toBeCloseTo(126.867, 3);
  expect(out[1]?.[0]).toBeGreaterThan(out[0]?.[0] as number);
  // No lead time, no variability: the EOQ with backorders, r = −B* < 0.
  expect(out[2]?.[0]).toBeLessThan(0);
});

describe("bad input", () => {
  test.each([
    [[0, 150, 1, 8, 0.225, 7.5], /^RQPOLICY: demand_mean must be greater than 0/],
    [[1300, -1, 1, 8, 0.225, 7.5], /^RQPOLICY: demand_std must be zero or more/],
    [[1300, 150, 1, 8, 0, 7.5], /^RQPOLICY: holding_cost must be greater than 0/],
    [[1300, 150, 1, 8, 0.225, "x"], /^RQPOLICY: backorder_cost/],
  ])("RQPOLICY %p", (args, message) => {
    expectValueError(first(rqpolicy(args)), message);
  });

  test("a method or result not in the list names the choices", () => {
    expect(thrown(() => rqpolicy(EXAMPLE_5_1, "best"))).toBe(
      'RQPOLICY: method must be "exact" or "loss" or "eil" or "eoqb" or "eoqss" (got text "best")',
    );
    expect(thrown(() => rqpolicy(EXAMPLE_5_1, null, "s"))).toMatch(/^RQPOLICY: result must be "reorder_point" or/);
  });

  test("RQCOST names the argument", () => {
    expectValueError(first(rqcost(100, 0, ...EXAMPLE_5_1)), /^RQCOST: order_quantity must be greater than 0/);
    expectValueError(
      first(bundle.call("RQCOST", m([100, 101]), [[250]], [[1300]], [[150]], [[1]], [[8]], [[0.225]], [["p"]])),
      /^RQCOST: backorder_cost/,
    );
  });
});

test("in a spreadsheet engine: a method column spills its policies, and RQCOST at the optimum equals the cost", () => {
  const engine = createEngine({
    S: [
      [1300, 150, 1 / 12, 8, 0.225, 7.5],
      [
        "=INV.RQPOLICY(A1,B1,C1,D1,E1,F1)",
        '=INV.RQPOLICY(A1,B1,C1,D1,E1,F1,"exact","order_quantity")',
        '=INV.RQPOLICY(A1,B1,C1,D1,E1,F1,,"cost")',
        "=INV.RQCOST(A2,B2,A1,B1,C1,D1,E1,F1)",
      ],
    ],
  });
  expect(engine.value("S!A2") as number).toBeCloseTo(126.867, 3);
  expect(engine.value("S!B2") as number).toBeCloseTo(328.449, 3);
  expect(engine.value("S!D2") as number).toBeCloseTo(engine.value("S!C2") as number, 12);
});
