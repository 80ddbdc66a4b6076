/**
 * Explainers of the cycle-stock family: EOQ, EOQCOST, EOQBACKORDER,
 * EOQDISCOUNT, EPQ and EPQBACKORDER (see registry.ts). Each answer is the
 * model's own; the steps are the model's intermediate figures.
 */
import { economicOrderQuantity, economicOrderQuantityAlone } from "../cycleStock/economicOrderQuantity";
import {
  economicProductionQuantity,
  productionSlack,
  requireCycleTime,
} from "../cycleStock/economicProductionQuantity";
import { economicOrderQuantityWithBackorders } from "../cycleStock/eoqWithBackorders";
import { economicProductionQuantityWithBackorders } from "../cycleStock/epqWithBackorders";
import { holdingCostPerUnit } from "../cycleStock/holdingCostPerUnit";
import { orderQuantityCost } from "../cycleStock/orderQuantityCost";
import {
  type DiscountTierCandidate,
  discountSchedule,
  economicOrderQuantityWithDiscounts,
} from "../cycleStock/quantityDiscounts";
import type { ExplainedInput, ExplainedTable } from "./explanation";
import {
  chooseResult,
  choiceArg,
  input,
  listArg,
  listSummary,
  logicalArg,
  numberArg,
  numberArgs,
  optionalNumberArg,
  presentSteps,
  step,
  tableCell,
  unlessRefused,
} from "./parts";
import type { ExplainArgs, ExplainArgument, Explainer } from "./registry";

const SNYDER_SHEN = "Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019)";

const number = (name: string, optional = false): ExplainArgument => ({ name, kind: "number", optional });
const result = (choices: readonly string[]): ExplainArgument => ({
  name: "result",
  kind: "choice",
  optional: true,
  choices,
});

/** The model field names of the arguments the EOQ functions share. */
const COST_ARGUMENTS = { demand: "demand", orderCost: "order_cost", holdingCost: "holding_cost" } as const;

/** The inputs the cycle-stock functions share, as the textbooks name them. */
const inputs = {
  demand: (value: number) => input("demand", "Demand per period", "D", value, "units per period"),
  orderCost: (value: number) => input("order_cost", "Cost per order", "S", value, "$ per order"),
  setupCost: (value: number) => input("setup_cost", "Cost per setup", "S", value, "$ per setup"),
  holdingCost: (value: number) =>
    input("holding_cost", "Holding cost per unit per period", "H", value, "$ per unit per period"),
  backorderCost: (value: number) =>
    input("backorder_cost", "Backorder cost per unit per period", "p", value, "$ per unit per period"),
  productionRate: (value: number) =>
    input("production_rate", "Production rate while running", "P", value, "units per period"),
  result: (value: string) => input("result", "Output chosen", "", value, ""),
};

/** holding_cost and unit_cost: H itself, or the carrying rate i with the unit cost C (H = iC). */
function holdingInputs(holdingCost: number, unitCost: number | undefined): ExplainedInput[] {
  if (unitCost === undefined) return [inputs.holdingCost(holdingCost)];
  return [
    input("holding_cost", "Carrying rate per period", "i", holdingCost, "fraction of unit cost per period"),
    input("unit_cost", "Unit cost", "C", unitCost, "$ per unit"),
  ];
}

/** The step H = iC when a unit cost turns holding_cost into a carrying rate. */
const holdingStep = (unitCost: number | undefined, perUnit: number) =>
  unitCost === undefined
    ? undefined
    : step("Holding cost per unit per period", "H = iC", perUnit, "$ per unit per period");

