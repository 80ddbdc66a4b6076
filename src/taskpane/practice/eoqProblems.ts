/**
 * EOQ problems: the order quantity for an item bought at a unit price, with a
 * carrying rate a year. Two forms: annual demand, or demand per month (where
 * the classic mistake is the EOQ of the monthly figure with a holding cost per
 * year).
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import type { Random } from "../demo/random";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import {
  DEMAND_STEPS,
  FORMATS,
  ORDER_COST_STEPS,
  PERCENT_STEPS,
  PRICE_STEPS,
  UNIT_STEPS,
  drawSpread,
  drawUniform,
  money,
  percent,
  rounded,
  units,
} from "./textbook";
import { numericAnswer, numericMistake } from "./tolerance";

/** The ranges course problems use. */
export const EOQ_RANGES = {
  annualDemand: { min: 800, max: 75_000 },
  orderCost: { min: 5, max: 400 },
  carryingRate: { min: 0.1, max: 0.35 },
  unitPrice: { min: 2, max: 140 },
} as const;

export interface EoqGivens {
  /** D, units per year, or per month when `perMonth`. */
  demand: number;
  perMonth: boolean;
  /** S, cost per order. */
  orderCost: number;
  /** i, carrying rate per year. */
  carryingRate: number;
  /** C, unit price. */
  unitPrice: number;
}

/**
 * The EOQ and its classic mistakes, by the core's model: Q* = √(2DS / iC) with
 * D a year (12 × the monthly figure). Mistakes: the monthly figure used as D
 * with H a year; the carrying rate used as H (without × C).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), eq. (3.4); Chopra & Meindl (2016), Example 11-1.
 */
export function solveEoq(g: EoqGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const eoq = (demand: number, unitCost?: number) =>
    economicOrderQuantity({ demand, orderCost: g.orderCost, holdingCost: g.carryingRate, unitCost }).quantity;
  const annualDemand = g.perMonth ? 12 * g.demand : g.demand;
  const answer = numericAnswer(eoq(annualDemand, g.unitPrice), "unit", {
    exact: FORMATS.unitsExact,
    printed: FORMATS.units,
  });
  const mistake = g.perMonth
    ? numericMistake(MISTAKES.monthlyDemandAnnualHolding, eoq(g.demand, g.unitPrice), "unit")
    : numericMistake(MISTAKES.rateAsHoldingCost, eoq(annualDemand), "unit");
  return { answer, mistakes: [mistake] };
}

/** Annual demand, a cost per order (or setup), a carrying rate and a unit price in {@link EOQ_RANGES}, rounded as printed. */
export function drawCycleStockInputs(random: Random): {
  annualDemand: number;
  orderCost: number;
  carryingRate: number;
  unitPrice: number;
} {
  const r = EOQ_RANGES;
  return {
    annualDemand: drawSpread(random, r.annualDemand.min, r.annualDemand.max, DEMAND_STEPS),
    orderCost: drawSpread(random, r.orderCost.min, r.orderCost.max, ORDER_COST_STEPS),
    carryingRate: drawUniform(random, r.carryingRate.min, r.carryingRate.max, PERCENT_STEPS),
    unitPrice: drawSpread(random, r.unitPrice.min, r.unitPrice.max, PRICE_STEPS),
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const { annualDemand: annual, ...prices } = drawCycleStockInputs(random);
  const perMonth = variant === "monthly";
  const r = EOQ_RANGES.annualDemand;
  const demand = perMonth ? rounded(annual / 12, r.min / 12, r.max / 12, UNIT_STEPS) : annual;
  const g: EoqGivens = { demand, perMonth, ...prices };
  const costs =
    `It costs ${money(g.unitPrice)} a unit; each order costs ${money(g.orderCost)} to place, ` +
    `and carrying inventory costs ${percent(g.carryingRate)} of its value a year.`;
  const statement = perMonth
    ? `Demand for an item averages ${units(g.demand)} units a month. ${costs} What is the EOQ, in units?`
    : `A distributor sells ${units(g.demand)} units a year of an item. ${costs} What is the economic order quantity (EOQ), in units?`;
  return {
    kind: "eoq",
    variant,
    statement,
    givens: [
      given("D", "D", g.demand, perMonth ? "demand, units a month" : "annual demand, units a year", FORMATS.units),
      given("S", "S", g.orderCost, "cost per order", FORMATS.money),
      given("i", "i", g.carryingRate, "carrying rate, a year", FORMATS.rate),
      given("C", "C", g.unitPrice, "unit price", FORMATS.money),
    ],
    question: "EOQ, units",
    ...solveEoq(g),
    keyFormula: perMonth ? "=INV.EOQ(12*{D},{S},{i},{C})" : "=INV.EOQ({D},{S},{i},{C})",
  };
}

export const EOQ_PROBLEMS: ProblemType = {
  kind: "eoq",
  label: "EOQ",
  title: "Economic order quantity (EOQ)",
  summary:
    "The EOQ from annual or monthly demand; names the EOQ of monthly demand with an annual holding cost, and the carrying rate used as H.",
  variants: ["annual", "monthly"],
  draw,
};
