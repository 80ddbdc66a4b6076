/**
 * Explainers of the classification family's INV functions (see registry.ts):
 * ABC with its ranked items, XYZ and the coefficient of variation per item,
 * the ABC/XYZ matrix, the Pareto curve and demand statistics. Each answer is
 * the core model's; the tables are the ranking and statistics it computes.
 */
import { abcAnalysis, type AbcAnalysis, type AbcClass } from "../classification/abcClassification";
import { abcXyzClassification } from "../classification/abcXyzClassification";
import { coefficientsOfVariation, demandVariation } from "../classification/coefficientOfVariation";
import { eachItem, type DemandRow, type ItemResult } from "../classification/demandHistory";
import { demandStatistics } from "../classification/demandStatistics";
import { paretoShares } from "../classification/paretoShares";
import { rankByValue } from "../classification/rankByValue";
import { xyzClassification, xyzCutoffs, type XyzClass } from "../classification/xyzClassification";
import { InputError } from "../shared/inputError";
import {
  defineExplainer,
  isNumberOrBlank,
  laidOut,
  optional,
  rangeArg,
  required,
  type ArgumentText,
} from "./defineExplainer";
import type { ExplainedStep, ExplainedTable, ExplainedValue } from "./explanation";
import { choiceArg, optionalNumberArg, presentSteps, step, tableCell } from "./parts";
import type { ExplainArgs, Explainer } from "./registry";

const VALUES: ArgumentText = { label: "Annual value of each item (usage × unit cost)", symbol: "v", unit: "items" };
const HISTORY: ArgumentText = { label: "Demand per period, one row per item", symbol: "x", unit: "items × periods" };
const A_CUTOFF: ArgumentText = { label: "Cumulative share that ends class A", symbol: "a", unit: "fraction" };
const B_CUTOFF: ArgumentText = { label: "Cumulative share that ends class B", symbol: "b", unit: "fraction" };
const X_CUTOFF: ArgumentText = { label: "Largest coefficient of variation still X", symbol: "x_cut", unit: "" };
const Y_CUTOFF: ArgumentText = { label: "Largest coefficient of variation still Y", symbol: "y_cut", unit: "" };

const HEIZER_RENDER_ABC = "Heizer & Render, Operations Management, 12th ed., §12.2, Example 1 (ABC analysis)";
const SILVER_PYKE_THOMAS_26 = "Silver, Pyke & Thomas (2017), §2.6 (the distribution-by-value curve)";
const SCHOLZ_REITER =
  'Scholz-Reiter, Heger, Meinecke & Bergmann (2012), "Integration of demand forecasts in ABC-XYZ analysis", IJPPM 61(4)';
const CV_SYMBOLS = "CV = s/x̄,  x̄ = Σx/n,  s = √(Σ(x − x̄)²/(n − 1))";

/** A demand history: rows of periods (a single list is one item's periods). */
export function historyArg(args: ExplainArgs, name: string): DemandRow[] {
  const value = args[name];
  if (Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isNumberOrBlank))) {
    return value;
  }
  if (Array.isArray(value) && value.every(isNumberOrBlank)) return [value];
  throw new InputError(name, "must be rows of demand per period", value);
}

/** The items' results, or the first item's input error (the function shows it in that item's cell). */
export function itemResults<T>(results: ReadonlyArray<ItemResult<T>>): Array<T | null> {
  const failed = results.find((result) => result instanceof InputError);
  if (failed) throw failed;
  return results as Array<T | null>;
}

/**
 * The result of a function that spills per item: its one cell when it spills
 * one (then it is the function's value), else the headline.
 */
export function headline(
  output: ExplainedValue[][],
  single: Omit<ExplainedStep, "value">,
  many: ExplainedStep,
): ExplainedStep {
  const [only] = output;
  return output.length === 1 && only?.length === 1 ? { ...single, value: only[0] ?? "" } : many;
}

/** The count of `results` equal to `value`, as a headline figure. */
export const countOf = <T>(results: ReadonlyArray<T | null>, value: T): number =>
  results.filter((r) => r === value).length;

/** The ranked items of an ABC analysis, as a table. */
function rankingTable(analysis: AbcAnalysis): ExplainedTable {
  return {
    title: "Items ranked by value, largest first",
    headers: [
      "Rank",
      "Item",
      "Value",
      "Share of value",
      "Cumulative share of value",
      "Cumulative share of items",
      "Class",
    ],
    rows: analysis.ranking.map((row, rank) => [
      rank + 1,
      row.item + 1,
      row.value,
      row.share,
      row.cumulativeShare,
      row.cumulativeItemShare,
      row.abc,
    ]),
  };
}

