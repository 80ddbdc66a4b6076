/**
 * Explainers of the lot-sizing family: LOTSIZE and LOTSIZECOST (see
 * registry.ts). Both show the plan of the method chosen period by period, as
 * the textbooks tabulate it: requirement, order, inventory carried, the
 * period's ordering and holding cost, and the running total, all from the
 * model's own plan.
 */
import { economicOrderQuantityAlone } from "../cycleStock/economicOrderQuantity";
import { LOT_SIZING_METHODS, type LotSizingMethod, type LotSizingResult, lotSizing } from "../lotSizing/lotSizing";
import type { ExplainedInput, ExplainedStep, ExplainedTable, Explanation } from "./explanation";
import {
  choiceArg,
  input,
  listArg,
  listSummary,
  numberArg,
  optionalNumberArg,
  presentSteps,
  step,
  unlessRefused,
} from "./parts";
import type { ExplainArgs, ExplainArgument, Explainer } from "./registry";

const SILVER_PYKE_THOMAS =
  "Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (2017), ch. 5";

/** Each rule as a textbook states it, and where it comes from. */
const RULES: Record<LotSizingMethod, { name: string; words: string; symbols: string; source: string }> = {
  LFL: {
    name: "Lot-for-lot",
    words: "order each period's requirement in that period; nothing is carried",
    symbols: "Q_t = r_t",
    source: 'APICS Dictionary, "lot-for-lot"',
  },
  FOQ: {
    name: "Fixed order quantity",
    words:
      "whenever stock cannot cover a period, order the fixed quantity, or the smallest multiple of it that covers the period",
    symbols: "Q_t = k·Q, k = ⌈(r_t − stock)/Q⌉, when r_t > stock",
    source: 'APICS Dictionary, "fixed order quantity"',
  },
  EOQ: {
    name: "Economic order quantity",
    words: "the fixed order quantity rule with the EOQ at the average requirement per period as the lot size",
    symbols: "Q = √(2·r̄·S/H)",
    source: 'APICS Dictionary, "fixed order quantity"; Harris (1913)',
  },
  POQ: {
    name: "Period order quantity",
    words:
      "each order covers T periods of requirements, T = the EOQ divided by the average requirement, rounded, at least 1",
    symbols: "T = max(1, round(√(2S/(H·r̄)))); Q_t = r_t + … + r_t+T−1",
    source: 'APICS Dictionary, "period order quantity"',
  },
  FPR: {
    name: "Fixed period requirements",
    words: "each order covers the requirements of T periods",
    symbols: "Q_t = r_t + … + r_t+T−1",
    source: 'APICS Dictionary, "fixed period requirements"',
  },
  LUC: {
    name: "Least unit cost",
    words: "extend each lot period by period while its cost per unit, (S + holding cost) / units, does not rise",
    symbols: "min over j of (S + H·Σ_k=t..j (k − t)·r_k) / Σ_k=t..j r_k",
    source: "Vollmann et al., Manufacturing Planning and Control (least unit cost)",
  },
  PPB: {
    name: "Part-period balancing",
    words:
      "extend each lot while its part-periods (units × periods carried) come closest to the economic part-period S/H",
    symbols: "Σ_k=t..j (k − t)·r_k ≈ EPP = S/H",
    source: 'DeMatteis (1968), "An economic lot-sizing technique I: the part-period algorithm"',
  },
  SM: {
    name: "Silver-Meal",
    words:
      "extend each lot period by period while its average cost per period, (S + holding cost) / periods covered, does not rise",
    symbols: "min over j of (S + H·Σ_k=t..j (k − t)·r_k) / (j − t + 1)",
    source: "Silver & Meal (1973)",
  },
  WW: {
    name: "Wagner-Whitin",
    words:
      "the least-cost plan: each order covers whole periods, chosen by dynamic programming over where the last order starts",
    symbols: "f(t) = min over i of [f(i) + S + H·Σ_k=i..t−1 (k − i)·r_k]",
    source:
      "Wagner & Whitin (1958); Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.39), Example 3.9",
  },
};

const ARGUMENTS: readonly ExplainArgument[] = [
  { name: "requirements", kind: "list", optional: false },
  { name: "order_cost", kind: "number", optional: false },
  { name: "holding_cost", kind: "number", optional: false },
  { name: "method", kind: "choice", optional: false, choices: LOT_SIZING_METHODS },
  { name: "parameter", kind: "number", optional: true },
  { name: "unit_costs", kind: "number", optional: true },
];

/** What the optional parameter means for each method that takes one. */
function parameterInput(method: LotSizingMethod, parameter: number | undefined): ExplainedInput[] {
  if (parameter === undefined) return [];
  if (method === "FOQ") return [input("parameter", "Fixed order quantity", "Q", parameter, "units")];
  if (method === "EOQ") return [input("parameter", "Rounding multiple of the EOQ", "m", parameter, "units")];
  return [input("parameter", "Periods per order", "T", parameter, "periods")];
}

