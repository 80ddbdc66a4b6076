import fc from "fast-check";
import { poissonWeights } from "../newsvendor/newsvendorPoisson";
import { InputError } from "../shared/inputError";
import {
  negativeBinomialCdf,
  negativeBinomialProbabilities,
  negativeBinomialQuantile,
  negativeBinomialWeights,
} from "./negativeBinomial";

/**
 * P(D = k) from the textbook form, independently of the mode-outward build: P(0) = π^n,
 * P(k+1) = P(k)·(k + n)(1 − π)/(k + 1), n = μ²/(σ² − μ), π = μ/σ² (small means only, where π^n does not underflow).
 */
function directPmf(mean: number, std: number, upTo: number): number[] {
  const variance = std * std;
  const size = (mean * mean) / (variance - mean);
  const success = mean / variance;
  const pmf = [Math.pow(success, size)];
  for (let k = 0; k < upTo; k++) pmf.push(((pmf[k] as number) * (k + size) * (1 - success)) / (k + 1));
  return pmf;
}

function moments(mean: number, std: number): { total: number; mean: number; variance: number } {
  const { first, probabilities } = negativeBinomialProbabilities({ mean, stdDev: std });
  let total = 0;
  let m1 = 0;
  probabilities.forEach((p, i) => {
    total += p;
    m1 += p * (first + i);
  });
  let m2 = 0;
  probabilities.forEach((p, i) => (m2 += p * (first + i - m1) ** 2));
  return { total, mean: m1, variance: m2 };
}