/** Items and value per class, from the ranking. */
function classTable(analysis: AbcAnalysis): ExplainedTable {
  const items = analysis.ranking.length;
  return {
    title: "Classes",
    headers: ["Class", "Items", "Share of items", "Value", "Share of value"],
    rows: (["A", "B", "C"] as const).map((abc: AbcClass) => {
      const members = analysis.ranking.filter((row) => row.abc === abc);
      const value = members.reduce((sum, row) => sum + row.value, 0);
      return [
        abc,
        members.length,
        items > 0 ? members.length / items : 0,
        value,
        analysis.total > 0 ? value / analysis.total : 0,
      ];
    }),
  };
}

/** Each item's periods, mean, standard deviation and coefficient of variation, and a last column. */
function statisticsTable(
  history: readonly DemandRow[],
  last: { header: string; cells: ReadonlyArray<ExplainedValue | null> },
): ExplainedTable {
  return {
    title: "Each item's demand",
    headers: ["Item", "Periods", "Mean", "Standard deviation", "Coefficient of variation", last.header],
    rows: history.map((row, item) => {
      const statistics = demandStatistics(row);
      const variation = demandVariation(row);
      return [
        item + 1,
        statistics?.periods ?? "",
        tableCell(statistics?.mean),
        tableCell(statistics?.standardDeviation),
        variation.kind === "cv" ? variation.value : variation.kind === "zeroMean" ? "none (mean 0)" : "",
        last.cells[item] ?? "",
      ];
    }),
  };
}

const ABCCLASS = defineExplainer({
  fn: "ABCCLASS",
  title: "ABC classification by cumulative share",
  arguments: [
    required("values", VALUES, "list"),
    optional("a_cutoff", A_CUTOFF),
    optional("b_cutoff", B_CUTOFF),
    optional("basis", { label: "Share compared with the cut-offs", symbol: "", unit: "" }, "choice", [
      "value",
      "count",
    ]),
  ],
  source: `${HEIZER_RENDER_ABC}; ${SILVER_PYKE_THOMAS_26}; APICS Dictionary, "ABC classification"`,
  explain(args) {
    const range = rangeArg(args, "values");
    const analysis = abcAnalysis({
      values: range.values,
      aCutoff: optionalNumberArg(args, "a_cutoff"),
      bCutoff: optionalNumberArg(args, "b_cutoff"),
      basis: args.basis === undefined ? undefined : choiceArg(args, "basis", ["value", "count"] as const, "value"),
    });
    const output = laidOut(analysis.classes, range.columns);
    const share = analysis.basis === "value" ? "cumulative share of value" : "cumulative share of items";
    return {
      formula: {
        words: `rank items by value, largest first; A while the ${share} is at most a, B while at most b, else C (equal values share the first one's class, zero values are C, the top item is A)`,
        symbols: "class = A if cum ≤ a; B if cum ≤ b; else C,  cum_k = (v₁ + … + v_k)/Σv",
      },
      steps: presentSteps(
        step("Items with a value", "n", analysis.ranking.length, "items"),
        step("Total value", "Σv", analysis.total, ""),
        step("Basis of the cumulative share", "", analysis.basis, ""),
        step("A cut-off used", "a", analysis.aCutoff, "fraction"),
        step("B cut-off used", "b", analysis.bCutoff, "fraction"),
      ),
      tables: [rankingTable(analysis), classTable(analysis)],
      result: headline(
        output,
        { label: "Class", symbol: "", unit: "" },
        { label: "Items in class A", symbol: "n_A", value: countOf(analysis.classes, "A"), unit: "items" },
      ),
      output,
    };
  },
});

