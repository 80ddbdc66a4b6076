/**
 * Explainers of the metrics family's INV functions (see registry.ts): flow and
 * finance ratios, service and record accuracy over lines, the cycle-counting
 * workload and forecast error. Each answer is the core model's; the counts,
 * totals and per-line tables are what the model tallies.
 */
import { carryingCost } from "../metrics/carryingCost";
import { cycleCountWorkload } from "../metrics/cycleCountsPerDay";
import { daysOfSupply } from "../metrics/daysOfSupply";
import { errorSums, forecastErrorPeriods, type ForecastErrorInput } from "../metrics/forecastErrors";
import { grossMarginReturnOnInventory } from "../metrics/grossMarginReturnOnInventory";
import { inventoryTurnover } from "../metrics/inventoryTurnover";
import { meanAbsoluteDeviation } from "../metrics/meanAbsoluteDeviation";
import { onTimeInFullCounts, type OrderFlag } from "../metrics/onTimeInFull";
import { pipelineInventory } from "../metrics/pipelineInventory";
import { recordAccuracyCheck } from "../metrics/recordAccuracy";
import { trackingSignal } from "../metrics/trackingSignal";
import { unitFillRateTotals } from "../metrics/unitFillRate";
import { InputError } from "../shared/inputError";
import {
  defineExplainer,
  optional,
  required,
  type DescribedArgument,
  type ExplainerDefinition,
} from "./defineExplainer";
import type { ExplainedStep, ExplainedTable, ExplainedValue } from "./explanation";
import { listArg, numberArg, optionalNumberArg, presentSteps, step } from "./parts";
import type { ExplainArgs, Explainer } from "./registry";

/** A model's aggregate as the function's one cell: `null` (nothing to aggregate) is "". */
const cell = (value: number | null): ExplainedValue => value ?? "";

/** A list that may be one value for every row: that value when it is one cell, else the list. */
function oneOrPerRow(values: Array<number | null>): number | null | Array<number | null> {
  return values.length === 1 ? (values[0] ?? null) : values;
}

/** A function of two single numbers with no intermediate but its formula. */
interface TwoNumberDefinition extends Omit<ExplainerDefinition, "explain"> {
  arguments: readonly [DescribedArgument, DescribedArgument];
  words: string;
  symbols: string;
  result: Omit<ExplainedStep, "value">;
  /** The model's answer for the two arguments, in their order. */
  model: (first: number, second: number) => number;
}

/**
 * A ratio or product of two single numbers (PIPELINE, TURNOVER, GMROI,
 * DAYSOFSUPPLY, CARRYINGCOST): the formula and the model's answer.
 */
function twoNumberExplainer({ words, symbols, result, model, ...definition }: TwoNumberDefinition): Explainer {
  const [first, second] = definition.arguments;
  return defineExplainer({
    ...definition,
    explain: (args) => ({
      formula: { words, symbols },
      steps: [],
      tables: [],
      result: { ...result, value: model(numberArg(args, first.name), numberArg(args, second.name)) },
    }),
  });
}

const PIPELINE = twoNumberExplainer({
  fn: "PIPELINE",
  title: "Pipeline (in-transit) inventory",
  arguments: [
    required("demand_rate", { label: "Demand (flow) rate", symbol: "D", unit: "units per period" }),
    required("transit_time", { label: "Transit time", symbol: "T", unit: "periods" }),
  ],
  source: 'Little (1961), "A proof for the queuing formula L = λW"; APICS Dictionary, "pipeline stock"',
  words:
    "units flow at rate D and each spends time T in transit, so on average D × T are in the pipeline (Little's law)",
  symbols: "I = D × T",
  result: { label: "Average pipeline inventory", symbol: "I", unit: "units" },
  model: (demandRate, transitTime) => pipelineInventory({ demandRate, transitTime }),
});

const TURNOVER = twoNumberExplainer({
  fn: "TURNOVER",
  title: "Inventory turnover",
  arguments: [
    required("cogs", { label: "Cost of goods sold over the period", symbol: "COGS", unit: "money" }),
    required("avg_inventory", { label: "Average inventory at cost", symbol: "Ī", unit: "money" }),
  ],
  source:
    'APICS Dictionary, "inventory turnover"; Heizer & Render, Operations Management, ch. 11 (supply chain metrics)',
  words: "how many times the average inventory is sold through in the period",
  symbols: "turns = COGS / Ī",
  result: { label: "Inventory turnover", symbol: "turns", unit: "turns per period" },
  model: (costOfGoodsSold, averageInventory) => inventoryTurnover({ costOfGoodsSold, averageInventory }),
});

