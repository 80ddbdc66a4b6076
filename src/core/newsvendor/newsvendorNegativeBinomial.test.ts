import fc from "fast-check";
import { InputError } from "../shared/inputError";
import {
  newsvendorNegativeBinomial,
  newsvendorNegativeBinomialCost,
  newsvendorNegativeBinomialQuantity,
  newsvendorNegativeBinomialSolution,
} from "./newsvendorNegativeBinomial";
import { newsvendorPoisson, newsvendorPoissonCost } from "./newsvendorPoisson";

describe("newsvendorNegativeBinomial", () => {
  test("μ = 2, σ = 2 (P(D = k) = (k + 1)/2^(k+2)), Cu = 9, Co = 1: Q* = 5, g = 3.140625 + 9 × 0.140625", () => {
    const result = newsvendorNegativeBinomial({ mean: 2, stdDev: 2, underageCost: 9, overageCost: 1 });
    expect(result.quantity).toBe(5);
    expect(result.expectedCost).toBeCloseTo(4.40625, 12);
  });

  test("σ² ≤ μ gives the Poisson newsvendor's answer (Snyder & Shen Example 4.7: Poisson(6), p = 4, h = 1: 8, 3.5701)", () => {
    for (const stdDev of [Math.sqrt(6), 1, 0]) {
      const result = newsvendorNegativeBinomial({ mean: 6, stdDev, underageCost: 4, overageCost: 1 });
      expect(result).toEqual(newsvendorPoisson({ mean: 6, underageCost: 4, overageCost: 1 }));
      expect(result.quantity).toBe(8);
      expect(newsvendorNegativeBinomialSolution({ mean: 6, stdDev, underageCost: 4, overageCost: 1 }).poisson).toBe(
        true,
      );
    }
  });

  test("Q* is the cost minimum: g(Q*) ≤ g(Q* ± 1), and the cost at Q* equals the cost function's", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 1.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (mean, dispersion, cu, co) => {
          const input = { mean, stdDev: Math.sqrt(mean * dispersion), underageCost: cu, overageCost: co };
          const { quantity, expectedCost } = newsvendorNegativeBinomial(input);
          expect(newsvendorNegativeBinomialCost({ ...input, quantity })).toBeCloseTo(expectedCost, 9);
          const tolerance = 1e-9 * expectedCost;
          expect(newsvendorNegativeBinomialCost({ ...input, quantity: quantity + 1 })).toBeGreaterThanOrEqual(
            expectedCost - tolerance,
          );
          if (quantity > 0) {
            expect(newsvendorNegativeBinomialCost({ ...input, quantity: quantity - 1 })).toBeGreaterThanOrEqual(
              expectedCost - tolerance,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("more spread at the same mean needs more stock at a high critical ratio", () => {
    const at = (stdDev: number) =>
      newsvendorNegativeBinomialQuantity({ mean: 4, stdDev, underageCost: 19, overageCost: 1 });
    expect(at(2)).toBeLessThan(at(4));
    expect(at(4)).toBeLessThan(at(8));
  });

  test("the cost at a quantity matches Poisson's when σ² = μ", () => {
    const input = { mean: 18, underageCost: 270, overageCost: 200, quantity: 19 };
    expect(newsvendorNegativeBinomialCost({ ...input, stdDev: Math.sqrt(18) })).toBeCloseTo(
      newsvendorPoissonCost(input),
      9,
    );
  });

  test("refuses bad costs and quantities with the argument named", () => {
    expect(() => newsvendorNegativeBinomial({ mean: 2, stdDev: 2, underageCost: 0, overageCost: 1 })).toThrow(
      InputError,
    );
    expect(() =>
      newsvendorNegativeBinomialCost({ mean: 2, stdDev: 2, underageCost: 1, overageCost: 1, quantity: -1 }),
    ).toThrow("quantity must be");
  });
});
