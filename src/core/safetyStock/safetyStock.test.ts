import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { cycleServiceLevel } from "./cycleServiceLevel";
import { safetyStock } from "./safetyStock";

const Z90 = 1.2815515655446004; // Excel NORM.S.INV(0.9)

describe("safetyStock", () => {
  test("Chopra & Meindl Example 12-4: weekly σ = 500, L = 2 weeks, CSL 90% gives ss ≈ 906", () => {
    const result = safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 2 });
    expect(result.leadTimeDemandStdDev).toBeCloseTo(707.107, 3); // the book: σL = √2 × 500 = 707
    expect(result.safetyStock).toBeCloseTo(906.2, 1); // the book: NORMSINV(0.9) × 707 = 906
  });

  test("Chopra & Meindl Example 12-6 (Dell): daily demand 2,500 ± 500, L = 7 days, σL = 7 days, CSL 90%", () => {
    const result = safetyStock({
      serviceLevel: 0.9,
      demandStdDev: 500,
      leadTime: 7,
      averageDemand: 2500,
      leadTimeStdDev: 7,
    });
    expect(result.leadTimeDemandStdDev).toBeCloseTo(17549.93, 2); // the book: 17,550
    expect(result.safetyStock).toBeCloseTo(22491.1, 1); // the book: 22,491
    // The steps: z = 1.2816; the terms under the root, √7 × 500 = 1,322.9 and 2,500 × 7 = 17,500.
    expect(result.safetyFactor).toBeCloseTo(Z90, 12);
    expect(result.demandTerm).toBeCloseTo(500 * Math.sqrt(7), 9);
    expect(result.leadTimeTerm).toBe(17500);
  });

  test("Chopra & Meindl Example 12-6, σL = 6 days: ss = 19,298 (the book's table of σL from 6 down to 0)", () => {
    const input = { serviceLevel: 0.9, demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 6 };
    expect(Math.round(safetyStock(input).safetyStock)).toBe(19298);
  });

  test("Heizer & Render, Ch. 12 (surgery packs): constant demand 60/week, σ of lead time 2 weeks, 90%: ss = z·d·σL", () => {
    const result = safetyStock({
      serviceLevel: 0.9,
      demandStdDev: 0,
      leadTime: 6,
      averageDemand: 60,
      leadTimeStdDev: 2,
    });
    // The book rounds z to 1.28 and gets 153.6 (ROP = 360 + 153.6 = 513.6); the exact z gives 153.79.
    expect(result.safetyStock).toBeCloseTo(Z90 * 60 * 2, 9);
    expect(result.safetyStock).toBeCloseTo(153.786, 3);
  });

  test("a forecast interval scales σd by √(L/F) (CPIM): σ per 4-week interval, L = 1 week", () => {
    const monthly = safetyStock({ serviceLevel: 0.95, demandStdDev: 200, leadTime: 1, forecastInterval: 4 });
    const weekly = safetyStock({ serviceLevel: 0.95, demandStdDev: 100, leadTime: 1 });
    expect(monthly.safetyStock).toBeCloseTo(weekly.safetyStock, 9); // 200·√(1/4) = 100
  });

  test("below 50% service the buffer is negative, as the formula says", () => {
    expect(safetyStock({ serviceLevel: 0.3, demandStdDev: 10, leadTime: 1 }).safetyStock).toBeLessThan(0);
    expect(safetyStock({ serviceLevel: 0.5, demandStdDev: 10, leadTime: 1 }).safetyStock).toBe(0);
  });

  test.each([
    [{ serviceLevel: 1, demandStdDev: 1, leadTime: 1 }, "serviceLevel must be between 0 and 1, both excluded (got 1)"],
    [{ serviceLevel: 0, demandStdDev: 1, leadTime: 1 }, "serviceLevel must be between 0 and 1, both excluded (got 0)"],
    [{ serviceLevel: 0.9, demandStdDev: -1, leadTime: 1 }, "demandStdDev must be zero or more (got -1)"],
    [{ serviceLevel: 0.9, demandStdDev: 1, leadTime: -2 }, "leadTime must be zero or more (got -2)"],
    [
      { serviceLevel: 0.9, demandStdDev: 1, leadTime: 1, forecastInterval: 0 },
      "forecastInterval must be greater than 0 (got 0)",
    ],
    [
      { serviceLevel: 0.9, demandStdDev: 1, leadTime: 1, leadTimeStdDev: 2 },
      "leadTimeStdDev needs averageDemand: lead-time variability is converted to units through the mean demand per period (got 2)",
    ],
    [
      { serviceLevel: 0.9, demandStdDev: 1, leadTime: 1, averageDemand: 1e308, leadTimeStdDev: 1e308 },
      "inputs are too large for a finite lead-time demand deviation",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => safetyStock(input)).toThrow(InputError);
    expect(() => safetyStock(input)).toThrow(message);
  });

  const level = fc.double({ min: 0.51, max: 0.9999, noNaN: true });
  const size = fc.double({ min: 0.01, max: 1e5, noNaN: true });
  const step = fc.double({ min: 1.01, max: 10, noNaN: true });

  test("never falls as service level, demand std, lead time or lead-time std rise", () => {
    fc.assert(
      fc.property(level, size, size, size, size, step, (p, sd, lt, d, slt, k) => {
        const input = { serviceLevel: p, demandStdDev: sd, leadTime: lt, averageDemand: d, leadTimeStdDev: slt };
        const base = safetyStock(input).safetyStock;
        const higherLevel = Math.min(p + (1 - p) / 2, 0.99999);
        expect(safetyStock({ ...input, serviceLevel: higherLevel }).safetyStock).toBeGreaterThan(base);
        expect(safetyStock({ ...input, demandStdDev: sd * k }).safetyStock).toBeGreaterThanOrEqual(base);
        expect(safetyStock({ ...input, leadTime: lt * k }).safetyStock).toBeGreaterThanOrEqual(base);
        expect(safetyStock({ ...input, leadTimeStdDev: slt * k }).safetyStock).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 500 },
    );
  });

  test("rises strictly with each source of variability when it is the only one", () => {
    fc.assert(
      fc.property(level, size, size, size, step, (p, sd, lt, d, k) => {
        const demandOnly = { serviceLevel: p, demandStdDev: sd, leadTime: lt };
        const base = safetyStock(demandOnly).safetyStock;
        expect(safetyStock({ ...demandOnly, demandStdDev: sd * k }).safetyStock).toBeGreaterThan(base);
        expect(safetyStock({ ...demandOnly, leadTime: lt * k }).safetyStock).toBeGreaterThan(base);
        const leadTimeOnly = { serviceLevel: p, demandStdDev: 0, leadTime: lt, averageDemand: d, leadTimeStdDev: sd };
        const baseLt = safetyStock(leadTimeOnly).safetyStock;
        expect(safetyStock({ ...leadTimeOnly, leadTimeStdDev: sd * k }).safetyStock).toBeGreaterThan(baseLt);
      }),
      { numRuns: 500 },
    );
  });

  test("keeps its API after the lead-time deviation moved to leadTimeDemandStdDev: the same fields, and the terms under the root", () => {
    expect(Object.keys(safetyStock({ serviceLevel: 0.95, demandStdDev: 10, leadTime: 4 })).sort()).toEqual([
      "demandTerm",
      "leadTimeDemandStdDev",
      "leadTimeTerm",
      "safetyFactor",
      "safetyStock",
    ]);
    expect(() => safetyStock({ serviceLevel: 0.9, demandStdDev: 1, leadTime: 1, leadTimeStdDev: 1 })).toThrow(
      "leadTimeStdDev needs averageDemand",
    );
    expect(() => safetyStock({ serviceLevel: 95, demandStdDev: 1, leadTime: 1 })).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
  });

  test("never falls as the service level rises, across (0, 1)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        size,
        (a, b, sd) => {
          fc.pre(a !== b);
          const [low, high] = a < b ? [a, b] : [b, a];
          const stock = (p: number) => safetyStock({ serviceLevel: p, demandStdDev: sd, leadTime: 1 }).safetyStock;
          expect(stock(high)).toBeGreaterThanOrEqual(stock(low));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("CYCLESERVICE(SAFETYSTOCK(p, …)) = p on 1,000 random inputs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        size,
        size,
        fc.option(fc.tuple(size, size), { nil: undefined }),
        fc.option(fc.double({ min: 0.1, max: 52, noNaN: true }), { nil: undefined }),
        (p, sd, lt, variable, interval) => {
          const result = safetyStock({
            serviceLevel: p,
            demandStdDev: sd,
            leadTime: lt,
            averageDemand: variable?.[0],
            leadTimeStdDev: variable?.[1],
            forecastInterval: interval,
          });
          const back = cycleServiceLevel({
            safetyStock: result.safetyStock,
            leadTimeDemandStdDev: result.leadTimeDemandStdDev,
          });
          expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-12 + 1e-12 * Math.abs(result.safetyFactor) * p);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