const GMROI = twoNumberExplainer({
  fn: "GMROI",
  title: "Gross margin return on inventory investment",
  arguments: [
    required("gross_margin", { label: "Gross margin over the period", symbol: "GM", unit: "money" }),
    required("avg_inventory_cost", { label: "Average inventory at cost", symbol: "Ī", unit: "money" }),
  ],
  source: 'Levy & Weitz, Retailing Management (GMROI); APICS Dictionary, "gross margin"',
  words: "gross margin earned per unit of money tied up in inventory",
  symbols: "GMROI = GM / Ī",
  result: { label: "GMROI", symbol: "GMROI", unit: "money per money of inventory" },
  model: (grossMargin, averageInventoryCost) => grossMarginReturnOnInventory({ grossMargin, averageInventoryCost }),
});

const DAYSOFSUPPLY = twoNumberExplainer({
  fn: "DAYSOFSUPPLY",
  title: "Days of supply",
  arguments: [
    required("inventory", { label: "Inventory on hand", symbol: "I", unit: "units" }),
    required("avg_daily_demand", { label: "Average demand per day", symbol: "d", unit: "units per day" }),
  ],
  source: 'APICS Dictionary, "days of supply"',
  words: "how long the inventory lasts at the average rate of demand",
  symbols: "days = I / d",
  result: { label: "Days of supply", symbol: "days", unit: "days" },
  model: (inventory, averageDailyDemand) => daysOfSupply({ inventory, averageDailyDemand }),
});

const CARRYINGCOST = twoNumberExplainer({
  fn: "CARRYINGCOST",
  title: "Inventory carrying cost",
  arguments: [
    required("avg_inventory_value", { label: "Average inventory value at cost", symbol: "Ī·C", unit: "money" }),
    required("carrying_rate", { label: "Carrying rate per period", symbol: "i", unit: "fraction" }),
  ],
  source: 'APICS Dictionary, "carrying cost"; Silver, Pyke & Thomas (2017) (the carrying charge r)',
  words: "the average inventory value times the carrying rate (capital, storage, insurance, obsolescence)",
  symbols: "cost = Ī·C × i",
  result: { label: "Carrying cost for the period", symbol: "cost", unit: "money" },
  model: (averageInventoryValue, carryingRate) => carryingCost({ averageInventoryValue, carryingRate }),
});

const yesNo = (flag: OrderFlag): ExplainedValue => (flag === null ? "" : flag === 1 ? "yes" : "no");

const OTIF = defineExplainer({
  fn: "OTIF",
  title: "On time in full",
  arguments: [
    required("on_time", { label: "Delivered on time, per order", symbol: "", unit: "orders" }, "list"),
    required("in_full", { label: "Delivered in full, per order", symbol: "", unit: "orders" }, "list"),
  ],
  source: 'APICS Dictionary, "on-time and in-full"; ASCM SCOR model, "perfect order fulfillment"',
  explain(args) {
    // Flags arrive as the funnel reads them: TRUE/FALSE as 1/0.
    const onTime = listArg(args, "on_time");
    const inFull = listArg(args, "in_full");
    const counts = onTimeInFullCounts({ onTime, inFull });
    return {
      formula: {
        words: "the share of orders delivered both on time and in full (rows blank in both lists are not orders)",
        symbols: "OTIF = orders on time and in full / orders",
      },
      steps: presentSteps(
        step("Orders", "n", counts.orders, "orders"),
        step("Orders on time", "", counts.onTime, "orders"),
        step("Orders in full", "", counts.inFull, "orders"),
        step("Orders on time and in full", "", counts.perfect, "orders"),
      ),
      tables: [
        {
          title: "Orders",
          headers: ["Order", "On time", "In full"],
          rows: onTime.flatMap((flag, order) => {
            const full = inFull[order] ?? null;
            return flag === null && full === null ? [] : [[order + 1, yesNo(flag), yesNo(full)]];
          }),
        },
      ],
      result: { label: "On time in full", symbol: "OTIF", value: cell(counts.share), unit: "fraction" },
    };
  },
});

