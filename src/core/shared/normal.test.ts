import fc from "fast-check";
import { InputError } from "./inputError";
import {
  LOSS_AT_ZERO,
  MIN_LOSS,
  standardNormalCdf,
  standardNormalLoss,
  standardNormalLossInverse,
  standardNormalPdf,
  standardNormalQuantile,
  standardNormalSecondOrderLoss,
  standardNormalUpperTail,
} from "./normal";

/** |actual − expected| ≤ tolerance × |expected| */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe("standardNormalQuantile", () => {
  // Reference values: Excel NORM.S.INV, and Abramowitz & Stegun Table 26.5 / exact quantiles to 15 digits.
  test.each([
    [0.5, 0],
    [0.8, 0.841621233572914],
    [0.9, 1.2815515655446],
    [0.95, 1.64485362695147],
    [0.975, 1.95996398454005],
    [0.99, 2.32634787404084],
    [0.999999, 4.75342430882289],
    [1e-9, -5.99780701500768],
  ])("Φ⁻¹(%p) = %p (Excel NORM.S.INV)", (p, z) => {
    expect(standardNormalQuantile(p)).toBeCloseTo(z, 9);
  });

  test("keeps full relative accuracy in the lower tail: Φ(Φ⁻¹(p)) = p from 1e-300 to 0.1 (docs/conventions.md)", () => {
    // The erfinv(2p − 1) route fails this below p ≈ 1e-9 (2p − 1 rounds to −1); erfcinv(2p) does not.
    // A relative error e in z moves p by about z²·e relatively, hence the z² allowance.
    for (let exponent = -300; exponent <= -1; exponent += 0.25) {
      const p = 10 ** exponent;
      const z = standardNormalQuantile(p);
      expectRelative(standardNormalCdf(z), p, 1e-12 * Math.max(1, z * z));
    }
  });

  test("is odd about 1/2: Φ⁻¹(p) = −Φ⁻¹(1 − p)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        expect(standardNormalQuantile(p)).toBeCloseTo(-standardNormalQuantile(1 - p), 7);
      }),
      { numRuns: 500 },
    );
  });

  test("rises with p and stays finite in the far tails", () => {
    const ps = [1e-300, 1e-100, 1e-20, 1e-5, 0.3, 0.7, 1 - 1e-5, 1 - 1e-12];
    const zs = ps.map((p) => standardNormalQuantile(p));
    zs.forEach((z) => expect(Number.isFinite(z)).toBe(true));
    for (let i = 1; i < zs.length; i++) expect(zs[i]).toBeGreaterThan(zs[i - 1] as number);
  });

  test.each([0, 1, -0.1, 1.5, 95, Number.NaN])("rejects %p, never ±Infinity", (p) => {
    expect(() => standardNormalQuantile(p, "serviceLevel")).toThrow(InputError);
  });

  test("suggests the fraction when a percent was typed as a whole number", () => {
    expect(() => standardNormalQuantile(95, "serviceLevel")).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
  });

  test("is the inverse of the CDF across (0, 1)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (p) => {
        // Conditioning: a relative error ε in z moves Φ(z) by a relative z²·ε.
        const z = standardNormalQuantile(p);
        expectRelative(standardNormalCdf(z), p, 1e-12 * Math.max(1, z * z));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("CDF, upper tail and density", () => {
  test("known values (Excel NORM.S.DIST, to 15 digits)", () => {
    expect(standardNormalCdf(1.2815515655446004)).toBeCloseTo(0.9, 15);
    expect(standardNormalCdf(0)).toBe(0.5);
    expectRelative(standardNormalUpperTail(3), 0.00134989803163009, 1e-14);
    expect(standardNormalPdf(0)).toBeCloseTo(0.398942280401433, 15);
  });

  test("the upper tail keeps its relative accuracy where 1 − Φ would round to 0", () => {
    expect(1 - standardNormalCdf(10)).toBe(0);
    // 1 − Φ(10) = 7.61985302416047e-24 (mpmath)
    expectRelative(standardNormalUpperTail(10), 7.61985302416047e-24, 1e-13);
  });

  test("Φ(±Infinity) is 1 or 0; NaN is an input error", () => {
    expect(standardNormalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(standardNormalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(() => standardNormalCdf(Number.NaN)).toThrow(InputError);
    expect(() => standardNormalUpperTail(Number.NaN)).toThrow(InputError);
    expect(() => standardNormalPdf(Number.NaN)).toThrow(InputError);
  });
});

describe("standardNormalLoss G(k)", () => {
  // Reference values computed to 50 digits with mpmath: G(k) = φ(k) − k·erfc(k/√2)/2. The
  // tolerance widens with k: the subtraction loses about k² of the relative accuracy.
  test.each([
    [0, 0.3989422804014327, 1e-15],
    [1.25, 0.05058686830545283, 1e-14],
    [-1.25, 1.300586868305453, 1e-15],
    [1.3, 0.045527962086513926, 1e-14],
    [3, 0.0003821543170477236, 1e-13],
    [-3, 3.0003821543170477, 1e-15],
    [5, 5.346165533832815e-8, 1e-13],
    [10, 7.474560254589328e-25, 2e-12],
    [30, 1.631956734091401e-199, 2e-10],
    [37, 1.5451991905122024e-301, 3e-10],
  ])("G(%p) = %p", (k, expected, tolerance) => {
    expectRelative(standardNormalLoss(k), expected, tolerance);
  });

  test("Snyder & Shen Example 4.1: N(50, 8²), h = 0.18, p = 0.70, S = 60 costs g(60) = 2.1561 (via n(S) = σ·L(z))", () => {
    // g(S) = h·n̄(S) + p·n(S), n(S) = σ·L(z), n̄(S) = σ·(z + L(z)), z = (S − μ)/σ. The book rounds to 2.1561.
    const z = (60 - 50) / 8;
    const loss = 8 * standardNormalLoss(z);
    const cost = 0.18 * (8 * z + loss) + 0.7 * loss;
    expect(cost).toBeCloseTo(2.156131552870388, 12);
  });

  test("Snyder & Shen Example 4.3: the same newsvendor at S = 40 costs g(40) = 7.3561 (negative z)", () => {
    const z = (40 - 50) / 8;
    const loss = 8 * standardNormalLoss(z);
    expect(0.18 * (8 * z + loss) + 0.7 * loss).toBeCloseTo(7.356131552870388, 12);
  });

  test("Chopra & Meindl Example 12-3: ss = 1,000 and σ_L = 707 give ESC = σ_L·G(ss/σ_L) = 25.13", () => {
    const deviation = 500 * Math.SQRT2;
    expect(deviation * standardNormalLoss(1000 / deviation)).toBeCloseTo(25.12727083000611, 10); // the book: 25.13
  });

  test("G(k) − G(−k) = −k, and G is positive and decreasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8, max: 8, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (k, step) => {
          expect(standardNormalLoss(k) - standardNormalLoss(-k)).toBeCloseTo(-k, 12);
          expect(standardNormalLoss(k)).toBeGreaterThan(standardNormalLoss(k + step));
          expect(standardNormalLoss(k + step)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("stays finite at the ends of the doubles: 0 far right, −k far left", () => {
    expect(standardNormalLoss(40)).toBe(0);
    expect(standardNormalLoss(1e308)).toBe(0);
    expect(standardNormalLoss(-1e308)).toBe(1e308);
    expect(standardNormalLoss(-50)).toBe(50);
  });

  test("rejects a non-finite k", () => {
    expect(() => standardNormalLoss(Number.POSITIVE_INFINITY)).toThrow("k must be a finite number (got Infinity)");
    expect(() => standardNormalLoss(Number.NaN)).toThrow(InputError);
  });
});

describe("standardNormalLossInverse", () => {
  test("G⁻¹(G(0)) = 0 and the worked values round-trip", () => {
    expect(Math.abs(standardNormalLossInverse(LOSS_AT_ZERO))).toBeLessThan(1e-15);
    expect(standardNormalLossInverse(0.05058686830545283)).toBeCloseTo(1.25, 13);
    expect(standardNormalLossInverse(1.300586868305453)).toBeCloseTo(-1.25, 13);
  });

  test("Chopra & Meindl Example 12-5: G(k) = 250/707.1 gives k = 0.0943 (ss = k·σ_L ≈ 67)", () => {
    expect(standardNormalLossInverse(250 / (500 * Math.SQRT2))).toBeCloseTo(0.0943245910250249, 12);
  });

  /**
   * G itself is computed to a relative 1e-13 + 4e-16·k⁴ (the subtraction φ − k(1 − Φ) loses
   * about k² of the accuracy of φ and erfc, which is itself about k²·1e-16 in the tail).
   */
  const lossTolerance = (k: number): number => 1e-13 + 4e-16 * k ** 4;

  test("NORMLOSS(NORMLOSSINV(x)) = x on 1,000 random losses from 1e-300 to 1e300", () => {
    // Drawn log-uniformly; k runs from about 37 down to −1e300.
    const exponent = fc.double({ min: -300, max: 300, noNaN: true });
    fc.assert(
      fc.property(exponent, (e) => {
        const loss = 10 ** e;
        const k = standardNormalLossInverse(loss);
        expect(Number.isFinite(k)).toBe(true);
        expectRelative(standardNormalLoss(k), loss, lossTolerance(k));
      }),
      { numRuns: 1000 },
    );
  });

  test("NORMLOSS(NORMLOSSINV(x)) = x on 1,000 random losses from 1e-6 to 100", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 100, noNaN: true }), (loss) => {
        const k = standardNormalLossInverse(loss);
        expectRelative(standardNormalLoss(k), loss, lossTolerance(k));
      }),
      { numRuns: 1000 },
    );
  });

  test("large losses give k = −loss; the smallest accepted loss gives k ≈ 37", () => {
    expect(standardNormalLossInverse(1e300)).toBe(-1e300);
    expect(standardNormalLossInverse(Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
    const k = standardNormalLossInverse(MIN_LOSS);
    expect(k).toBeGreaterThan(36.9);
    expect(k).toBeLessThan(37.1);
  });

  test.each([
    [0, "loss must be at least 1e-300 (got 0)"],
    [-1, "loss must be at least 1e-300 (got -1)"],
    [1e-310, "a loss that small needs a safety factor beyond 37 standard deviations"],
    [Number.POSITIVE_INFINITY, "loss must be a finite number (got Infinity)"],
  ])("rejects %p", (loss, message) => {
    expect(() => standardNormalLossInverse(loss)).toThrow(InputError);
    expect(() => standardNormalLossInverse(loss)).toThrow(message);
  });
});

describe("standardNormalSecondOrderLoss G2(z)", () => {
  /** ½∫_z^∞ (t − z)² φ(t) dt by Simpson's rule over [z, z + 20] (the rest is below 1e-80). */
  function integrated(z: number): number {
    const n = 20000;
    const width = 20 / n;
    let sum = 0;
    for (let i = 0; i <= n; i++) {
      const t = z + i * width;
      const weight = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
      sum += weight * (t - z) ** 2 * standardNormalPdf(t);
    }
    return (0.5 * sum * width) / 3;
  }

  test("Snyder & Shen eq. (C.23) at z = 0: ½·(1·½ − 0) = 0.25", () => {
    expect(standardNormalSecondOrderLoss(0)).toBeCloseTo(0.25, 15);
  });

  test.each([-3, -1.5, -0.5, 0.3, 1, 2.5, 4])("equals ½·E[((Z − z)⁺)²] by direct integration at z = %p", (z) => {
    expectRelative(standardNormalSecondOrderLoss(z), integrated(z), 1e-9);
  });

  test("its complement G2(−z) adds up to ½·E[(Z − z)²] = ½(z² + 1), and its slope is −G(z)", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(standardNormalSecondOrderLoss(z) + standardNormalSecondOrderLoss(-z)).toBeCloseTo(0.5 * (z * z + 1), 9);
        const h = 1e-5;
        const slope = (standardNormalSecondOrderLoss(z + h) - standardNormalSecondOrderLoss(z - h)) / (2 * h);
        expect(slope).toBeCloseTo(-standardNormalLoss(z), 6);
      }),
    );
  });

  test("never negative, 0 far in the upper tail, an input error where ½(z² + 1) overflows", () => {
    expect(standardNormalSecondOrderLoss(40)).toBe(0);
    expect(standardNormalSecondOrderLoss(1e300)).toBe(0);
    expect(() => standardNormalSecondOrderLoss(-1e200)).toThrow(InputError);
    expect(() => standardNormalSecondOrderLoss(Number.NaN)).toThrow(InputError);
  });
});
