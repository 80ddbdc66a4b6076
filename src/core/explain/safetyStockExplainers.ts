/**
 * Explainers of the safety-stock family's INV functions (see registry.ts):
 * safety stock and its safety factor, the standard deviation of lead-time
 * demand and the terms under its root, the fill-rate iteration (G(k) and k),
 * the normal loss function, service levels, reorder and order-up-to points.
 * Every answer is the core model's; the steps are the intermediates it returns.
 */
import { cycleServiceLevelWithFactor } from "../safetyStock/cycleServiceLevel";
import { fillRateWithShortage } from "../safetyStock/fillRate";
import { fillRateSafetyFactorWithLoss } from "../safetyStock/fillRateSafetyFactor";
import {
  leadTimeDemandDeviation,
  type LeadTimeDemandDeviation,
  type LeadTimeDemandStdDevInput,
} from "../safetyStock/leadTimeDemandStdDev";
import { SIGMA_PER_MAD, madToSigma } from "../safetyStock/madToSigma";
import { normalLoss } from "../safetyStock/normalLoss";
import { orderUpToLevel } from "../safetyStock/orderUpToLevel";
import { reorderPointWithDemand } from "../safetyStock/reorderPoint";
import { safetyFactor } from "../safetyStock/safetyFactor";
import { safetyStock } from "../safetyStock/safetyStock";
import { safetyStockForFillRate } from "../safetyStock/safetyStockForFillRate";
import {
  LOSS_AT_ZERO,
  standardNormalLoss,
  standardNormalLossInverse,
  standardNormalPdf,
  standardNormalUpperTail,
} from "../shared/normal";
import { defineExplainer, optional, required, type ArgumentText } from "./defineExplainer";
import type { ExplainedStep } from "./explanation";
import { logicalArg, numberArg, optionalNumberArg, presentSteps, step } from "./parts";
import type { ExplainArgs, Explainer } from "./registry";

const SERVICE_LEVEL: ArgumentText = { label: "Cycle service level", symbol: "CSL", unit: "fraction" };
const DEMAND_STD: ArgumentText = {
  label: "Standard deviation of demand per forecast interval",
  symbol: "σd",
  unit: "units",
};
const LEAD_TIME: ArgumentText = { label: "Replenishment lead time", symbol: "L", unit: "periods" };
const AVG_DEMAND: ArgumentText = { label: "Mean demand per period", symbol: "d", unit: "units per period" };
const LEAD_TIME_STD: ArgumentText = { label: "Standard deviation of the lead time", symbol: "σL", unit: "periods" };
const FORECAST_INTERVAL: ArgumentText = { label: "Periods over which σd is measured", symbol: "F", unit: "periods" };
const FILL_RATE: ArgumentText = { label: "Target fill rate", symbol: "FR", unit: "fraction" };
const ORDER_QUANTITY: ArgumentText = { label: "Order quantity", symbol: "Q", unit: "units" };
const LEAD_TIME_DEMAND_STD: ArgumentText = {
  label: "Standard deviation of demand over the lead time",
  symbol: "σ_LT",
  unit: "units",
};
const SAFETY_STOCK: ArgumentText = { label: "Safety stock", symbol: "SS", unit: "units" };

const CHOPRA_12 = "Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12";
const SIGMA_LT_SYMBOLS = "σ_LT = √((L/F)·σd² + d²·σL²)";

/** The arguments SAFETYSTOCK, LEADTIMESTD and SAFETYSTOCKFR share after their required ones, as the wrappers bind them. */
const LEAD_TIME_VARIABILITY = [
  optional("avg_demand", AVG_DEMAND),
  optional("lead_time_std", LEAD_TIME_STD),
  optional("forecast_interval", FORECAST_INTERVAL),
];

/** σd, L and the optional lead-time variability, read for the lead-time deviation models. */
function leadTimeInput(args: ExplainArgs): LeadTimeDemandStdDevInput {
  return {
    demandStdDev: numberArg(args, "demand_std"),
    leadTime: numberArg(args, "lead_time"),
    averageDemand: optionalNumberArg(args, "avg_demand"),
    leadTimeStdDev: optionalNumberArg(args, "lead_time_std"),
    forecastInterval: optionalNumberArg(args, "forecast_interval"),
  };
}

