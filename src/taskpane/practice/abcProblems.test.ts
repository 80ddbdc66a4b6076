import { abcClassification } from "../../core/classification/abcClassification";
import { ABC_RANGES, solveAbc } from "./abcProblems";
import { MISTAKES } from "./mistakes";
import { generatePracticeSet } from "./practiceSet";
import type { GivenItems } from "./problem";
import { PRICE_STEPS, UNIT_STEPS, isRoundedTo } from "./textbook";

const problems = [1, 2, 3].flatMap((seed) => generatePracticeSet({ kind: "abc", count: 50, seed }).problems);
const itemsOf = (p: (typeof problems)[number]) =>
  p.givens.find((g): g is GivenItems => g.kind === "items") as GivenItems;

// Heizer & Render, Operations Management, §12.2, Example 1 (Silicon Chips): annual units and unit costs of ten items.
const HEIZER_UNITS = [1000, 500, 1550, 350, 1000, 600, 2000, 100, 1200, 250];
const HEIZER_COSTS = [90, 154, 17, 42.86, 12.5, 14.17, 0.6, 8.5, 0.42, 0.6];

describe("ABC problems", () => {
  it("Heizer & Render Example 1: item #12760 ($26,350) is B by value; by units alone it would be A", () => {
    const { answer, mistakes } = solveAbc({ annualUnits: HEIZER_UNITS, unitCosts: HEIZER_COSTS, asked: 2 });
    expect(answer).toEqual({ type: "text", exact: "B" });
    expect(mistakes).toEqual([{ message: MISTAKES.rankedByUnits, value: "A" }]);
  });

  it("Heizer & Render Example 1: item #10286 ($90,000) is A either way, so no mistake is named", () => {
    expect(solveAbc({ annualUnits: HEIZER_UNITS, unitCosts: HEIZER_COSTS, asked: 0 }).mistakes).toEqual([]);
  });

  it("draws 8 to 10 items, units and unit costs in range and rounded as printed", () => {
    for (const p of problems) {
      const items = itemsOf(p);
      expect(items.rows.length).toBeGreaterThanOrEqual(ABC_RANGES.items.min);
      expect(items.rows.length).toBeLessThanOrEqual(ABC_RANGES.items.max);
      for (const { values } of items.rows) {
        const [units, cost] = values as [number, number];
        expect(units >= ABC_RANGES.annualUnits.min && units <= ABC_RANGES.annualUnits.max).toBe(true);
        expect(cost >= ABC_RANGES.unitCost.min && cost <= ABC_RANGES.unitCost.max).toBe(true);
        expect(isRoundedTo(units, UNIT_STEPS) && isRoundedTo(cost, PRICE_STEPS)).toBe(true);
      }
    }
  });

  it("keys each problem with the core's class of the item asked about, and mostly asks where units mislead", () => {
    let named = 0;
    for (const p of problems) {
      const items = itemsOf(p);
      const asked = Number(/,(\d+)\)$/.exec(p.keyFormula)?.[1]) - 1;
      expect(p.statement).toContain(`item ${items.rows[asked]?.label}?`);
      const classes = abcClassification({
        values: items.rows.map(({ values }) => (values[0] as number) * (values[1] as number)),
      });
      expect(p.answer.exact).toBe(classes[asked]);
      if (p.mistakes.length > 0) named++;
    }
    expect(named / problems.length).toBeGreaterThan(0.9);
  });
});