const UNITFILLRATE = defineExplainer({
  fn: "UNITFILLRATE",
  title: "Unit fill rate of a period's order lines",
  arguments: [
    required("shipped", { label: "Units shipped from stock, per line", symbol: "s", unit: "lines" }, "list"),
    required("ordered", { label: "Units ordered, per line", symbol: "o", unit: "lines" }, "list"),
  ],
  source:
    'APICS Dictionary, "fill rate"; Frazelle, Supply Chain Strategy (2002) (unit fill rate = total units shipped / total units requested)',
  explain(args) {
    const totals = unitFillRateTotals({ shipped: listArg(args, "shipped"), ordered: listArg(args, "ordered") });
    return {
      formula: {
        words:
          "the units shipped from stock over the units ordered, summed over the lines (not the average of line ratios)",
        symbols: "fill rate = Σs / Σo",
      },
      steps: presentSteps(
        step("Order lines", "n", totals.lines, "lines"),
        step("Units shipped from stock", "Σs", totals.shipped * totals.scale, "units"),
        step("Units ordered", "Σo", totals.ordered * totals.scale, "units"),
      ),
      tables: [],
      result: { label: "Unit fill rate", symbol: "Σs / Σo", value: cell(totals.fillRate), unit: "fraction" },
    };
  },
});

const RECORDACCURACY = defineExplainer({
  fn: "RECORDACCURACY",
  title: "Inventory record accuracy",
  arguments: [
    required("book_qty", { label: "Book (system) quantity, per record", symbol: "b", unit: "records" }, "list"),
    required("counted_qty", { label: "Counted quantity, per record", symbol: "c", unit: "records" }, "list"),
    required(
      "tolerance",
      { label: "Tolerance, a fraction of the book quantity", symbol: "t", unit: "fraction" },
      "list",
    ),
    optional("tolerance_units", { label: "Absolute tolerance, units", symbol: "u", unit: "units" }, "list"),
  ],
  source: 'APICS Dictionary, "inventory accuracy" and "cycle counting"; Heizer & Render, Operations Management, ch. 12',
  explain(args) {
    const bookQuantities = listArg(args, "book_qty");
    const countedQuantities = listArg(args, "counted_qty");
    const tolerance = oneOrPerRow(listArg(args, "tolerance"));
    const units = args["tolerance_units"] === undefined ? undefined : oneOrPerRow(listArg(args, "tolerance_units"));
    const records = [...bookQuantities, ...countedQuantities].every((quantity) => quantity === null);
    if (tolerance === null && !records) {
      throw new InputError("tolerance", "is blank; enter a fraction such as 0.02 (0 for an exact match)", null);
    }
    const check = recordAccuracyCheck({
      bookQuantities,
      countedQuantities,
      tolerance: tolerance ?? 0,
      unitTolerance: units ?? undefined,
    });
    const withUnits = units !== undefined && units !== null;
    return {
      formula: {
        words: withUnits
          ? "the share of counted records whose count is within tolerance of the book quantity, as a fraction or in units"
          : "the share of counted records whose count is within tolerance of the book quantity",
        symbols: withUnits
          ? "accurate when |c − b| ≤ max(t·b, u);  accuracy = accurate records / records counted"
          : "accurate when |c − b| ≤ t·b;  accuracy = accurate records / records counted",
      },
      steps: presentSteps(
        step("Records counted", "n", check.records.length, "records"),
        step("Records within tolerance", "", check.accurate, "records"),
      ),
      tables: [
        {
          title: "Records counted",
          headers: [
            "Record",
            "Book",
            "Counted",
            "Tolerance",
            ...(withUnits ? ["Tolerance (units)"] : []),
            "|c − b|",
            withUnits ? "Allowed max(t·b, u)" : "Allowed t·b",
            "Within tolerance",
          ],
          rows: check.records.map((r) => [
            r.record + 1,
            r.book,
            r.counted,
            r.tolerance,
            ...(withUnits ? [r.unitTolerance] : []),
            r.difference,
            r.allowed,
            r.accurate ? "yes" : "no",
          ]),
        },
      ],
      result: { label: "Record accuracy", symbol: "accuracy", value: cell(check.accuracy), unit: "fraction" },
    };
  },
});

const CYCLECOUNTS = defineExplainer({
  fn: "CYCLECOUNTS",
  title: "Cycle counts per working day",
  arguments: [
    required("items_per_class", { label: "Items in each class", symbol: "N", unit: "classes" }, "list"),
    required("counts_per_year", { label: "Counts per year of each class", symbol: "f", unit: "classes" }, "list"),
    optional("working_days", { label: "Working days per year", symbol: "W", unit: "days" }),
  ],
  source:
    'Heizer & Render, Operations Management, ch. 12, Example 2 (Cole\'s Trucks); APICS Dictionary, "cycle counting"',
  explain(args) {
    const itemsPerClass = listArg(args, "items_per_class");
    const countsPerYear = oneOrPerRow(listArg(args, "counts_per_year"));
    const workload = cycleCountWorkload({
      itemsPerClass,
      countsPerYear: countsPerYear ?? 0,
      workingDays: optionalNumberArg(args, "working_days"),
    });
    if (countsPerYear === null && workload.classes.length > 0) {
      throw new InputError("counts_per_year", "is blank; enter how often the classes are counted per year", null);
    }
    const classes: ExplainedTable = {
      title: "Classes",
      headers: ["Class", "Items", "Counts per year", "Counts in a year"],
      rows: workload.classes.map((c) => [c.class + 1, c.items, c.countsPerYear, c.countsInYear]),
    };
    return {
      formula: {
        words: "each class's items times how often it is counted a year, summed, over the working days (not rounded)",
        symbols: "counts per day = Σ N·f / W",
      },
      steps: presentSteps(
        step("Counts in a year", "Σ N·f", workload.countsPerYear, "counts"),
        step("Working days per year used", "W", workload.workingDays, "days"),
      ),
      tables: [classes],
      result: {
        label: "Items to count per working day",
        symbol: "Σ N·f / W",
        value: cell(workload.perDay),
        unit: "items",
      },
    };
  },
});

