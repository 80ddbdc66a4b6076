import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { minMaxPoisson, minMaxPoissonCost } from "./minMaxPoisson";
import { minMaxPower } from "./minMaxPower";

/** Zheng & Federgruen (1991) Table I: h = 1, p = 9, K = 64; Poisson demand with mean λ per period. */
const TABLE_I: ReadonlyArray<readonly [mean: number, min: number, max: number, cost: number]> = [
  [10, 6, 40, 35.022],
  [15, 10, 49, 42.698],
  [20, 14, 62, 49.173],
  [25, 19, 56, 54.262],
  [30, 23, 66, 57.819],
  [35, 28, 77, 61.215],
  [40, 33, 87, 64.512],
  [45, 37, 97, 67.776],
  [50, 42, 108, 70.975],
  [55, 47, 118, 74.149],
  [60, 52, 129, 77.306],
  [65, 56, 75, 78.518],
  [70, 62, 81, 79.037],
  [75, 67, 86, 79.554],
  [21, 15, 65, 50.406],
  [22, 16, 68, 51.632],
  [23, 17, 52, 52.757],
  [24, 18, 54, 53.518],
  [51, 43, 110, 71.611],
  [52, 44, 112, 72.246],
  [59, 51, 126, 76.679],
  [61, 52, 131, 77.929],
  [63, 54, 73, 78.287],
  [64, 55, 74, 78.402],
];
const TABLE_I_COSTS = { orderCost: 64, holdingCost: 1, backorderCost: 9 };

/** Snyder & Shen Example 4.7: Poisson(6) per period, K = 5, h = 1, p = 4. */
const EXAMPLE_4_7 = { demandMean: 6, orderCost: 5, holdingCost: 1, backorderCost: 4 };
/** Snyder & Shen Problem 4.31: Poisson(4) per period, K = 150, h = 40, p = 125. */
const PROBLEM_4_31 = { demandMean: 4, orderCost: 150, holdingCost: 40, backorderCost: 125 };

describe("minMaxPoissonCost", () => {
  test("Snyder & Shen Example 4.7: c(4, 10) = 8.0341 and c(6, 18) = 10.1938", () => {
    expect(minMaxPoissonCost({ ...EXAMPLE_4_7, min: 4, max: 10 })).toBeCloseTo(8.034111561471644, 9);
    expect(minMaxPoissonCost({ ...EXAMPLE_4_7, min: 6, max: 18 })).toBeCloseTo(10.193798671644046, 9);
  });

  test("Snyder & Shen Problem 4.31: c(4, 10) = 262.2756 and c(2, 7) = 223.5748", () => {
    expect(minMaxPoissonCost({ ...PROBLEM_4_31, min: 4, max: 10 })).toBeCloseTo(262.2755613772775, 9);
    expect(minMaxPoissonCost({ ...PROBLEM_4_31, min: 2, max: 7 })).toBeCloseTo(223.5748295669688, 9);
  });

  test.each(TABLE_I)("Zheng & Federgruen Table I, λ = %d: c(%d, %d) = %f", (demandMean, min, max, cost) => {
    expect(minMaxPoissonCost({ ...TABLE_I_COSTS, demandMean, min, max })).toBeCloseTo(cost, 3);
  });

  test("K = 0 with S = s + 1 is a base-stock policy: c = G(S)", () => {
    const cost = minMaxPoissonCost({ ...EXAMPLE_4_7, orderCost: 0, min: 7, max: 8 });
    expect(cost).toBeCloseTo(3.570106945770946, 12); // Snyder & Shen Example 4.7's newsvendor g(8)
  });

  test("refuses max ≤ min, fractional levels, a zero mean and non-positive costs", () => {
    expect(() => minMaxPoissonCost({ ...EXAMPLE_4_7, min: 4, max: 4 })).toThrow(/max must be greater than min/);
    expect(() => minMaxPoissonCost({ ...EXAMPLE_4_7, min: 4.5, max: 10 })).toThrow(/min must be a whole number/);
    expect(() => minMaxPoissonCost({ ...EXAMPLE_4_7, min: 4, max: 20000 })).toThrow(/at most min \+ 10,000/);
    expect(() => minMaxPoissonCost({ ...EXAMPLE_4_7, demandMean: 0, min: 4, max: 10 })).toThrow(InputError);
    expect(() => minMaxPoisson({ ...EXAMPLE_4_7, holdingCost: 0 })).toThrow(/holdingCost/);
    expect(() => minMaxPoisson({ ...EXAMPLE_4_7, orderCost: -1 })).toThrow(/orderCost/);
  });
});

describe("minMaxPoisson", () => {
  test("Snyder & Shen Example 4.7: s* = 4, S* = 10, c* = 8.0341", () => {
    const result = minMaxPoisson(EXAMPLE_4_7);
    expect(result).toMatchObject({ min: 4, max: 10 });
    expect(result.cost).toBeCloseTo(8.034111561471644, 9);
  });

  test("Snyder & Shen Problem 4.31: s* = 2, S* = 7, c* = 223.5748", () => {
    const result = minMaxPoisson(PROBLEM_4_31);
    expect(result).toMatchObject({ min: 2, max: 7 });
    expect(result.cost).toBeCloseTo(223.5748295669688, 9);
  });

  test.each(TABLE_I)("Zheng & Federgruen Table I, λ = %d: s* = %d, S* = %d, c* = %f", (demandMean, min, max, cost) => {
    const result = minMaxPoisson({ ...TABLE_I_COSTS, demandMean });
    expect(result.max).toBe(max);
    expect(result.min).toBe(min);
    expect(result.cost).toBeCloseTo(cost, 3);
  });

  test("property: no (s,S) on a grid around the optimum costs less (brute force)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (demandMean, orderCost, holdingCost, backorderCost) => {
          const input = { demandMean, orderCost, holdingCost, backorderCost };
          const best = minMaxPoisson(input);
          const tolerance = 1e-9 * Math.max(1, best.cost);
          for (let max = best.max - 8; max <= best.max + 8; max++) {
            for (let min = Math.min(best.min, max - 1) - 8; min < max; min++) {
              expect(minMaxPoissonCost({ ...input, min, max })).toBeGreaterThanOrEqual(best.cost - tolerance);
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  test("property: the exact cost is never above the power approximation's at its rounded (s,S), Poisson-like demand (τ = √λ)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (demandMean, orderCost, holdingCost, backorderCost) => {
          const input = { demandMean, orderCost, holdingCost, backorderCost };
          const power = minMaxPower({ ...input, demandStd: Math.sqrt(demandMean), leadTime: 0 });
          const min = Math.round(power.min);
          const max = Math.max(min + 1, Math.round(power.max));
          const exact = minMaxPoisson(input);
          expect(exact.cost).toBeLessThanOrEqual(minMaxPoissonCost({ ...input, min, max }) + 1e-9 * exact.cost);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("a mean of 1,000 is solved (its optimum covers about one period's demand per order)", () => {
    const result = minMaxPoisson({ ...TABLE_I_COSTS, demandMean: 1000 });
    expect(result.max).toBeGreaterThan(result.min);
    expect(minMaxPoissonCost({ ...TABLE_I_COSTS, demandMean: 1000, min: result.min, max: result.max })).toBeCloseTo(
      result.cost,
      9,
    );
    expect(
      minMaxPoissonCost({ ...TABLE_I_COSTS, demandMean: 1000, min: result.min - 1, max: result.max }),
    ).toBeGreaterThanOrEqual(result.cost);
  });
});
