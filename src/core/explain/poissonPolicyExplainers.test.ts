/*
 * The slow-mover explainers on published examples: the newsvendor level the
 * searches start from, the policy, its cost, and the costs G(y) it averages.
 */
import { POISSON_POLICY_EXPLAINERS } from "./poissonPolicyExplainers";
import { explain, stepValue } from "../../../test/support/explainers";

const example58 = { demand_mean: 1.5, lead_time: 2, order_cost: 100, holding_cost: 20, backorder_cost: 150 };
const example47 = { demand_mean: 6, order_cost: 5, holding_cost: 1, backorder_cost: 4 };

test("the explainers take exactly the functions' arguments", () => {
  expect(
    Object.fromEntries(
      POISSON_POLICY_EXPLAINERS.map((e) => [e.fn, e.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name))]),
    ),
  ).toEqual({
    RQPOISSON: ["demand_mean", "lead_time", "order_cost", "holding_cost", "backorder_cost", "[result]"],
    RQPOISSONCOST: [
      "reorder_point",
      "order_quantity",
      "demand_mean",
      "lead_time",
      "order_cost",
      "holding_cost",
      "backorder_cost",
    ],
    MINMAXPOISSON: ["demand_mean", "order_cost", "holding_cost", "backorder_cost", "[result]"],
    MINMAXPOISSONCOST: ["min", "max", "demand_mean", "order_cost", "holding_cost", "backorder_cost"],
    MINMAX: ["demand_mean", "demand_std", "lead_time", "order_cost", "holding_cost", "backorder_cost", "[result]"],
    POISSONLOSS: ["x", "mean", "[order]", "[complementary]"],
  });
});

describe("RQPOISSON", () => {
  test("Snyder & Shen Example 5.8: λL = 3, r* = 3, Q* = 5 (positions 4 … 8 held), g* = 107.9236", () => {
    const e = explain("RQPOISSON", example58);
    expect(e.result.value).toBe(3);
    expect(stepValue(e, "λL")).toBe(3);
    expect(stepValue(e, "Q*")).toBe(5);
    expect(stepValue(e, "g(r*, Q*)")).toBeCloseTo(107.9235806331498, 9);
    const held = e.tables[0]?.rows.filter((row) => row[2] === "yes").map((row) => row[0]);
    expect(held).toEqual([4, 5, 6, 7, 8]);
  });

  test('result "cost" makes the cost the result', () => {
    expect(explain("RQPOISSON", { ...example58, result: "cost" }).result.value).toBeCloseTo(107.9235806331498, 9);
  });
});

describe("RQPOISSONCOST", () => {
  test("Snyder & Shen Example 5.8: g(3, 5) = Kλ/Q + mean of G(4 … 8) = 107.9236", () => {
    const e = explain("RQPOISSONCOST", { reorder_point: 3, order_quantity: 5, ...example58 });
    expect(e.result.value).toBeCloseTo(107.9235806331498, 9);
    const costs = (e.tables[0]?.rows ?? []).map((row) => row[1] as number);
    expect(costs).toHaveLength(5);
    expect(30 + costs.reduce((a, b) => a + b, 0) / 5).toBeCloseTo(107.9235806331498, 9);
  });
});

describe("MINMAXPOISSON and MINMAXPOISSONCOST", () => {
  test("Snyder & Shen Example 4.7: y* = 8 (the newsvendor level), s* = 4, S* = 10, c* = 8.0341", () => {
    const e = explain("MINMAXPOISSON", example47);
    expect(e.result.value).toBe(4);
    expect(stepValue(e, "y* = min{y : P(D > y) ≤ h/(h + p)}")).toBe(8);
    expect(stepValue(e, "S*")).toBe(10);
    expect(stepValue(e, "c(s*, S*)")).toBeCloseTo(8.034111561471644, 9);
  });

  test("Snyder & Shen Example 4.7: c(6, 18) = 10.1938", () => {
    const e = explain("MINMAXPOISSONCOST", { min: 6, max: 18, ...example47 });
    expect(e.result.value).toBeCloseTo(10.193798671644046, 9);
    expect(stepValue(e, "S − s")).toBe(12);
  });
});

describe("MINMAX", () => {
  test("Snyder & Shen Example 4.8: s = 40.1946, S = 74.2902, Q = 34.0955", () => {
    const args = {
      demand_mean: 50,
      demand_std: 8,
      lead_time: 0,
      order_cost: 2.5,
      holding_cost: 0.18,
      backorder_cost: 0.7,
    };
    const e = explain("MINMAX", args);
    expect(e.result.value).toBeCloseTo(40.19461695647407, 9);
    expect(stepValue(e, "S = s + Q")).toBeCloseTo(74.29017010980579, 9);
    expect(stepValue(e, "Q = S − s")).toBeCloseTo(74.29017010980579 - 40.19461695647407, 9);
    expect(explain("MINMAX", { ...args, result: "max" }).result.value).toBeCloseTo(74.29017010980579, 9);
  });
});

describe("POISSONLOSS", () => {
  test("Snyder & Shen Example 4.7's Poisson(6): n̄(8) − n(8) = 2, and the second-order loss n²(0) = λ²/2 = 18", () => {
    const n = explain("POISSONLOSS", { x: 8, mean: 6 }).result.value as number;
    const nbar = explain("POISSONLOSS", { x: 8, mean: 6, complementary: true }).result.value as number;
    expect(nbar - n).toBeCloseTo(2, 12);
    const second = explain("POISSONLOSS", { x: 0, mean: 6, order: 2 });
    expect(second.result.value).toBeCloseTo(18, 12);
    expect(second.result.symbol).toBe("n²(x)");
  });
});