describe("negativeBinomialWeights", () => {
  test("μ = 2, σ = 2 is the sum of two geometrics (n = 2, π = ½): P(D = k) = (k + 1)/2^(k+2)", () => {
    const { first, probabilities } = negativeBinomialProbabilities({ mean: 2, stdDev: 2 });
    expect(first).toBe(0);
    for (let k = 0; k < 60; k++) expect(probabilities[k]).toBeCloseTo((k + 1) / 2 ** (k + 2), 15);
  });

  test("agrees with the textbook form P(0) = π^n, P(k+1) = P(k)(k + n)(1 − π)/(k + 1) on random small cases", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 1.01, max: 20, noNaN: true }),
        (mean, dispersion) => {
          const std = Math.sqrt(mean * dispersion);
          const { first, probabilities } = negativeBinomialProbabilities({ mean, stdDev: std });
          const direct = directPmf(mean, std, first + probabilities.length);
          probabilities.forEach((p, i) => expect(Math.abs(p - (direct[first + i] as number))).toBeLessThan(1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("sums to 1 and has the mean μ and the variance σ² it was given", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.double({ min: 1.001, max: 200, noNaN: true }),
        (mean, dispersion) => {
          const std = Math.sqrt(mean * dispersion);
          const m = moments(mean, std);
          expect(m.total).toBeCloseTo(1, 12);
          expect(Math.abs(m.mean - mean)).toBeLessThan(1e-9 * Math.max(1, mean));
          expect(Math.abs(m.variance - std * std)).toBeLessThan(1e-8 * std * std);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("is the Poisson at σ² = μ (and for σ² < μ), and tends to it as σ² → μ", () => {
    for (const mean of [0.3, 4, 57.5, 1234]) {
      const poisson = poissonWeights(mean, 1e-40);
      for (const std of [Math.sqrt(mean), Math.sqrt(mean) / 2]) {
        const nb = negativeBinomialWeights({ mean, stdDev: std });
        expect(nb.first).toBe(poisson.first);
        expect(nb.weights.length).toBe(poisson.weights.length);
        nb.weights.forEach((w, i) => expect(Math.abs(w - (poisson.weights[i] as number))).toBeLessThan(1e-12 * w));
      }
      const p = negativeBinomialProbabilities({ mean, stdDev: 0 });
      let gap = Infinity;
      for (const excess of [1e-1, 1e-3, 1e-6]) {
        const near = negativeBinomialProbabilities({ mean, stdDev: Math.sqrt(mean * (1 + excess)) });
        let largest = 0;
        near.probabilities.forEach((q, i) => {
          largest = Math.max(largest, Math.abs(q - (p.probabilities[near.first + i - p.first] ?? 0)));
        });
        expect(largest).toBeLessThan(gap);
        gap = largest;
      }
      expect(gap).toBeLessThan(1e-6);
    }
  });

  test("is over-dispersed: more weight at 0 and in the tail than the Poisson of the same mean", () => {
    const poisson = negativeBinomialCdf({ mean: 3, stdDev: 0, quantity: 0 });
    const lumpy = negativeBinomialCdf({ mean: 3, stdDev: 3, quantity: 0 });
    expect(lumpy).toBeGreaterThan(poisson);
    expect(1 - negativeBinomialCdf({ mean: 3, stdDev: 3, quantity: 10 })).toBeGreaterThan(
      1 - negativeBinomialCdf({ mean: 3, stdDev: 0, quantity: 10 }),
    );
  });

  test("mean 0 with std 0 is demand 0 for sure", () => {
    expect(negativeBinomialProbabilities({ mean: 0, stdDev: 0 })).toEqual({
      first: 0,
      probabilities: new Float64Array([1]),
    });
  });

  test("large means and dispersions stay finite and normalised (μ = 10⁷, σ = 30,000; μ = 1, σ = 100)", () => {
    expect(moments(1e7, 30000).total).toBeCloseTo(1, 10);
    const wide = moments(1, 100);
    expect(wide.total).toBeCloseTo(1, 10);
    expect(wide.mean).toBeCloseTo(1, 6);
  });

  test.each([
    [{ mean: -1, stdDev: 2 }, "mean must be"],
    [{ mean: 2e7, stdDev: 5000 }, "mean must be at most 10,000,000"],
    [{ mean: 0, stdDev: 1 }, "mean must be greater than 0 when the standard deviation is"],
    [{ mean: 1e6, stdDev: 40000 }, "stdDev must be at most 30,000"],
    [{ mean: 1, stdDev: 101 }, "stdDev must be at most 100 × SQRT(mean)"],
    [{ mean: 1, stdDev: NaN }, "stdDev"],
  ])("refuses %p", (input, message) => {
    expect(() => negativeBinomialWeights(input)).toThrow(InputError);
    expect(() => negativeBinomialWeights(input)).toThrow(message);
  });
});

describe("negativeBinomialCdf and negativeBinomialQuantile", () => {
  test("μ = 2, σ = 2: F(4) = 57/64, F(5) = 15/16, so the 0.9 quantile is 5", () => {
    expect(negativeBinomialCdf({ mean: 2, stdDev: 2, quantity: 4 })).toBeCloseTo(57 / 64, 15);
    expect(negativeBinomialCdf({ mean: 2, stdDev: 2, quantity: 5 })).toBeCloseTo(15 / 16, 15);
    expect(negativeBinomialCdf({ mean: 2, stdDev: 2, quantity: -1 })).toBe(0);
    expect(negativeBinomialQuantile({ mean: 2, stdDev: 2, probability: 0.9 })).toBe(5);
    expect(negativeBinomialQuantile({ mean: 2, stdDev: 2, probability: 0.25 })).toBe(0);
  });

  test("the quantile is the smallest x with F(x) ≥ p, against direct summation", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 40, noNaN: true }),
        fc.double({ min: 1.01, max: 30, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (mean, dispersion, probability) => {
          const std = Math.sqrt(mean * dispersion);
          const pmf = directPmf(mean, std, 5000);
          let cumulative = 0;
          let expected = 0;
          while (cumulative + (pmf[expected] as number) < probability - 1e-12) cumulative += pmf[expected++] as number;
          // Skip the cases where rounding decides (F within 1e-9 of p).
          fc.pre(Math.abs(cumulative + (pmf[expected] as number) - probability) > 1e-9);
          expect(negativeBinomialQuantile({ mean, stdDev: std, probability })).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("refuses a probability outside (0, 1)", () => {
    expect(() => negativeBinomialQuantile({ mean: 2, stdDev: 2, probability: 1 })).toThrow(
      "probability must be between 0 and 1",
    );
  });
});
