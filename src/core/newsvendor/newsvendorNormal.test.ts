import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { standardNormalCdf, standardNormalLoss, standardNormalPdf } from "../shared/normal";
import { newsvendorNormal, newsvendorNormalCost, newsvendorNormalQuantity } from "./newsvendorNormal";

/** g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] for D ~ N(μ, σ²), through the loss function. */
function costAt(q: number, mean: number, sd: number, cu: number, co: number): number {
  const z = (q - mean) / sd;
  const shortage = sd * standardNormalLoss(z);
  return co * (q - mean + shortage) + cu * shortage;
}

/** Random problems: mean, std, underage cost, overage cost. */
const problems = [
  fc.double({ min: 0, max: 1e4, noNaN: true }),
  fc.double({ min: 0.1, max: 1e3, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
] as const;

describe("newsvendorNormal", () => {
  test("Snyder & Shen Example 4.3: D ~ N(50, 8²), h = 0.18, p = 0.70 gives S* = 56.6040 and g(S*) = 1.9976", () => {
    const result = newsvendorNormal({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 });
    // Exact values (z = Φ⁻¹(0.7955) = 0.8255); the book rounds to 56.60 and 1.9976.
    expect(result.quantity).toBeCloseTo(56.60395592743389, 11);
    expect(result.expectedCost).toBeCloseTo(1.997605193176645, 12);
  });

  test("Snyder & Shen Examples 4.1 and 4.3: S* costs less than S = 60 (2.1561) and S = 40 (7.3561)", () => {
    const best = newsvendorNormal({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 }).expectedCost;
    expect(costAt(60, 50, 8, 0.7, 0.18)).toBeCloseTo(2.156131552870388, 12);
    expect(costAt(40, 50, 8, 0.7, 0.18)).toBeCloseTo(7.356131552870388, 12);
    expect(best).toBeLessThan(2.1561);
  });

  test("Snyder & Shen Problem 4.1: N(900, 60²), h = 65 − 22, p = 129 − 65 + 15 gives S* = 922.72, g = 2,718.20", () => {
    const result = newsvendorNormal({ mean: 900, stdDev: 60, underageCost: 129 - 65 + 15, overageCost: 65 - 22 });
    expect(result.quantity).toBeCloseTo(922.7214038234755, 9);
    expect(result.expectedCost).toBeCloseTo(2718.196781782411, 8);
  });

  test("the cost is the minimum of g over Q ≥ 0, and equals g at Q*", () => {
    fc.assert(
      fc.property(...problems, fc.double({ min: -3, max: 3, noNaN: true }), (mean, sd, cu, co, shift) => {
        const { quantity, expectedCost } = newsvendorNormal({ mean, stdDev: sd, underageCost: cu, overageCost: co });
        expect(quantity).toBeGreaterThanOrEqual(0);
        const scale = Math.max(1, expectedCost);
        expect(Math.abs(costAt(quantity, mean, sd, cu, co) - expectedCost)).toBeLessThan(1e-9 * scale);
        const other = Math.max(0, quantity + shift * sd);
        expect(costAt(other, mean, sd, cu, co)).toBeGreaterThanOrEqual(expectedCost - 1e-9 * scale);
      }),
      { numRuns: 500 },
    );
  });

  test("std 0 orders the mean at no cost; a critical ratio near 1 keeps its accuracy", () => {
    expect(newsvendorNormal({ mean: 40, stdDev: 0, underageCost: 3, overageCost: 1 })).toEqual({
      quantity: 40,
      expectedCost: 0,
    });
    // CR = 1 − 1e-15: z = −Φ⁻¹(1e-15) = 7.941345326170997 (mpmath), not the rounded Φ⁻¹(1 − 1e-15).
    const { quantity } = newsvendorNormal({ mean: 0, stdDev: 1, underageCost: 1e15 - 1, overageCost: 1 });
    expect(quantity).toBeCloseTo(7.941345326170997, 10);
  });

  test("never orders a negative quantity: N(5, 30²), Cu = 1, Co = 9 orders 0 (μ + z·σ = −33.45), at the cost of Q = 0", () => {
    const input = { mean: 5, stdDev: 30, underageCost: 1, overageCost: 9 };
    const { quantity, expectedCost } = newsvendorNormal(input);
    expect(quantity).toBe(0);
    expect(newsvendorNormalQuantity(input)).toBe(0);
    // g(0) = Co·E[D⁻] + Cu·E[D⁺], with E[D⁺] = μ·Φ(μ/σ) + σ·φ(μ/σ) for D ~ N(μ, σ²) and E[D⁻] = E[D⁺] − μ.
    const positivePart = 5 * standardNormalCdf(5 / 30) + 30 * standardNormalPdf(5 / 30);
    expect(expectedCost).toBeCloseTo(9 * (positivePart - 5) + 1 * positivePart, 10);
    expect(expectedCost).toBeCloseTo(101.34110646112717, 10);
    expect(expectedCost).toBeCloseTo(costAt(0, 5, 30, 1, 9), 10);
  });

  test("the quantity alone survives costs whose expected cost would overflow", () => {
    const input = { mean: 50, stdDev: 8, underageCost: 1.7e308, overageCost: 1.7e308 };
    expect(newsvendorNormalQuantity(input)).toBe(50);
    expect(() => newsvendorNormal(input)).toThrow("inputs are too large for a finite expected cost");
  });

  test.each([
    [{ mean: -1, stdDev: 1, underageCost: 1, overageCost: 1 }, "mean must be zero or more (got -1)"],
    [{ mean: 1, stdDev: -1, underageCost: 1, overageCost: 1 }, "stdDev must be zero or more (got -1)"],
    [{ mean: 1, stdDev: 1, underageCost: 0, overageCost: 1 }, "underageCost must be greater than 0 (got 0)"],
    [{ mean: 1, stdDev: 1, underageCost: 1, overageCost: 0 }, "overageCost must be greater than 0 (got 0)"],
    [
      { mean: 1e308, stdDev: 1e308, underageCost: 9, overageCost: 1 },
      "inputs are too large for a finite order quantity",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => newsvendorNormal(input)).toThrow(InputError);
    expect(() => newsvendorNormal(input)).toThrow(message);
  });

  describe("newsvendorNormalCost: g at a given quantity", () => {
    const example = { mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 };

    test("Snyder & Shen Example 4.1: g(60) = 2.1561 for N(50, 8²), h = 0.18, p = 0.70", () => {
      expect(newsvendorNormalCost({ ...example, quantity: 60 })).toBeCloseTo(2.156131552870388, 12);
      expect(newsvendorNormalCost({ ...example, quantity: 60 })).toBeCloseTo(2.1561, 4);
    });

    test("Snyder & Shen Example 4.1's other level: g(40) = 7.3561; at S* it is Example 4.3's g(S*) = 1.9976", () => {
      expect(newsvendorNormalCost({ ...example, quantity: 40 })).toBeCloseTo(7.356131552870388, 12);
      const { quantity, expectedCost } = newsvendorNormal(example);
      expect(newsvendorNormalCost({ ...example, quantity })).toBe(expectedCost);
      expect(expectedCost).toBeCloseTo(1.9976, 4);
    });

    test("equals Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] and is convex in Q, on 500 random cases", () => {
      fc.assert(
        fc.property(
          ...problems,
          fc.double({ min: 0, max: 2e4, noNaN: true }),
          fc.double({ min: 0.01, max: 1e3, noNaN: true }),
          (mean, sd, cu, co, q, step) => {
            const input = { mean, stdDev: sd, underageCost: cu, overageCost: co };
            const at = (quantity: number) => newsvendorNormalCost({ ...input, quantity });
            const scale = Math.max(1, at(q));
            expect(Math.abs(at(q) - costAt(q, mean, sd, cu, co))).toBeLessThan(1e-9 * scale);
            // Convex: the midpoint is never above the chord.
            expect(at(q + step)).toBeLessThanOrEqual((at(q) + at(q + 2 * step)) / 2 + 1e-9 * scale);
          },
        ),
        { numRuns: 500 },
      );
    });

    test("std 0: the cost of a known demand, Co per unit over and Cu per unit short", () => {
      const known = { mean: 40, stdDev: 0, underageCost: 3, overageCost: 1 };
      expect(newsvendorNormalCost({ ...known, quantity: 50 })).toBe(10);
      expect(newsvendorNormalCost({ ...known, quantity: 30 })).toBe(30);
      expect(newsvendorNormalCost({ ...known, quantity: 40 })).toBe(0);
    });

    test("far from the mean it keeps its accuracy: the loss term underflows, the linear term stays", () => {
      expect(newsvendorNormalCost({ ...example, quantity: 1e6 })).toBeCloseTo(0.18 * (1e6 - 50), 6);
      // Q = 0: Cu·μ plus (Cu + Co)·σ·G(6.25) = 2.2e-10.
      expect(newsvendorNormalCost({ ...example, quantity: 0 })).toBeCloseTo(
        0.7 * 50 + 0.88 * 8 * standardNormalLoss(6.25),
        12,
      );
    });

    test.each([
      [{ ...example, quantity: -1 }, "quantity must be zero or more (got -1)"],
      [{ ...example, quantity: Number.NaN }, "quantity must be a finite number (got NaN)"],
      [{ ...example, underageCost: 0, quantity: 1 }, "underageCost must be greater than 0 (got 0)"],
      [{ ...example, stdDev: -1, quantity: 1 }, "stdDev must be zero or more (got -1)"],
    ])("rejects %o", (input, message) => {
      expect(() => newsvendorNormalCost(input)).toThrow(InputError);
      expect(() => newsvendorNormalCost(input)).toThrow(message);
    });
  });
});