const eoq: Explainer = {
  fn: "EOQ",
  arguments: [number("demand"), number("order_cost"), number("holding_cost"), number("unit_cost", true)],
  explain(args: ExplainArgs) {
    const { demand, orderCost, holdingCost } = numberArgs(args, COST_ARGUMENTS);
    const unitCost = optionalNumberArg(args, "unit_cost");
    const model = { demand, orderCost, holdingCost, unitCost };
    // The whole model when its cost is finite too; else the quantity alone (as INV.EOQ computes it).
    const full = unlessRefused(() => economicOrderQuantity(model));
    const quantity = full?.quantity ?? economicOrderQuantityAlone(model);
    const perUnit = full?.holdingCostPerUnit ?? holdingCostPerUnit(holdingCost, unitCost);
    const costs =
      quantity > 0 ? unlessRefused(() => orderQuantityCost({ ...model, orderQuantity: quantity })) : undefined;
    return {
      fn: "EOQ",
      title: "Economic order quantity",
      inputs: [inputs.demand(demand), inputs.orderCost(orderCost), ...holdingInputs(holdingCost, unitCost)],
      formula: {
        words:
          "the order size at which the ordering cost and the holding cost per period are equal, and their sum least",
        symbols: unitCost === undefined ? "Q* = √(2DS/H)" : "Q* = √(2DS/H), H = iC",
      },
      steps: presentSteps(
        holdingStep(unitCost, perUnit),
        step("Twice the demand times the order cost", "2DS", 2 * demand * orderCost, "$ per period"),
        step("Divided by the holding cost", "2DS/H", (2 * demand * orderCost) / perUnit, "units²"),
        step("Orders per period", "D/Q*", full?.ordersPerPeriod, "orders per period"),
        step("Cycle stock (average inventory)", "Q*/2", full?.cycleStock, "units"),
        step("Ordering cost per period", "DS/Q*", costs?.orderingCostPerPeriod, "$ per period"),
        step("Holding cost per period", "HQ*/2", costs?.holdingCostPerPeriod, "$ per period"),
        step("Ordering + holding cost per period", "g* = √(2DSH)", full?.costPerPeriod, "$ per period"),
      ),
      tables: [],
      result: { label: "Economic order quantity", symbol: "Q*", value: quantity, unit: "units" },
      source: `Harris (1913); ${SNYDER_SHEN}, §3.2, eq. (3.4)–(3.5); APICS Dictionary, "economic order quantity"`,
    };
  },
};

const eoqCost: Explainer = {
  fn: "EOQCOST",
  arguments: [
    number("demand"),
    number("order_cost"),
    number("holding_cost"),
    number("order_quantity"),
    number("unit_cost", true),
  ],
  explain(args) {
    const { demand, orderCost, holdingCost } = numberArgs(args, COST_ARGUMENTS);
    const orderQuantity = numberArg(args, "order_quantity");
    const unitCost = optionalNumberArg(args, "unit_cost");
    const model = orderQuantityCost({ demand, orderCost, holdingCost, orderQuantity, unitCost });
    const optimum = unlessRefused(() => economicOrderQuantity({ demand, orderCost, holdingCost, unitCost }));
    return {
      fn: "EOQCOST",
      title: "Ordering + holding cost per period at a given order quantity",
      inputs: [
        inputs.demand(demand),
        inputs.orderCost(orderCost),
        ...holdingInputs(holdingCost, unitCost),
        input("order_quantity", "Order quantity", "Q", orderQuantity, "units"),
      ],
      formula: {
        words: "orders per period times the order cost, plus the average cycle stock times the holding cost",
        symbols: "g(Q) = DS/Q + HQ/2",
      },
      steps: presentSteps(
        holdingStep(unitCost, model.holdingCostPerUnit),
        step("Orders per period", "D/Q", demand / orderQuantity, "orders per period"),
        step("Ordering cost per period", "DS/Q", model.orderingCostPerPeriod, "$ per period"),
        step("Cycle stock (average inventory)", "Q/2", orderQuantity / 2, "units"),
        step("Holding cost per period", "HQ/2", model.holdingCostPerPeriod, "$ per period"),
        step("For comparison: the economic order quantity", "Q* = √(2DS/H)", optimum?.quantity, "units"),
        step("For comparison: the cost at Q*", "g* = √(2DSH)", optimum?.costPerPeriod, "$ per period"),
      ),
      tables: [],
      result: {
        label: "Ordering + holding cost per period",
        symbol: "g(Q)",
        value: model.costPerPeriod,
        unit: "$ per period",
      },
      source: `${SNYDER_SHEN}, §3.2 (the cost function g(Q) behind eq. (3.4)–(3.5)); Harris (1913)`,
    };
  },
};

