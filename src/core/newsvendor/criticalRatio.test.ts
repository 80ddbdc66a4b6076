import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { criticalRatio, newsvendorFractile } from "./criticalRatio";

describe("criticalRatio", () => {
  test("Snyder & Shen Example 4.3: h = 0.18, p = 0.70 gives α = p/(p + h) = 0.7955", () => {
    expect(criticalRatio({ underageCost: 0.7, overageCost: 0.18 })).toBeCloseTo(0.7 / 0.88, 15);
    expect(criticalRatio({ underageCost: 0.7, overageCost: 0.18 })).toBeCloseTo(0.7955, 4);
  });

  test("Snyder & Shen Example 4.7: h = 1, p = 4 gives 0.8", () => {
    expect(criticalRatio({ underageCost: 4, overageCost: 1 })).toBeCloseTo(0.8, 15);
  });

  test("costs at the top of the doubles do not overflow", () => {
    expect(criticalRatio({ underageCost: 1.7e308, overageCost: 1.7e308 })).toBe(0.5);
    expect(criticalRatio({ underageCost: 1.5e308, overageCost: 0.5e308 })).toBeCloseTo(0.75, 15);
  });

  test("the complement Co/(Cu + Co) is computed directly, without cancellation", () => {
    const { ratio, complement } = newsvendorFractile({ underageCost: 1e12, overageCost: 1 });
    expect(complement).toBeCloseTo(1 / (1e12 + 1), 26);
    expect(ratio).toBeCloseTo(1e12 / (1e12 + 1), 15);
  });

  test("rises with the underage cost, falls with the overage cost, stays in [0, 1]", () => {
    const cost = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(cost, cost, fc.double({ min: 1.01, max: 10, noNaN: true }), (cu, co, f) => {
        const base = criticalRatio({ underageCost: cu, overageCost: co });
        expect(base).toBeGreaterThan(0);
        expect(base).toBeLessThan(1);
        expect(criticalRatio({ underageCost: cu * f, overageCost: co })).toBeGreaterThanOrEqual(base);
        expect(criticalRatio({ underageCost: cu, overageCost: co * f })).toBeLessThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [{ underageCost: 0, overageCost: 1 }, "underageCost must be greater than 0 (got 0)"],
    [{ underageCost: 1, overageCost: -1 }, "overageCost must be greater than 0 (got -1)"],
    [{ underageCost: Number.NaN, overageCost: 1 }, "underageCost must be a finite number (got NaN)"],
  ])("rejects %o", (input, message) => {
    expect(() => criticalRatio(input)).toThrow(InputError);
    expect(() => criticalRatio(input)).toThrow(message);
  });

  test("a newsvendor model refuses a ratio within 1e-250 of 0 or 1", () => {
    expect(() => newsvendorFractile({ underageCost: 1e-300, overageCost: 1 })).toThrow(
      "underageCost and overageCost are too far apart: the critical ratio underageCost/(underageCost + overageCost) is within 1e-250 of 0 or 1 (got 1e-300)",
    );
    expect(() => newsvendorFractile({ underageCost: 1e300, overageCost: 1e-10 })).toThrow(InputError);
  });
});
