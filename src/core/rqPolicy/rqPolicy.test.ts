import fc from "fast-check";
import { InputError } from "../shared/inputError";
import {
  EXAMPLE_5_1 as example51,
  PROBLEM_5_1 as problem51,
  PROBLEM_5_3 as problem53,
} from "../../../test/support/rqPolicyExamples";
import { rqCost } from "./rqCost";
import { RQ_METHODS, rqPolicy } from "./rqPolicy";

describe("exact (the default)", () => {
  test("Snyder & Shen Example 5.1: r* = 126.8, Q* = 328.5, g* = 78.07", () => {
    const policy = rqPolicy(example51);
    expect(Math.abs(policy.reorderPoint - 126.8)).toBeLessThan(0.1);
    expect(policy.orderQuantity).toBeCloseTo(328.4, 0);
    expect(policy.cost).toBeCloseTo(78.07, 2);
    expect(policy.cost).toBeLessThanOrEqual(rqCost({ ...example51, reorderPoint: 126.8, orderQuantity: 328.5 }));
  });

  test("Snyder & Shen Problem 5.1: r may be negative, r* = −1.9859, Q* = 166.95, g* = 484.211", () => {
    const policy = rqPolicy(problem51);
    expect(policy.reorderPoint).toBeCloseTo(-1.9859, 3);
    expect(policy.orderQuantity).toBeCloseTo(166.95, 2);
    expect(policy.cost).toBeCloseTo(484.211, 3);
  });

  test("no other (r,Q) nearby costs less", () => {
    for (const example of [example51, problem51, problem53]) {
      const { reorderPoint, orderQuantity, cost } = rqPolicy(example);
      for (const [dr, dq] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
        [0.5, 0.5],
        [-0.5, -0.5],
      ] as const) {
        const nearby = rqCost({ ...example, reorderPoint: reorderPoint + dr, orderQuantity: orderQuantity + dq });
        expect(nearby).toBeGreaterThan(cost);
      }
    }
  });

  test("Snyder & Shen Example 5.2: the best r for a given Q: r(318) = 127.788, r(150) = 147.195, r(750) = 99.854", () => {
    expect(rqPolicy({ ...example51, orderQuantity: 318 }).reorderPoint).toBeCloseTo(127.78803, 4);
    expect(rqPolicy({ ...example51, orderQuantity: 150 }).reorderPoint).toBeCloseTo(147.19496, 4);
    expect(rqPolicy({ ...example51, orderQuantity: 750 }).reorderPoint).toBeCloseTo(99.85377, 4);
    expect(rqPolicy({ ...problem51, orderQuantity: 318 }).reorderPoint).toBeCloseTo(-11.72768, 4);
    expect(rqPolicy({ ...problem53, orderQuantity: 750 }).reorderPoint).toBeCloseTo(598.41265, 4);
  });

  test("no variability: the EOQ with backorders, r = λL − B* (Snyder & Shen Example 3.8: Q* = 310.8126, g* = 66.9214)", () => {
    const policy = rqPolicy({
      demandMean: 1300,
      demandStd: 0,
      leadTime: 0.5,
      orderCost: 8,
      holdingCost: 0.225,
      backorderCost: 5,
    });
    expect(policy.orderQuantity).toBeCloseTo(310.8126, 3);
    expect(policy.reorderPoint).toBeCloseTo(650 - (310.8126 * 0.225) / 5.225, 3);
    expect(policy.cost).toBeCloseTo(66.9214, 4);
  });
});