const XYZCLASS = defineExplainer({
  fn: "XYZCLASS",
  title: "XYZ classification by demand variability",
  arguments: [
    required("demand_history", HISTORY, "history"),
    optional("x_cutoff", X_CUTOFF),
    optional("y_cutoff", Y_CUTOFF),
  ],
  source: `${SCHOLZ_REITER}; Silver, Pyke & Thomas (2017), §4.5 (estimating σ from history)`,
  explain(args) {
    const history = historyArg(args, "demand_history");
    const cut = { xCutoff: optionalNumberArg(args, "x_cutoff"), yCutoff: optionalNumberArg(args, "y_cutoff") };
    const classes = itemResults<XyzClass>(xyzClassification({ history, ...cut }));
    const cutoffs = xyzCutoffs(cut);
    const output = laidOut(classes, 1);
    return {
      formula: {
        words:
          "the coefficient of variation of each item's demand per period (sample standard deviation over mean, blank periods skipped): X up to the X cut-off, Y up to the Y cut-off, else Z; zero demand throughout is Z",
        symbols: `class = X if CV ≤ x_cut; Y if CV ≤ y_cut; else Z,  ${CV_SYMBOLS}`,
      },
      steps: presentSteps(
        step("Items", "n", history.length, "items"),
        step("X cut-off used", "x_cut", cutoffs.x, ""),
        step("Y cut-off used", "y_cut", cutoffs.y, ""),
      ),
      tables: [statisticsTable(history, { header: "Class", cells: classes })],
      result: headline(
        output,
        { label: "Class", symbol: "", unit: "" },
        { label: "Items in class X", symbol: "n_X", value: countOf(classes, "X"), unit: "items" },
      ),
      output,
    };
  },
});

const COEFVAR = defineExplainer({
  fn: "COEFVAR",
  title: "Coefficient of variation of each item's demand",
  arguments: [required("demand_history", HISTORY, "history")],
  source: `${SCHOLZ_REITER}; Excel's STDEV.S/AVERAGE`,
  explain(args) {
    const history = historyArg(args, "demand_history");
    const cvs = itemResults(coefficientsOfVariation(history));
    const output = laidOut(cvs, 1);
    return {
      formula: {
        words:
          "the sample standard deviation of demand per period over its mean, blank periods skipped (=STDEV.S/AVERAGE)",
        symbols: CV_SYMBOLS,
      },
      steps: presentSteps(step("Items", "n", history.length, "items")),
      tables: [statisticsTable(history, { header: "COEFVAR gives", cells: cvs })],
      result: headline(
        output,
        { label: "Coefficient of variation", symbol: "CV", unit: "" },
        {
          label: "Items with a coefficient of variation",
          symbol: "n",
          value: cvs.filter((cv) => cv !== null).length,
          unit: "items",
        },
      ),
      output,
    };
  },
});

const DEMAND_STATS = ["mean", "std", "periods"] as const;

const DEMANDSTATS = defineExplainer({
  fn: "DEMANDSTATS",
  title: "Mean and standard deviation of each item's demand",
  arguments: [
    required("demand_history", HISTORY, "history"),
    optional("result", { label: "Statistic", symbol: "", unit: "" }, "choice", DEMAND_STATS),
  ],
  source: "Silver, Pyke & Thomas (2017), §4.5 (estimating σ from history); Excel's AVERAGE and STDEV.S",
  explain(args) {
    const history = historyArg(args, "demand_history");
    const chosen = choiceArg(args, "result", DEMAND_STATS, "mean");
    const statistics = itemResults(eachItem(history.length, (item) => demandStatistics(history[item] ?? [])));
    const pick = { mean: "mean", std: "standardDeviation", periods: "periods" } as const;
    const values = statistics.map((s) => (s === null ? null : s[pick[chosen]]));
    const output = laidOut(values, 1);
    const label = {
      mean: "Mean demand per period",
      std: "Standard deviation of demand per period",
      periods: "Periods with a figure",
    };
    return {
      formula: {
        words:
          "over the periods with a figure (blanks skipped): the mean (=AVERAGE) and the sample standard deviation, n − 1 in the denominator (=STDEV.S)",
        symbols: "x̄ = Σx/n,  s = √(Σ(x − x̄)²/(n − 1))",
      },
      steps: presentSteps(step("Items", "n", history.length, "items"), step("Statistic spilled", "", chosen, "")),
      tables: [statisticsTable(history, { header: "DEMANDSTATS gives", cells: values })],
      result: headline(
        output,
        {
          label: label[chosen],
          symbol: { mean: "x̄", std: "s", periods: "n" }[chosen],
          unit: chosen === "periods" ? "periods" : "units",
        },
        { label: "Items with statistics", symbol: "n", value: values.filter((v) => v !== null).length, unit: "items" },
      ),
      output,
    };
  },
});

