import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { EOQ_RANGES, solveEoq } from "./eoqProblems";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { DEMAND_STEPS, ORDER_COST_STEPS, PERCENT_STEPS, PRICE_STEPS, UNIT_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "eoq", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

describe("EOQ problems", () => {
  it("Chopra & Meindl Example 11-1 (Best Buy): D = 12,000 a year, S = $4,000, i = 20%, C = $500: EOQ 980", () => {
    const annual = solveEoq({ demand: 12_000, perMonth: false, orderCost: 4_000, carryingRate: 0.2, unitPrice: 500 });
    expect(annual.answer.exact).toBeCloseTo(979.8, 2);
    expect(annual.answer.printed).toBe(980);
    expect(annual.answer.accepted).toEqual({ from: 979, to: 980 });
    // The carrying rate taken as H: √(2 × 12,000 × 4,000 / 0.2).
    expect(annual.mistakes).toEqual([
      {
        message: MISTAKES.rateAsHoldingCost,
        value: expect.closeTo(21_908.9, 1),
        accepted: { from: 21_908, to: 21_909 },
      },
    ]);
  });

  it("the same example with demand of 1,000 a month: the same EOQ; 283 is the EOQ of the monthly figure", () => {
    const monthly = solveEoq({ demand: 1_000, perMonth: true, orderCost: 4_000, carryingRate: 0.2, unitPrice: 500 });
    expect(monthly.answer.exact).toBeCloseTo(979.8, 2);
    expect(monthly.mistakes[0]?.message).toBe(MISTAKES.monthlyDemandAnnualHolding);
    expect(monthly.mistakes[0]?.value).toBeCloseTo(282.84, 2);
  });

  it("draws annual demand of 800 to 75,000 (or a twelfth of it a month), order costs of $5 to $400, 10% to 35%, $2 to $140, rounded as printed", () => {
    for (const p of problems) {
      const perMonth = p.variant === "monthly";
      const annual = num(p, "D") * (perMonth ? 12 : 1);
      expect(annual).toBeGreaterThanOrEqual(EOQ_RANGES.annualDemand.min);
      expect(annual).toBeLessThanOrEqual(EOQ_RANGES.annualDemand.max);
      expect(isRoundedTo(num(p, "D"), perMonth ? UNIT_STEPS : DEMAND_STEPS)).toBe(true);
      const checks: Array<[string, { min: number; max: number }, typeof DEMAND_STEPS]> = [
        ["S", EOQ_RANGES.orderCost, ORDER_COST_STEPS],
        ["i", EOQ_RANGES.carryingRate, PERCENT_STEPS],
        ["C", EOQ_RANGES.unitPrice, PRICE_STEPS],
      ];
      for (const [name, range, steps] of checks) {
        expect(num(p, name)).toBeGreaterThanOrEqual(range.min);
        expect(num(p, name)).toBeLessThanOrEqual(range.max);
        expect(isRoundedTo(num(p, name), steps)).toBe(true);
      }
    }
  });

  it("keys each problem with the core's EOQ of its givens, and states the givens in the problem", () => {
    for (const p of problems) {
      const demand = num(p, "D") * (p.variant === "monthly" ? 12 : 1);
      const eoq = economicOrderQuantity({
        demand,
        orderCost: num(p, "S"),
        holdingCost: num(p, "i"),
        unitCost: num(p, "C"),
      });
      expect(p.answer.exact).toBe(eoq.quantity);
      expect(p.statement).toContain(num(p, "D").toLocaleString("en-US"));
    }
  });
});
