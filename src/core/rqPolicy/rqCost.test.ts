import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { EXAMPLE_5_1 as example51, PROBLEM_5_1 as problem51 } from "../../../test/support/rqPolicyExamples";
import { rqCost } from "./rqCost";

/** (Kλ + ∫_r^{r+Q} g(y) dy)/Q with g(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺] by Simpson's rule in y and in D. */
function integrated(input: typeof example51 & { reorderPoint: number; orderQuantity: number }): number {
  const mu = input.demandMean * input.leadTime;
  const sigma = input.demandStd * Math.sqrt(input.leadTime);
  const simpson = (f: (x: number) => number, a: number, b: number, n: number): number => {
    const w = (b - a) / n;
    let s = 0;
    for (let i = 0; i <= n; i++) s += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * f(a + i * w);
    return (s * w) / 3;
  };
  const density = (d: number) => Math.exp(-0.5 * ((d - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
  const g = (y: number) =>
    simpson(
      (d) => (input.holdingCost * Math.max(y - d, 0) + input.backorderCost * Math.max(d - y, 0)) * density(d),
      mu - 12 * sigma,
      mu + 12 * sigma,
      2000,
    );
  const integral = simpson(g, input.reorderPoint, input.reorderPoint + input.orderQuantity, 400);
  return (input.orderCost * input.demandMean + integral) / input.orderQuantity;
}

describe("rqCost: the exact (r,Q) cost in closed form", () => {
  test("Snyder & Shen Example 5.1: g(126.8, 328.5) = 78.0712; g(100, 250) = 87.3465", () => {
    expect(rqCost({ ...example51, reorderPoint: 126.8, orderQuantity: 328.5 })).toBeCloseTo(78.0711625, 6);
    expect(rqCost({ ...example51, reorderPoint: 100, orderQuantity: 250 })).toBeCloseTo(87.346478, 5);
  });

  test("Snyder & Shen Problem 5.1: g(−1.9859, 166.95) = 484.2110; g(100, 250) = 830.3219", () => {
    expect(rqCost({ ...problem51, reorderPoint: -1.9859, orderQuantity: 166.95 })).toBeCloseTo(484.2110418, 5);
    expect(rqCost({ ...problem51, reorderPoint: 100, orderQuantity: 250 })).toBeCloseTo(830.3219178, 5);
  });

  test("equals the defining integral computed numerically", () => {
    for (const [reorderPoint, orderQuantity] of [
      [126.8, 328.5],
      [-50, 40],
      [300, 10],
    ] as const) {
      const input = { ...example51, reorderPoint, orderQuantity };
      expect(rqCost(input)).toBeCloseTo(integrated(input), 5);
    }
  });

  test("no variability: the EOQ-with-backorders cost at its own (r,Q) (Snyder & Shen Example 3.8: 66.9214)", () => {
    // λ = 1300, K = 8, h = 0.225, p = 5: Q* = 310.8126, B* = Q*·h/(h + p); r = μ − B*.
    const eoqb = { demandMean: 1300, demandStd: 0, leadTime: 0.5, orderCost: 8, holdingCost: 0.225, backorderCost: 5 };
    const q = Math.sqrt((2 * 1300 * 8 * (0.225 + 5)) / (0.225 * 5));
    const r = 650 - (q * 0.225) / 5.225;
    expect(rqCost({ ...eoqb, reorderPoint: r, orderQuantity: q })).toBeCloseTo(66.9214, 4);
  });

  test("is convex in r for a fixed Q", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -400, max: 600, noNaN: true }),
        fc.double({ min: -400, max: 600, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (r1, r2, orderQuantity, demandStd) => {
          const cost = (reorderPoint: number) => rqCost({ ...example51, demandStd, reorderPoint, orderQuantity });
          const middle = cost((r1 + r2) / 2);
          expect(middle).toBeLessThanOrEqual((cost(r1) + cost(r2)) / 2 + 1e-9 * Math.max(1, middle));
        },
      ),
    );
  });

  test.each([
    ["orderQuantity", 0, "orderQuantity must be greater than 0"],
    ["reorderPoint", Number.NaN, "reorderPoint must be a finite number"],
    ["demandStd", -1, "demandStd must be zero or more"],
    ["holdingCost", 0, "holdingCost must be greater than 0"],
    ["backorderCost", 0, "backorderCost must be greater than 0"],
    ["orderCost", -1, "orderCost must be zero or more"],
  ])("refuses %s = %p", (field, value, message) => {
    const input = { ...example51, reorderPoint: 100, orderQuantity: 250, [field]: value };
    expect(() => rqCost(input)).toThrow(InputError);
    expect(() => rqCost(input)).toThrow(message);
  });
});
