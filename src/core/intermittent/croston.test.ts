import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { crostonRate, crostonRates } from "./croston";

/** Simple exponential smoothing of a series, started at its first value (R's ses(initial = "simple")). */
function smoothed(series: readonly number[], alpha: number): number {
  return series.slice(1).reduce((level, value) => level + alpha * (value - level), series[0] as number);
}

// P. Morgan, "Croston's method" (pmorgan.com.au tutorial): daily sales of a book over 14 days, decomposed there into
// the non-zero demands z = 2, 1, 5, 4, 3, 1, 1 and the intervals p = 1, 3, 2, 1, 3, 3, 1 (a sale on day 1 gives 1).
const MORGAN_SALES = [2, 0, 0, 1, 0, 5, 4, 0, 0, 3, 0, 0, 1, 1];
const MORGAN_SIZES = [2, 1, 5, 4, 3, 1, 1];
const MORGAN_INTERVALS = [1, 3, 2, 1, 3, 3, 1];

describe("Croston and SBA: P. Morgan's worked example (its z and p series), alpha 0.1", () => {
  test("Croston smooths the tutorial's sizes and intervals, started at the first of each (forecast::croston)", () => {
    const result = crostonRate({ demand: MORGAN_SALES, alpha: 0.1, method: "croston" });
    const size = smoothed(MORGAN_SIZES, 0.1);
    const interval = smoothed(MORGAN_INTERVALS, 0.1);
    expect(size).toBeCloseTo(2.174581, 6); // 2 → 1.9 → 2.21 → 2.389 → 2.4501 → 2.30509 → 2.174581
    expect(interval).toBeCloseTo(1.525708, 6); // 1 → 1.2 → 1.28 → 1.252 → 1.4268 → 1.58412 → 1.525708
    expect(result).toMatchObject({ method: "croston", alpha: 0.1, factor: 1, periods: 14, periodsWithDemand: 7 });
    expect(result?.size).toBeCloseTo(size, 14);
    expect(result?.interval).toBeCloseTo(interval, 14);
    expect(result?.rate).toBeCloseTo(size / interval, 14);
    expect(result?.rate).toBeCloseTo(1.425293, 6);
  });

  test("SBA (the default) is Croston's rate × (1 − α/2) = 0.95 × 1.425293", () => {
    const sba = crostonRate({ demand: MORGAN_SALES, alpha: 0.1 });
    expect(sba).toMatchObject({ method: "sba", factor: 0.95 });
    expect(sba?.rate).toBeCloseTo(0.95 * 1.425293, 6);
    expect(crostonRate({ demand: MORGAN_SALES })?.rate).toBe(sba?.rate); // α defaults to 0.1
  });
});

describe("TSB, hand-checked", () => {
  test("0, 3, 0, 0, 5, 0 with α = 0.2: d̂ 1/2 → 0.4 → 0.32 → 0.456 → 0.3648, ẑ 3 → 3.4; rate 0.3648 × 3.4 = 1.24032", () => {
    const result = crostonRate({ demand: [0, 3, 0, 0, 5, 0], alpha: 0.2, method: "tsb" });
    expect(result?.probability).toBeCloseTo(0.3648, 14);
    expect(result?.size).toBeCloseTo(3.4, 14);
    expect(result?.rate).toBeCloseTo(1.24032, 14);
    expect(result?.interval).toBeUndefined();
  });

  test("Croston on the same series: ẑ 3 → 3.4, p̂ 2 → 2.2; rate 3.4 / 2.2", () => {
    const result = crostonRate({ demand: [0, 3, 0, 0, 5, 0], alpha: 0.2, method: "croston" });
    expect(result?.rate).toBeCloseTo(3.4 / 2.2, 14);
    expect(result?.probability).toBeCloseTo(1 / 2.2, 14);
  });

  test("trailing periods without demand leave Croston and SBA as they were; TSB's rate decays by (1 − α) each", () => {
    const rate = (demand: number[], method: "croston" | "sba" | "tsb") =>
      crostonRate({ demand, alpha: 0.2, method })?.rate;
    const base = [0, 3, 0, 0, 5];
    for (const method of ["croston", "sba"] as const) expect(rate([...base, 0, 0, 0], method)).toBe(rate(base, method));
    expect(rate([...base, 0, 0], "tsb")).toBeCloseTo((rate(base, "tsb") as number) * 0.8 * 0.8, 14);
  });
});