/** The two terms under the root of σ_LT (each left out when its square overflows the doubles). */
function termsUnderTheRoot(terms: Omit<LeadTimeDemandDeviation, "deviation">): Array<ExplainedStep | undefined> {
  return [
    step(
      "Demand variability over the lead time (first term under the root)",
      "(L/F)·σd²",
      terms.demandTerm ** 2,
      "units²",
    ),
    step("Lead-time variability in units of demand (second term)", "d²·σL²", terms.leadTimeTerm ** 2, "units²"),
  ];
}

/** σ_LT as a step. */
const sigmaStep = (deviation: number): ExplainedStep | undefined =>
  step(LEAD_TIME_DEMAND_STD.label, SIGMA_LT_SYMBOLS, deviation, "units");

const SAFETYSTOCK = defineExplainer({
  fn: "SAFETYSTOCK",
  title: "Safety stock for a cycle service level",
  arguments: [
    required("service_level", SERVICE_LEVEL),
    required("demand_std", DEMAND_STD),
    required("lead_time", LEAD_TIME),
    ...LEAD_TIME_VARIABILITY,
  ],
  source: `${CHOPRA_12}, §12.3, eq. (12.13)–(12.15); Silver, Pyke & Thomas (2017), §6.10 (lead-time variability)`,
  explain(args) {
    const result = safetyStock({ serviceLevel: numberArg(args, "service_level"), ...leadTimeInput(args) });
    return {
      formula: {
        words:
          "hold z standard deviations of demand over the lead time, z the standard normal quantile of the cycle service level",
        symbols: `SS = z·σ_LT,  z = Φ⁻¹(CSL),  ${SIGMA_LT_SYMBOLS}`,
      },
      steps: presentSteps(
        step("Safety factor (Excel: NORM.S.INV(CSL))", "z = Φ⁻¹(CSL)", result.safetyFactor, ""),
        ...termsUnderTheRoot(result),
        sigmaStep(result.leadTimeDemandStdDev),
      ),
      tables: [],
      result: { label: "Safety stock", symbol: "SS = z·σ_LT", value: result.safetyStock, unit: "units" },
    };
  },
});

const SAFETYFACTOR = defineExplainer({
  fn: "SAFETYFACTOR",
  title: "Safety factor for a cycle service level",
  arguments: [required("service_level", SERVICE_LEVEL)],
  source: `${CHOPRA_12} (z = NORMSINV(CSL)); Silver, Pyke & Thomas (2017), ch. 6`,
  explain(args) {
    const serviceLevel = numberArg(args, "service_level");
    const z = safetyFactor({ serviceLevel });
    return {
      formula: {
        words:
          "the number of standard deviations of lead-time demand below which a cycle's demand falls with probability CSL",
        symbols: "z = Φ⁻¹(CSL) (Excel: NORM.S.INV)",
      },
      steps: presentSteps(
        step("Chance of a stockout in a replenishment cycle", "1 − CSL", 1 - serviceLevel, "fraction"),
      ),
      tables: [],
      result: { label: "Safety factor", symbol: "z", value: z, unit: "" },
    };
  },
});

const LEADTIMESTD = defineExplainer({
  fn: "LEADTIMESTD",
  title: "Standard deviation of demand over the lead time",
  arguments: [required("demand_std", DEMAND_STD), required("lead_time", LEAD_TIME), ...LEAD_TIME_VARIABILITY],
  source: `${CHOPRA_12} (Example 12-6); Silver, Pyke & Thomas (2017), ch. 6 (lead-time variability)`,
  explain(args) {
    const terms = leadTimeDemandDeviation(leadTimeInput(args));
    return {
      formula: {
        words: "demand variability over the lead time and lead-time variability in units of demand, added as variances",
        symbols: SIGMA_LT_SYMBOLS,
      },
      steps: presentSteps(...termsUnderTheRoot(terms)),
      tables: [],
      result: { label: LEAD_TIME_DEMAND_STD.label, symbol: "σ_LT", value: terms.deviation, unit: "units" },
    };
  },
});

