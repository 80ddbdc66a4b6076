import { InputError } from "../shared/inputError";
import { coefficientOfVariation, coefficientsOfVariation, demandVariation } from "./coefficientOfVariation";

describe("coefficientOfVariation", () => {
  test("is the sample standard deviation over the mean (=STDEV.S/AVERAGE): 10, 20, 30 gives 10 / 20 = 0.5", () => {
    expect(coefficientOfVariation([10, 20, 30])).toBeCloseTo(0.5, 15);
  });

  test("matches STDEV.S/AVERAGE on an irregular series", () => {
    const demand = [120, 80, 95, 0, 210, 60, 75, 130];
    const mean = demand.reduce((a, b) => a + b, 0) / demand.length;
    const s = Math.sqrt(demand.reduce((a, d) => a + (d - mean) ** 2, 0) / (demand.length - 1));
    expect(coefficientOfVariation(demand)).toBeCloseTo(s / mean, 14);
  });

  test("constant demand has CV 0", () => {
    expect(coefficientOfVariation([7, 7, 7, 7])).toBe(0);
  });

  test("blank periods are skipped, not read as zero demand", () => {
    expect(coefficientOfVariation([10, null, 20, null, 30])).toBeCloseTo(0.5, 15);
    expect(demandVariation([null, 4, null, 4])).toEqual({ kind: "cv", periods: 2, value: 0 });
  });

  test("a fully blank row is blank (null)", () => {
    expect(coefficientOfVariation([null, null])).toBeNull();
    expect(coefficientOfVariation([])).toBeNull();
  });

  test("does not depend on the scale of demand, even at the edges of floating point", () => {
    expect(coefficientOfVariation([1e308, 1.5e308, 1.7e308])).toBeCloseTo(
      coefficientOfVariation([1, 1.5, 1.7]) as number,
      12,
    );
    expect(coefficientOfVariation([5e-324, 1e-323])).toBeCloseTo(coefficientOfVariation([1, 2]) as number, 12);
  });

  test("is scale-free and finite for one spike in many periods (at most √n)", () => {
    const demand = [...new Array<number>(99).fill(0), 1e300];
    expect(coefficientOfVariation(demand)).toBeCloseTo(10, 12); // s/mean = √n for one spike among n periods
  });

  test.each([
    [
      [5],
      "demandHistory needs a figure in at least 2 periods for a standard deviation (items are rows, periods across) (got 1)",
    ],
    [[5, null], "demandHistory needs a figure in at least 2 periods"],
    [[5, -1], "demandHistory at item 2 must be a finite number, zero or more (got -1)"],
    [[5, Number.NaN], "demandHistory at item 2 must be a finite number, zero or more (got NaN)"],
    [
      [0, 0, 0],
      "demandHistory has zero demand in every period, so its coefficient of variation is undefined (the mean is 0; XYZ puts such an item in Z) (got 0)",
    ],
  ])("rejects %p", (demand, message) => {
    expect(() => coefficientOfVariation(demand)).toThrow(InputError);
    expect(() => coefficientOfVariation(demand)).toThrow(message);
  });

  test("a list gives one result per row; a bad row's error is its result, the others compute", () => {
    const results = coefficientsOfVariation([[10, 20, 30], [null, null], [4], [2, 2]]);
    expect(results[0]).toBeCloseTo(0.5, 15);
    expect(results[1]).toBeNull();
    expect(results[2]).toBeInstanceOf(InputError);
    expect((results[2] as InputError).value).toBe(1);
    expect(results[3]).toBe(0);
  });
});
