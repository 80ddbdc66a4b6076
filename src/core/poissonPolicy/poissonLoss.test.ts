import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { poissonTable } from "./poissonDistribution";
import { poissonLoss } from "./poissonLoss";

/** Poisson(λ) probabilities f(0..n) by e^−λ λ^k / k!, for small λ only (an independent check). */
function pmf(mean: number, upTo: number): number[] {
  const values = [Math.exp(-mean)];
  for (let k = 1; k <= upTo; k++) values.push(((values[k - 1] as number) * mean) / k);
  return values;
}

/** The four loss functions summed straight from their definitions (Snyder & Shen C.36–C.42). */
function direct(x: number, mean: number): { n: number; nbar: number; n2: number; nbar2: number } {
  const f = pmf(mean, Math.ceil(mean + 40 * Math.sqrt(mean + 1) + 40) + Math.max(0, x));
  let n = 0;
  let nbar = 0;
  let n2 = 0;
  let nbar2 = 0;
  f.forEach((probability, y) => {
    if (y > x) n += (y - x) * probability;
    if (y < x) nbar += (x - y) * probability;
    if (y > x) n2 += 0.5 * (y - x) * (y - x - 1) * probability;
    if (y <= x) nbar2 += 0.5 * (x - y) * (x + 1 - y) * probability;
  });
  return { n, nbar, n2, nbar2 };
}

const all = (x: number, mean: number) => ({
  n: poissonLoss({ x, mean }),
  nbar: poissonLoss({ x, mean, complementary: true }),
  n2: poissonLoss({ x, mean, order: 2 }),
  nbar2: poissonLoss({ x, mean, order: 2, complementary: true }),
});

describe("poissonLoss", () => {
  test("Snyder & Shen Example 4.7's Poisson(6) at S = 8: n(8) = 0.3140, n̄(8) = 2.3140 (g(8) = 1·n̄ + 4·n = 3.5701)", () => {
    const n = poissonLoss({ x: 8, mean: 6 });
    const nbar = poissonLoss({ x: 8, mean: 6, complementary: true });
    expect(nbar - n).toBeCloseTo(2, 12); // n̄(x) − n(x) = x − λ
    expect(nbar + 4 * n).toBeCloseTo(3.570106945770946, 12);
  });

  test("the closed forms of Snyder & Shen (C.38)–(C.41) for Poisson at whole x", () => {
    const mean = 7.5;
    const table = poissonTable(mean);
    for (let x = 0; x <= 20; x++) {
      const F = table.cdf(x);
      const f = table.probability(x);
      const d = x - mean;
      expect(poissonLoss({ x, mean })).toBeCloseTo(-d * (1 - F) + mean * f, 12);
      expect(poissonLoss({ x, mean, complementary: true })).toBeCloseTo(d * F + mean * f, 12);
      expect(poissonLoss({ x, mean, order: 2 })).toBeCloseTo(0.5 * ((d * d + x) * (1 - F) - mean * d * f), 12);
    }
  });

  test("property: all four agree with direct summation of their definitions (means up to 60, x from −5 to 120)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.integer({ min: -5, max: 120 }), (mean, x) => {
        const got = all(x, mean);
        const want = direct(x, mean);
        for (const key of ["n", "nbar", "n2", "nbar2"] as const) {
          expect(Math.abs(got[key] - want[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, want[key]));
        }
      }),
    );
  });

  test("property: n² + n̄² = ½((x − λ)² + x), and n̄ − n = x − λ", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.integer({ min: -50, max: 2500 }), (mean, x) => {
        const got = all(x, mean);
        const d = x - mean;
        expect(got.nbar - got.n).toBeCloseTo(d, 6);
        expect((got.n2 + got.nbar2) / Math.max(1, 0.5 * (d * d + x))).toBeCloseTo(
          (0.5 * (d * d + x)) / Math.max(1, 0.5 * (d * d + x)),
          9,
        );
      }),
    );
  });

  test("stays exact for a mean of 1,000: far tails are tiny and positive, the centre is √(λ/2π)", () => {
    expect(poissonLoss({ x: 1000, mean: 1000 })).toBeCloseTo(Math.sqrt(1000 / (2 * Math.PI)), 1);
    const far = poissonLoss({ x: 1200, mean: 1000 });
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(1e-8);
    expect(poissonLoss({ x: 800, mean: 1000, complementary: true })).toBeGreaterThan(0);
    expect(poissonLoss({ x: 0, mean: 1000, order: 2 })).toBeCloseTo(500000, 6);
  });

  test("mean 0: X is always 0", () => {
    expect(poissonLoss({ x: 0, mean: 0 })).toBe(0);
    expect(poissonLoss({ x: 3, mean: 0, complementary: true })).toBe(3);
    expect(poissonLoss({ x: -2, mean: 0 })).toBe(2);
  });

  test("refuses a fractional x, an order other than 1 or 2, a negative or too large mean", () => {
    expect(() => poissonLoss({ x: 1.5, mean: 2 })).toThrow(InputError);
    expect(() => poissonLoss({ x: 1, mean: 2, order: 3 })).toThrow(/order must be 1 or 2/);
    expect(() => poissonLoss({ x: 1, mean: -1 })).toThrow(/mean must be zero or more/);
    expect(() => poissonLoss({ x: 1, mean: 2e6 })).toThrow(/at most 1,000,000/);
  });
});
