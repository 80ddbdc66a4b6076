import { InputError } from "../shared/inputError";
import { reorderPoint, reorderPointWithDemand } from "./reorderPoint";

describe("reorderPoint", () => {
  test("Chopra & Meindl Example 12-1: weekly demand 2,500, L = 2 weeks, ss = 1,000 gives ROP = 6,000", () => {
    expect(reorderPoint({ averageDemand: 2500, leadTime: 2, safetyStock: 1000 })).toBe(6000);
  });

  test("Chopra & Meindl Example 12-1, the step: mean lead-time demand 2,500 × 2 = 5,000", () => {
    expect(reorderPointWithDemand({ averageDemand: 2500, leadTime: 2, safetyStock: 1000 })).toEqual({
      reorderPoint: 6000,
      leadTimeDemand: 5000,
    });
  });

  test("Chopra & Meindl Example 12-4: ss = 906 on 5,000 of lead-time demand gives ROP = 5,906", () => {
    expect(reorderPoint({ averageDemand: 2500, leadTime: 2, safetyStock: 906 })).toBe(5906);
  });

  test("negative safety stock lowers the reorder point below mean lead-time demand", () => {
    expect(reorderPoint({ averageDemand: 10, leadTime: 3, safetyStock: -5 })).toBe(25);
  });

  test.each([
    [{ averageDemand: -1, leadTime: 1, safetyStock: 0 }, "averageDemand must be zero or more (got -1)"],
    [{ averageDemand: 1, leadTime: -1, safetyStock: 0 }, "leadTime must be zero or more (got -1)"],
    [{ averageDemand: 1, leadTime: 1, safetyStock: Number.NaN }, "safetyStock must be a finite number"],
    [{ averageDemand: 1e308, leadTime: 1e308, safetyStock: 0 }, "inputs are too large for a finite reorder point"],
  ])("rejects %o", (input, message) => {
    expect(() => reorderPoint(input)).toThrow(InputError);
    expect(() => reorderPoint(input)).toThrow(message);
  });
});
