/**
 * Explainers of the poissonPolicy family: RQPOISSON, RQPOISSONCOST,
 * MINMAXPOISSON, MINMAXPOISSONCOST, MINMAX and POISSONLOSS (see registry.ts).
 * Each answer is the core model's own; the steps are the demand, the newsvendor
 * level the searches start from, and the costs G(y) the policies average.
 */
import { minMaxPoisson, minMaxPoissonCost } from "../poissonPolicy/minMaxPoisson";
import { minMaxPower } from "../poissonPolicy/minMaxPower";
import { newsvendorLevel, periodCost, poissonTable } from "../poissonPolicy/poissonDistribution";
import { poissonLoss } from "../poissonPolicy/poissonLoss";
import { rqPoisson, rqPoissonCost } from "../poissonPolicy/rqPoisson";
import { type ArgumentText, defineExplainer, optional, required } from "./defineExplainer";
import type { ExplainedTable } from "./explanation";
import { chooseResult, choiceArg, logicalArg, numberArgs, optionalNumberArg, presentSteps, step } from "./parts";
import type { Explainer } from "./registry";

const SNYDER_SHEN = "Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019)";
const FEDERGRUEN_ZHENG = "Federgruen & Zheng, Operations Research 40(4), 808–813 (1992)";
const ZHENG_FEDERGRUEN = "Zheng & Federgruen, Operations Research 39(4), 654–665 (1991)";

const TEXT: Record<string, ArgumentText> = {
  reorder_point: { label: "Reorder point (inventory position that triggers an order)", symbol: "r", unit: "units" },
  order_quantity: { label: "Order quantity", symbol: "Q", unit: "units" },
  min: { label: "Min: order when the inventory position is at or below it", symbol: "s", unit: "units" },
  max: { label: "Max: order up to it", symbol: "S", unit: "units" },
  demand_mean: { label: "Mean demand per period", symbol: "λ", unit: "units per period" },
  demand_std: { label: "Standard deviation of demand per period", symbol: "τ", unit: "units per period" },
  lead_time: { label: "Lead time", symbol: "L", unit: "periods" },
  order_cost: { label: "Cost per order", symbol: "K", unit: "$ per order" },
  holding_cost: { label: "Holding cost per unit per period", symbol: "h", unit: "$ per unit per period" },
  backorder_cost: { label: "Backorder cost per unit per period", symbol: "p", unit: "$ per unit per period" },
  x: { label: "Level", symbol: "x", unit: "units" },
  mean: { label: "Poisson mean", symbol: "λ", unit: "units" },
  order: { label: "Order of the loss function (1 or 2)", symbol: "", unit: "" },
  complementary: { label: "Complementary (the loss below x)", symbol: "", unit: "" },
  result: { label: "Output chosen", symbol: "", unit: "" },
};
const text = (name: string): ArgumentText => TEXT[name] ?? { label: name, symbol: "", unit: "" };
const requiredNumbers = (...names: string[]) => names.map((name) => required(name, text(name)));
const resultArgument = (choices: readonly string[]) => optional("result", text("result"), "choice", choices);

/** The model fields of the cost arguments every policy here takes. */
const COST_ARGUMENTS = {
  orderCost: "order_cost",
  holdingCost: "holding_cost",
  backorderCost: "backorder_cost",
} as const;
const RQ_ARGUMENTS = { demandMean: "demand_mean", leadTime: "lead_time", ...COST_ARGUMENTS } as const;
const MINMAX_ARGUMENTS = { demandMean: "demand_mean", ...COST_ARGUMENTS } as const;

const G_SYMBOL = "G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺]";
const RQ_COST_SYMBOLS = `g(r,Q) = (Kλ + Σ_{y=r+1}^{r+Q} G(y))/Q,  ${G_SYMBOL}, D ~ Poisson(λL)`;
const MINMAX_COST_SYMBOLS = `c(s,S) = [K + Σ_{j=0}^{S−s−1} m(j)·G(S − j)]/M(S − s),  ${G_SYMBOL}, D ~ Poisson(λ)`;

