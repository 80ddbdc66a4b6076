import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { LOSS_AT_ZERO, standardNormalLoss } from "../shared/normal";
import { fillRate } from "./fillRate";
import { fillRateSafetyFactor, fillRateSafetyFactorWithLoss } from "./fillRateSafetyFactor";

const sigmaL = 500 * Math.SQRT2;

describe("fillRateSafetyFactor", () => {
  test("Chopra & Meindl Example 12-5: fill rate 97.5%, Q = 10,000, σ_L = 707 gives k = 0.0943 (ss ≈ 67)", () => {
    const k = fillRateSafetyFactor({ fillRate: 0.975, orderQuantity: 10000, leadTimeDemandStdDev: sigmaL });
    expect(k).toBeCloseTo(0.0943245910250249, 12);
    expect(k * sigmaL).toBeCloseTo(67, 0); // the book: ss = 67
  });

  test("Chopra & Meindl Example 12-5, the steps: the target loss G(k) = 10,000 × 0.025 / 707 = 0.3536 and the k that reaches it", () => {
    const steps = fillRateSafetyFactorWithLoss({ fillRate: 0.975, orderQuantity: 10000, leadTimeDemandStdDev: sigmaL });
    expect(steps.loss).toBeCloseTo(0.353553390593274, 12);
    expect(standardNormalLoss(steps.safetyFactor)).toBeCloseTo(steps.loss, 14);
    expect(steps.safetyFactor).toBe(
      fillRateSafetyFactor({ fillRate: 0.975, orderQuantity: 10000, leadTimeDemandStdDev: sigmaL }),
    );
  });

  test("solves G(k) = Q(1 − FR)/σ", () => {
    const k = fillRateSafetyFactor({ fillRate: 0.99, orderQuantity: 200, leadTimeDemandStdDev: 50 });
    expect(standardNormalLoss(k)).toBeCloseTo((200 * 0.01) / 50, 14);
  });

  test("negative k when the order quantity alone meets the target: Q(1 − FR)/σ > G(0) ≈ 0.3989", () => {
    // Q = 1,000, σ = 100, FR = 0.95: the target allows 50 units short per cycle; with no safety
    // stock the shortage is only 100·G(0) = 39.9, so the reorder point can sit below the mean.
    expect((1000 * 0.05) / 100).toBeGreaterThan(LOSS_AT_ZERO);
    const k = fillRateSafetyFactor({ fillRate: 0.95, orderQuantity: 1000, leadTimeDemandStdDev: 100 });
    expect(k).toBeLessThan(0);
    expect(fillRate({ safetyStock: k * 100, leadTimeDemandStdDev: 100, orderQuantity: 1000 })).toBeCloseTo(0.95, 12);
  });

  test("rises with the fill rate and the deviation, falls with the order quantity", () => {
    const rate = fc.double({ min: 0.5, max: 0.9999, noNaN: true });
    const positive = fc.double({ min: 1, max: 1e4, noNaN: true });
    const factor = fc.double({ min: 1.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(rate, positive, positive, factor, (fr, q, sigma, f) => {
        const k = (input: { fillRate: number; orderQuantity: number; leadTimeDemandStdDev: number }) =>
          fillRateSafetyFactor(input);
        const base = k({ fillRate: fr, orderQuantity: q, leadTimeDemandStdDev: sigma });
        expect(k({ fillRate: 1 - (1 - fr) / f, orderQuantity: q, leadTimeDemandStdDev: sigma })).toBeGreaterThan(base);
        expect(k({ fillRate: fr, orderQuantity: q, leadTimeDemandStdDev: sigma * f })).toBeGreaterThan(base);
        expect(k({ fillRate: fr, orderQuantity: q * f, leadTimeDemandStdDev: sigma })).toBeLessThan(base);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    [
      { fillRate: 1, orderQuantity: 10, leadTimeDemandStdDev: 1 },
      "fillRate must be between 0 and 1, both excluded (got 1)",
    ],
    [
      { fillRate: 0, orderQuantity: 10, leadTimeDemandStdDev: 1 },
      "fillRate must be between 0 and 1, both excluded (got 0)",
    ],
    [{ fillRate: 98, orderQuantity: 10, leadTimeDemandStdDev: 1 }, "(got 98; for 98% enter 0.98 or 98%)"],
    [{ fillRate: 0.9, orderQuantity: 0, leadTimeDemandStdDev: 1 }, "orderQuantity must be greater than 0 (got 0)"],
    [
      { fillRate: 0.9, orderQuantity: 10, leadTimeDemandStdDev: 0 },
      "leadTimeDemandStdDev must be greater than 0 (got 0)",
    ],
    [
      { fillRate: 0.9999999999, orderQuantity: 1e-300, leadTimeDemandStdDev: 1e10 },
      "fillRate is too close to 1 for this orderQuantity and lead-time demand deviation: the safety factor would pass 37 standard deviations",
    ],
    [
      { fillRate: 0.5, orderQuantity: 1e308, leadTimeDemandStdDev: 1e-308 },
      "inputs are too large for a finite safety factor",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => fillRateSafetyFactor(input)).toThrow(InputError);
    expect(() => fillRateSafetyFactor(input)).toThrow(message);
  });
});
