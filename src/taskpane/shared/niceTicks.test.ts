import fc from "fast-check";
import { niceTicks } from "./niceTicks";

describe("niceTicks", () => {
  it("gives the issue's trade-off axis four ticks of 200,000 instead of 0.00 and 503,007", () => {
    expect(niceTicks(0, 503_007)).toEqual({
      min: 0,
      max: 600_000,
      step: 200_000,
      values: [0, 200_000, 400_000, 600_000],
      decimals: 0,
    });
  });

  it("gives the service levels 80% to 99.5% steps of 5%", () => {
    expect(niceTicks(0.8, 0.995).values).toEqual([0.8, 0.85, 0.9, 0.95, 1]);
    expect(niceTicks(0.8, 0.995).decimals).toBe(2);
  });

  it("gives shares from 0 to 1 steps of 20%", () => {
    expect(niceTicks(0, 1).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it("fills in with a step of 2.5 where 1-2-5 would leave three ticks", () => {
    // Step 2 takes 4 to 16 (seven ticks), step 5 only 5, 10, 15.
    expect(niceTicks(5.5, 14.5).values).toEqual([5, 7.5, 10, 12.5, 15]);
    expect(niceTicks(5.5, 14.5).decimals).toBe(1);
  });

  it("gives an axis from 0 to a single value, and from 0 to 1 for none", () => {
    expect(niceTicks(0, 0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(350, 350).values).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(Number.NaN, 3).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it("always covers the data in four to six ticks, each step 1, 2, 2.5 or 5 times a power of ten", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        (low, span) => {
          const high = low + span;
          // Ranges a chart draws: the span not lost in the size of the numbers.
          fc.pre(span >= Math.abs(low) * 1e-6);
          const ticks = niceTicks(low, high);
          expect(ticks.values.length).toBeGreaterThanOrEqual(4);
          expect(ticks.values.length).toBeLessThanOrEqual(6);
          expect(ticks.min).toBeLessThanOrEqual(low + span * 1e-9);
          expect(ticks.max).toBeGreaterThanOrEqual(high - span * 1e-9);
          const mantissa = ticks.step / 10 ** Math.floor(Math.log10(ticks.step) + 1e-9);
          expect([1, 2, 2.5, 5].some((nice) => Math.abs(mantissa - nice) < 1e-6)).toBe(true);
          const text = (value: number) => value.toFixed(ticks.decimals);
          for (const value of ticks.values) expect(Number(text(value))).toBeCloseTo(value, 9);
        },
      ),
    );
  });
});