const EOQ_BACKORDER_RESULTS = ["quantity", "backorders", "cost", "max_inventory"] as const;

const eoqBackorder: Explainer = {
  fn: "EOQBACKORDER",
  arguments: [
    number("demand"),
    number("order_cost"),
    number("holding_cost"),
    number("backorder_cost"),
    result(EOQ_BACKORDER_RESULTS),
    number("order_quantity", true),
    number("backorder_fraction", true),
  ],
  explain(args) {
    const given = numberArgs(args, { ...COST_ARGUMENTS, backorderCost: "backorder_cost" });
    const { demand, orderCost, holdingCost, backorderCost } = given;
    const choice = choiceArg(args, "result", EOQ_BACKORDER_RESULTS, "quantity");
    const orderQuantity = optionalNumberArg(args, "order_quantity");
    const backorderFraction = optionalNumberArg(args, "backorder_fraction");
    const model = economicOrderQuantityWithBackorders({ ...given, orderQuantity, backorderFraction });
    const optimum = orderQuantity === undefined && backorderFraction === undefined;
    const { result: chosen, others } = chooseResult(
      {
        quantity: optimum
          ? step("Order quantity", "Q* = √(2DS(H + p)/(Hp))", model.quantity, "units")
          : orderQuantity === undefined
            ? step(
                "Best order quantity for the backorder fraction",
                "Q(x) = √(2DS/(H(1 − x)² + px²))",
                model.quantity,
                "units",
              )
            : step("Order quantity (given)", "Q", model.quantity, "units"),
        backorders: step(
          "Largest backorder level",
          optimum ? "B* = Q*·H/(H + p)" : "B = xQ",
          model.maxBackorders,
          "units",
        ),
        cost: optimum
          ? step(
              "Ordering + holding + backorder cost per period",
              "g* = √(2DS·Hp/(H + p))",
              model.costPerPeriod,
              "$ per period",
            )
          : step(
              "Ordering + holding + backorder cost per period",
              "g(Q, x) = DS/Q + H(1 − x)²Q/2 + px²Q/2",
              model.costPerPeriod,
              "$ per period",
            ),
        max_inventory: step("Largest on-hand inventory", optimum ? "Q* − B*" : "(1 − x)Q", model.maxInventory, "units"),
      },
      choice,
    );
    return {
      fn: "EOQBACKORDER",
      title: optimum
        ? "Economic order quantity with planned backorders"
        : "EOQ with planned backorders at a given order quantity or backorder fraction",
      inputs: [
        inputs.demand(demand),
        inputs.orderCost(orderCost),
        inputs.holdingCost(holdingCost),
        inputs.backorderCost(backorderCost),
        inputs.result(choice),
        ...(orderQuantity === undefined
          ? []
          : [input("order_quantity", "Order quantity", "Q", orderQuantity, "units")]),
        ...(backorderFraction === undefined
          ? []
          : [input("backorder_fraction", "Fraction of demand backordered", "x", backorderFraction, "fraction")]),
      ],
      formula: optimum
        ? {
            words:
              "demand in a stockout waits for the next order at a cost per unit per period; the order grows by √((H + p)/p) over the EOQ",
            symbols: "Q* = √(2DS(H + p)/(Hp)), B* = Q*·H/(H + p)",
          }
        : {
            words:
              "each cycle holds (1 − x)Q at its peak and xQ backordered at its trough; x* = H/(H + p) is best for any Q",
            symbols: "g(Q, x) = DS/Q + H(1 − x)²Q/2 + px²Q/2",
          },
      steps: presentSteps(
        step(
          backorderFraction === undefined
            ? "Fraction of each cycle out of stock"
            : "Fraction of demand backordered (given)",
          backorderFraction === undefined ? "x* = H/(H + p)" : "x",
          model.stockoutFraction,
          "fraction",
        ),
        ...others,
      ),
      tables: [],
      result: chosen,
      source: `${SNYDER_SHEN}, eq. (3.26)–(3.29), Example 3.8`,
    };
  },
};

