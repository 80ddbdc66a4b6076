/**
 * Explainers of the newsvendor family: CRITICALRATIO, NEWSVENDOR,
 * NEWSVENDORPOISSON and NEWSVENDORDISCRETE (see registry.ts). Each shows the
 * critical ratio, how the quantity is read off the demand distribution at it,
 * and the expected cost there, from the model's own solution.
 */
import { criticalRatio } from "../newsvendor/criticalRatio";
import { newsvendorDiscrete, newsvendorDiscreteSolution } from "../newsvendor/newsvendorDiscrete";
import { newsvendorNormal, newsvendorNormalSolution } from "../newsvendor/newsvendorNormal";
import { newsvendorPoisson, newsvendorPoissonSolution } from "../newsvendor/newsvendorPoisson";
import { formatValue } from "../shared/inputError";
import type { ExplainedTable } from "./explanation";
import {
  chooseResult,
  choiceArg,
  input,
  listArg,
  listSummary,
  numberArgs,
  presentSteps,
  step,
  unlessRefused,
} from "./parts";
import type { ExplainArgument, Explainer } from "./registry";

const SNYDER_SHEN = "Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019)";
const CHOPRA_MEINDL = "Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 13";

/** The model field names of the two costs every newsvendor function takes. */
const COST_ARGUMENTS = { underageCost: "underage_cost", overageCost: "overage_cost" } as const;

const number = (name: string): ExplainArgument => ({ name, kind: "number", optional: false });

const costInputs = (underageCost: number, overageCost: number) => [
  input("underage_cost", "Cost of each unit short (price − cost, plus goodwill)", "Cu", underageCost, "$ per unit"),
  input("overage_cost", "Cost of each unit left over (cost − salvage value)", "Co", overageCost, "$ per unit"),
];

const ratioStep = (ratio: number) =>
  step("Critical ratio: the best chance of meeting all demand", "CR = Cu/(Cu + Co)", ratio, "probability");

const costStep = (cost: number | undefined) =>
  step("Expected overage + underage cost at Q*", "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]", cost, "$");

/** A mark for the rows of a distribution table, smallest demand first: F reaches the critical ratio first at Q*. */
const reached = (value: number, quantity: number): string =>
  value === quantity ? "Q*: the first to reach CR" : value > quantity ? "yes" : "no";

const criticalRatioExplainer: Explainer = {
  fn: "CRITICALRATIO",
  arguments: [number("underage_cost"), number("overage_cost")],
  explain(args) {
    const costs = numberArgs(args, COST_ARGUMENTS);
    const { underageCost, overageCost } = costs;
    const ratio = criticalRatio(costs);
    return {
      fn: "CRITICALRATIO",
      title: "Critical ratio (critical fractile) of the newsvendor",
      inputs: costInputs(underageCost, overageCost),
      formula: {
        words:
          "order up to the quantity whose chance of covering demand equals the cost of a unit short over the cost of a unit short plus a unit left over",
        symbols: "CR = Cu/(Cu + Co)",
      },
      steps: presentSteps(
        step("Cost of a unit short plus a unit left over", "Cu + Co", underageCost + overageCost, "$ per unit"),
      ),
      tables: [],
      result: { label: "Critical ratio", symbol: "CR", value: ratio, unit: "probability" },
      source: `${SNYDER_SHEN}, ch. 4 (α = p/(p + h)); ${CHOPRA_MEINDL}`,
    };
  },
};

const NEWSVENDOR_RESULTS = ["quantity", "cost"] as const;

const newsvendorExplainer: Explainer = {
  fn: "NEWSVENDOR",
  arguments: [
    number("mean"),
    number("std"),
    number("underage_cost"),
    number("overage_cost"),
    { name: "result", kind: "choice", optional: true, choices: NEWSVENDOR_RESULTS },
  ],
  explain(args) {
    const model = numberArgs(args, { mean: "mean", stdDev: "std", ...COST_ARGUMENTS });
    const { mean, stdDev, underageCost, overageCost } = model;
    const choice = choiceArg(args, "result", NEWSVENDOR_RESULTS, "quantity");
    const solution = newsvendorNormalSolution(model);
    // The cost as INV.NEWSVENDOR computes it: required when chosen, shown when finite otherwise.
    const cost =
      choice === "cost"
        ? newsvendorNormal(model).expectedCost
        : unlessRefused(() => newsvendorNormal(model).expectedCost);
    const floored = solution.unconstrainedQuantity < 0;
    const { result, others } = chooseResult(
      {
        quantity: step("Order quantity", floored ? "Q* = max(0, μ + zσ)" : "Q* = μ + zσ", solution.quantity, "units"),
        cost: costStep(cost),
      },
      choice,
    );
    return {
      fn: "NEWSVENDOR",
      title: "Newsvendor order quantity, normal demand",
      inputs: [
        input("mean", "Mean demand over the season", "μ", mean, "units"),
        input("std", "Standard deviation of that demand", "σ", stdDev, "units"),
        ...costInputs(underageCost, overageCost),
        input("result", "Output chosen", "", choice, ""),
      ],
      formula: {
        words:
          "order the quantity whose chance of covering demand is the critical ratio: the mean plus z standard deviations, never below 0",
        symbols: "Q* = max(0, μ + zσ), z = Φ⁻¹(Cu/(Cu + Co))",
      },
      steps: presentSteps(
        ratioStep(solution.criticalRatio),
        step("Safety factor at the critical ratio", "z = Φ⁻¹(CR)", solution.z, "standard deviations"),
        step("Mean plus z standard deviations", "μ + zσ", solution.unconstrainedQuantity, "units"),
        floored ? step("An order is never negative", "max(0, μ + zσ)", 0, "units") : undefined,
        ...others,
      ),
      tables: [],
      result,
      source: `${SNYDER_SHEN}, ch. 4, eq. (4.30) and (4.37); ${CHOPRA_MEINDL}`,
    };
  },
};

