/**
 * Explainers of the (r,Q) family for normal demand: RQPOLICY and RQCOST (see
 * registry.ts). Each shows the lead-time demand, the method's (r,Q) and the
 * exact cost there, from the core model's own figures.
 */
import { baseStockLevel, leadTimeDemand } from "../rqPolicy/leadTimeDemand";
import { rqCost } from "../rqPolicy/rqCost";
import { RQ_METHODS, rqPolicy } from "../rqPolicy/rqPolicy";
import { type ArgumentText, defineExplainer, optional, required } from "./defineExplainer";
import { chooseResult, choiceArg, numberArgs, optionalNumberArg, presentSteps, step, unlessRefused } from "./parts";

const SNYDER_SHEN = "Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019)";

const TEXT: Record<string, ArgumentText> = {
  reorder_point: { label: "Reorder point (inventory position that triggers an order)", symbol: "r", unit: "units" },
  order_quantity: { label: "Order quantity", symbol: "Q", unit: "units" },
  demand_mean: { label: "Mean demand per period", symbol: "λ", unit: "units per period" },
  demand_std: { label: "Standard deviation of demand per period", symbol: "τ", unit: "units per period" },
  lead_time: { label: "Lead time", symbol: "L", unit: "periods" },
  order_cost: { label: "Cost per order", symbol: "K", unit: "$ per order" },
  holding_cost: { label: "Holding cost per unit per period", symbol: "h", unit: "$ per unit per period" },
  backorder_cost: { label: "Backorder cost per unit per period", symbol: "p", unit: "$ per unit per period" },
};
const text = (name: string): ArgumentText => TEXT[name] ?? { label: name, symbol: "", unit: "" };
const requiredNumbers = (...names: string[]) => names.map((name) => required(name, text(name)));

/** The model fields of the demand and cost arguments both functions take. */
const DEMAND_ARGUMENTS = {
  demandMean: "demand_mean",
  demandStd: "demand_std",
  leadTime: "lead_time",
  orderCost: "order_cost",
  holdingCost: "holding_cost",
  backorderCost: "backorder_cost",
} as const;

const COST_SYMBOLS = "g(r,Q) = (Kλ + ∫ᵣ^(r+Q) g(y) dy)/Q = Kλ/Q + h(r − μ + Q/2) + (h + p)(n⁽²⁾(r) − n⁽²⁾(r + Q))/Q";

const leadTimeSteps = (mean: number, std: number) => [
  step("Mean lead-time demand", "μ = λL", mean, "units"),
  step("Standard deviation of lead-time demand", "σ = τ√L", std, "units"),
];

const RESULTS = ["reorder_point", "order_quantity", "cost"] as const;

const METHOD_WORDS: Record<(typeof RQ_METHODS)[number], { words: string; symbols: string }> = {
  exact: {
    words:
      "the (r,Q) with the least exact expected cost: for each Q the best r has g(r) = g(r + Q), and Q* is where the cost stops falling",
    symbols: "min g(r,Q): g(r) = g(r + Q) and g(r + Q) = g(r,Q)",
  },
  loss: {
    words:
      "alternate the reorder point whose expected shortage is hQ/(h + p) and the order quantity that covers the ordering and shortage area, from the EOQ",
    symbols: "n(r) = hQ/(h + p),  Q = √(2(Kλ + (h + p)n⁽²⁾(r))/h)",
  },
  eil: {
    words:
      "alternate the reorder point with stockout chance Qh/(pλ) and the EOQ with the expected shortage per cycle added to the order cost",
    symbols: "r = F⁻¹(1 − Qh/(pλ)),  Q = √(2λ(K + p·n(r))/h)",
  },
  eoqb: {
    words: "the EOQ with planned backorders, then the best reorder point for that Q",
    symbols: "Q = √(2Kλ(h + p)/(hp)),  g(r) = g(r + Q)",
  },
  eoqss: {
    words: "the EOQ, and the newsvendor base-stock level over the lead time as the reorder point",
    symbols: "Q = √(2Kλ/h),  r = μ + z·σ,  z = Φ⁻¹(p/(p + h))",
  },
};

