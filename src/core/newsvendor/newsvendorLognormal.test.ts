import fc from "fast-check";
import { InputError } from "../shared/inputError";
import {
  newsvendorLognormal,
  newsvendorLognormalCost,
  newsvendorLognormalQuantity,
  newsvendorLognormalSolution,
} from "./newsvendorLognormal";
import { newsvendorNormalSolution } from "./newsvendorNormal";

/*
 * The only published lognormal example found gives the quantity alone (CalcFxC's
 * calculator, below). No published worked example of the cost was found, so the
 * closed form is checked against g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺] integrated
 * numerically here (composite Simpson over ln D, split at ln Q), and against
 * values computed with mpmath at 30 digits (quad of the same integrals).
 */
function integratedCost(mu: number, sigma: number, cu: number, co: number, q: number): number {
  const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const simpson = (f: (z: number) => number, a: number, b: number, n = 4000): number => {
    if (b <= a) return 0;
    const h = (b - a) / n;
    let sum = f(a) + f(b);
    for (let i = 1; i < n; i++) sum += f(a + i * h) * (i % 2 === 0 ? 2 : 4);
    return (sum * h) / 3;
  };
  const kink = q > 0 ? (Math.log(q) - mu) / sigma : -12;
  const low = Math.min(-12, kink);
  const high = Math.max(12, kink);
  const leftover = simpson((z) => (q - Math.exp(mu + sigma * z)) * density(z), low, kink);
  const shortage = simpson((z) => (Math.exp(mu + sigma * z) - q) * density(z), kink, high);
  return co * leftover + cu * shortage;
}

