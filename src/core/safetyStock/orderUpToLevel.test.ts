import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { orderUpToLevel } from "./orderUpToLevel";

describe("orderUpToLevel", () => {
  test("Snyder & Shen Example 4.4: N(50, 8²) per period, h = 0.18, p = 0.70, L = 4 gives base-stock level S* = 264.7669", () => {
    // Base stock (R = 1) at the newsvendor fractile p/(p + h) over the L + 1 = 5 periods of protection.
    const result = orderUpToLevel({
      averageDemand: 50,
      reviewPeriod: 1,
      leadTime: 4,
      serviceLevel: 0.7 / (0.7 + 0.18),
      demandStdDev: 8,
    });
    expect(result.level).toBeCloseTo(264.7668943741548, 10);
  });

  test("Snyder & Shen Example 4.4, the steps: R + L = 5 periods, mean demand 250 over them, z = (264.7669 − 250) / (8√5) = 0.8255", () => {
    const result = orderUpToLevel({
      averageDemand: 50,
      reviewPeriod: 1,
      leadTime: 4,
      serviceLevel: 0.7 / 0.88,
      demandStdDev: 8,
    });
    expect(result.protectionInterval).toBe(5);
    expect(result.protectionDemand).toBe(250);
    expect(result.safetyFactor).toBeCloseTo((264.7669 - 250) / (8 * Math.sqrt(5)), 5);
    expect(result.safetyStock).toBeCloseTo(result.safetyFactor * 8 * Math.sqrt(5), 12);
    expect(result.level).toBe(result.protectionDemand + result.safetyStock);
  });

  test("d(R + L) + z·σd·√(R + L)", () => {
    const result = orderUpToLevel({
      averageDemand: 100,
      reviewPeriod: 4,
      leadTime: 5,
      serviceLevel: 0.95,
      demandStdDev: 20,
    });
    expect(result.safetyStock).toBeCloseTo(1.6448536269514724 * 20 * 3, 12);
    expect(result.level).toBeCloseTo(900 + 1.6448536269514724 * 60, 12);
  });

  test("rises with each of demand, review period, lead time, service level and demand std", () => {
    const positive = fc.double({ min: 0.1, max: 1e4, noNaN: true });
    const factor = fc.double({ min: 1.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        positive,
        factor,
        (d, r, l, p, sd, f) => {
          const input = { averageDemand: d, reviewPeriod: r, leadTime: l, serviceLevel: p, demandStdDev: sd };
          const base = orderUpToLevel(input).level;
          expect(orderUpToLevel({ ...input, averageDemand: d * f }).level).toBeGreaterThan(base);
          expect(orderUpToLevel({ ...input, reviewPeriod: r * f }).level).toBeGreaterThan(base);
          expect(orderUpToLevel({ ...input, leadTime: l * f }).level).toBeGreaterThan(base);
          expect(orderUpToLevel({ ...input, serviceLevel: 1 - (1 - p) / f }).level).toBeGreaterThanOrEqual(base);
          expect(orderUpToLevel({ ...input, demandStdDev: sd * f }).level).toBeGreaterThanOrEqual(base);
        },
      ),
      { numRuns: 300 },
    );
  });

  const valid = { averageDemand: 10, reviewPeriod: 1, leadTime: 2, serviceLevel: 0.9, demandStdDev: 3 };
  test.each([
    [{ ...valid, averageDemand: -1 }, "averageDemand must be zero or more (got -1)"],
    [{ ...valid, reviewPeriod: 0 }, "reviewPeriod must be greater than 0 (got 0)"],
    [{ ...valid, leadTime: -1 }, "leadTime must be zero or more (got -1)"],
    [{ ...valid, serviceLevel: 1 }, "serviceLevel must be between 0 and 1, both excluded (got 1)"],
    [{ ...valid, demandStdDev: -3 }, "demandStdDev must be zero or more (got -3)"],
    [{ ...valid, reviewPeriod: 1e308, leadTime: 1e308 }, "inputs are too large for a finite protection interval"],
    [{ ...valid, averageDemand: 1e308, reviewPeriod: 10 }, "inputs are too large for a finite order-up-to level"],
  ])("rejects %o", (input, message) => {
    expect(() => orderUpToLevel(input)).toThrow(InputError);
    expect(() => orderUpToLevel(input)).toThrow(message);
  });
});

describe("orderUpToLevel with lead-time variability and a forecast interval", () => {
  test("Chopra & Meindl Example 12-6 (Dell): d = 2,500, σd = 500, σL = 7 over R + L = 1 + 6 = 7 periods gives σ = 17,549.9", () => {
    const result = orderUpToLevel({
      averageDemand: 2500,
      reviewPeriod: 1,
      leadTime: 6,
      serviceLevel: 0.9,
      demandStdDev: 500,
      leadTimeStdDev: 7,
    });
    expect(result.protectionDemandStdDev).toBeCloseTo(17549.93, 1); // the book: σ_L = 17,550
    expect(result.demandTerm).toBeCloseTo(500 * Math.sqrt(7), 10);
    expect(result.leadTimeTerm).toBe(17500);
    expect(result.level).toBeCloseTo(2500 * 7 + 1.2815515655446004 * 17549.93, 0);
  });

  test("a σd measured over F = 4 periods scales as √((R + L)/F), as SAFETYSTOCK's does", () => {
    const weekly = orderUpToLevel({
      averageDemand: 50,
      reviewPeriod: 2,
      leadTime: 2,
      serviceLevel: 0.95,
      demandStdDev: 16,
      forecastInterval: 4,
    });
    const perPeriod = orderUpToLevel({
      averageDemand: 50,
      reviewPeriod: 2,
      leadTime: 2,
      serviceLevel: 0.95,
      demandStdDev: 8,
    });
    // 16 per 4 periods over R + L = 4 periods is √(4/4)·16 = 16, as 8 per period over 4 periods is 8·√4.
    expect(weekly.level).toBeCloseTo(perPeriod.level, 10);
    expect(weekly.protectionDemandStdDev).toBeCloseTo(16, 12);
  });

  test("lead-time variability only adds safety stock; a fixed lead time and F = 1 are the defaults", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (averageDemand, leadTimeStdDev) => {
          const base = { averageDemand, reviewPeriod: 1, leadTime: 3, serviceLevel: 0.9, demandStdDev: 10 };
          const varied = orderUpToLevel({ ...base, leadTimeStdDev });
          expect(varied.level).toBeGreaterThanOrEqual(orderUpToLevel(base).level - 1e-9);
          expect(orderUpToLevel({ ...base, leadTimeStdDev: 0, forecastInterval: 1 }).level).toBe(
            orderUpToLevel(base).level,
          );
        },
      ),
    );
  });

  test("a negative lead_time_std or a forecast interval of 0 are input errors", () => {
    const base = { averageDemand: 50, reviewPeriod: 1, leadTime: 3, serviceLevel: 0.9, demandStdDev: 10 };
    expect(() => orderUpToLevel({ ...base, leadTimeStdDev: -1 })).toThrow(InputError);
    expect(() => orderUpToLevel({ ...base, forecastInterval: 0 })).toThrow(InputError);
  });
});
