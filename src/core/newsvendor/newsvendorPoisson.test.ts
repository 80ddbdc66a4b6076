import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { newsvendorPoisson, newsvendorPoissonCost, newsvendorPoissonQuantity } from "./newsvendorPoisson";

/** Poisson CDF by direct summation of e^−λ λ^k / k!, for small λ only (an independent check). */
function poissonCdf(q: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let k = 1; k <= q; k++) {
    term *= mean / k;
    sum += term;
  }
  return sum;
}

describe("newsvendorPoisson", () => {
  test("Snyder & Shen Example 4.7: Poisson(6), h = 1, p = 4 gives S* = 8 with g(S*) = 3.5701", () => {
    const result = newsvendorPoisson({ mean: 6, underageCost: 4, overageCost: 1 });
    expect(result.quantity).toBe(8);
    expect(result.expectedCost).toBeCloseTo(3.570106945770946, 12);
  });

  test("Snyder & Shen Problem 4.8(a): Poisson(18), h = 200, p = 270 gives S* = 19 with g(S*) = 786.09", () => {
    const result = newsvendorPoisson({ mean: 18, underageCost: 270, overageCost: 200 });
    expect(result.quantity).toBe(19);
    expect(result.expectedCost).toBeCloseTo(786.0884409351115, 9);
  });

  test("Snyder & Shen Example 4.3's costs with Poisson(50) demand: S* = 56, g = 1.7972 (stockpyl)", () => {
    const result = newsvendorPoisson({ mean: 50, underageCost: 0.7, overageCost: 0.18 });
    expect(result.quantity).toBe(56);
    expect(result.expectedCost).toBeCloseTo(1.797235211809178, 12);
  });

  // Reference: scipy.stats.poisson.ppf(Cu/(Cu + Co), mean), scipy 1.17; each checked to sit at
  // least 1e-6 away from the neighbouring CDF values, so that rounding cannot flip it.
  test.each([
    [0.05, 9, 1, 0],
    [0.5, 1, 1, 0],
    [3.7, 1, 99, 0],
    [123.4, 5, 2, 130],
    [2500.5, 19, 1, 2583],
    [10000, 1, 1, 10000],
    [10000, 0.7, 0.18, 10082],
    [10000, 999, 1, 10310],
    [10000, 1, 999, 9692],
    [10000, 1e6, 1, 10479],
    [1e7, 0.7, 0.18, 10002610],
    [1e7, 1, 3, 9997867],
  ])("Poisson(%p), Cu = %p, Co = %p gives %p (exact, no factorial overflow)", (mean, cu, co, expected) => {
    expect(newsvendorPoissonQuantity({ mean, underageCost: cu, overageCost: co })).toBe(expected);
  });

  test("is the smallest Q with F(Q) ≥ CR: against direct summation on 1,000 random small cases", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (mean, cu, co) => {
          const ratio = cu / (cu + co);
          const q = newsvendorPoissonQuantity({ mean, underageCost: cu, overageCost: co });
          expect(Number.isInteger(q)).toBe(true);
          // Allow for rounding only within 1e-12 of the ratio.
          expect(poissonCdf(q, mean)).toBeGreaterThanOrEqual(ratio - 1e-12);
          if (q > 0) expect(poissonCdf(q - 1, mean)).toBeLessThan(ratio + 1e-12);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("rises with the mean and the critical ratio", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        (mean, cu, co, f) => {
          const base = newsvendorPoissonQuantity({ mean, underageCost: cu, overageCost: co });
          expect(
            newsvendorPoissonQuantity({ mean: mean * f + 1, underageCost: cu, overageCost: co }),
          ).toBeGreaterThanOrEqual(base);
          expect(newsvendorPoissonQuantity({ mean, underageCost: cu * f, overageCost: co })).toBeGreaterThanOrEqual(
            base,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test("mean 0 orders nothing; a ratio within 1e-20 of 1 still finds the far tail", () => {
    expect(newsvendorPoisson({ mean: 0, underageCost: 5, overageCost: 1 })).toEqual({ quantity: 0, expectedCost: 0 });
    // P(D > 24 | λ = 1) ≈ 2.5e-26 and P(D > 23) ≈ 6.2e-25 (mpmath), so 1 − CR ≈ 1e-25 gives 24.
    expect(newsvendorPoissonQuantity({ mean: 1, underageCost: 1e25, overageCost: 1 })).toBe(24);
  });

  test("the mean 10,000,000 runs in well under a second", () => {
    const start = Date.now();
    newsvendorPoissonQuantity({ mean: 1e7, underageCost: 999, overageCost: 1 });
    expect(Date.now() - start).toBeLessThan(1000);
  });

  test.each([
    [{ mean: -1, underageCost: 1, overageCost: 1 }, "mean must be zero or more (got -1)"],
    [
      { mean: 2e7, underageCost: 1, overageCost: 1 },
      "mean must be at most 10,000,000 (got 20000000; for a larger mean use NEWSVENDOR with std = SQRT(mean))",
    ],
    [{ mean: 5, underageCost: 0, overageCost: 1 }, "underageCost must be greater than 0 (got 0)"],
    [{ mean: 5, underageCost: 1, overageCost: Number.NaN }, "overageCost must be a finite number (got NaN)"],
  ])("rejects %o", (input, message) => {
    expect(() => newsvendorPoisson(input)).toThrow(InputError);
    expect(() => newsvendorPoisson(input)).toThrow(message);
  });

  describe("newsvendorPoissonCost: g at a given quantity", () => {
    /** g(Q) by direct summation of the pmf e^−λ λ^k / k! up to k = 200 (small λ only). */
    function summedCost(q: number, mean: number, cu: number, co: number): number {
      let term = Math.exp(-mean);
      let cost = 0;
      for (let k = 0; k <= 200; k++) {
        if (k > 0) term *= mean / k;
        cost += (k < q ? co * (q - k) : cu * (k - q)) * term;
      }
      return cost;
    }

    test("Snyder & Shen Example 4.7: Poisson(6), h = 1, p = 4: g(8) = 3.5701 is g(S*), and S = 6 or 10 cost more", () => {
      const example = { mean: 6, underageCost: 4, overageCost: 1 };
      expect(newsvendorPoissonCost({ ...example, quantity: 8 })).toBe(newsvendorPoisson(example).expectedCost);
      expect(newsvendorPoissonCost({ ...example, quantity: 8 })).toBeCloseTo(3.5701, 4);
      expect(newsvendorPoissonCost({ ...example, quantity: 6 })).toBeGreaterThan(3.5702);
      expect(newsvendorPoissonCost({ ...example, quantity: 10 })).toBeGreaterThan(3.5702);
    });

    test("agrees with direct summation, is convex in Q and linear between whole numbers, on 300 random cases", () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 40, noNaN: true }),
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          fc.integer({ min: 0, max: 80 }),
          (mean, cu, co, q) => {
            const at = (quantity: number) =>
              newsvendorPoissonCost({ mean, underageCost: cu, overageCost: co, quantity });
            const scale = Math.max(1, at(q));
            expect(Math.abs(at(q) - summedCost(q, mean, cu, co))).toBeLessThan(1e-9 * scale);
            expect(at(q + 1)).toBeLessThanOrEqual((at(q) + at(q + 2)) / 2 + 1e-9 * scale);
            expect(at(q + 0.25)).toBeCloseTo(0.75 * at(q) + 0.25 * at(q + 1), 8);
          },
        ),
        { numRuns: 300 },
      );
    });

    test.each([
      [{ mean: 6, underageCost: 4, overageCost: 1, quantity: -1 }, "quantity must be zero or more (got -1)"],
      [
        { mean: 2e7, underageCost: 4, overageCost: 1, quantity: 1 },
        "mean must be at most 10,000,000 (got 20000000; for a larger mean use NEWSVENDOR",
      ],
      [{ mean: 6, underageCost: 4, overageCost: -1, quantity: 1 }, "overageCost must be greater than 0 (got -1)"],
    ])("rejects %o", (input, message) => {
      expect(() => newsvendorPoissonCost(input)).toThrow(InputError);
      expect(() => newsvendorPoissonCost(input)).toThrow(message);
    });
  });
});