const MADTOSIGMA = defineExplainer({
  fn: "MADTOSIGMA",
  title: "Standard deviation of forecast error from the MAD",
  arguments: [required("mad", { label: "Mean absolute deviation of forecast errors", symbol: "MAD", unit: "units" })],
  source: 'APICS Dictionary (ASCM), "mean absolute deviation"; Silver, Pyke & Thomas (2017), ch. 4',
  explain(args) {
    const sigma = madToSigma({ mad: numberArg(args, "mad") });
    return {
      formula: {
        words:
          "one standard deviation is about 1.25 MADs for normal forecast errors (the CPIM rule; exactly √(π/2) ≈ 1.2533)",
        symbols: "σ ≈ 1.25·MAD",
      },
      steps: presentSteps(step("Standard deviations per MAD", "σ/MAD", SIGMA_PER_MAD, "")),
      tables: [],
      result: { label: "Standard deviation of forecast error", symbol: "σ", value: sigma, unit: "units" },
    };
  },
});

const SAFETYSTOCKFR = defineExplainer({
  fn: "SAFETYSTOCKFR",
  title: "Safety stock for a target fill rate",
  arguments: [
    required("fill_rate", FILL_RATE),
    required("demand_std", DEMAND_STD),
    required("lead_time", LEAD_TIME),
    required("order_quantity", ORDER_QUANTITY),
    ...LEAD_TIME_VARIABILITY,
  ],
  source: `${CHOPRA_12} (safety inventory given a fill rate, Example 12-5); Silver, Pyke & Thomas (2017), ch. 6 (P2 service)`,
  explain(args) {
    const result = safetyStockForFillRate({
      fillRate: numberArg(args, "fill_rate"),
      orderQuantity: numberArg(args, "order_quantity"),
      ...leadTimeInput(args),
    });
    const k = result.safetyFactor;
    return {
      formula: {
        words:
          "find the k whose expected shortage per cycle, σ_LT·G(k), is the shortage the target allows, Q(1 − FR); hold k standard deviations (with no variability, SS = −Q(1 − FR))",
        symbols: `SS = k·σ_LT,  G(k) = Q(1 − FR)/σ_LT,  G(k) = φ(k) − k(1 − Φ(k)),  ${SIGMA_LT_SYMBOLS}`,
      },
      steps: presentSteps(
        ...termsUnderTheRoot(result),
        sigmaStep(result.leadTimeDemandStdDev),
        step("Loss the target allows, in standard deviations", "G(k) = Q(1 − FR)/σ_LT", result.loss, ""),
        step("Safety factor: the iteration's answer (Newton on G)", "k = G⁻¹(Q(1 − FR)/σ_LT)", k, ""),
        step(
          "Normal loss at that k (equals the target loss)",
          "G(k)",
          k === undefined ? undefined : standardNormalLoss(k),
          "",
        ),
      ),
      tables: [],
      result: {
        label: "Safety stock (may be negative)",
        symbol: "SS = k·σ_LT",
        value: result.safetyStock,
        unit: "units",
      },
    };
  },
});