const RQPOLICY = defineExplainer({
  fn: "RQPOLICY",
  title: "Continuous-review (r,Q) policy, normal demand",
  arguments: [
    ...requiredNumbers("demand_mean", "demand_std", "lead_time", "order_cost", "holding_cost", "backorder_cost"),
    optional("method", { label: "Method", symbol: "", unit: "" }, "choice", RQ_METHODS),
    optional("result", { label: "Output chosen", symbol: "", unit: "" }, "choice", RESULTS),
    optional("order_quantity", text("order_quantity")),
  ],
  source: `${SNYDER_SHEN}, ch. 5, §5.2–5.3, eq. (5.7)–(5.9), (5.16)–(5.18), (5.21), (5.28)–(5.29); Hadley & Whitin (1963)`,
  explain(args) {
    const given = numberArgs(args, DEMAND_ARGUMENTS);
    const method = choiceArg(args, "method", RQ_METHODS, "exact");
    const choice = choiceArg(args, "result", RESULTS, "reorder_point");
    const orderQuantity = optionalNumberArg(args, "order_quantity");
    const policy = rqPolicy({ ...given, method, orderQuantity });
    const baseStock = unlessRefused(() => baseStockLevel(leadTimeDemand(given)));
    const { result, others } = chooseResult(
      {
        reorder_point: step("Reorder point", "r", policy.reorderPoint, "units"),
        order_quantity: step(
          orderQuantity === undefined ? "Order quantity" : "Order quantity (given)",
          "Q",
          policy.orderQuantity,
          "units",
        ),
        cost: step("Exact expected cost per period at (r, Q)", "g(r,Q)", policy.cost, "$ per period"),
      },
      choice,
    );
    return {
      formula: METHOD_WORDS[method],
      steps: presentSteps(
        ...leadTimeSteps(policy.leadTimeDemandMean, policy.leadTimeDemandStd),
        step("Newsvendor base-stock level over the lead time", "S* = F⁻¹(p/(p + h))", baseStock, "units"),
        step(
          "Safety stock at the reorder point (negative: a planned backlog)",
          "r − μ",
          policy.reorderPoint - policy.leadTimeDemandMean,
          "units",
        ),
        step("The method's own cost estimate", "g̃(r,Q)", policy.approximateCost, "$ per period"),
        ...others,
      ),
      tables: [],
      result,
    };
  },
});

const RQCOST = defineExplainer({
  fn: "RQCOST",
  title: "Exact expected cost of a continuous-review (r,Q) policy, normal demand",
  arguments: requiredNumbers(
    "reorder_point",
    "order_quantity",
    "demand_mean",
    "demand_std",
    "lead_time",
    "order_cost",
    "holding_cost",
    "backorder_cost",
  ),
  source: `${SNYDER_SHEN}, §5.2, eq. (5.7) and (5.10); second-order loss function, Appendix C`,
  explain(args) {
    const given = numberArgs(args, {
      ...DEMAND_ARGUMENTS,
      reorderPoint: "reorder_point",
      orderQuantity: "order_quantity",
    });
    const cost = rqCost(given);
    const demand = leadTimeDemand(given);
    const q = given.orderQuantity;
    return {
      formula: {
        words:
          "ordering cost per period, plus the newsvendor cost g(y) averaged over the inventory positions from r to r + Q, in closed form with the second-order loss function",
        symbols: COST_SYMBOLS,
      },
      steps: presentSteps(
        ...leadTimeSteps(demand.mean, demand.std),
        step("Ordering cost per period", "Kλ/Q", (given.orderCost * given.demandMean) / q, "$ per period"),
        step(
          "Holding cost on the average position",
          "h(r − μ + Q/2)",
          given.holdingCost * (given.reorderPoint - demand.mean + q / 2),
          "$ per period",
        ),
      ),
      tables: [],
      result: { label: "Expected cost per period", symbol: "g(r,Q)", value: cost, unit: "$ per period" },
    };
  },
});

export const RQ_POLICY_EXPLAINERS = [RQPOLICY, RQCOST];
