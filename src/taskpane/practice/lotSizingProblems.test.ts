import { lotSizing, type LotSizingMethod } from "../../core/lotSizing/lotSizing";
import { LOT_SIZING_RANGES, LOT_SIZING_RULES, solveLotSizing } from "./lotSizingProblems";
import { generatePracticeSet } from "./practiceSet";
import { givenValue, type GivenSeries } from "./problem";
import { CENTS_STEPS, ORDER_COST_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "lotSizing", count: 50, seed }).problems);
const seriesOf = (p: (typeof problems)[number]) =>
  p.givens.find((g): g is GivenSeries => g.kind === "series") as GivenSeries;

describe("lot-sizing problems", () => {
  it("Snyder & Shen Example 3.9: requirements 90, 120, 80, 70, S = 500, H = 2, Wagner-Whitin: $1,380", () => {
    const { answer } = solveLotSizing({
      requirements: [90, 120, 80, 70],
      orderCost: 500,
      holdingCost: 2,
      method: "WW",
    });
    expect(answer.exact).toBe(1380);
    expect(answer.accepted).toEqual({ from: 1380, to: 1380 });
  });

  it("draws 4 to 12 periods of requirements (multiples of 5, some 0), S and H in range and rounded as printed", () => {
    const r = LOT_SIZING_RANGES;
    for (const p of problems) {
      const { values } = seriesOf(p);
      expect(values.length).toBeGreaterThanOrEqual(r.periods.min);
      expect(values.length).toBeLessThanOrEqual(r.periods.max);
      expect(values[0]).toBeGreaterThan(0);
      for (const value of values)
        expect(value === 0 || (value >= r.requirement.min && value <= r.requirement.max && value % 5 === 0)).toBe(true);
      const [orderCost, holdingCost] = [givenValue(p, "S") as number, givenValue(p, "H") as number];
      expect(
        orderCost >= r.orderCost.min && orderCost <= r.orderCost.max && isRoundedTo(orderCost, ORDER_COST_STEPS),
      ).toBe(true);
      expect(
        holdingCost >= r.holdingCost.min && holdingCost <= r.holdingCost.max && isRoundedTo(holdingCost, CENTS_STEPS),
      ).toBe(true);
    }
    expect(problems.some((p) => seriesOf(p).values.includes(0))).toBe(true);
  });

  it("takes the rules in turn and keys each problem with the core's total cost of the rule's plan", () => {
    expect(problems.slice(0, 5).map((p) => givenValue(p, "rule"))).toEqual(Object.keys(LOT_SIZING_RULES));
    for (const p of problems) {
      const plan = lotSizing({
        requirements: seriesOf(p).values,
        orderCost: givenValue(p, "S") as number,
        holdingCost: givenValue(p, "H") as number,
        method: givenValue(p, "rule") as LotSizingMethod,
      });
      expect(p.answer.exact).toBe(plan.totalCost);
    }
  });
});
