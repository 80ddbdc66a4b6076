/**
 * Explainers of the newsvendor family: CRITICALRATIO, NEWSVENDOR,
 * NEWSVENDORPOISSON, NEWSVENDORNEGBIN, NEWSVENDORLOGNORMAL and NEWSVENDORDISCRETE (see
 * registry.ts). Each shows the critical ratio, how the quantity is read off the
 * demand distribution at it, and the expected cost there (or at the quantity
 * given), from the model's own solution.
 */
import { criticalRatio } from "../newsvendor/criticalRatio";
import { newsvendorDiscrete, newsvendorDiscreteSolution } from "../newsvendor/newsvendorDiscrete";
import {
  newsvendorLognormal,
  newsvendorLognormalCost,
  newsvendorLognormalSolution,
} from "../newsvendor/newsvendorLognormal";
import {
  newsvendorNegativeBinomial,
  newsvendorNegativeBinomialCost,
  newsvendorNegativeBinomialSolution,
} from "../newsvendor/newsvendorNegativeBinomial";
import { newsvendorNormal, newsvendorNormalCost, newsvendorNormalSolution } from "../newsvendor/newsvendorNormal";
import {
  newsvendorPoisson,
  newsvendorPoissonCost,
  newsvendorPoissonSolution,
  type NewsvendorPoissonSolution,
} from "../newsvendor/newsvendorPoisson";
import { formatValue } from "../shared/inputError";
import type { ExplainedTable } from "./explanation";
import {
  chooseResult,
  choiceArg,
  input,
  listArg,
  listSummary,
  numberArgs,
  optionalNumberArg,
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

const ratioStep = (ratio: number | undefined) =>
  step("Critical ratio: the best chance of meeting all demand", "CR = Cu/(Cu + Co)", ratio, "probability");

const costStep = (cost: number | undefined, given?: number) =>
  given === undefined
    ? step("Expected overage + underage cost at Q*", "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]", cost, "$")
    : step(
        "Expected overage + underage cost at the quantity given",
        "g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺]",
        cost,
        "$",
      );

const NEWSVENDOR_RESULTS = ["quantity", "cost"] as const;
type NewsvendorChoice = (typeof NEWSVENDOR_RESULTS)[number];

/** The `[result]` and `[quantity]` arguments the three parametric newsvendor functions end with. */
const RESULT_ARGUMENTS: readonly ExplainArgument[] = [
  { name: "result", kind: "choice", optional: true, choices: NEWSVENDOR_RESULTS },
  { name: "quantity", kind: "number", optional: true },
];

/**
 * The output chosen, the quantity given (if any), the model's solution and the
 * expected cost as the function computes them. The cost is taken at the
 * quantity given, else at Q*; it is required when chosen and shown when the
 * model gives it otherwise. The solution (Q* and its steps) is required unless
 * the cost at a given quantity is chosen: that cost needs no Q*, so the
 * function gives it even where Q* is out of reach (a ratio within 1e-250 of 0
 * or 1, a Q* that overflows), and so does the explanation, without the steps.
 */
function chosenOutputs<S>(
  args: Parameters<Explainer["explain"]>[0],
  solve: () => S,
  atOptimum: () => number,
  atQuantity: (quantity: number) => number,
): { choice: NewsvendorChoice; given: number | undefined; solution: S | undefined; cost: number | undefined } {
  const choice = choiceArg(args, "result", NEWSVENDOR_RESULTS, "quantity");
  const given = optionalNumberArg(args, "quantity");
  const atGiven = choice === "cost" && given !== undefined;
  const solution = atGiven ? unlessRefused(solve) : solve();
  const compute = () => (given === undefined ? atOptimum() : atQuantity(given));
  return { choice, given, solution, cost: choice === "cost" ? compute() : unlessRefused(compute) };
}

/** The input rows of `[result]` and, when given, `[quantity]`. */
const resultInputs = (choice: NewsvendorChoice, given: number | undefined) => [
  input("result", "Output chosen", "", choice, ""),
  ...(given === undefined ? [] : [input("quantity", "Quantity the cost is taken at", "Q", given, "units")]),
];

const BASE_STOCK =
  "a base-stock level with lead time L is the newsvendor over L + 1 periods of demand, with Cu the backorder and Co the holding cost per period";

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

const newsvendorExplainer: Explainer = {
  fn: "NEWSVENDOR",
  arguments: [number("mean"), number("std"), number("underage_cost"), number("overage_cost"), ...RESULT_ARGUMENTS],
  explain(args) {
    const model = numberArgs(args, { mean: "mean", stdDev: "std", ...COST_ARGUMENTS });
    const { mean, stdDev, underageCost, overageCost } = model;
    // Q* and the cost as INV.NEWSVENDOR computes them.
    const { choice, given, solution, cost } = chosenOutputs(
      args,
      () => newsvendorNormalSolution(model),
      () => newsvendorNormal(model).expectedCost,
      (quantity) => newsvendorNormalCost({ ...model, quantity }),
    );
    const floored = solution !== undefined && solution.unconstrainedQuantity < 0;
    const { result, others } = chooseResult(
      {
        quantity: step("Order quantity", floored ? "Q* = max(0, μ + zσ)" : "Q* = μ + zσ", solution?.quantity, "units"),
        cost: costStep(cost, given),
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
        ...resultInputs(choice, given),
      ],
      formula: {
        words: `order the quantity whose chance of covering demand is the critical ratio: the mean plus z standard deviations, never below 0; ${BASE_STOCK}`,
        symbols: "Q* = max(0, μ + zσ), z = Φ⁻¹(Cu/(Cu + Co))",
      },
      steps: presentSteps(
        ratioStep(solution?.criticalRatio),
        step("Safety factor at the critical ratio", "z = Φ⁻¹(CR)", solution?.z, "standard deviations"),
        step("Mean plus z standard deviations", "μ + zσ", solution?.unconstrainedQuantity, "units"),
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

/**
 * The table of a discrete demand distribution around Q* (up to {@link ROWS_BELOW} demands below,
 * {@link ROWS_ABOVE} above) and F(Q* − 1) when Q* is above the first demand kept; `title` names the distribution.
 */
function poissonWindow(
  title: string,
  solution: Pick<NewsvendorPoissonSolution, "quantity" | "first" | "probabilities">,
): { table: ExplainedTable; below: number | undefined } {
  const { quantity, first, probabilities } = solution;
  const from = Math.max(first, quantity - ROWS_BELOW);
  const to = Math.min(first + probabilities.length - 1, quantity + ROWS_ABOVE);
  let cumulative = 0;
  for (let k = first; k < from; k++) cumulative += probabilities[k - first] ?? 0;
  const rows: Array<Array<number | string>> = [];
  let below: number | undefined;
  for (let k = from; k <= to; k++) {
    const probability = probabilities[k - first] ?? 0;
    cumulative += probability;
    if (k === quantity - 1) below = cumulative;
    rows.push([k, probability, cumulative, reached(k, quantity)]);
  }
  const table: ExplainedTable = {
    title,
    headers: ["Demand k", "P(D = k)", "F(k) = P(D ≤ k)", "F(k) ≥ CR?"],
    rows,
  };
  return { table, below };
}

const newsvendorPoissonExplainer: Explainer = {
  fn: "NEWSVENDORPOISSON",
  arguments: [number("mean"), number("underage_cost"), number("overage_cost"), ...RESULT_ARGUMENTS],
  explain(args) {
    const model = numberArgs(args, { mean: "mean", ...COST_ARGUMENTS });
    const { mean, underageCost, overageCost } = model;
    const { choice, given, solution, cost } = chosenOutputs(
      args,
      () => newsvendorPoissonSolution(model),
      () => newsvendorPoisson(model).expectedCost,
      (at) => newsvendorPoissonCost({ ...model, quantity: at }),
    );
    const around =
      solution === undefined
        ? undefined
        : poissonWindow(`Poisson demand with mean ${formatValue(mean)}, around Q*`, solution);
    const { result, others } = chooseResult(
      {
        quantity: step("Order quantity", "Q*", solution?.quantity, "units"),
        cost: costStep(cost, given),
      },
      choice,
    );
    return {
      fn: "NEWSVENDORPOISSON",
      title: "Newsvendor order quantity, Poisson demand",
      inputs: [
        input("mean", "Mean demand", "λ", mean, "units"),
        ...costInputs(underageCost, overageCost),
        ...resultInputs(choice, given),
      ],
      formula: {
        words: `order the smallest whole quantity whose chance of covering Poisson demand reaches the critical ratio; ${BASE_STOCK}`,
        symbols: "Q* = min{Q : F(Q) ≥ Cu/(Cu + Co)}, F the Poisson(λ) CDF",
      },
      steps: presentSteps(
        ratioStep(solution?.criticalRatio),
        around?.below === undefined
          ? undefined
          : step("Chance of covering demand one unit below Q*", "F(Q* − 1)", around.below, "probability"),
        ...others,
      ),
      tables: around === undefined ? [] : [around.table],
      result,
      source: `${SNYDER_SHEN}, ch. 4 (discrete demand), Example 4.7; Silver, Pyke & Thomas (2017), ch. 7`,
    };
  },
};

const newsvendorNegativeBinomialExplainer: Explainer = {
  fn: "NEWSVENDORNEGBIN",
  arguments: [number("mean"), number("std"), number("underage_cost"), number("overage_cost"), ...RESULT_ARGUMENTS],
  explain(args) {
    const model = numberArgs(args, { mean: "mean", stdDev: "std", ...COST_ARGUMENTS });
    const { mean, stdDev, underageCost, overageCost } = model;
    const { choice, given, solution, cost } = chosenOutputs(
      args,
      () => newsvendorNegativeBinomialSolution(model),
      () => newsvendorNegativeBinomial(model).expectedCost,
      (at) => newsvendorNegativeBinomialCost({ ...model, quantity: at }),
    );
    const poisson = stdDev * stdDev <= mean;
    const name = poisson
      ? `Poisson demand with mean ${formatValue(mean)} (std² ≤ mean)`
      : `Negative binomial demand with mean ${formatValue(mean)} and std ${formatValue(stdDev)}`;
    const around = solution === undefined ? undefined : poissonWindow(`${name}, around Q*`, solution);
    const { result, others } = chooseResult(
      {
        quantity: step("Order quantity", "Q*", solution?.quantity, "units"),
        cost: costStep(cost, given),
      },
      choice,
    );
    const variance = stdDev * stdDev;
    return {
      fn: "NEWSVENDORNEGBIN",
      title: "Newsvendor order quantity, negative binomial demand",
      inputs: [
        input("mean", "Mean demand", "μ", mean, "units"),
        input("std", "Standard deviation of demand", "σ", stdDev, "units"),
        ...costInputs(underageCost, overageCost),
        ...resultInputs(choice, given),
      ],
      formula: {
        words:
          "order the smallest whole quantity whose chance of covering demand reaches the critical ratio; demand is negative binomial with the mean and variance given (more spread than a Poisson), or Poisson when the variance is at most the mean",
        symbols:
          "Q* = min{Q : F(Q) ≥ Cu/(Cu + Co)}; p(k+1)/p(k) = (k(σ² − μ) + μ²)/(σ²(k + 1)), the Poisson's μ/(k + 1) when σ² ≤ μ",
      },
      steps: presentSteps(
        step(
          "Variance over mean (over 1: more spread than a Poisson)",
          "σ²/μ",
          mean > 0 ? variance / mean : undefined,
          "",
        ),
        poisson
          ? undefined
          : step("Size of the negative binomial", "n = μ²/(σ² − μ)", (mean * mean) / (variance - mean), ""),
        ratioStep(solution?.criticalRatio),
        around?.below === undefined
          ? undefined
          : step("Chance of covering demand one unit below Q*", "F(Q* − 1)", around.below, "probability"),
        ...others,
      ),
      tables: around === undefined ? [] : [around.table],
      result,
      source: `Silver, Pyke & Thomas (2017), ch. 7 (negative binomial demand for slow movers); ${SNYDER_SHEN}, ch. 4 (discrete demand) and Appendix C`,
    };
  },
};

const newsvendorLognormalExplainer: Explainer = {
  fn: "NEWSVENDORLOGNORMAL",
  arguments: [
    number("log_mean"),
    number("log_std"),
    number("underage_cost"),
    number("overage_cost"),
    ...RESULT_ARGUMENTS,
  ],
  explain(args) {
    const model = numberArgs(args, { logMean: "log_mean", logStdDev: "log_std", ...COST_ARGUMENTS });
    const { logMean, logStdDev, underageCost, overageCost } = model;
    const { choice, given, solution, cost } = chosenOutputs(
      args,
      () => newsvendorLognormalSolution(model),
      () => newsvendorLognormal(model).expectedCost,
      (quantity) => newsvendorLognormalCost({ ...model, quantity }),
    );
    const { result, others } = chooseResult(
      {
        quantity: step("Order quantity", "Q* = exp(μ + zσ)", solution?.quantity, "units"),
        cost: costStep(cost, given),
      },
      choice,
    );
    return {
      fn: "NEWSVENDORLOGNORMAL",
      title: "Newsvendor order quantity, lognormal demand",
      inputs: [
        input("log_mean", "Mean of the logarithm of demand", "μ", logMean, ""),
        input("log_std", "Standard deviation of the logarithm of demand", "σ", logStdDev, ""),
        ...costInputs(underageCost, overageCost),
        ...resultInputs(choice, given),
      ],
      formula: {
        words: `order the quantity whose chance of covering demand is the critical ratio: ln D is normal, so take its mean plus z standard deviations and raise e to it; ${BASE_STOCK}`,
        symbols:
          "Q* = exp(μ + zσ), z = Φ⁻¹(Cu/(Cu + Co)); E[(D − Q)⁺] = m·Φ(d₁) − Q·Φ(d₂), m = exp(μ + σ²/2), d₂ = (μ − ln Q)/σ, d₁ = d₂ + σ",
      },
      steps: presentSteps(
        ratioStep(solution?.criticalRatio),
        step("Safety factor at the critical ratio", "z = Φ⁻¹(CR)", solution?.z, "standard deviations"),
        step("Logarithm of the quantity", "ln Q* = μ + zσ", solution?.logQuantity, ""),
        ...others,
      ),
      tables: [],
      result,
      source: `${SNYDER_SHEN}, ch. 4, eq. (4.30), and Appendix C (the lognormal distribution); Silver, Pyke & Thomas (2017), ch. 7`,
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
  newsvendorNegativeBinomialExplainer,
  newsvendorLognormalExplainer,
  newsvendorDiscreteExplainer,
];
