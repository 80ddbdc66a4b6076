import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { periodCost, poissonTable } from "./poissonDistribution";
import { rqPoisson, rqPoissonCost } from "./rqPoisson";

/** Snyder & Shen Example 5.8: λ = 1.5 per period, L = 2, K = 100, h = 20, p = 150. */
const EXAMPLE_5_8 = { demandMean: 1.5, leadTime: 2, orderCost: 100, holdingCost: 20, backorderCost: 150 };
/** Snyder & Shen Problem 5.2: λ = 12, L = 0.5, K = 4, h = 4, p = 28. */
const PROBLEM_5_2 = { demandMean: 12, leadTime: 0.5, orderCost: 4, holdingCost: 4, backorderCost: 28 };

describe("rqPoissonCost", () => {
  test("Snyder & Shen Example 5.8: g(3, 5) = 107.9236 and g(8, 12) = 242.5282", () => {
    expect(rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 3, orderQuantity: 5 })).toBeCloseTo(107.9235806331498, 9);
    expect(rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 8, orderQuantity: 12 })).toBeCloseTo(242.5281637662021, 9);
  });

  test("Snyder & Shen Problem 5.2: g(6, 7) = 28.2413 and g(3, 9) = 34.2642", () => {
    expect(rqPoissonCost({ ...PROBLEM_5_2, reorderPoint: 6, orderQuantity: 7 })).toBeCloseTo(28.241312842169155, 9);
    expect(rqPoissonCost({ ...PROBLEM_5_2, reorderPoint: 3, orderQuantity: 9 })).toBeCloseTo(34.2641544694695, 9);
  });

  test("the closed form equals the sum of G(y) over r + 1 … r + Q, for Q up to 3,000", () => {
    const table = poissonTable(3);
    for (const [reorderPoint, orderQuantity] of [
      [-20, 1],
      [-5, 40],
      [2, 3000],
      [10, 7],
    ] as const) {
      let sum = 0;
      for (let y = reorderPoint + 1; y <= reorderPoint + orderQuantity; y++) sum += periodCost(table, 20, 150, y);
      const cost = rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint, orderQuantity });
      expect(cost).toBeCloseTo((100 * 1.5 + sum) / orderQuantity, 8);
    }
  });

  test("a negative reorder point is a backlog position, not an error", () => {
    const cost = rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: -3, orderQuantity: 2 });
    expect(cost).toBeGreaterThan(rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 3, orderQuantity: 5 }));
  });

  test("refuses a fractional or non-positive Q, a fractional r, negative demand and non-positive costs", () => {
    expect(() => rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 3, orderQuantity: 0 })).toThrow(
      /orderQuantity must be a whole number, 1 or more/,
    );
    expect(() => rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 3, orderQuantity: 2.5 })).toThrow(/whole number/);
    expect(() => rqPoissonCost({ ...EXAMPLE_5_8, reorderPoint: 3.5, orderQuantity: 2 })).toThrow(/reorderPoint/);
    expect(() => rqPoissonCost({ ...EXAMPLE_5_8, demandMean: -1, reorderPoint: 3, orderQuantity: 2 })).toThrow(
      InputError,
    );
    expect(() => rqPoissonCost({ ...EXAMPLE_5_8, holdingCost: 0, reorderPoint: 3, orderQuantity: 2 })).toThrow(
      /holdingCost/,
    );
    expect(() => rqPoisson({ ...EXAMPLE_5_8, backorderCost: 0 })).toThrow(/backorderCost/);
    expect(() => rqPoisson({ ...EXAMPLE_5_8, demandMean: 1e6, leadTime: 2 })).toThrow(/at most 1,000,000/);
  });
});

describe("rqPoisson", () => {
  test("Snyder & Shen Example 5.8: r* = 3, Q* = 5, g* = 107.9236", () => {
    const result = rqPoisson(EXAMPLE_5_8);
    expect(result).toMatchObject({ reorderPoint: 3, orderQuantity: 5 });
    expect(result.cost).toBeCloseTo(107.9235806331498, 9);
  });

  test("Snyder & Shen Problem 5.2: r* = 6, Q* = 7, g* = 28.2413", () => {
    const result = rqPoisson(PROBLEM_5_2);
    expect(result).toMatchObject({ reorderPoint: 6, orderQuantity: 7 });
    expect(result.cost).toBeCloseTo(28.241312842169155, 9);
  });

  test("no demand: r = −1, Q = 1 (hold nothing) at no cost", () => {
    expect(rqPoisson({ ...EXAMPLE_5_8, demandMean: 0 })).toEqual({ reorderPoint: -1, orderQuantity: 1, cost: 0 });
  });

  test("property: no (r,Q) on a grid around the optimum costs less (brute force)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (demandMean, leadTime, orderCost, holdingCost, backorderCost) => {
          const input = { demandMean, leadTime, orderCost, holdingCost, backorderCost };
          const best = rqPoisson(input);
          expect(rqPoissonCost({ ...input, ...best })).toBeCloseTo(best.cost, 9);
          for (let orderQuantity = 1; orderQuantity <= best.orderQuantity + 10; orderQuantity++) {
            for (let reorderPoint = best.reorderPoint - 10; reorderPoint <= best.reorderPoint + 10; reorderPoint++) {
              const cost = rqPoissonCost({ ...input, reorderPoint, orderQuantity });
              expect(cost).toBeGreaterThanOrEqual(best.cost - 1e-9 * Math.max(1, best.cost));
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