/** Tables of G(y) are shown up to this many rows. */
const MAX_ROWS = 40;

/** G(y) for y from `from` to `to`, marking the levels the policy holds, when the range is short enough to show. */
function periodCostTable(
  mean: number,
  costs: { holdingCost: number; backorderCost: number },
  from: number,
  to: number,
  held: (y: number) => boolean,
  title: string,
): ExplainedTable[] {
  if (to - from + 1 > MAX_ROWS) return [];
  const table = poissonTable(mean);
  const rows: Array<Array<number | string>> = [];
  for (let y = from; y <= to; y++) {
    rows.push([y, periodCost(table, costs.holdingCost, costs.backorderCost, y), held(y) ? "yes" : ""]);
  }
  return [{ title, headers: ["Inventory position y", "G(y)", "Held by the policy?"], rows }];
}

const RQ_RESULTS = ["reorder_point", "order_quantity", "cost"] as const;

const RQPOISSON = defineExplainer({
  fn: "RQPOISSON",
  title: "Optimal continuous-review (r,Q) policy, Poisson demand",
  arguments: [
    ...requiredNumbers("demand_mean", "lead_time", "order_cost", "holding_cost", "backorder_cost"),
    resultArgument(RQ_RESULTS),
  ],
  source: `${FEDERGRUEN_ZHENG}; ${SNYDER_SHEN}, §5.3, Example 5.8`,
  explain(args) {
    const given = numberArgs(args, RQ_ARGUMENTS);
    const choice = choiceArg(args, "result", RQ_RESULTS, "reorder_point");
    const policy = rqPoisson(given);
    const mean = given.demandMean * given.leadTime;
    const start = newsvendorLevel(poissonTable(mean), given.holdingCost, given.backorderCost);
    const { reorderPoint: r, orderQuantity: q } = policy;
    const { result, others } = chooseResult(
      {
        reorder_point: step("Reorder point", "r*", r, "units"),
        order_quantity: step("Order quantity", "Q*", q, "units"),
        cost: step("Expected cost per period at (r*, Q*)", "g(r*, Q*)", policy.cost, "$ per period"),
      },
      choice,
    );
    return {
      formula: {
        words:
          "start from the newsvendor level and add the cheaper neighbouring inventory position while its G(y) is below the average cost so far; the Q positions held are r + 1 … r + Q",
        symbols: RQ_COST_SYMBOLS,
      },
      steps: presentSteps(
        step("Mean lead-time demand", "λL", mean, "units"),
        step("Newsvendor level, where G(y) is least", "y* = min{y : P(D > y) ≤ h/(h + p)}", start, "units"),
        ...others,
      ),
      tables: periodCostTable(
        mean,
        given,
        r - 1,
        r + q + 2,
        (y) => y > r && y <= r + q,
        "Expected holding and backorder cost G(y) around the positions held",
      ),
      result,
    };
  },
});

const RQPOISSONCOST = defineExplainer({
  fn: "RQPOISSONCOST",
  title: "Expected cost of a continuous-review (r,Q) policy, Poisson demand",
  arguments: requiredNumbers(
    "reorder_point",
    "order_quantity",
    "demand_mean",
    "lead_time",
    "order_cost",
    "holding_cost",
    "backorder_cost",
  ),
  source: `${SNYDER_SHEN}, §5.3, Example 5.8`,
  explain(args) {
    const given = numberArgs(args, { reorderPoint: "reorder_point", orderQuantity: "order_quantity", ...RQ_ARGUMENTS });
    const cost = rqPoissonCost(given);
    const { reorderPoint: r, orderQuantity: q } = given;
    const mean = given.demandMean * given.leadTime;
    return {
      formula: {
        words:
          "ordering cost per period plus the expected holding and backorder cost G(y) averaged over the inventory positions r + 1 … r + Q, each equally likely",
        symbols: RQ_COST_SYMBOLS,
      },
      steps: presentSteps(
        step("Mean lead-time demand", "λL", mean, "units"),
        step("Ordering cost per period", "Kλ/Q", (given.orderCost * given.demandMean) / q, "$ per period"),
      ),
      tables: periodCostTable(mean, given, r + 1, r + q, () => true, "G(y) at each inventory position held"),
      result: { label: "Expected cost per period", symbol: "g(r,Q)", value: cost, unit: "$ per period" },
    };
  },
});

