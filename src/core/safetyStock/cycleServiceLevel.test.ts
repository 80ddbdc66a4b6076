import { InputError } from "../shared/inputError";
import { cycleServiceLevel, cycleServiceLevelWithFactor } from "./cycleServiceLevel";

describe("cycleServiceLevel", () => {
  test("Chopra & Meindl Example 12-2: ROP 6,000 against mean lead-time demand 5,000 and σ_L = 707 gives CSL = 0.92", () => {
    const level = cycleServiceLevel({ safetyStock: 6000 - 5000, leadTimeDemandStdDev: 500 * Math.SQRT2 });
    expect(level).toBeCloseTo(0.921350396474857, 12); // the book: 0.92
  });

  test("Chopra & Meindl Example 12-2, the step: z = 1,000 / 707 = 1.41; none without variability or beyond the doubles", () => {
    const steps = cycleServiceLevelWithFactor({ safetyStock: 1000, leadTimeDemandStdDev: 500 * Math.SQRT2 });
    expect(steps.safetyFactor).toBeCloseTo(Math.SQRT2, 12);
    expect(steps.level).toBe(cycleServiceLevel({ safetyStock: 1000, leadTimeDemandStdDev: 500 * Math.SQRT2 }));
    expect(cycleServiceLevelWithFactor({ safetyStock: 5, leadTimeDemandStdDev: 0 })).toEqual({
      level: 1,
      safetyFactor: undefined,
    });
    expect(cycleServiceLevelWithFactor({ safetyStock: 1e308, leadTimeDemandStdDev: 1e-308 })).toEqual({
      level: 1,
      safetyFactor: undefined,
    });
  });

  test("zero safety stock is 50%; negative safety stock is below 50%", () => {
    expect(cycleServiceLevel({ safetyStock: 0, leadTimeDemandStdDev: 10 })).toBe(0.5);
    expect(cycleServiceLevel({ safetyStock: -10, leadTimeDemandStdDev: 10 })).toBeCloseTo(0.158655253931457, 14);
  });

  test("no variability: 1 when SS ≥ 0, 0 when SS < 0", () => {
    expect(cycleServiceLevel({ safetyStock: 0, leadTimeDemandStdDev: 0 })).toBe(1);
    expect(cycleServiceLevel({ safetyStock: -1, leadTimeDemandStdDev: 0 })).toBe(0);
  });

  test("ratios beyond the doubles stay finite", () => {
    expect(cycleServiceLevel({ safetyStock: 1e308, leadTimeDemandStdDev: 1e-308 })).toBe(1);
    expect(cycleServiceLevel({ safetyStock: -1e308, leadTimeDemandStdDev: 1e-308 })).toBe(0);
  });

  test.each([
    [{ safetyStock: Number.POSITIVE_INFINITY, leadTimeDemandStdDev: 1 }, "safetyStock must be a finite number"],
    [{ safetyStock: 1, leadTimeDemandStdDev: -1 }, "leadTimeDemandStdDev must be zero or more (got -1)"],
  ])("rejects %o", (input, message) => {
    expect(() => cycleServiceLevel(input)).toThrow(InputError);
    expect(() => cycleServiceLevel(input)).toThrow(message);
  });
});
