/*
 * INV.RQPOLICY and INV.RQCOST as Excel calls them: that they work (Snyder &
 * Shen's chapter 5 examples), wrong types, out of range, and blanks / omitted
 * optionals. Each new error message is checked once, word for word.
 */
import { rqcost, rqpolicy } from "./rqPolicy";
import { col, first, m, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

/** Snyder & Shen Example 5.1 as one-cell arguments: λ = 1300, τ = 150, L = 1/12, K = 8, h = 0.225, p = 7.5. */
const EXAMPLE = [m([1300]), m([150]), m([1 / 12]), m([8]), m([0.225]), m([7.5])] as const;
const [, STD, LEAD_TIME, ORDER_COST, HOLDING_COST, BACKORDER_COST] = EXAMPLE;

describe("INV.RQPOLICY", () => {
  test("works: Snyder & Shen Example 5.1, exact r* = 126.87, Q* = 328.45, g* = 78.071; Example 5.6 (loss) the same", () => {
    expect(first(rqpolicy(...EXAMPLE))).toBeCloseTo(126.867, 3);
    expect(first(rqpolicy(...EXAMPLE, "Exact" as never, "order_quantity" as never))).toBeCloseTo(328.449, 3);
    expect(first(rqpolicy(...EXAMPLE, undefined, "cost" as never))).toBeCloseTo(78.0711, 4);
    expect(first(rqpolicy(...EXAMPLE, "loss" as never))).toBeCloseTo(126.867, 3);
  });

  test("a given order_quantity (Example 5.2: Q = 318) keeps Q and gives r(Q) = 127.788; a blank one is omitted", () => {
    expect(first(rqpolicy(...EXAMPLE, undefined, undefined, m([318])))).toBeCloseTo(127.788, 3);
    expect(first(rqpolicy(...EXAMPLE, undefined, "order_quantity" as never, m([318])))).toBe(318);
    expect(first(rqpolicy(...EXAMPLE, null as never, null as never, m([null])))).toBeCloseTo(126.867, 3);
  });

  test("out of range, wrong types, blanks", () => {
    expect(message(first(rqpolicy(m([0]), STD, LEAD_TIME, ORDER_COST, HOLDING_COST, BACKORDER_COST)))).toBe(
      "RQPOLICY: demand_mean must be greater than 0 (got 0)",
    );
    expect(message(first(rqpolicy(...EXAMPLE, undefined, undefined, m([-5]))))).toBe(
      "RQPOLICY: order_quantity must be greater than 0 (got -5)",
    );
    expect(message(first(rqpolicy(m([1300]), m([true]), LEAD_TIME, ORDER_COST, HOLDING_COST, BACKORDER_COST)))).toMatch(
      /demand_std must be a number, not a logical value/,
    );
    expect(thrown(() => rqpolicy(...EXAMPLE, "eoq" as never))).toBe(
      'RQPOLICY: method must be "exact" or "loss" or "eil" or "eoqb" or "eoqss" (got text "eoq")',
    );
    expect(rqpolicy(col(1300, null), col(150, null), LEAD_TIME, ORDER_COST, HOLDING_COST, BACKORDER_COST)).toEqual([
      [expect.closeTo(126.867, 3)],
      [""],
    ]);
  });
});

describe("INV.RQCOST", () => {
  test("works: Snyder & Shen Example 5.1, g(126.8, 328.5) = 78.0712; Problem 5.1 g(−1.9859, 166.95) = 484.211", () => {
    expect(first(rqcost(m([126.8]), m([328.5]), ...EXAMPLE))).toBeCloseTo(78.0711625, 6);
    expect(
      first(rqcost(m([-1.9859]), m([166.95]), m([800]), m([40]), m([4 / 365]), m([50]), m([3.1]), m([45]))),
    ).toBeCloseTo(484.2110418, 5);
  });

  test("a zero order cost and a zero std are numbers; Q = 0 is out of range; a text is a wrong type", () => {
    expect(
      first(rqcost(m([100]), m([300]), m([1300]), m([0]), m([1 / 12]), m([0]), m([0.225]), m([7.5]))),
    ).toBeGreaterThan(0);
    expect(message(first(rqcost(m([100]), m([0]), ...EXAMPLE)))).toBe(
      "RQCOST: order_quantity must be greater than 0 (got 0)",
    );
    expect(message(first(rqcost(m(["x"]), m([300]), ...EXAMPLE)))).toMatch(/^RQCOST: reorder_point/);
  });
});