const FILLRATEK = defineExplainer({
  fn: "FILLRATEK",
  title: "Safety factor for a target fill rate",
  arguments: [
    required("fill_rate", FILL_RATE),
    required("order_quantity", ORDER_QUANTITY),
    required("lead_time_demand_std", LEAD_TIME_DEMAND_STD),
  ],
  source: `Silver, Pyke & Thomas (2017), ch. 6 (k from a P2 target: G_u(k) = Q(1 − P2)/σ_L); ${CHOPRA_12}`,
  explain(args) {
    const { safetyFactor: k, loss } = fillRateSafetyFactorWithLoss({
      fillRate: numberArg(args, "fill_rate"),
      orderQuantity: numberArg(args, "order_quantity"),
      leadTimeDemandStdDev: numberArg(args, "lead_time_demand_std"),
    });
    return {
      formula: {
        words:
          "the k whose normal loss G(k) is the shortage per cycle the target allows, in standard deviations of lead-time demand",
        symbols: "G(k) = Q(1 − FR)/σ_LT,  G(k) = φ(k) − k(1 − Φ(k))",
      },
      steps: presentSteps(
        step("Loss the target allows, in standard deviations", "G(k) = Q(1 − FR)/σ_LT", loss, ""),
        step("Normal loss at the answer (equals the target loss)", "G(k)", standardNormalLoss(k), ""),
      ),
      tables: [],
      result: { label: "Safety factor: the iteration's answer (Newton on G)", symbol: "k", value: k, unit: "" },
    };
  },
});

/** What NORMLOSS shows for each order and side: the loss in words and symbols, and its result's name. */
const NORMAL_LOSSES = {
  "1": {
    words: "the expected shortage per cycle, in standard deviations, when the safety factor is k",
    symbols: "G(k) = E[(Z − k)⁺] = φ(k) − k(1 − Φ(k))",
    label: "Normal loss",
    symbol: "G(k)",
  },
  "1 below": {
    words: "the expected stock left over, in standard deviations, below k: the complement of the loss",
    symbols: "n̄(k) = E[(k − Z)⁺] = k + G(k) = G(−k)",
    label: "Complementary normal loss",
    symbol: "n̄(k)",
  },
  "2": {
    words: "half the expected squared shortage beyond k, in standard deviations squared",
    symbols: "G2(k) = ½E[((Z − k)⁺)²] = ½((k² + 1)(1 − Φ(k)) − kφ(k))",
    label: "Second-order normal loss",
    symbol: "G2(k)",
  },
  "2 below": {
    words: "half the expected squared leftover below k, in standard deviations squared",
    symbols: "n̄2(k) = ½E[((k − Z)⁺)²] = ½((k² + 1)Φ(k) + kφ(k)) = G2(−k)",
    label: "Complementary second-order normal loss",
    symbol: "n̄2(k)",
  },
} as const;

const NORMLOSS = defineExplainer({
  fn: "NORMLOSS",
  title: "Standard normal loss function",
  arguments: [
    required("k", { label: "Safety factor", symbol: "k", unit: "" }),
    optional("order", { label: "Order of the loss function (1 or 2)", symbol: "", unit: "" }),
    optional("complementary", { label: "Complementary loss (below k)", symbol: "", unit: "" }, "logical"),
  ],
  source:
    "Snyder & Shen, Fundamentals of Supply Chain Theory (2019), Appendix C, eq. (C.22)–(C.23); Silver, Pyke & Thomas (2017), Appendix II (G_u(k))",
  explain(args) {
    const k = numberArg(args, "k");
    const order = optionalNumberArg(args, "order");
    const complementary = logicalArg(args, "complementary", false);
    const value = normalLoss({ k, order, complementary });
    const shown = NORMAL_LOSSES[`${order === 2 ? "2" : "1"}${complementary ? " below" : ""}`];
    return {
      formula: { words: shown.words, symbols: shown.symbols },
      steps: presentSteps(
        step("Standard normal density (Excel: NORM.S.DIST(k, FALSE))", "φ(k)", standardNormalPdf(k, "k"), ""),
        step("Chance that Z exceeds k", "1 − Φ(k)", standardNormalUpperTail(k, "k"), ""),
      ),
      tables: [],
      result: { label: shown.label, symbol: shown.symbol, value, unit: "" },
    };
  },
});