/** Rows of the Poisson table: up to this many demands below Q*, and two above. */
const ROWS_BELOW = 10;
const ROWS_ABOVE = 2;

const newsvendorPoissonExplainer: Explainer = {
  fn: "NEWSVENDORPOISSON",
  arguments: [number("mean"), number("underage_cost"), number("overage_cost")],
  explain(args) {
    const model = numberArgs(args, { mean: "mean", ...COST_ARGUMENTS });
    const { mean, underageCost, overageCost } = model;
    const solution = newsvendorPoissonSolution(model);
    const cost = unlessRefused(() => newsvendorPoisson(model).expectedCost);
    const { quantity, criticalRatio: ratio, first, probabilities } = solution;
    const from = Math.max(first, quantity - ROWS_BELOW);
    const to = Math.min(first + probabilities.length - 1, quantity + ROWS_ABOVE);
    let cumulative = 0;
    for (let k = first; k < from; k++) cumulative += probabilities[k - first] ?? 0;
    const rows: Array<Array<number | string>> = [];
    let below = 0;
    for (let k = from; k <= to; k++) {
      const probability = probabilities[k - first] ?? 0;
      cumulative += probability;
      if (k === quantity - 1) below = cumulative;
      rows.push([k, probability, cumulative, reached(k, quantity)]);
    }
    const table: ExplainedTable = {
      title: `Poisson demand with mean ${formatValue(mean)}, around Q*`,
      headers: ["Demand k", "P(D = k)", "F(k) = P(D ≤ k)", "F(k) ≥ CR?"],
      rows,
    };
    return {
      fn: "NEWSVENDORPOISSON",
      title: "Newsvendor order quantity, Poisson demand",
      inputs: [input("mean", "Mean demand", "λ", mean, "units"), ...costInputs(underageCost, overageCost)],
      formula: {
        words: "order the smallest whole quantity whose chance of covering Poisson demand reaches the critical ratio",
        symbols: "Q* = min{Q : F(Q) ≥ Cu/(Cu + Co)}, F the Poisson(λ) CDF",
      },
      steps: presentSteps(
        ratioStep(ratio),
        quantity > first
          ? step("Chance of covering demand one unit below Q*", "F(Q* − 1)", below, "probability")
          : undefined,
        costStep(cost),
      ),
      tables: [table],
      result: { label: "Order quantity", symbol: "Q*", value: quantity, unit: "units" },
      source: `${SNYDER_SHEN}, ch. 4 (discrete demand), Example 4.7; Silver, Pyke & Thomas (2017), ch. 7`,
    };
  },
};

const newsvendorDiscreteExplainer: Explainer = {
  fn: "NEWSVENDORDISCRETE",
  arguments: [
    { name: "values", kind: "list", optional: false },
    { name: "probabilities", kind: "list", optional: false },
    number("underage_cost"),
    number("overage_cost"),
  ],
  explain(args) {
    const values = listArg(args, "values");
    const probabilities = listArg(args, "probabilities");
    const { underageCost, overageCost } = numberArgs(args, COST_ARGUMENTS);
    const model = { values, probabilities, underageCost, overageCost };
    const solution = newsvendorDiscreteSolution(model);
    const cost = unlessRefused(() => newsvendorDiscrete(model).expectedCost);
    const { quantity, criticalRatio: ratio, levels } = solution;
    const table: ExplainedTable = {
      title: "Demand distribution, smallest value first",
      headers: ["Demand", "Probability", "Cumulative F", "F ≥ CR?"],
      rows: levels.map((level) => [level.value, level.probability, level.cumulative, reached(level.value, quantity)]),
    };
    return {
      fn: "NEWSVENDORDISCRETE",
      title: "Newsvendor order quantity, empirical demand",
      inputs: [
        input("values", "Possible demand values", "d_i", listSummary(values, "values"), "units"),
        input(
          "probabilities",
          "Their probabilities",
          "p_i",
          listSummary(probabilities, "probabilities"),
          "probability",
        ),
        ...costInputs(underageCost, overageCost),
      ],
      formula: {
        words:
          "sort the demand values, add up their probabilities, and order the first value at which the sum reaches the critical ratio",
        symbols: "Q* = min{d : F(d) ≥ Cu/(Cu + Co)}, F(d) = Σ_{d_i ≤ d} p_i",
      },
      steps: presentSteps(ratioStep(ratio), costStep(cost)),
      tables: [table],
      result: { label: "Order quantity", symbol: "Q*", value: quantity, unit: "units" },
      source: `${SNYDER_SHEN}, ch. 4 (discrete demand), Problem 4.7(b); ${CHOPRA_MEINDL}`,
    };
  },
};

export const NEWSVENDOR_EXPLAINERS: readonly Explainer[] = [
  criticalRatioExplainer,
  newsvendorExplainer,
  newsvendorPoissonExplainer,
  newsvendorDiscreteExplainer,
];
