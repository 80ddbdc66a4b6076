import { reorderPoint } from "../../core/safetyStock/reorderPoint";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { standardNormalCdf } from "../../core/shared/normal";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { REORDER_POINT_RANGES, solveReorderPoint } from "./reorderPointProblems";
import { WEEKS_PER_YEAR } from "./safetyStockProblems";
import { DEMAND_STEPS, UNIT_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "reorderPoint", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

describe("reorder point problems", () => {
  // Chopra & Meindl (2016), Examples 12-1 and 12-2: weekly demand 2,500 (σ 500), L = 2 weeks, ROP 6,000 with SS 1,000,
  // a cycle service level of Φ(1,000 / 707.1) = 92.1%.
  it("Chopra & Meindl Examples 12-1/12-2: d = 2,500 a week, σ 500, L = 2, CSL Φ(1000/707.1): ROP 6,000", () => {
    const serviceLevel = standardNormalCdf(1000 / (500 * Math.SQRT2));
    const { answer } = solveReorderPoint({
      form: "weekly",
      demand: 2500,
      demandStdDev: 500,
      leadTimeWeeks: 2,
      serviceLevel,
    });
    expect(answer.exact).toBeCloseTo(6000, 6);
    expect(answer.printed).toBe(6000);
  });

  it("rounds the key up, accepts z from a two-decimal table, and names z = 1.96 at 95%", () => {
    // d = 100 a week, σ 20, L = 4: ROP = 400 + 1.6449 × 40 = 465.79.
    const { answer, mistakes } = solveReorderPoint({
      form: "weekly",
      demand: 100,
      demandStdDev: 20,
      leadTimeWeeks: 4,
      serviceLevel: 0.95,
    });
    expect(answer.exact).toBeCloseTo(465.794, 3);
    expect(answer.printed).toBe(466);
    expect(answer.accepted).toEqual({ from: 465, to: 466 });
    expect(mistakes).toEqual([{ message: MISTAKES.twoSidedZ, value: 478.4, accepted: { from: 478, to: 479 } }]);
  });

  it("per year: d = D / 52 and σ_L = σ_year × √(L / 52); σ_year × √L is the named mistake", () => {
    const annual = solveReorderPoint({
      form: "annual",
      demand: 5200,
      demandStdDev: 20 * Math.sqrt(52),
      leadTimeWeeks: 4,
      serviceLevel: 0.95,
    });
    expect(annual.answer.exact).toBeCloseTo(465.794, 3);
    expect(annual.mistakes[0]?.message).toBe(MISTAKES.annualSigmaWeeklyLeadTime);
    expect(annual.mistakes[0]?.value).toBeCloseTo(400 + 1.6449 * 40 * Math.sqrt(52), 0);
  });

  it("draws demand, σ and lead times in range, rounded as printed, 95% only in the weekly form", () => {
    const r = REORDER_POINT_RANGES;
    for (const p of problems) {
      const annual = p.variant === "annual";
      const range = annual ? r.annualDemand : r.weeklyDemand;
      expect(num(p, "d")).toBeGreaterThanOrEqual(range.min);
      expect(num(p, "d")).toBeLessThanOrEqual(range.max);
      expect(isRoundedTo(num(p, "d"), annual ? DEMAND_STEPS : UNIT_STEPS)).toBe(true);
      expect(isRoundedTo(num(p, "sigma"), UNIT_STEPS)).toBe(true);
      expect(num(p, "L")).toBeGreaterThanOrEqual(r.leadTimeWeeks.min);
      expect(num(p, "L")).toBeLessThanOrEqual(r.leadTimeWeeks.max);
      expect(num(p, "CSL") === 0.95).toBe(!annual);
    }
  });

  it("keys each problem with the core's reorder point of its givens", () => {
    for (const p of problems) {
      const weeks = p.variant === "annual" ? WEEKS_PER_YEAR : 1;
      const ss = safetyStock({
        serviceLevel: num(p, "CSL"),
        demandStdDev: num(p, "sigma"),
        leadTime: num(p, "L"),
        forecastInterval: weeks,
      });
      const rop = reorderPoint({
        averageDemand: num(p, "d") / weeks,
        leadTime: num(p, "L"),
        safetyStock: ss.safetyStock,
      });
      expect(p.answer.exact).toBe(rop);
    }
  });
});
