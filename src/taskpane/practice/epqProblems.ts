/**
 * EPQ problems: the lot size of an item made in-house at a finite production
 * rate. The classic mistake is the EOQ, without the factor 1 − D/P.
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { economicProductionQuantity } from "../../core/cycleStock/economicProductionQuantity";
import type { Random } from "../demo/random";
import { EOQ_RANGES, drawCycleStockInputs } from "./eoqProblems";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { DEMAND_STEPS, FORMATS, money, percent, rounded, units } from "./textbook";
import { numericAnswer, numericMistake } from "./tolerance";

/** The ranges: EOQ's for demand, setup cost, carrying rate and unit cost; production 1.25 to 5 times demand. */
export const EPQ_RANGES = {
  ...EOQ_RANGES,
  productionToDemand: { min: 1.25, max: 5 },
} as const;

export interface EpqGivens {
  /** D, units a year. */
  demand: number;
  /** S, cost per setup. */
  setupCost: number;
  /** i, carrying rate a year. */
  carryingRate: number;
  /** C, unit cost. */
  unitCost: number;
  /** P, units a year the line makes while it runs. */
  productionRate: number;
}

/**
 * The EPQ and its classic mistake, by the core's models: Q* = √(2DS / (H(1 − D/P))), H = i × C.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), eq. (3.31); Heizer & Render, ch. 12.
 */
export function solveEpq(g: EpqGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const holdingCost = g.carryingRate * g.unitCost;
  const epq = economicProductionQuantity({
    demand: g.demand,
    setupCost: g.setupCost,
    holdingCost,
    productionRate: g.productionRate,
  }).quantity;
  const eoq = economicOrderQuantity({ demand: g.demand, orderCost: g.setupCost, holdingCost }).quantity;
  return {
    answer: numericAnswer(epq, "unit", { exact: FORMATS.unitsExact, printed: FORMATS.units }),
    mistakes: [numericMistake(MISTAKES.eoqForEpq, eoq, "unit")],
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const {
    annualDemand: demand,
    orderCost: setupCost,
    carryingRate,
    unitPrice: unitCost,
  } = drawCycleStockInputs(random);
  const ratio = EPQ_RANGES.productionToDemand;
  const productionRate = rounded(
    demand * random.between(ratio.min, ratio.max),
    demand * ratio.min,
    Infinity,
    DEMAND_STEPS,
  );
  const g: EpqGivens = { demand, setupCost, carryingRate, unitCost, productionRate };
  const statement =
    `A plant uses ${units(g.demand)} units a year of a part it makes itself, ` +
    `at a rate of ${units(g.productionRate)} units a year while the line runs. ` +
    `Each setup costs ${money(g.setupCost)}; the part costs ${money(g.unitCost)} to make, and holding it costs ` +
    `${percent(g.carryingRate)} of that a year. What is the economic production quantity (EPQ), in units?`;
  return {
    kind: "epq",
    variant,
    statement,
    givens: [
      given("D", "D", g.demand, "annual demand, units a year", FORMATS.units),
      given("P", "P", g.productionRate, "production rate, units a year", FORMATS.units),
      given("S", "S", g.setupCost, "cost per setup", FORMATS.money),
      given("i", "i", g.carryingRate, "carrying rate, a year", FORMATS.rate),
      given("C", "C", g.unitCost, "unit cost", FORMATS.money),
    ],
    question: "EPQ, units",
    ...solveEpq(g),
    keyFormula: "=INV.EPQ({D},{S},{i}*{C},{P})",
  };
}

export const EPQ_PROBLEMS: ProblemType = {
  kind: "epq",
  label: "EPQ",
  title: "Economic production quantity (EPQ)",
  summary: "The EPQ of a part made in-house; names the EOQ (no 1 − D/P).",
  variants: ["annual"],
  draw,
};