const NORMLOSSINV = defineExplainer({
  fn: "NORMLOSSINV",
  title: "Inverse of the standard normal loss function",
  arguments: [required("loss", { label: "Normal loss", symbol: "G", unit: "" })],
  source: "Silver, Pyke & Thomas (2017), ch. 6 (choosing k from a fill-rate target); Snyder & Shen (2019), eq. (C.22)",
  explain(args) {
    const k = standardNormalLossInverse(numberArg(args, "loss"));
    return {
      formula: {
        words:
          "the safety factor k whose normal loss is the given loss, found by Newton's method on G (k < 0 when the loss is above G(0))",
        symbols: "G(k) = loss,  G(k) = φ(k) − k(1 − Φ(k))",
      },
      steps: presentSteps(
        step("Loss at k = 0, where k changes sign", "G(0) = 1/√(2π)", LOSS_AT_ZERO, ""),
        step("Normal loss at the answer (equals the given loss)", "G(k)", standardNormalLoss(k), ""),
      ),
      tables: [],
      result: { label: "Safety factor", symbol: "k", value: k, unit: "" },
    };
  },
});

const FILLRATE = defineExplainer({
  fn: "FILLRATE",
  title: "Expected fill rate of a reorder-point policy",
  arguments: [
    required("safety_stock", SAFETY_STOCK),
    required("lead_time_demand_std", LEAD_TIME_DEMAND_STD),
    required("order_quantity", ORDER_QUANTITY),
    optional("lost_sales", { label: "Unmet demand is lost (not backordered)", symbol: "", unit: "" }, "logical"),
  ],
  source: `${CHOPRA_12} (fill rate, ESC; Example 12-3); Silver, Pyke & Thomas (2017), ch. 6 (P2 service, backorders and lost sales)`,
  explain(args) {
    const lostSales = logicalArg(args, "lost_sales", false);
    const result = fillRateWithShortage({
      safetyStock: numberArg(args, "safety_stock"),
      leadTimeDemandStdDev: numberArg(args, "lead_time_demand_std"),
      orderQuantity: numberArg(args, "order_quantity"),
      lostSales,
    });
    const words = lostSales
      ? "one minus the expected shortage per replenishment cycle over the demand a cycle sees, Q plus the sales lost"
      : "one minus the expected shortage per replenishment cycle over the order quantity";
    return {
      formula: {
        words: `${words} (with no variability, ESC = max(0, −SS))`,
        symbols: `FR = ${lostSales ? "1 − ESC/(Q + ESC)" : "1 − ESC/Q"},  ESC = σ_LT·G(k),  k = SS/σ_LT,  G(k) = φ(k) − k(1 − Φ(k))`,
      },
      steps: presentSteps(
        step("Safety factor", "k = SS/σ_LT", result.safetyFactor, ""),
        step("Normal loss at k", "G(k)", result.loss, ""),
        step("Expected shortage per cycle", "ESC = σ_LT·G(k)", result.expectedShortage, "units"),
      ),
      tables: [],
      result: {
        label: lostSales ? "Fill rate (lost sales)" : "Fill rate",
        symbol: lostSales ? "FR = 1 − ESC/(Q + ESC)" : "FR = 1 − ESC/Q",
        value: result.fillRate,
        unit: "fraction",
      },
    };
  },
});

const CYCLESERVICE = defineExplainer({
  fn: "CYCLESERVICE",
  title: "Cycle service level of a safety stock",
  arguments: [required("safety_stock", SAFETY_STOCK), required("lead_time_demand_std", LEAD_TIME_DEMAND_STD)],
  source: `${CHOPRA_12} (Example 12-2)`,
  explain(args) {
    const result = cycleServiceLevelWithFactor({
      safetyStock: numberArg(args, "safety_stock"),
      leadTimeDemandStdDev: numberArg(args, "lead_time_demand_std"),
    });
    return {
      formula: {
        words:
          "the chance that lead-time demand stays within the reorder point (with no variability: 1 when SS ≥ 0, else 0)",
        symbols: "CSL = Φ(SS/σ_LT) (Excel: NORM.S.DIST(SS/σ_LT, TRUE))",
      },
      steps: presentSteps(step("Safety factor", "z = SS/σ_LT", result.safetyFactor, "")),
      tables: [],
      result: { label: "Cycle service level", symbol: "CSL = Φ(z)", value: result.level, unit: "fraction" },
    };
  },
});