describe("conventions", () => {
  test("blank periods are skipped: they neither count in an interval nor decay TSB", () => {
    for (const method of ["croston", "sba", "tsb"] as const) {
      const gapless = crostonRate({ demand: [0, 3, 0, 5, 0], alpha: 0.3, method });
      const withBlanks = crostonRate({ demand: [null, 0, 3, null, 0, null, 5, 0, null], alpha: 0.3, method });
      expect(withBlanks?.rate).toBe(gapless?.rate);
    }
  });

  test("demand in the first period starts the interval at 1; α = 1 keeps only the last size and interval", () => {
    expect(crostonRate({ demand: [4, 0, 6], alpha: 1, method: "croston" })).toMatchObject({
      size: 6,
      interval: 2,
      rate: 3,
    });
    expect(crostonRate({ demand: [4], method: "croston" })).toMatchObject({ size: 4, interval: 1, rate: 4 });
  });

  test('no demand in any period gives 0; a blank history gives null ("")', () => {
    for (const method of ["croston", "sba", "tsb"] as const) {
      expect(crostonRate({ demand: [0, 0, null, 0], method })?.rate).toBe(0);
    }
    expect(crostonRate({ demand: [null, null] })).toBeNull();
  });

  test("α must be greater than 0 and at most 1; a negative figure is the item's error", () => {
    expect(() => crostonRate({ demand: [1], alpha: 0 })).toThrow("alpha must be greater than 0 and at most 1 (got 0)");
    expect(() => crostonRate({ demand: [1], alpha: 1.5 })).toThrow(InputError);
    expect(() => crostonRates([[1]], { alpha: -1 })).toThrow(InputError);
    const rates = crostonRates(
      [
        [1, -1],
        [2, 0],
      ],
      { method: "croston" },
    );
    expect(rates[0]).toBeInstanceOf(InputError);
    expect(rates[1]).toBe(2);
  });

  test("no overflow near the largest double", () => {
    const rate = crostonRate({ demand: [1.7e308, 0, 1.7e308, 1e308], alpha: 0.5, method: "tsb" })?.rate;
    expect(Number.isFinite(rate)).toBe(true);
  });
});

describe("properties", () => {
  const demand = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 30 });
  const alpha = fc.double({ min: 0.01, max: 1, noNaN: true });

  test("SBA is Croston × (1 − α/2); every rate lies between 0 and the largest demand", () => {
    fc.assert(
      fc.property(demand, alpha, (row, a) => {
        const croston = crostonRate({ demand: row, alpha: a, method: "croston" })?.rate as number;
        const sba = crostonRate({ demand: row, alpha: a, method: "sba" })?.rate as number;
        const tsb = crostonRate({ demand: row, alpha: a, method: "tsb" })?.rate as number;
        const largest = Math.max(...row);
        return (
          Math.abs(sba - (1 - a / 2) * croston) <= 1e-12 * Math.max(1, croston) &&
          [croston, sba, tsb].every((r) => r >= 0 && r <= largest * (1 + 1e-12))
        );
      }),
    );
  });

  test("scaling every figure scales every rate", () => {
    fc.assert(
      fc.property(demand, alpha, fc.integer({ min: 2, max: 100 }), (row, a, k) =>
        (["croston", "sba", "tsb"] as const).every((method) => {
          const rate = crostonRate({ demand: row, alpha: a, method })?.rate as number;
          const scaled = crostonRate({ demand: row.map((v) => v * k), alpha: a, method })?.rate as number;
          return Math.abs(scaled - k * rate) <= 1e-9 * Math.max(1, k * rate);
        }),
      ),
    );
  });
});