describe("the approximations, on Snyder & Shen's examples", () => {
  test("Example 5.2, EIL (Algorithm 5.1): r = 213.970, Q = 318.590, g̃ = 95.451", () => {
    const policy = rqPolicy({ ...example51, method: "eil" });
    expect(policy.reorderPoint).toBeCloseTo(213.97044, 4);
    expect(policy.orderQuantity).toBeCloseTo(318.59018, 4);
    expect(policy.approximateCost).toBeCloseTo(95.45114, 4);
    expect(rqPolicy({ ...problem51, method: "eil" }).reorderPoint).toBeCloseTo(17.97265, 4);
    expect(rqPolicy({ ...problem53, method: "eil" }).orderQuantity).toBeCloseTo(400.75598, 4);
  });

  test("Example 5.4, EOQ with backorders: r = 128.638, Q = 308.574", () => {
    const policy = rqPolicy({ ...example51, method: "eoqb" });
    expect(policy.reorderPoint).toBeCloseTo(128.63781, 4);
    expect(policy.orderQuantity).toBeCloseTo(308.57378, 4);
    expect(rqPolicy({ ...problem51, method: "eoqb" }).reorderPoint).toBeCloseTo(-1.92982, 4);
  });

  test("Example 5.5, EOQ + safety stock: r = 190.337, Q = 304.047", () => {
    const policy = rqPolicy({ ...example51, method: "eoqss" });
    expect(policy.reorderPoint).toBeCloseTo(190.337, 3);
    expect(policy.orderQuantity).toBeCloseTo(304.0468, 3);
    expect(rqPolicy({ ...problem53, method: "eoqss" }).reorderPoint).toBeCloseTo(652.96389, 4);
  });

  test("Example 5.6, loss-function approximation: r = 126.867, Q = 328.449", () => {
    const policy = rqPolicy({ ...example51, method: "loss" });
    expect(policy.reorderPoint).toBeCloseTo(126.86706, 4);
    expect(policy.orderQuantity).toBeCloseTo(328.44914, 4);
    expect(rqPolicy({ ...problem53, method: "loss" }).reorderPoint).toBeCloseTo(608.5445, 3);
  });

  test("a given Q keeps Q and takes the method's r for it", () => {
    const fixed = rqPolicy({ ...example51, method: "eoqss", orderQuantity: 500 });
    expect(fixed.orderQuantity).toBe(500);
    expect(fixed.reorderPoint).toBeCloseTo(190.337, 3);
    expect(fixed.cost).toBeCloseTo(rqCost({ ...example51, reorderPoint: fixed.reorderPoint, orderQuantity: 500 }), 12);
  });
});

describe("properties", () => {
  const instance = fc.record({
    demandMean: fc.double({ min: 1, max: 10000, noNaN: true }),
    demandStd: fc.double({ min: 0, max: 3000, noNaN: true }),
    leadTime: fc.double({ min: 0.01, max: 10, noNaN: true }),
    orderCost: fc.double({ min: 0.1, max: 1000, noNaN: true }),
    holdingCost: fc.double({ min: 0.01, max: 10, noNaN: true }),
    backorderCost: fc.double({ min: 0.1, max: 100, noNaN: true }),
  });

  test("the exact cost is never above any approximation's cost at its own (r,Q)", () => {
    fc.assert(
      fc.property(instance, (input) => {
        const exact = rqPolicy(input).cost;
        for (const method of RQ_METHODS) {
          let cost: number;
          try {
            cost = rqPolicy({ ...input, method }).cost;
          } catch (error) {
            // EIL has no solution when Qh ≥ pλ; it says so instead.
            expect(error).toBeInstanceOf(InputError);
            expect(method).toBe("eil");
            continue;
          }
          expect(exact).toBeLessThanOrEqual(cost * (1 + 1e-10));
        }
      }),
    );
  });

  test("the cost given is the exact cost at the (r,Q) given", () => {
    fc.assert(
      fc.property(instance, fc.constantFrom(...RQ_METHODS), (input, method) => {
        let policy;
        try {
          policy = rqPolicy({ ...input, method });
        } catch {
          return;
        }
        expect(policy.cost).toBe(
          rqCost({ ...input, reorderPoint: policy.reorderPoint, orderQuantity: policy.orderQuantity }),
        );
      }),
    );
  });
});

describe("inputs", () => {
  test.each([
    ["demandMean", 0, "demandMean must be greater than 0"],
    ["orderCost", 0, "orderCost must be greater than 0"],
    ["orderQuantity", 0, "orderQuantity must be greater than 0"],
    ["leadTime", -1, "leadTime must be zero or more"],
    ["holdingCost", Number.POSITIVE_INFINITY, "holdingCost must be a finite number"],
  ])("refuses %s = %p", (field, value, message) => {
    expect(() => rqPolicy({ ...example51, [field]: value })).toThrow(message);
  });

  test("EIL says when it has no reorder point (Qh ≥ pλ)", () => {
    expect(() => rqPolicy({ ...example51, demandMean: 1, orderCost: 1000, backorderCost: 0.5, method: "eil" })).toThrow(
      /"eil" has no reorder point/,
    );
  });
});
