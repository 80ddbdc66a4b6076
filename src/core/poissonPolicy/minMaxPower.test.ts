import { minMaxPower } from "./minMaxPower";

describe("minMaxPower", () => {
  test.each([
    [
      "Example 4.8",
      { demandMean: 50, demandStd: 8, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 },
      40.19461695647407,
      74.29017010980579,
    ],
    [
      "Problem 4.32",
      { demandMean: 190, demandStd: 48, orderCost: 60, holdingCost: 2, backorderCost: 36 },
      226.6137928222839,
      324.3797868133974,
    ],
  ] as const)("Snyder & Shen %s", (_, given, min, max) => {
    const result = minMaxPower({ ...given, leadTime: 0 });
    expect(result.min).toBeCloseTo(min, 9);
    expect(result.max).toBeCloseTo(max, 9);
  });

  test("a lead time of L periods covers L + 1 periods of demand", () => {
    const base = { demandMean: 50, demandStd: 8, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 };
    const withLead = minMaxPower({ ...base, leadTime: 2 });
    const without = minMaxPower({ ...base, leadTime: 0 });
    expect(withLead.min - without.min).toBeGreaterThan(0.973 * 2 * 50 - 10);
    expect(withLead.min).toBeGreaterThan(without.min);
  });

  test("no variability: s = 0.973·λ(L + 1)", () => {
    const { min } = minMaxPower({
      demandMean: 50,
      demandStd: 0,
      leadTime: 1,
      orderCost: 2.5,
      holdingCost: 0.18,
      backorderCost: 0.7,
    });
    expect(min).toBeCloseTo(0.973 * 100, 9);
  });

  test("refuses a zero mean or order cost, a negative std, non-positive costs", () => {
    const base = { demandMean: 50, demandStd: 8, leadTime: 0, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 };
    expect(() => minMaxPower({ ...base, demandMean: 0 })).toThrow(/demandMean must be greater than 0/);
    expect(() => minMaxPower({ ...base, orderCost: 0 })).toThrow(/orderCost must be greater than 0/);
    expect(() => minMaxPower({ ...base, demandStd: -1 })).toThrow(/demandStd/);
    expect(() => minMaxPower({ ...base, leadTime: -1 })).toThrow(/leadTime/);
    expect(() => minMaxPower({ ...base, backorderCost: 0 })).toThrow(/backorderCost/);
  });
});
