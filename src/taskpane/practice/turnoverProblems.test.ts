import { inventoryTurnover } from "../../core/metrics/inventoryTurnover";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import { givenValue } from "./problem";
import { threeFigures } from "./textbook";
import { TURNOVER_RANGES, solveTurnover } from "./turnoverProblems";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "turnover", count: 50, seed }).problems);
const num = (problem: (typeof problems)[number], name: string) => givenValue(problem, name) as number;

describe("turnover problems", () => {
  // Weygandt, Kimmel & Kieso, Financial Accounting (PepsiCo): cost of goods sold 18,038 on an average inventory of
  // 2,108: 8.6 times. The start and end inventories here (2,290 and 1,926) average 2,108; sales of 39,474 are
  // illustrative, for the mistake.
  it("PepsiCo (Weygandt, Kimmel & Kieso): 18,038 / 2,108 = 8.56 turns; on sales and on ending inventory are named", () => {
    const { answer, mistakes } = solveTurnover({
      sales: 39_474,
      costOfGoodsSold: 18_038,
      beginningInventory: 2_290,
      endingInventory: 1_926,
    });
    expect(answer.exact).toBeCloseTo(8.5569, 4);
    expect(answer.printed).toBe(8.56);
    expect(answer.accepted).toEqual({ from: 8.55, to: 8.56 });
    expect(mistakes.map((m) => m.message)).toEqual([MISTAKES.turnoverOnSales, MISTAKES.turnoverOnEndingInventory]);
    expect(mistakes[0]?.value).toBeCloseTo(39_474 / 2_108, 9);
    expect(mistakes[1]?.value).toBeCloseTo(18_038 / 1_926, 9);
  });

  it("draws figures in range, to three significant figures, with sales above cost and start and end apart", () => {
    const r = TURNOVER_RANGES;
    for (const p of problems) {
      const cogs = num(p, "cogs");
      expect(cogs).toBeGreaterThanOrEqual(r.costOfGoodsSold.min);
      expect(cogs).toBeLessThanOrEqual(r.costOfGoodsSold.max);
      expect(num(p, "sales")).toBeGreaterThan(cogs);
      for (const name of ["sales", "cogs", "begin", "end"]) expect(threeFigures(num(p, name))).toBe(num(p, name));
      expect(num(p, "begin")).not.toBe(num(p, "end"));
    }
  });

  it("keys each problem with the core's turnover on the average of start and end", () => {
    for (const p of problems) {
      const turns = inventoryTurnover({
        costOfGoodsSold: num(p, "cogs"),
        averageInventory: (num(p, "begin") + num(p, "end")) / 2,
      });
      expect(p.answer.exact).toBe(turns);
    }
  });
});
