/*
 * The slow-mover policy functions as Excel calls them: for each, that it works (a
 * published example), wrong types, out of range, and blanks / omitted optionals.
 */
import { minmax, minmaxpoisson, minmaxpoissoncost, poissonloss, rqpoisson, rqpoissoncost } from "./poissonPolicy";
import { col, first, m, omitted, text, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

describe("INV.RQPOISSON", () => {
  test("works: Snyder & Shen Example 5.8 (λ = 1.5, L = 2, K = 100, h = 20, p = 150): r* = 3, Q* = 5, g* = 107.9236", () => {
    const call = (result: unknown) => first(rqpoisson(m([1.5]), m([2]), m([100]), m([20]), m([150]), text(result)));
    expect(call(null)).toBe(3);
    expect(call("ORDER_QUANTITY")).toBe(5);
    expect(call("cost")).toBeCloseTo(107.9235806331498, 9);
  });

  test("wrong types, out of range, blanks and an unknown result", () => {
    expect(message(first(rqpoisson(m(["x"]), m([2]), m([100]), m([20]), m([150]), omitted)))).toMatch(
      /^RQPOISSON: demand_mean must be a number/,
    );
    expect(message(first(rqpoisson(m([1.5]), m([2]), m([100]), m([0]), m([150]), omitted)))).toBe(
      "RQPOISSON: holding_cost must be greater than 0 (got 0)",
    );
    expect(rqpoisson(col(1.5, null), col(2, null), m([100]), m([20]), m([150]), omitted)).toEqual([[3], [""]]);
    expect(thrown(() => rqpoisson(m([1.5]), m([2]), m([100]), m([20]), m([150]), text("q")))).toBe(
      'RQPOISSON: result must be "reorder_point" or "order_quantity" or "cost" (got text "q")',
    );
  });
});

describe("INV.RQPOISSONCOST", () => {
  test("works: Snyder & Shen Problem 5.2 (λ = 12, L = 0.5, K = 4, h = 4, p = 28): g(6, 7) = 28.2413, g(3, 9) = 34.2642", () => {
    expect(rqpoissoncost(col(6, 3), col(7, 9), m([12]), m([0.5]), m([4]), m([4]), m([28]))).toEqual([
      [expect.closeTo(28.241312842169155, 9)],
      [expect.closeTo(34.2641544694695, 9)],
    ]);
  });

  test("wrong types, out of range, blanks", () => {
    expect(message(first(rqpoissoncost(m([6]), m([0]), m([12]), m([0.5]), m([4]), m([4]), m([28]))))).toBe(
      "RQPOISSONCOST: order_quantity must be a whole number, 1 or more (got 0)",
    );
    expect(message(first(rqpoissoncost(m([6]), m([true]), m([12]), m([0.5]), m([4]), m([4]), m([28]))))).toMatch(
      /order_quantity must be a number, not a logical value/,
    );
    expect(rqpoissoncost(col(6, null), col(7, null), m([12]), m([0.5]), m([4]), m([4]), m([28]))[1]).toEqual([""]);
  });
});

describe("INV.MINMAXPOISSON", () => {
  test("works: Snyder & Shen Example 4.7 (λ = 6, K = 5, h = 1, p = 4): s* = 4, S* = 10, c* = 8.0341", () => {
    const call = (result: unknown) => first(minmaxpoisson(m([6]), m([5]), m([1]), m([4]), text(result)));
    expect(call(null)).toBe(4);
    expect(call("")).toBe(4);
    expect(call("max")).toBe(10);
    expect(call("cost")).toBeCloseTo(8.034111561471644, 9);
  });

  test("wrong types, out of range, blanks", () => {
    expect(message(first(minmaxpoisson(m([-6]), m([5]), m([1]), m([4]), omitted)))).toBe(
      "MINMAXPOISSON: demand_mean must be greater than 0 (got -6)",
    );
    expect(message(first(minmaxpoisson(m([6]), m(["five"]), m([1]), m([4]), omitted)))).toMatch(
      /^MINMAXPOISSON: order_cost must be a number/,
    );
    expect(minmaxpoisson(col(6, null, 0), m([5]), m([1]), m([4]), omitted)).toEqual([[4], [""], [""]]);
  });
});

describe("INV.MINMAXPOISSONCOST", () => {
  test("works: Snyder & Shen Problem 4.31 (λ = 4, K = 150, h = 40, p = 125): c(4, 10) = 262.2756, c(2, 7) = 223.5748", () => {
    expect(minmaxpoissoncost(col(4, 2), col(10, 7), m([4]), m([150]), m([40]), m([125]))).toEqual([
      [expect.closeTo(262.2755613772775, 9)],
      [expect.closeTo(223.5748295669688, 9)],
    ]);
  });

  test("out of range, blanks", () => {
    expect(message(first(minmaxpoissoncost(m([2.5]), m([7]), m([4]), m([150]), m([40]), m([125]))))).toBe(
      "MINMAXPOISSONCOST: min must be a whole number for Poisson demand (got 2.5)",
    );
    expect(minmaxpoissoncost(col(2, null), col(7, null), m([4]), m([150]), m([40]), m([125]))[1]).toEqual([""]);
  });
});

describe("INV.MINMAX", () => {
  test("works: Snyder & Shen Example 4.8 (λ = 50, τ = 8, K = 2.5, h = 0.18, p = 0.70): s = 40.1946, S = 74.2902", () => {
    const call = (lead: unknown[][], result: unknown) =>
      first(minmax(m([50]), m([8]), lead, m([2.5]), m([0.18]), m([0.7]), text(result)));
    expect(call(m([0]), null)).toBeCloseTo(40.19461695647407, 9);
    expect(call(m([0]), "Max")).toBeCloseTo(74.29017010980579, 9);
  });

  test("wrong types, out of range, blanks", () => {
    expect(message(first(minmax(m([50]), m([8]), m([0]), m([0]), m([0.18]), m([0.7]), omitted)))).toBe(
      "MINMAX: order_cost must be greater than 0 (got 0)",
    );
    expect(message(first(minmax(m([50]), m([-8]), m([0]), m([2.5]), m([0.18]), m([0.7]), omitted)))).toBe(
      "MINMAX: demand_std must be zero or more (got -8)",
    );
    expect(minmax(col(50, null), col(8, null), m([0]), m([2.5]), m([0.18]), m([0.7]), omitted)[1]).toEqual([""]);
  });
});

describe("INV.POISSONLOSS", () => {
  test("works: Snyder & Shen Example 4.7's Poisson(6) at 8: n̄(8) + 4·n(8) = g(8) = 3.5701; order and complementary", () => {
    const n = first(poissonloss(m([8]), m([6]), omitted, omitted)) as number;
    const nbar = first(poissonloss(m([8]), m([6]), m([1]), true)) as number;
    expect(nbar + 4 * n).toBeCloseTo(3.570106945770946, 12);
    expect(nbar - n).toBeCloseTo(2, 12);
    const n2 = first(poissonloss(m([0]), m([6]), m([2]), false)) as number;
    expect(n2).toBeCloseTo(18, 12); // n²(0) = ½E[X(X − 1)] = λ²/2
  });

  test("wrong types, out of range, blanks", () => {
    expect(message(first(poissonloss(m([8]), m([6]), m([3]), omitted)))).toBe(
      "POISSONLOSS: order must be 1 or 2 (got 3)",
    );
    expect(thrown(() => poissonloss(m([8]), m([6]), omitted, "maybe"))).toMatch(/^POISSONLOSS: complementary must be/);
    expect(poissonloss(col(8, null), col(6, null), omitted, omitted)[1]).toEqual([""]);
    expect(first(poissonloss(m([0]), m([0]), omitted, omitted))).toBe(0);
  });
});
