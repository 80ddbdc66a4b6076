/**
 * Turnover problems: a year's sales and cost of goods sold, and the inventory
 * at cost at the start and the end of the year; the inventory turnover. The
 * classic mistakes: turnover on sales, and on the ending inventory.
 */
import { inventoryTurnover } from "../../core/metrics/inventoryTurnover";
import type { Random } from "../demo/random";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { FORMATS, money, threeFigures } from "./textbook";
import { numericAnswer, numericMistake } from "./tolerance";

export const TURNOVER_RANGES = {
  costOfGoodsSold: { min: 200_000, max: 50_000_000 },
  /** Sales as a multiple of the cost of goods sold. */
  salesToCost: { min: 1.25, max: 2.2 },
  turns: { min: 3, max: 14 },
  /** How far the year's start and end inventories sit from their average, as a share of it. */
  swing: { min: 0.1, max: 0.35 },
} as const;

export interface TurnoverGivens {
  sales: number;
  costOfGoodsSold: number;
  beginningInventory: number;
  endingInventory: number;
}

/**
 * The turnover and its classic mistakes, by the core's model: turns = cost of goods sold /
 * average inventory at cost, the average of the year's first and last inventory.
 * @see APICS Dictionary, "inventory turnover"; Heizer & Render, Operations Management, ch. 11.
 */
export function solveTurnover(g: TurnoverGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const averageInventory = (g.beginningInventory + g.endingInventory) / 2;
  const turns = inventoryTurnover({ costOfGoodsSold: g.costOfGoodsSold, averageInventory });
  const onSales = inventoryTurnover({ costOfGoodsSold: g.sales, averageInventory });
  const onEnding = inventoryTurnover({ costOfGoodsSold: g.costOfGoodsSold, averageInventory: g.endingInventory });
  return {
    answer: numericAnswer(turns, "hundredth", { exact: FORMATS.fraction, printed: FORMATS.ratio }),
    mistakes: [
      numericMistake(MISTAKES.turnoverOnSales, onSales, "hundredth"),
      numericMistake(MISTAKES.turnoverOnEndingInventory, onEnding, "hundredth"),
    ],
  };
}

const between = (random: Random, range: { min: number; max: number }) => random.between(range.min, range.max);

function draw(random: Random, variant: string): PracticeProblem {
  const r = TURNOVER_RANGES;
  const cost = Math.exp(
    between(random, { min: Math.log(r.costOfGoodsSold.min), max: Math.log(r.costOfGoodsSold.max) }),
  );
  const costOfGoodsSold = threeFigures(cost);
  const average = costOfGoodsSold / between(random, r.turns);
  const swing = (random.next() < 0.5 ? -1 : 1) * between(random, r.swing);
  const g: TurnoverGivens = {
    sales: threeFigures(costOfGoodsSold * between(random, r.salesToCost)),
    costOfGoodsSold,
    beginningInventory: threeFigures(average * (1 + swing)),
    endingInventory: threeFigures(average * (1 - swing)),
  };
  return {
    kind: "turnover",
    variant,
    statement:
      `A retailer's sales last year were ${money(g.sales)}, and its cost of goods sold ${money(g.costOfGoodsSold)}. ` +
      `Its inventory at cost was ${money(g.beginningInventory)} at the start of the year and ` +
      `${money(g.endingInventory)} at the end. What was its inventory turnover (turns a year)?`,
    givens: [
      given("sales", "Sales", g.sales, "net sales, a year", FORMATS.money),
      given("cogs", "COGS", g.costOfGoodsSold, "cost of goods sold, a year", FORMATS.money),
      given("begin", "Start", g.beginningInventory, "inventory at cost, start of year", FORMATS.money),
      given("end", "End", g.endingInventory, "inventory at cost, end of year", FORMATS.money),
    ],
    question: "inventory turnover, turns a year",
    ...solveTurnover(g),
    keyFormula: "=INV.TURNOVER({cogs},({begin}+{end})/2)",
  };
}

export const TURNOVER_PROBLEMS: ProblemType = {
  kind: "turnover",
  label: "Turnover",
  title: "Inventory turnover",
  summary:
    "Turnover from a year's sales, cost of goods sold and start and end inventory; names turnover on sales and on ending inventory.",
  variants: ["average"],
  draw,
};