/** The steps particular to a method: the lot size or the periods per order it works with. */
function methodSteps(
  method: LotSizingMethod,
  plan: LotSizingResult,
  costs: { orderCost: number; holdingCost: number; average: number },
  parameterGiven: boolean,
): Array<ExplainedStep | undefined> {
  switch (method) {
    case "EOQ":
      return parameterGiven
        ? [
            step(
              "EOQ at the average requirement",
              "√(2·r̄·S/H)",
              unlessRefused(() =>
                economicOrderQuantityAlone({
                  demand: costs.average,
                  orderCost: costs.orderCost,
                  holdingCost: costs.holdingCost,
                }),
              ),
              "units",
            ),
            step("Lot size: the EOQ rounded to the nearest multiple of m, at least m", "Q", plan.lotSize, "units"),
          ]
        : [step("Lot size: the EOQ at the average requirement", "Q = √(2·r̄·S/H)", plan.lotSize, "units")];
    case "FOQ":
      return [step("Lot size", "Q", plan.lotSize, "units")];
    case "POQ": {
      if (parameterGiven) return [step("Periods per order (given)", "T", plan.periodsPerOrder, "periods")];
      const quantity = unlessRefused(() =>
        economicOrderQuantityAlone({
          demand: costs.average,
          orderCost: costs.orderCost,
          holdingCost: costs.holdingCost,
        }),
      );
      return [
        step("EOQ at the average requirement", "√(2·r̄·S/H)", quantity, "units"),
        step("Periods per order: EOQ / r̄, rounded, at least 1", "T", plan.periodsPerOrder, "periods"),
      ];
    }
    case "FPR":
      return [step("Periods per order", "T", plan.periodsPerOrder, "periods")];
    case "PPB":
      return [step("Economic part-period", "EPP = S/H", costs.orderCost / costs.holdingCost, "unit-periods")];
    default:
      return [];
  }
}

/** The plan period by period, as the model costed it. */
function periodTable(
  requirements: ReadonlyArray<number | null>,
  plan: LotSizingResult,
  method: LotSizingMethod,
  purchase: boolean,
): ExplainedTable {
  return {
    title: `Period by period (${RULES[method].name})`,
    headers: [
      "Period",
      "Requirement",
      "Order",
      "Inventory carried",
      "Ordering cost",
      "Holding cost",
      ...(purchase ? ["Purchase cost"] : []),
      "Running total",
    ],
    rows: plan.endingInventory.map((carried, t) => [
      t + 1,
      requirements[t] ?? "",
      plan.orders[t] ?? "",
      carried,
      plan.periodOrderingCost[t] ?? "",
      plan.periodHoldingCost[t] ?? "",
      ...(purchase ? [plan.periodPurchaseCost[t] ?? ""] : []),
      plan.runningCost[t] ?? "",
    ]),
  };
}

/** The explanation both functions share; LOTSIZE adds its spill, the orders. */
function explainPlan(fn: "LOTSIZE" | "LOTSIZECOST", args: ExplainArgs): Explanation {
  const requirements = listArg(args, "requirements");
  const orderCost = numberArg(args, "order_cost");
  const holdingCost = numberArg(args, "holding_cost");
  const method = choiceArg(args, "method", LOT_SIZING_METHODS);
  const parameter = optionalNumberArg(args, "parameter");
  const unitCosts = optionalNumberArg(args, "unit_costs");
  const plan = lotSizing({ requirements, orderCost, holdingCost, method, parameter, unitCosts });
  const purchase = unitCosts !== undefined;
  const periods = plan.endingInventory.length;
  let total = 0;
  for (let t = 0; t < periods; t++) total += requirements[t] ?? 0;
  const average = periods > 0 ? total / periods : 0;
  let carried = 0;
  for (const inventory of plan.endingInventory) carried += inventory;
  const rule = RULES[method];
  return {
    fn,
    title: fn === "LOTSIZE" ? `Planned orders by ${rule.name}` : `Cost of the ${rule.name} plan`,
    inputs: [
      input("requirements", "Net requirement per period", "r_t", listSummary(requirements, "periods"), "units"),
      input("order_cost", "Cost per order", "S", orderCost, "$ per order"),
      input("holding_cost", "Cost per unit carried to the next period", "H", holdingCost, "$ per unit per period"),
      input("method", "Lot-sizing rule", "", `${method} (${rule.name})`, ""),
      ...parameterInput(method, parameter),
      ...(purchase ? [input("unit_costs", "Purchase cost per unit ordered", "c", unitCosts, "$ per unit")] : []),
    ],
    formula: {
      words: `${rule.words}; the plan costs S per order plus H per unit carried out of each period${purchase ? ", plus c per unit ordered" : ""}`,
      symbols: `${rule.symbols}; cost = S × orders + H × Σ carried${purchase ? " + c × Σ ordered" : ""}`,
    },
    steps: presentSteps(
      step("Periods in the horizon", "n", periods, "periods"),
      step("Total requirement", "Σr_t", total, "units"),
      method === "EOQ" || method === "POQ"
        ? step("Average requirement per period", "r̄ = Σr_t/n", average, "units per period")
        : undefined,
      ...methodSteps(method, plan, { orderCost, holdingCost, average }, parameter !== undefined),
      step("Orders placed", "N", plan.orderCount, "orders"),
      step("Ordering cost", "S × N", plan.orderingCost, "$"),
      step("Units carried, summed over the periods", "Σ carried", carried, "unit-periods"),
      step("Holding cost", "H × Σ carried", plan.holdingCost, "$"),
      purchase ? step("Purchase cost", "c × Σ ordered", plan.purchaseCost, "$") : undefined,
    ),
    tables: periods > 0 ? [periodTable(requirements, plan, method, purchase)] : [],
    result: {
      label: "Total cost of the plan",
      symbol: purchase ? "S × N + H × Σ carried + c × Σ ordered" : "S × N + H × Σ carried",
      value: plan.totalCost,
      unit: "$",
    },
    ...(fn === "LOTSIZE" ? { output: plan.orders.map((order) => [order ?? ""]) } : {}),
    source: `${rule.source}; ${SILVER_PYKE_THOMAS}`,
  };
}

export const LOT_SIZING_EXPLAINERS: readonly Explainer[] = [
  { fn: "LOTSIZE", arguments: ARGUMENTS, explain: (args) => explainPlan("LOTSIZE", args) },
  { fn: "LOTSIZECOST", arguments: ARGUMENTS, explain: (args) => explainPlan("LOTSIZECOST", args) },
];