const EOQ_DISCOUNT_RESULTS = ["quantity", "price", "cost"] as const;

/** One row of the tier table: what the model tried in the tier and what came of it. */
function tierRow(candidate: DiscountTierCandidate, winner: number, incremental: boolean): Array<number | string> {
  const outcome =
    candidate.tier === winner
      ? "least cost: chosen"
      : candidate.quantity === undefined
        ? "skipped: the EOQ reaches the next break, where the next tier costs less"
        : "";
  return [
    candidate.tier + 1,
    candidate.lower,
    tableCell(candidate.upper),
    candidate.price,
    ...(incremental ? [candidate.fixedPart] : []),
    tableCell(candidate.eoq),
    tableCell(candidate.quantity),
    tableCell(candidate.costPerPeriod),
    outcome,
  ];
}

const eoqDiscount: Explainer = {
  fn: "EOQDISCOUNT",
  arguments: [
    number("demand"),
    number("order_cost"),
    number("carrying_rate"),
    { name: "break_quantities", kind: "list", optional: false },
    { name: "unit_prices", kind: "list", optional: false },
    { name: "incremental", kind: "logical", optional: true },
    result(EOQ_DISCOUNT_RESULTS),
  ],
  explain(args) {
    const { demand, orderCost, carryingRate } = numberArgs(args, {
      demand: "demand",
      orderCost: "order_cost",
      carryingRate: "carrying_rate",
    });
    const breakQuantities = listArg(args, "break_quantities");
    const unitPrices = listArg(args, "unit_prices");
    const incremental = logicalArg(args, "incremental", false);
    const choice = choiceArg(args, "result", EOQ_DISCOUNT_RESULTS, "quantity");
    const schedule = discountSchedule({ breakQuantities, unitPrices });
    const model = economicOrderQuantityWithDiscounts({ demand, orderCost, carryingRate, schedule, incremental });
    const table: ExplainedTable = {
      title: `Price tiers tried (${incremental ? "incremental" : "all-units"} discounts)`,
      headers: [
        "Tier",
        "From (units)",
        "To (units)",
        "Unit price",
        ...(incremental ? ["Fixed part c̄ ($)"] : []),
        "EOQ at this price",
        "Feasible quantity",
        "Cost per period",
        "Outcome",
      ],
      rows: model.tiers.map((candidate) => tierRow(candidate, model.tier, incremental)),
    };
    const { result: chosen, others } = chooseResult(
      {
        quantity: step("Order quantity", "Q*", model.quantity, "units"),
        price: step(incremental ? "Average unit price paid" : "Unit price paid", "C", model.unitPrice, "$ per unit"),
        cost: step("Purchase + ordering + holding cost per period", "g(Q*)", model.costPerPeriod, "$ per period"),
      },
      choice,
    );
    return {
      fn: "EOQDISCOUNT",
      title: `Order quantity under ${incremental ? "incremental" : "all-units"} quantity discounts`,
      inputs: [
        inputs.demand(demand),
        inputs.orderCost(orderCost),
        input("carrying_rate", "Carrying rate per period", "i", carryingRate, "fraction of unit price per period"),
        input("break_quantities", "Break quantities", "b_j", listSummary(breakQuantities, "breaks"), "units"),
        input("unit_prices", "Unit prices", "C_j", listSummary(unitPrices, "prices"), "$ per unit"),
        input("incremental", "Discount type", "", incremental ? "incremental" : "all-units", ""),
        inputs.result(choice),
      ],
      formula: incremental
        ? {
            words:
              "each tier's EOQ, with the purchase cost of the units below its break added to the order cost, kept inside the tier; the least cost wins",
            symbols:
              "Q_j = √(2(S + c̄_j)D/(iC_j)) within [b_j, b_j+1]; g_j = DC_j + ic̄_j/2 + (S + c̄_j)D/Q_j + iC_jQ_j/2",
          }
        : {
            words:
              "each tier's EOQ at its own price, raised to the tier's break when below it (a tier whose EOQ reaches the next break is skipped); the least cost wins",
            symbols: "Q_j = max(√(2DS/(iC_j)), b_j); g_j = DC_j + DS/Q_j + iC_jQ_j/2",
          },
      steps: presentSteps(
        demand > 0
          ? step("Tier chosen", "j*", model.tier + 1, "")
          : step("No demand: nothing is ordered", "D = 0", 0, "units"),
        ...others,
      ),
      tables: model.tiers.length > 0 ? [table] : [],
      result: chosen,
      source: `${SNYDER_SHEN}, eq. (3.18)–(3.22), Examples 3.5–3.7; Silver, Pyke & Thomas (2017), ch. 4`,
    };
  },
};

