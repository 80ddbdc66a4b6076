import fc from "fast-check";
import { InputError } from "./inputError";
import { standardNormalQuantile } from "./normal";

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
});