const MINMAX_POISSON_RESULTS = ["min", "max", "cost"] as const;

const MINMAXPOISSON = defineExplainer({
  fn: "MINMAXPOISSON",
  title: "Optimal periodic-review min-max (s,S) policy, Poisson demand",
  arguments: [
    ...requiredNumbers("demand_mean", "order_cost", "holding_cost", "backorder_cost"),
    resultArgument(MINMAX_POISSON_RESULTS),
  ],
  source: `${ZHENG_FEDERGRUEN}, §3 and Table I; ${SNYDER_SHEN}, §4.6, Example 4.7`,
  explain(args) {
    const given = numberArgs(args, MINMAX_ARGUMENTS);
    const choice = choiceArg(args, "result", MINMAX_POISSON_RESULTS, "min");
    const policy = minMaxPoisson(given);
    const start = newsvendorLevel(poissonTable(given.demandMean), given.holdingCost, given.backorderCost);
    const { result, others } = chooseResult(
      {
        min: step("Min: order when the inventory position is at or below it", "s*", policy.min, "units"),
        max: step("Max: order up to it", "S*", policy.max, "units"),
        cost: step("Expected cost per period at (s*, S*)", "c(s*, S*)", policy.cost, "$ per period"),
      },
      choice,
    );
    return {
      formula: {
        words:
          "from the newsvendor level y*, lower s until c(s, y*) ≤ G(s); then raise S while G(S) is below the best cost, and after each improvement raise s while c(s,S) ≤ G(s + 1)",
        symbols: MINMAX_COST_SYMBOLS,
      },
      steps: presentSteps(
        step("Newsvendor level, where G(y) is least", "y* = min{y : P(D > y) ≤ h/(h + p)}", start, "units"),
        step("Order size when the position is exactly s*", "S* − s*", policy.max - policy.min, "units"),
        ...others,
      ),
      tables: [],
      result,
    };
  },
});

const MINMAXPOISSONCOST = defineExplainer({
  fn: "MINMAXPOISSONCOST",
  title: "Expected cost of a periodic-review min-max (s,S) policy, Poisson demand",
  arguments: requiredNumbers("min", "max", "demand_mean", "order_cost", "holding_cost", "backorder_cost"),
  source: `${ZHENG_FEDERGRUEN}, eq. (2)–(4); ${SNYDER_SHEN}, §4.6, Example 4.7`,
  explain(args) {
    const given = numberArgs(args, { min: "min", max: "max", ...MINMAX_ARGUMENTS });
    const cost = minMaxPoissonCost(given);
    return {
      formula: {
        words:
          "one order cost plus the expected holding and backorder cost G of each period between orders (m(j) counts the visits to S − j), divided by the expected periods between orders M(S − s)",
        symbols: MINMAX_COST_SYMBOLS,
      },
      steps: presentSteps(step("Span between min and max", "S − s", given.max - given.min, "units")),
      tables: periodCostTable(
        given.demandMean,
        given,
        given.min + 1,
        given.max,
        () => true,
        "G(y) at each inventory position after ordering",
      ),
      result: { label: "Expected cost per period", symbol: "c(s,S)", value: cost, unit: "$ per period" },
    };
  },
});

const MINMAX_RESULTS = ["min", "max"] as const;