const ABCXYZ = defineExplainer({
  fn: "ABCXYZ",
  title: "The ABC/XYZ matrix: class by value and by demand variability",
  arguments: [
    required("values", VALUES, "list"),
    required("demand_history", HISTORY, "history"),
    optional("a_cutoff", A_CUTOFF),
    optional("b_cutoff", B_CUTOFF),
    optional("x_cutoff", X_CUTOFF),
    optional("y_cutoff", Y_CUTOFF),
  ],
  source: `${SCHOLZ_REITER}; ${HEIZER_RENDER_ABC}`,
  explain(args) {
    const range = rangeArg(args, "values");
    const history = historyArg(args, "demand_history");
    const cutoffs = {
      aCutoff: optionalNumberArg(args, "a_cutoff"),
      bCutoff: optionalNumberArg(args, "b_cutoff"),
      xCutoff: optionalNumberArg(args, "x_cutoff"),
      yCutoff: optionalNumberArg(args, "y_cutoff"),
    };
    const classes = itemResults(abcXyzClassification({ values: range.values, history, ...cutoffs }));
    const abc = abcAnalysis({
      values: range.values,
      aCutoff: cutoffs.aCutoff,
      bCutoff: cutoffs.bCutoff,
      basis: "value",
    });
    const xyz = xyzCutoffs(cutoffs);
    const output = laidOut(classes, range.columns);
    return {
      formula: {
        words:
          "each item's ABC class by cumulative share of value (A up to a, B up to b, else C), then its XYZ class by the coefficient of variation of its demand (X up to x_cut, Y up to y_cut, else Z)",
        symbols: `class = ABC(cum value share) & XYZ(CV),  ${CV_SYMBOLS}`,
      },
      steps: presentSteps(
        step("Total value", "Σv", abc.total, ""),
        step("A cut-off used", "a", abc.aCutoff, "fraction"),
        step("B cut-off used", "b", abc.bCutoff, "fraction"),
        step("X cut-off used", "x_cut", xyz.x, ""),
        step("Y cut-off used", "y_cut", xyz.y, ""),
      ),
      tables: [rankingTable(abc), statisticsTable(history, { header: "Class", cells: classes }), matrixTable(classes)],
      result: headline(
        output,
        { label: "Class", symbol: "", unit: "" },
        { label: "Items in AX", symbol: "n_AX", value: countOf<string>(classes, "AX"), unit: "items" },
      ),
      output,
    };
  },
});

/** The ABC/XYZ matrix: items per pair of classes. */
function matrixTable(classes: ReadonlyArray<string | null>): ExplainedTable {
  return {
    title: "The ABC/XYZ matrix (items)",
    headers: ["", "X", "Y", "Z"],
    rows: ["A", "B", "C"].map((abc) => [abc, ...["X", "Y", "Z"].map((xyz) => countOf(classes, `${abc}${xyz}`))]),
  };
}

const PARETO = defineExplainer({
  fn: "PARETO",
  title: "Pareto curve: cumulative share of value by rank",
  arguments: [required("values", { ...VALUES, label: "Value of each item (usage × unit cost)" }, "list")],
  source: `${SILVER_PYKE_THOMAS_26}; Heizer & Render, Operations Management, §12.2, Example 1`,
  explain(args) {
    const range = rangeArg(args, "values");
    const shares = paretoShares({ values: range.values });
    const { ranked } = rankByValue(range.values);
    const output = laidOut(shares, range.columns);
    const top = Math.ceil(0.2 * ranked.length);
    const topShare = top > 0 ? shares[ranked[top - 1] as number] : undefined;
    return {
      formula: {
        words:
          "rank items by value, largest first (equal values in input order); each item's share is the value of the items up to its rank over the total",
        symbols: "share_k = (v₍₁₎ + … + v₍k₎)/(v₍₁₎ + … + v₍n₎)",
      },
      steps: presentSteps(step("Items with a value", "n", ranked.length, "items")),
      tables: [
        {
          title: "Items ranked by value, largest first",
          headers: ["Rank", "Item", "Value", "Cumulative share of value"],
          rows: ranked.map((item, rank) => [rank + 1, item + 1, range.values[item] ?? "", shares[item] ?? ""]),
        },
      ],
      result: headline(
        output,
        { label: "Cumulative share of value", symbol: "share", unit: "fraction" },
        {
          label: `Share of value in the top 20% of items (${top} of ${ranked.length})`,
          symbol: "share",
          value: topShare ?? "",
          unit: "fraction",
        },
      ),
      output,
    };
  },
});

export const CLASSIFICATION_EXPLAINERS: readonly Explainer[] = [
  ABCCLASS,
  XYZCLASS,
  COEFVAR,
  ABCXYZ,
  PARETO,
  DEMANDSTATS,
];
