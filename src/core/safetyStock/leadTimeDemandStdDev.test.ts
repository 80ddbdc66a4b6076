import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { leadTimeDemandDeviation, leadTimeDemandStdDev } from "./leadTimeDemandStdDev";

describe("leadTimeDemandStdDev", () => {
  test("Chopra & Meindl Example 12-4: weekly σ 500 over L = 2 weeks gives σ_L = 707", () => {
    expect(leadTimeDemandStdDev({ demandStdDev: 500, leadTime: 2 })).toBeCloseTo(707.1068, 4); // the book: 707
  });

  test("Chopra & Meindl Example 12-6 (Dell): 2,500 ± 500 per day, L = 7 ± 7 days gives σ_L = 17,550", () => {
    const sigma = leadTimeDemandStdDev({ demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 });
    expect(sigma).toBeCloseTo(Math.sqrt(7 * 500 ** 2 + 2500 ** 2 * 7 ** 2), 8);
    expect(sigma).toBeCloseTo(17549.93, 2); // the book rounds to 17,550
  });

  test("Chopra & Meindl Example 12-6 (Dell): the terms under the root are 7 × 500² (demand) and 2,500² × 7² (lead time)", () => {
    const input = { demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 };
    const { deviation, demandTerm, leadTimeTerm } = leadTimeDemandDeviation(input);
    expect(demandTerm ** 2).toBeCloseTo(7 * 500 ** 2, 6); // 1,750,000
    expect(leadTimeTerm ** 2).toBe(2500 ** 2 * 7 ** 2); // 306,250,000
    expect(deviation).toBe(leadTimeDemandStdDev(input));
    expect(Math.hypot(demandTerm, leadTimeTerm)).toBe(deviation);
  });

  test("the CPIM forecast-interval rule: a monthly σ over a 2-week lead time scales by sqrt(L/F)", () => {
    // σ measured over F = 4 weeks, L = 2 weeks: σ_LT = σ·sqrt(2/4)
    expect(leadTimeDemandStdDev({ demandStdDev: 100, leadTime: 2, forecastInterval: 4 })).toBeCloseTo(
      100 * Math.sqrt(0.5),
      12,
    );
  });

  test("special cases: σL = 0 gives σd·√L; σd = 0 gives d·σL; L = 0 and σL = 0 give 0", () => {
    expect(leadTimeDemandStdDev({ demandStdDev: 30, leadTime: 9 })).toBeCloseTo(90, 12);
    expect(leadTimeDemandStdDev({ demandStdDev: 0, leadTime: 5, averageDemand: 40, leadTimeStdDev: 2 })).toBe(80);
    expect(leadTimeDemandStdDev({ demandStdDev: 30, leadTime: 0 })).toBe(0);
  });

  test("never falls as an input rises (nor rises with the forecast interval); strictly when that term counts", () => {
    const positive = fc.double({ min: 0.01, max: 1e5, noNaN: true });
    const factor = fc.double({ min: 1.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, positive, factor, (sd, lt, d, ltsd, f, k) => {
        const input = { demandStdDev: sd, leadTime: lt, averageDemand: d, leadTimeStdDev: ltsd, forecastInterval: f };
        const base = leadTimeDemandStdDev(input);
        // One term can dwarf the other so far that a change in it is below a double's resolution.
        expect(leadTimeDemandStdDev({ ...input, demandStdDev: sd * k })).toBeGreaterThanOrEqual(base);
        expect(leadTimeDemandStdDev({ ...input, leadTime: lt * k })).toBeGreaterThanOrEqual(base);
        expect(leadTimeDemandStdDev({ ...input, averageDemand: d * k })).toBeGreaterThanOrEqual(base);
        expect(leadTimeDemandStdDev({ ...input, leadTimeStdDev: ltsd * k })).toBeGreaterThanOrEqual(base);
        expect(leadTimeDemandStdDev({ ...input, forecastInterval: f * k })).toBeLessThanOrEqual(base);
        const demandOnly = { demandStdDev: sd, leadTime: lt, forecastInterval: f };
        expect(leadTimeDemandStdDev({ ...demandOnly, demandStdDev: sd * k })).toBeGreaterThan(
          leadTimeDemandStdDev(demandOnly),
        );
        expect(leadTimeDemandStdDev({ ...demandOnly, leadTime: lt * k })).toBeGreaterThan(
          leadTimeDemandStdDev(demandOnly),
        );
        const leadTimeOnly = { demandStdDev: 0, leadTime: lt, averageDemand: d, leadTimeStdDev: ltsd };
        expect(leadTimeDemandStdDev({ ...leadTimeOnly, leadTimeStdDev: ltsd * k })).toBeGreaterThan(
          leadTimeDemandStdDev(leadTimeOnly),
        );
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [{ demandStdDev: -1, leadTime: 1 }, "demandStdDev must be zero or more (got -1)"],
    [{ demandStdDev: 1, leadTime: -2 }, "leadTime must be zero or more (got -2)"],
    [{ demandStdDev: 1, leadTime: 1, averageDemand: -3 }, "averageDemand must be zero or more (got -3)"],
    [{ demandStdDev: 1, leadTime: 1, averageDemand: 3, leadTimeStdDev: -1 }, "leadTimeStdDev must be zero or more"],
    [{ demandStdDev: 1, leadTime: 1, forecastInterval: 0 }, "forecastInterval must be greater than 0 (got 0)"],
    [{ demandStdDev: 1, leadTime: 1, leadTimeStdDev: 2 }, "leadTimeStdDev needs averageDemand"],
    [{ demandStdDev: 1e308, leadTime: 1e308 }, "inputs are too large for a finite lead-time demand deviation"],
  ])("rejects %o", (input, message) => {
    expect(() => leadTimeDemandStdDev(input)).toThrow(InputError);
    expect(() => leadTimeDemandStdDev(input)).toThrow(message);
  });

  test("large but representable inputs stay finite", () => {
    expect(
      leadTimeDemandStdDev({ demandStdDev: 1e200, leadTime: 1, averageDemand: 1e200, leadTimeStdDev: 1 }),
    ).toBeCloseTo(Math.SQRT2 * 1e200, -186);
  });
});
