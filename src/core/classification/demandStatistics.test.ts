import { InputError } from "../shared/inputError";
import { coefficientOfVariation } from "./coefficientOfVariation";
import { demandStatistics } from "./demandStatistics";

describe("demandStatistics", () => {
  test("mean and sample standard deviation, as AVERAGE and STDEV.S: 10, 20, 30 gives 20 and 10", () => {
    const stats = demandStatistics([10, 20, 30]);
    expect(stats?.periods).toBe(3);
    expect(stats?.mean).toBeCloseTo(20, 13);
    expect(stats?.standardDeviation).toBeCloseTo(10, 13);
  });

  test("matches AVERAGE and STDEV.S on a monthly series (98.75 and 62.8348…)", () => {
    const stats = demandStatistics([120, 80, 95, 0, 210, 60, 75, 150]);
    expect(stats?.mean).toBeCloseTo(98.75, 12);
    // =STDEV.S(120,80,95,0,210,60,75,150); Python statistics.stdev gives the same 62.83481746384154
    expect(stats?.standardDeviation).toBeCloseTo(62.83481746384154, 10);
  });

  test("agrees with the coefficient of variation: s / x̄", () => {
    const demand = [4, 9, 0, 12, 7, 3];
    const stats = demandStatistics(demand);
    expect((stats?.standardDeviation as number) / (stats?.mean as number)).toBeCloseTo(
      coefficientOfVariation(demand) as number,
      13,
    );
  });

  test("skips blank periods; a fully blank row is null; all zero is 0 and 0", () => {
    expect(demandStatistics([null, 10, null, 20, 30])).toMatchObject({ periods: 3 });
    expect(demandStatistics([null, null])).toBeNull();
    expect(demandStatistics([0, 0, 0])).toEqual({ periods: 3, mean: 0, standardDeviation: 0 });
  });

  test("refuses negative figures and a single period", () => {
    expect(() => demandStatistics([5, -1])).toThrow(InputError);
    expect(() => demandStatistics([5, null])).toThrow("needs a figure in at least 2 periods");
  });

  test("stays finite near the top of the double range", () => {
    const stats = demandStatistics([1e308, 1.5e308]);
    expect(stats?.mean).toBeCloseTo(1.25e308, -300);
    expect(Number.isFinite(stats?.standardDeviation)).toBe(true);
  });
});
