import { safetyStock } from "../../core/safetyStock/safetyStock";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { SAFETY_STOCK_RANGES, WEEKS_PER_YEAR, solveSafetyStock } from "./safetyStockProblems";
import { UNIT_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "safetyStock", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

describe("safety stock problems", () => {
  // Chopra & Meindl, Supply Chain Management (2016), Example 12-4: weekly σ 500, L = 2 weeks, CSL 90%: SS ≈ 906.
  it("Chopra & Meindl Example 12-4: σ 500 a week, L = 2 weeks, 90%: 906 units", () => {
    const { answer } = solveSafetyStock({ form: "weekly", serviceLevel: 0.9, demandStdDev: 500, leadTimeWeeks: 2 });
    expect(answer.exact).toBeCloseTo(906.2, 1);
    // z from a table: 1.28 or 1.29 for 1.2816.
    expect(answer.accepted).toEqual({
      from: Math.floor(1.28 * 500 * Math.SQRT2),
      to: Math.ceil(1.29 * 500 * Math.SQRT2),
    });
  });

  it("the same example per year (σ 500 × √52): the same 906; σ_year × √2 is the annual σ with the weekly lead time", () => {
    const annual = 500 * Math.sqrt(WEEKS_PER_YEAR);
    const { answer, mistakes } = solveSafetyStock({
      form: "annual",
      serviceLevel: 0.9,
      demandStdDev: annual,
      leadTimeWeeks: 2,
    });
    expect(answer.exact).toBeCloseTo(906.2, 1);
    expect(mistakes[0]?.message).toBe(MISTAKES.annualSigmaWeeklyLeadTime);
    expect(mistakes[0]?.value).toBeCloseTo(906.2 * Math.sqrt(WEEKS_PER_YEAR), 0);
  });

  it("95% one-sided is z = 1.645; 1.96 names the two-sided mistake", () => {
    const { answer, mistakes } = solveSafetyStock({
      form: "weekly",
      serviceLevel: 0.95,
      demandStdDev: 100,
      leadTimeWeeks: 4,
    });
    expect(answer.exact).toBeCloseTo(328.97, 2);
    expect(answer.accepted).toEqual({ from: 328, to: 330 });
    expect(mistakes).toEqual([{ message: MISTAKES.twoSidedZ, value: 392, accepted: { from: 392, to: 392 } }]);
  });

  it("a new lead time scales the safety stock by √(new L / old L), as the core's safety stock at the new lead time", () => {
    const before = safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 2 }).safetyStock;
    const after = safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 8 }).safetyStock;
    const { answer, mistakes } = solveSafetyStock({
      form: "leadTimeChange",
      safetyStock: before,
      oldLeadTime: 2,
      newLeadTime: 8,
    });
    expect(answer.exact).toBeCloseTo(after, 9);
    expect(mistakes[0]).toMatchObject({
      message: MISTAKES.rootOfNewLeadTime,
      value: expect.closeTo(before * Math.sqrt(8), 9),
    });
  });

  it("draws σ, lead times and service levels in range, rounded as printed, 95% only where 1.96 is the trap", () => {
    const r = SAFETY_STOCK_RANGES;
    for (const p of problems) {
      if (p.variant === "leadTimeChange") {
        expect(num(p, "SS")).toBeGreaterThanOrEqual(r.currentSafetyStock.min);
        expect(num(p, "SS")).toBeLessThanOrEqual(r.currentSafetyStock.max);
        expect(isRoundedTo(num(p, "SS"), UNIT_STEPS)).toBe(true);
        expect(num(p, "Lold")).toBeGreaterThanOrEqual(r.oldLeadTimeWeeks.min);
        expect(num(p, "Lnew")).not.toBe(num(p, "Lold"));
        expect(Number.isInteger(num(p, "Lold")) && Number.isInteger(num(p, "Lnew"))).toBe(true);
        continue;
      }
      const range = p.variant === "annual" ? r.annualStdDev : r.weeklyStdDev;
      expect(num(p, "sigma")).toBeGreaterThanOrEqual(range.min);
      expect(num(p, "sigma")).toBeLessThanOrEqual(range.max);
      expect(isRoundedTo(num(p, "sigma"), UNIT_STEPS)).toBe(true);
      expect(Number.isInteger(num(p, "L"))).toBe(true);
      expect(num(p, "CSL") === 0.95).toBe(p.variant === "weekly");
    }
  });

  it("keys each problem with the core's safety stock of its givens", () => {
    for (const p of problems) {
      if (p.variant === "leadTimeChange") {
        expect(p.answer.exact).toBeCloseTo(num(p, "SS") * Math.sqrt(num(p, "Lnew") / num(p, "Lold")), 9);
        continue;
      }
      const ss = safetyStock({
        serviceLevel: num(p, "CSL"),
        demandStdDev: num(p, "sigma"),
        leadTime: num(p, "L"),
        forecastInterval: p.variant === "annual" ? num(p, "weeks") : 1,
      });
      expect(p.answer.exact).toBe(ss.safetyStock);
    }
  });
});
