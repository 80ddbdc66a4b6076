import { criticalRatio } from "../../core/newsvendor/criticalRatio";
import { newsvendorNormal } from "../../core/newsvendor/newsvendorNormal";
import { MISTAKES } from "./mistakes";
import { NEWSVENDOR_RANGES, solveNewsvendor } from "./newsvendorProblems";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { PRICE_STEPS, UNIT_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "newsvendor", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

// Snyder & Shen (2019), Example 4.3: μ = 50, σ = 8, Cu = 0.70, Co = 0.18: CR 0.7955, Q* = 56.60. Price 1.00, cost 0.30,
// salvage 0.12 give those costs.
const EXAMPLE_4_3 = { price: 1, unitCost: 0.3, salvage: 0.12 };

describe("newsvendor problems", () => {
  it("Snyder & Shen Example 4.3: Q* = 56.60; ordering at the inverted ratio is the named mistake", () => {
    const { answer, mistakes } = solveNewsvendor({ form: "quantity", ...EXAMPLE_4_3, mean: 50, stdDev: 8 });
    expect(answer.exact).toBeCloseTo(56.604, 3);
    expect(answer.accepted).toEqual({ from: 56, to: 57 });
    expect(mistakes).toEqual([
      { message: MISTAKES.invertedRatio, value: expect.closeTo(50 - 6.604, 3), accepted: { from: 43, to: 44 } },
    ]);
  });

  it("Snyder & Shen Example 4.3: the critical ratio 0.7955, accepted to two decimals", () => {
    const { answer, mistakes } = solveNewsvendor({ form: "ratio", ...EXAMPLE_4_3 });
    expect(answer.exact).toBeCloseTo(0.7955, 4);
    expect(answer.accepted).toEqual({ from: 0.79, to: 0.8 });
    expect(mistakes[0]).toMatchObject({ value: expect.closeTo(79.55, 2), accepted: { from: 79, to: 80 } });
    expect(mistakes[1]).toMatchObject({ message: MISTAKES.invertedRatio, value: expect.closeTo(0.2045, 4) });
  });

  it("names 97.5 typed for 0.975 (price $41, cost $2, salvage $1: Cu = 39, Co = 1)", () => {
    const { answer, mistakes } = solveNewsvendor({ form: "ratio", price: 41, unitCost: 2, salvage: 1 });
    expect(answer.exact).toBeCloseTo(0.975, 12);
    expect(answer.accepted).toEqual({ from: 0.97, to: 0.98 });
    expect(mistakes[0]).toEqual({
      message: "97.5 typed for 0.975: enter 0.975 or 97.5%",
      value: expect.closeTo(97.5, 9),
      accepted: { from: 97, to: 98 },
    });
  });

  it("draws a cost of $2 to $60, a price above it, a salvage value below it, and demand in range, rounded as printed", () => {
    const r = NEWSVENDOR_RANGES;
    for (const p of problems) {
      const [price, cost, salvage] = [num(p, "p"), num(p, "c"), num(p, "v")];
      expect(cost >= r.unitCost.min && cost <= r.unitCost.max).toBe(true);
      expect(price).toBeGreaterThan(cost);
      expect(salvage >= 0 && salvage < cost).toBe(true);
      expect([price, cost, salvage].every((x) => isRoundedTo(x, PRICE_STEPS))).toBe(true);
      if (p.variant === "quantity") {
        expect(num(p, "mu") >= r.mean.min && num(p, "mu") <= r.mean.max).toBe(true);
        expect(isRoundedTo(num(p, "mu"), UNIT_STEPS) && isRoundedTo(num(p, "sigma"), UNIT_STEPS)).toBe(true);
      }
    }
  });

  it("keys each problem with the core's critical ratio or order quantity of its givens", () => {
    for (const p of problems) {
      const costs = { underageCost: num(p, "p") - num(p, "c"), overageCost: num(p, "c") - num(p, "v") };
      const expected =
        p.variant === "ratio"
          ? criticalRatio(costs)
          : newsvendorNormal({ mean: num(p, "mu"), stdDev: num(p, "sigma"), ...costs }).quantity;
      expect(p.answer.exact).toBe(expected);
    }
  });
});
