/* The (r,Q) explainers on Snyder & Shen's chapter 5 examples: lead-time demand, the method's (r,Q) and the exact cost. */
import { rqCost } from "../rqPolicy/rqCost";
import { explain, stepValue } from "../../../test/support/explainers";
import { RQ_POLICY_EXPLAINERS } from "./rqPolicyExplainers";

/** Snyder & Shen Example 5.1, as Excel arguments. */
const example51 = {
  demand_mean: 1300,
  demand_std: 150,
  lead_time: 1 / 12,
  order_cost: 8,
  holding_cost: 0.225,
  backorder_cost: 7.5,
};

test("the (r,Q) explainers take exactly the functions' arguments", () => {
  expect(
    Object.fromEntries(
      RQ_POLICY_EXPLAINERS.map((e) => [e.fn, e.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name))]),
    ),
  ).toEqual({
    RQPOLICY: [
      "demand_mean",
      "demand_std",
      "lead_time",
      "order_cost",
      "holding_cost",
      "backorder_cost",
      "[method]",
      "[result]",
      "[order_quantity]",
    ],
    RQCOST: [
      "reorder_point",
      "order_quantity",
      "demand_mean",
      "demand_std",
      "lead_time",
      "order_cost",
      "holding_cost",
      "backorder_cost",
    ],
  });
});

describe("RQPOLICY", () => {
  test("Snyder & Shen Example 5.1: μ = 108.33, σ = 43.30, r* ≈ 126.9, Q* ≈ 328.4, g* = 78.07", () => {
    const e = explain("RQPOLICY", example51);
    expect(stepValue(e, "μ = λL")).toBeCloseTo(108.3333, 4);
    expect(stepValue(e, "σ = τ√L")).toBeCloseTo(43.3013, 4);
    expect(e.result.symbol).toBe("r");
    expect(e.result.value).toBeCloseTo(126.867, 3);
    expect(stepValue(e, "Q")).toBeCloseTo(328.449, 3);
    expect(stepValue(e, "g(r,Q)")).toBeCloseTo(78.0711, 4);
  });

  test('Snyder & Shen Example 5.2, "eil" with result "cost": the exact cost at EIL\'s (r,Q), with EIL\'s own estimate 95.451 beside it', () => {
    const e = explain("RQPOLICY", { ...example51, method: "eil", result: "cost" });
    expect(stepValue(e, "r")).toBeCloseTo(213.9704, 4);
    expect(stepValue(e, "g̃(r,Q)")).toBeCloseTo(95.4511, 4);
    expect(e.result.value).toBe(
      rqCost({
        demandMean: 1300,
        demandStd: 150,
        leadTime: 1 / 12,
        orderCost: 8,
        holdingCost: 0.225,
        backorderCost: 7.5,
        reorderPoint: stepValue(e, "r") as number,
        orderQuantity: stepValue(e, "Q") as number,
      }),
    );
    expect(e.formula.symbols).toContain("F⁻¹(1 − Qh/(pλ))");
  });

  test("Snyder & Shen Example 5.2: a given Q = 318 gives r(Q) = 127.788", () => {
    const e = explain("RQPOLICY", { ...example51, order_quantity: 318 });
    expect(e.result.value).toBeCloseTo(127.788, 3);
    expect(stepValue(e, "Q")).toBe(318);
  });
});

describe("RQCOST", () => {
  test("Snyder & Shen Example 5.1: g(126.8, 328.5) = 78.0712, with Kλ/Q = 31.66", () => {
    const e = explain("RQCOST", { ...example51, reorder_point: 126.8, order_quantity: 328.5 });
    expect(e.result.value).toBeCloseTo(78.0712, 4);
    expect(stepValue(e, "Kλ/Q")).toBeCloseTo((8 * 1300) / 328.5, 10);
  });

  test("refuses what the model refuses", () => {
    expect(() => explain("RQCOST", { ...example51, reorder_point: 1, order_quantity: 0 })).toThrow(
      "orderQuantity must be greater than 0",
    );
  });
});
