import { economicProductionQuantity } from "../../core/cycleStock/economicProductionQuantity";
import { EPQ_RANGES, solveEpq } from "./epqProblems";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { DEMAND_STEPS, ORDER_COST_STEPS, PERCENT_STEPS, PRICE_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "epq", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

describe("EPQ problems", () => {
  it("Snyder & Shen Problem 3.22: D = 80, S = 4, H = 0.08 (20% of 0.40), P = 110: EPQ 171.27; the EOQ 89.44 is the mistake", () => {
    const { answer, mistakes } = solveEpq({
      demand: 80,
      setupCost: 4,
      carryingRate: 0.2,
      unitCost: 0.4,
      productionRate: 110,
    });
    expect(answer.exact).toBeCloseTo(171.2698, 3);
    expect(answer.accepted).toEqual({ from: 171, to: 172 });
    expect(mistakes).toEqual([
      { message: MISTAKES.eoqForEpq, value: expect.closeTo(89.4427, 3), accepted: { from: 89, to: 90 } },
    ]);
  });

  it("draws EOQ's ranges and a production rate 1.25 to 5 times demand, rounded as printed", () => {
    for (const p of problems) {
      const demand = num(p, "D");
      expect(demand).toBeGreaterThanOrEqual(EPQ_RANGES.annualDemand.min);
      expect(demand).toBeLessThanOrEqual(EPQ_RANGES.annualDemand.max);
      const ratio = num(p, "P") / demand;
      expect(ratio).toBeGreaterThanOrEqual(EPQ_RANGES.productionToDemand.min);
      // Rounding P to its printed step may take it a little past 5 × D.
      expect(ratio).toBeLessThanOrEqual(EPQ_RANGES.productionToDemand.max + 1_000 / demand);
      expect(isRoundedTo(demand, DEMAND_STEPS) && isRoundedTo(num(p, "P"), DEMAND_STEPS)).toBe(true);
      expect(num(p, "S")).toBeGreaterThanOrEqual(EPQ_RANGES.orderCost.min);
      expect(num(p, "S")).toBeLessThanOrEqual(EPQ_RANGES.orderCost.max);
      expect(isRoundedTo(num(p, "S"), ORDER_COST_STEPS)).toBe(true);
      expect(isRoundedTo(num(p, "i"), PERCENT_STEPS) && isRoundedTo(num(p, "C"), PRICE_STEPS)).toBe(true);
    }
  });

  it("keys each problem with the core's EPQ of its givens", () => {
    for (const p of problems) {
      const epq = economicProductionQuantity({
        demand: num(p, "D"),
        setupCost: num(p, "S"),
        holdingCost: num(p, "i") * num(p, "C"),
        productionRate: num(p, "P"),
      });
      expect(p.answer.exact).toBe(epq.quantity);
    }
  });
});
