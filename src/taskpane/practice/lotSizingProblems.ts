/**
 * Lot-sizing problems: net requirements over 4 to 12 periods, an order cost and
 * a holding cost per unit per period; the total cost of the plan a rule makes
 * (POQ, least unit cost, part-period balancing, Silver-Meal or Wagner-Whitin,
 * one rule per problem, in turn).
 */
import { lotSizing, type LotSizingMethod } from "../../core/lotSizing/lotSizing";
import type { Random } from "../demo/random";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { CENTS_STEPS, FORMATS, ORDER_COST_STEPS, drawSpread, money, rounded, roundToStep } from "./textbook";
import { numericAnswer } from "./tolerance";

export const LOT_SIZING_RANGES = {
  periods: { min: 4, max: 12 },
  requirement: { min: 10, max: 400, step: 5 },
  /** Share of periods with no requirement. */
  zeroShare: 0.1,
  orderCost: { min: 20, max: 400 },
  holdingCost: { min: 0.05, max: 5 },
  /** The economic part-period S/H as a multiple of the average requirement: orders cover one period to a few. */
  partPeriodFactor: { min: 0.5, max: 3 },
} as const;

/** The rules the problems use, with their names in a statement. */
export const LOT_SIZING_RULES: Readonly<Partial<Record<LotSizingMethod, string>>> = {
  POQ: "the period order quantity (periods per order = EOQ / average requirement, rounded)",
  LUC: "least unit cost",
  PPB: "part-period balancing",
  SM: "Silver-Meal (least cost per period)",
  WW: "Wagner-Whitin (the least-cost plan)",
};

export interface LotSizingGivens {
  requirements: number[];
  orderCost: number;
  holdingCost: number;
  method: LotSizingMethod;
}

/**
 * The total cost of the rule's plan, by the core's lot sizing: S per order plus H per unit carried
 * from one period to the next, stock starting at zero.
 * @see Silver, Pyke & Thomas (2017), ch. 5; Snyder & Shen (2019), Example 3.9 (Wagner-Whitin).
 */
export function solveLotSizing(g: LotSizingGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const plan = lotSizing({
    requirements: g.requirements,
    orderCost: g.orderCost,
    holdingCost: g.holdingCost,
    method: g.method,
  });
  return {
    answer: numericAnswer(plan.totalCost, "cent", { exact: FORMATS.money, printed: FORMATS.money }),
    mistakes: [],
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const r = LOT_SIZING_RANGES;
  const method = variant as LotSizingMethod;
  const periods = random.integer(r.periods.min, r.periods.max);
  const requirements = Array.from({ length: periods }, (_, t) =>
    t > 0 && random.next() < r.zeroShare
      ? 0
      : roundToStep(random.between(r.requirement.min, r.requirement.max), r.requirement.step),
  );
  const average = requirements.reduce((sum, x) => sum + x, 0) / periods;
  const orderCost = drawSpread(random, r.orderCost.min, r.orderCost.max, ORDER_COST_STEPS);
  const factor = random.between(r.partPeriodFactor.min, r.partPeriodFactor.max);
  const holdingCost = rounded(orderCost / (average * factor), r.holdingCost.min, r.holdingCost.max, CENTS_STEPS);
  const g: LotSizingGivens = { requirements, orderCost, holdingCost, method };
  return {
    kind: "lotSizing",
    variant,
    statement:
      `The net requirements for the next ${periods} periods are below. Each order costs ${money(orderCost)}; ` +
      `carrying a unit from one period to the next costs ${money(holdingCost)}. Stock starts at zero, and an order ` +
      `arrives in the period it is planned for. Plan the orders by ${LOT_SIZING_RULES[method] ?? method}. ` +
      `What is the total cost of the plan (ordering plus holding), in dollars?`,
    givens: [
      { kind: "series", name: "r", label: "Units", values: requirements, format: FORMATS.units },
      given("S", "S", orderCost, "cost per order", FORMATS.money),
      given("H", "H", holdingCost, "holding cost per unit per period", FORMATS.money),
      given("rule", "Rule", method, LOT_SIZING_RULES[method] ?? method),
    ],
    question: `total cost by ${method}, $`,
    ...solveLotSizing(g),
    keyFormula: "=INV.LOTSIZECOST({r},{S},{H},{rule})",
  };
}

export const LOT_SIZING_PROBLEMS: ProblemType = {
  kind: "lotSizing",
  label: "Lot sizing",
  title: "Lot sizing",
  summary:
    "The total cost of the plan POQ, least unit cost, part-period balancing, Silver-Meal or Wagner-Whitin makes over 4 to 12 periods.",
  variants: Object.keys(LOT_SIZING_RULES),
  draw,
};