const REORDERPOINT = defineExplainer({
  fn: "REORDERPOINT",
  title: "Reorder point",
  arguments: [
    required("avg_demand", AVG_DEMAND),
    required("lead_time", LEAD_TIME),
    required("safety_stock", SAFETY_STOCK),
  ],
  source: `${CHOPRA_12} (Example 12-1); APICS Dictionary, "order point"`,
  explain(args) {
    const result = reorderPointWithDemand({
      averageDemand: numberArg(args, "avg_demand"),
      leadTime: numberArg(args, "lead_time"),
      safetyStock: numberArg(args, "safety_stock"),
    });
    return {
      formula: {
        words: "order when the inventory position falls to the mean demand over the lead time plus the safety stock",
        symbols: "ROP = d·L + SS",
      },
      steps: presentSteps(step("Mean demand over the lead time", "d·L", result.leadTimeDemand, "units")),
      tables: [],
      result: { label: "Reorder point", symbol: "ROP", value: result.reorderPoint, unit: "units" },
    };
  },
});

const ORDERUPTO = defineExplainer({
  fn: "ORDERUPTO",
  title: "Order-up-to level of a periodic review",
  arguments: [
    required("avg_demand", AVG_DEMAND),
    required("review_period", { label: "Review period", symbol: "R", unit: "periods" }),
    required("lead_time", LEAD_TIME),
    required("service_level", SERVICE_LEVEL),
    required("demand_std", DEMAND_STD),
    optional("lead_time_std", LEAD_TIME_STD),
    optional("forecast_interval", FORECAST_INTERVAL),
  ],
  source: `${CHOPRA_12} (periodic review policies; Example 12-6); Snyder & Shen (2019), ch. 4 (base-stock level, Example 4.4); Silver, Pyke & Thomas (2017), §6.10`,
  explain(args) {
    const result = orderUpToLevel({
      averageDemand: numberArg(args, "avg_demand"),
      reviewPeriod: numberArg(args, "review_period"),
      leadTime: numberArg(args, "lead_time"),
      serviceLevel: numberArg(args, "service_level"),
      demandStdDev: numberArg(args, "demand_std"),
      leadTimeStdDev: optionalNumberArg(args, "lead_time_std"),
      forecastInterval: optionalNumberArg(args, "forecast_interval"),
    });
    return {
      formula: {
        words: "cover mean demand over the review period plus the lead time, and z standard deviations of it",
        symbols: "S = d·(R + L) + z·σ_{R+L},  σ_{R+L} = √(((R + L)/F)·σd² + d²·σL²),  z = Φ⁻¹(CSL)",
      },
      steps: presentSteps(
        step("Protection interval", "R + L", result.protectionInterval, "periods"),
        step("Mean demand over the protection interval", "d·(R + L)", result.protectionDemand, "units"),
        step("Demand variability over the protection interval", "((R + L)/F)·σd²", result.demandTerm ** 2, "units²"),
        step("Lead-time variability in units of demand", "d²·σL²", result.leadTimeTerm ** 2, "units²"),
        step(
          "Standard deviation of demand over the protection interval",
          "σ_{R+L}",
          result.protectionDemandStdDev,
          "units",
        ),
        step("Safety factor (Excel: NORM.S.INV(CSL))", "z = Φ⁻¹(CSL)", result.safetyFactor, ""),
        step("Safety stock", "SS = z·σ_{R+L}", result.safetyStock, "units"),
      ),
      tables: [],
      result: { label: "Order-up-to level", symbol: "S", value: result.level, unit: "units" },
    };
  },
});

export const SAFETY_STOCK_EXPLAINERS: readonly Explainer[] = [
  SAFETYSTOCK,
  SAFETYFACTOR,
  LEADTIMESTD,
  MADTOSIGMA,
  SAFETYSTOCKFR,
  FILLRATEK,
  NORMLOSS,
  NORMLOSSINV,
  FILLRATE,
  CYCLESERVICE,
  REORDERPOINT,
  ORDERUPTO,
];
