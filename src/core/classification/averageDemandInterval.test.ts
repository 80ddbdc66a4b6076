import { InputError } from "../shared/inputError";
import { averageDemandInterval, INTERMITTENT_ADI } from "./averageDemandInterval";

describe("averageDemandInterval", () => {
  test("demand in every period gives 1, in every other period 2", () => {
    expect(averageDemandInterval([3, 1, 4, 1])).toBe(1);
    expect(averageDemandInterval([0, 5, 0, 7])).toBe(2);
  });

  test("12 months with demand in 9 of them: 12/9 = 1.33, just past the 1.32 cut-off (Syntetos, Boylan & Croston 2005)", () => {
    const demand = [4, 0, 6, 5, 0, 3, 8, 0, 2, 7, 5, 6];
    expect(averageDemandInterval(demand)).toBeCloseTo(12 / 9, 15);
    expect((averageDemandInterval(demand) as number) >= INTERMITTENT_ADI).toBe(true);
    expect(averageDemandInterval([4, 2, 6, 5, 0, 3, 8, 1, 2, 7, 5, 6]) as number).toBeLessThan(INTERMITTENT_ADI);
  });

  test("skips blank periods, as the XYZ models do", () => {
    expect(averageDemandInterval([null, null, 0, 5, 0, 5])).toBe(2);
    expect(averageDemandInterval([null, null])).toBeNull();
  });

  test("refuses a negative figure and a history without demand", () => {
    expect(() => averageDemandInterval([1, -2])).toThrow(InputError);
    expect(() => averageDemandInterval([1, -2])).toThrow(
      "demandHistory at item 2 must be a finite number, zero or more",
    );
    expect(() => averageDemandInterval([0, 0, 0])).toThrow("has no period with demand");
  });
});