describe("newsvendorLognormal", () => {
  test("CalcFxC's lognormal newsvendor calculator (after Wikipedia's Newsvendor model examples): price 7, cost 5, median 50, σ = 0.2 gives 44.65", () => {
    // Cu = price − cost = 2, Co = cost − salvage (0) = 5; the calculator's "mean" 50 is the median e^μ.
    const quantity = newsvendorLognormalQuantity({
      logMean: Math.log(50),
      logStdDev: 0.2,
      underageCost: 2,
      overageCost: 5,
    });
    expect(quantity).toBeCloseTo(44.65, 2);
    expect(quantity).toBeCloseTo(44.64905940046377, 11); // mpmath, 25 digits
  });

  test("ln D ~ N(4, 0.5²), Cu = 3, Co = 1: Q* = e^(4 + 0.6745·0.5) = 76.4965, g(Q*) = 44.7280 (mpmath quad)", () => {
    const result = newsvendorLognormal({ logMean: 4, logStdDev: 0.5, underageCost: 3, overageCost: 1 });
    expect(result.quantity).toBeCloseTo(76.4964913517786, 10);
    expect(result.expectedCost).toBeCloseTo(44.72802380599697, 10);
    expect(result.expectedCost).toBeCloseTo(integratedCost(4, 0.5, 3, 1, result.quantity), 8);
  });

  test("ln D ~ N(1, 1.2²) with Snyder & Shen Example 4.3's costs (p = 0.70, h = 0.18): Q* = 7.3199, g(Q*) = 2.1694", () => {
    const result = newsvendorLognormal({ logMean: 1, logStdDev: 1.2, underageCost: 0.7, overageCost: 0.18 });
    expect(result.quantity).toBeCloseTo(7.319876008608576, 10);
    expect(result.expectedCost).toBeCloseTo(2.16940818078246, 10);
  });

  test("the cost at a given quantity: g(60) = 50.0728 for ln D ~ N(4, 0.5²), Cu = 3, Co = 1 (mpmath quad)", () => {
    const input = { logMean: 4, logStdDev: 0.5, underageCost: 3, overageCost: 1 };
    expect(newsvendorLognormalCost({ ...input, quantity: 60 })).toBeCloseTo(50.07283462805637, 10);
    // Ordering nothing costs Cu·E[D] = 3·e^(4 + 0.125).
    expect(newsvendorLognormalCost({ ...input, quantity: 0 })).toBeCloseTo(3 * Math.exp(4.125), 10);
  });

  test("Q* is the critical ratio's quantile of D: ln Q* is the normal newsvendor's quantity on ln D", () => {
    const solution = newsvendorLognormalSolution({ logMean: 4, logStdDev: 0.5, underageCost: 3, overageCost: 1 });
    const normal = newsvendorNormalSolution({ mean: 4, stdDev: 0.5, underageCost: 3, overageCost: 1 });
    expect(solution.logQuantity).toBeCloseTo(normal.quantity, 14);
    expect(solution.z).toBeCloseTo(0.6744897501960817, 14);
    expect(solution.criticalRatio).toBe(0.75);
  });

  test("the closed form agrees with numeric integration, is convex, and Q* minimises it, on 200 random cases", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 6, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        (mu, sigma, cu, co, factor) => {
          const input = { logMean: mu, logStdDev: sigma, underageCost: cu, overageCost: co };
          const { quantity, expectedCost } = newsvendorLognormal(input);
          const scale = Math.max(1e-9, expectedCost);
          expect(Math.abs(expectedCost - integratedCost(mu, sigma, cu, co, quantity))).toBeLessThan(1e-7 * scale);
          const other = newsvendorLognormalCost({ ...input, quantity: quantity * factor });
          expect(Math.abs(other - integratedCost(mu, sigma, cu, co, quantity * factor))).toBeLessThan(1e-7 * other);
          expect(other).toBeGreaterThanOrEqual(expectedCost * (1 - 1e-12));
          // Convex in Q (g″ = (Cu + Co)·f ≥ 0): the midpoint is never above the chord.
          const at = (q: number) => newsvendorLognormalCost({ ...input, quantity: q });
          const [a, b] = [quantity, quantity * factor * factor];
          expect(at((a + b) / 2)).toBeLessThanOrEqual(((at(a) + at(b)) / 2) * (1 + 1e-12));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("σ = 0 orders e^μ at no cost; the cost elsewhere is then the deterministic one", () => {
    const input = { logMean: Math.log(40), logStdDev: 0, underageCost: 3, overageCost: 1 };
    expect(newsvendorLognormalQuantity(input)).toBeCloseTo(40, 12);
    expect(newsvendorLognormal(input).expectedCost).toBeCloseTo(0, 12);
    expect(newsvendorLognormalCost({ ...input, quantity: 50 })).toBeCloseTo(10, 10);
    expect(newsvendorLognormalCost({ ...input, quantity: 30 })).toBeCloseTo(30, 10);
  });

  test.each([
    [{ logMean: 1, logStdDev: -1, underageCost: 1, overageCost: 1 }, "logStdDev must be zero or more (got -1)"],
    [
      { logMean: Number.NaN, logStdDev: 1, underageCost: 1, overageCost: 1 },
      "logMean must be a finite number (got NaN)",
    ],
    [{ logMean: 1, logStdDev: 1, underageCost: 0, overageCost: 1 }, "underageCost must be greater than 0 (got 0)"],
    [{ logMean: 800, logStdDev: 1, underageCost: 1, overageCost: 1 }, "order quantity"],
  ])("rejects %o", (input, message) => {
    expect(() => newsvendorLognormal(input)).toThrow(InputError);
    expect(() => newsvendorLognormal(input)).toThrow(message);
  });

  test("a negative quantity is refused; a mean too large for a finite cost is an error, not Infinity", () => {
    const input = { logMean: 1, logStdDev: 1, underageCost: 1, overageCost: 1 };
    expect(() => newsvendorLognormalCost({ ...input, quantity: -1 })).toThrow("quantity must be zero or more (got -1)");
    expect(() => newsvendorLognormalCost({ ...input, logMean: 708, logStdDev: 3, quantity: 1 })).toThrow(InputError);
  });
});