/** Actuals and forecasts, read for the forecast-error models. */
const forecastInput = (args: ExplainArgs): ForecastErrorInput => ({
  actuals: listArg(args, "actuals"),
  forecasts: listArg(args, "forecasts"),
});

/** The periods with both figures, and the sums of their errors (left out where they overflow). */
function forecastErrorParts(input: ForecastErrorInput) {
  const periods = forecastErrorPeriods(input);
  const sums = errorSums(periods.map((period) => period.error));
  const table: ExplainedTable = {
    title: "Periods with an actual and a forecast",
    headers: ["Period", "Actual", "Forecast", "Error", "|Error|"],
    rows: periods.map((p) => [p.period + 1, p.actual, p.forecast, p.error, Math.abs(p.error)]),
  };
  return {
    table,
    count: step("Periods with both figures", "n", periods.length, "periods"),
    absolute: step("Sum of absolute errors", "Σ|A − F|", sums.absolute * sums.scale, "units"),
    signed: step("Running sum of forecast errors", "RSFE = Σ(A − F)", sums.signed * sums.scale, "units"),
  };
}

const FORECAST_ARGUMENTS = [
  required("actuals", { label: "Actual demand per period", symbol: "A", unit: "periods" }, "list"),
  required("forecasts", { label: "Forecast per period", symbol: "F", unit: "periods" }, "list"),
];
const HEIZER_RENDER_4 = "Heizer & Render, Operations Management, ch. 4";

const MAD = defineExplainer({
  fn: "MAD",
  title: "Mean absolute deviation of forecast errors",
  arguments: FORECAST_ARGUMENTS,
  source: `${HEIZER_RENDER_4} (measuring forecast error); APICS Dictionary, "mean absolute deviation"`,
  explain(args) {
    const input = forecastInput(args);
    const parts = forecastErrorParts(input);
    return {
      formula: {
        words: "the average size of the forecast error over the periods with both an actual and a forecast",
        symbols: "MAD = Σ|A − F| / n",
      },
      steps: presentSteps(parts.count, parts.absolute),
      tables: [parts.table],
      result: {
        label: "Mean absolute deviation",
        symbol: "MAD",
        value: cell(meanAbsoluteDeviation(input)),
        unit: "units",
      },
    };
  },
});

const TRACKINGSIGNAL = defineExplainer({
  fn: "TRACKINGSIGNAL",
  title: "Tracking signal",
  arguments: FORECAST_ARGUMENTS,
  source: `${HEIZER_RENDER_4} (monitoring and controlling forecasts); APICS Dictionary, "tracking signal"`,
  explain(args) {
    const input = forecastInput(args);
    const parts = forecastErrorParts(input);
    return {
      formula: {
        words:
          "the running sum of forecast errors in MADs: positive when forecasts run low; beyond about ±4, review the forecast",
        symbols: "TS = RSFE / MAD,  RSFE = Σ(A − F),  MAD = Σ|A − F| / n",
      },
      steps: presentSteps(
        parts.count,
        parts.signed,
        parts.absolute,
        step("Mean absolute deviation", "MAD", meanAbsoluteDeviation(input) ?? undefined, "units"),
      ),
      tables: [parts.table],
      result: { label: "Tracking signal", symbol: "TS", value: cell(trackingSignal(input)), unit: "MADs" },
    };
  },
});

export const METRICS_EXPLAINERS: readonly Explainer[] = [
  PIPELINE,
  TURNOVER,
  GMROI,
  DAYSOFSUPPLY,
  CARRYINGCOST,
  OTIF,
  UNITFILLRATE,
  RECORDACCURACY,
  CYCLECOUNTS,
  MAD,
  TRACKINGSIGNAL,
];