/** The model field names of the arguments EPQ and EPQBACKORDER share. */
const PRODUCTION_ARGUMENTS = {
  demand: "demand",
  setupCost: "setup_cost",
  holdingCost: "holding_cost",
  productionRate: "production_rate",
} as const;

/** Periods between runs: required (an input error without demand) when it is the output chosen, else shown when there is demand. */
const cycleTimeStep = (model: { cycleTime: number | undefined }, choice: string, symbol = "T = Q*/D") =>
  step(
    "Periods between the starts of two runs",
    symbol,
    choice === "cycle_time" ? requireCycleTime(model) : model.cycleTime,
    "periods",
  );

const EPQ_RESULTS = ["quantity", "cost", "max_inventory", "cycle_time", "run_time"] as const;

const epq: Explainer = {
  fn: "EPQ",
  arguments: [
    number("demand"),
    number("setup_cost"),
    number("holding_cost"),
    number("production_rate"),
    result(EPQ_RESULTS),
    number("order_quantity", true),
  ],
  explain(args) {
    const given = numberArgs(args, PRODUCTION_ARGUMENTS);
    const { demand, setupCost, holdingCost, productionRate } = given;
    const choice = choiceArg(args, "result", EPQ_RESULTS, "quantity");
    const orderQuantity = optionalNumberArg(args, "order_quantity");
    const model = economicProductionQuantity({ ...given, orderQuantity });
    const slack = productionSlack(demand, productionRate);
    const optimum = orderQuantity === undefined;
    const { result: chosen, others } = chooseResult(
      {
        quantity: optimum
          ? step("Production lot size", "Q* = √(2DS/(H(1 − ρ)))", model.quantity, "units")
          : step("Production lot size (given)", "Q", model.quantity, "units"),
        cost: optimum
          ? step("Setup + holding cost per period", "g* = √(2DSH(1 − ρ))", model.costPerPeriod, "$ per period")
          : step("Setup + holding cost per period", "g(Q) = DS/Q + H(1 − ρ)Q/2", model.costPerPeriod, "$ per period"),
        max_inventory: step(
          "Inventory at the end of a run",
          optimum ? "Q*(1 − ρ)" : "Q(1 − ρ)",
          model.maxInventory,
          "units",
        ),
        cycle_time: cycleTimeStep(model, choice, optimum ? "T = Q*/D" : "T = Q/D"),
        run_time: step(
          "Periods the line runs in each cycle",
          optimum ? "Q*/P" : "Q/P",
          model.productionTime,
          "periods",
        ),
      },
      choice,
    );
    return {
      fn: "EPQ",
      title: optimum ? "Economic production quantity" : "Production lot size: its cost and timing",
      inputs: [
        inputs.demand(demand),
        inputs.setupCost(setupCost),
        inputs.holdingCost(holdingCost),
        inputs.productionRate(productionRate),
        inputs.result(choice),
        ...(optimum ? [] : [input("order_quantity", "Production lot size", "Q", orderQuantity, "units")]),
      ],
      formula: {
        words:
          "stock builds at P − D while the line runs and falls at D while it is idle, so only the share 1 − D/P of the lot is ever held",
        symbols: optimum ? "Q* = √(2DS/(H(1 − ρ))), ρ = D/P" : "g(Q) = DS/Q + H(1 − ρ)Q/2, ρ = D/P",
      },
      steps: presentSteps(
        step("Demand as a share of the production rate", "ρ = D/P", demand / productionRate, "fraction"),
        step("Share of each lot that builds up as stock", "1 − ρ", slack, "fraction"),
        ...others,
      ),
      tables: [],
      result: chosen,
      source: `Taft (1918); ${SNYDER_SHEN}, eq. (3.31)–(3.32)`,
    };
  },
};

