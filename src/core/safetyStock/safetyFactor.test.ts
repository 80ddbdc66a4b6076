import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { safetyFactor } from "./safetyFactor";

describe("safetyFactor", () => {
  // Excel's NORM.S.INV to the 15 significant digits Excel shows.
  test.each([
    [1e-9, -5.99780701500769],
    [0.5, 0],
    [0.9, 1.2815515655446],
    [0.95, 1.64485362695147],
    [0.999999, 4.7534243088229],
  ])("SAFETYFACTOR(%p) matches Excel NORM.S.INV = %p to 1e-9", (level, excel) => {
    expect(Math.abs(safetyFactor({ serviceLevel: level }) - excel)).toBeLessThanOrEqual(1e-9);
  });

  test("Chopra & Meindl Example 12-4: CSL 90% gives z = NORMSINV(0.9) = 1.28", () => {
    expect(safetyFactor({ serviceLevel: 0.9 })).toBeCloseTo(1.28, 2);
  });

  test("a 50% level is 0, not −0", () => {
    expect(Object.is(safetyFactor({ serviceLevel: 0.5 }), 0)).toBe(true);
  });

  test("is odd about 0.5 and increasing", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        expect(safetyFactor({ serviceLevel: p }) + safetyFactor({ serviceLevel: 1 - p })).toBeCloseTo(0, 9);
        expect(safetyFactor({ serviceLevel: p })).toBeLessThanOrEqual(safetyFactor({ serviceLevel: 1 - p }));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [0, "serviceLevel must be between 0 and 1, both excluded (got 0)"],
    [1, "serviceLevel must be between 0 and 1, both excluded (got 1)"],
    [95, "(got 95; for 95% enter 0.95 or 95%)"],
  ])("a level of %p is an input error, never ±Infinity", (level, message) => {
    expect(() => safetyFactor({ serviceLevel: level })).toThrow(InputError);
    expect(() => safetyFactor({ serviceLevel: level })).toThrow(message);
  });
});