const MINMAX = defineExplainer({
  fn: "MINMAX",
  title: "Min-max (s,S) policy, normal demand, revised power approximation",
  arguments: [
    ...requiredNumbers("demand_mean", "demand_std", "lead_time", "order_cost", "holding_cost", "backorder_cost"),
    resultArgument(MINMAX_RESULTS),
  ],
  source: `Ehrhardt & Mosier, Management Science 30(5), 618–622 (1984); ${SNYDER_SHEN}, §4.6.3, eq. (4.77)–(4.80), Example 4.8`,
  explain(args) {
    const given = numberArgs(args, {
      demandMean: "demand_mean",
      demandStd: "demand_std",
      leadTime: "lead_time",
      ...COST_ARGUMENTS,
    });
    const choice = choiceArg(args, "result", MINMAX_RESULTS, "min");
    const policy = minMaxPower(given);
    const periods = given.leadTime + 1;
    const { result, others } = chooseResult(
      {
        min: step("Min (reorder level)", "s", policy.min, "units"),
        max: step("Max (order-up-to level)", "S = s + Q", policy.max, "units"),
      },
      choice,
    );
    return {
      formula: {
        words:
          "a fitted power law for the order size, and a reorder level from the mean and spread of demand over the lead time plus one review period",
        symbols:
          "Q = 1.30·λ^0.494·(K/h)^0.506·(1 + σ_L²/λ²)^0.116,  z = √(Qh/(σ_L·p)),  s = 0.973·μ_L + σ_L(0.183/z + 1.063 − 2.192z)",
      },
      steps: presentSteps(
        step("Mean demand over the lead time plus one period", "μ_L = λ(L + 1)", given.demandMean * periods, "units"),
        step("Its standard deviation", "σ_L = τ√(L + 1)", given.demandStd * Math.sqrt(periods), "units"),
        step("Order size", "Q = S − s", policy.max - policy.min, "units"),
        ...others,
      ),
      tables: [],
      result,
    };
  },
});

const POISSONLOSS = defineExplainer({
  fn: "POISSONLOSS",
  title: "Poisson loss function",
  arguments: [
    ...requiredNumbers("x", "mean"),
    optional("order", text("order")),
    optional("complementary", text("complementary"), "logical"),
  ],
  source: `${SNYDER_SHEN}, Appendix C, eq. (C.36)–(C.42)`,
  explain(args) {
    const { x, mean } = numberArgs(args, { x: "x", mean: "mean" });
    const order = optionalNumberArg(args, "order");
    const complementary = logicalArg(args, "complementary", false);
    const value = poissonLoss({ x, mean, order, complementary });
    const second = order === 2;
    const symbols = second
      ? complementary
        ? "n̄²(x) = ½ Σ_{y ≤ x} (x − y)(x + 1 − y) f(y)"
        : "n²(x) = ½ Σ_{y > x} (y − x)(y − x − 1) f(y)"
      : complementary
        ? "n̄(x) = E[(x − X)⁺] = Σ_{y < x} (x − y) f(y)"
        : "n(x) = E[(X − x)⁺] = Σ_{y > x} (y − x) f(y)";
    const table = poissonTable(mean);
    return {
      formula: {
        words: complementary
          ? "the expected amount by which x exceeds Poisson demand X (second order: summed once more)"
          : "the expected amount by which Poisson demand X exceeds x (second order: summed once more)",
        symbols,
      },
      steps: presentSteps(
        step("Probability that demand is at most x", "F(x) = P(X ≤ x)", table.cdf(x), "probability"),
        step("Probability that demand is exactly x", "f(x)", table.probability(x), "probability"),
      ),
      tables: [],
      result: {
        label: second ? "Second-order loss" : "Loss",
        symbol: symbols.split(" = ")[0] ?? symbols,
        value,
        unit: "units",
      },
    };
  },
});

export const POISSON_POLICY_EXPLAINERS: readonly Explainer[] = [
  RQPOISSON,
  RQPOISSONCOST,
  MINMAXPOISSON,
  MINMAXPOISSONCOST,
  MINMAX,
  POISSONLOSS,
];