const EPQ_BACKORDER_RESULTS = ["quantity", "backorders", "cost", "max_inventory", "cycle_time"] as const;

const epqBackorder: Explainer = {
  fn: "EPQBACKORDER",
  arguments: [
    number("demand"),
    number("setup_cost"),
    number("holding_cost"),
    number("production_rate"),
    number("backorder_cost"),
    result(EPQ_BACKORDER_RESULTS),
  ],
  explain(args) {
    const given = numberArgs(args, { ...PRODUCTION_ARGUMENTS, backorderCost: "backorder_cost" });
    const { demand, setupCost, holdingCost, productionRate, backorderCost } = given;
    const choice = choiceArg(args, "result", EPQ_BACKORDER_RESULTS, "quantity");
    const model = economicProductionQuantityWithBackorders(given);
    const slack = productionSlack(demand, productionRate);
    const { result: chosen, others } = chooseResult(
      {
        quantity: step("Production lot size", "Q* = √(2DS(H + p)/(Hp(1 − ρ)))", model.quantity, "units"),
        backorders: step(
          "Largest backorder level, when a run starts",
          "B* = Q*(1 − ρ)·H/(H + p)",
          model.maxBackorders,
          "units",
        ),
        cost: step(
          "Setup + holding + backorder cost per period",
          "g* = √(2DS(1 − ρ)·Hp/(H + p))",
          model.costPerPeriod,
          "$ per period",
        ),
        max_inventory: step(
          "Largest on-hand inventory, at the end of a run",
          "Q*(1 − ρ)·p/(H + p)",
          model.maxInventory,
          "units",
        ),
        cycle_time: cycleTimeStep(model, choice),
      },
      choice,
    );
    return {
      fn: "EPQBACKORDER",
      title: "Economic production quantity with planned backorders",
      inputs: [
        inputs.demand(demand),
        inputs.setupCost(setupCost),
        inputs.holdingCost(holdingCost),
        inputs.productionRate(productionRate),
        inputs.backorderCost(backorderCost),
        inputs.result(choice),
      ],
      formula: {
        words:
          "the EPQ's finite production rate and the planned-backorder EOQ's waiting cost together: the peak Q*(1 − ρ) is split between stock and backorders in the ratio p : H",
        symbols: "Q* = √(2DS(H + p)/(Hp(1 − ρ))), ρ = D/P",
      },
      steps: presentSteps(
        step("Share of each lot that builds up as stock or backorders", "1 − ρ", slack, "fraction"),
        step("Share of the peak that is backorders", "H/(H + p)", 1 / (1 + backorderCost / holdingCost), "fraction"),
        ...others,
      ),
      tables: [],
      result: chosen,
      source: `Derived from ${SNYDER_SHEN}, eq. (3.27)–(3.29) (P → ∞) and (3.31)–(3.32) (p → ∞)`,
    };
  },
};

export const CYCLE_STOCK_EXPLAINERS: readonly Explainer[] = [
  eoq,
  eoqCost,
  eoqBackorder,
  eoqDiscount,
  epq,
  epqBackorder,
];
