/**
 * Explainers of the intermittent family's INV functions (see registry.ts): the
 * demand pattern per item with its ADI and CV², and the Croston-type rate per
 * item with its smoothed size, interval and probability. Each answer is the
 * core model's; the tables are the figures it computes.
 */
import type { DemandRow } from "../classification/demandHistory";
import { CROSTON_METHODS, crostonOptions, crostonRate, crostonRates } from "../intermittent/croston";
import { demandPatternOf, demandPatterns, LUMPY_CV2, type DemandPattern } from "../intermittent/demandPattern";
import { INTERMITTENT_ADI } from "../classification/averageDemandInterval";
import { countOf, headline, historyArg, itemResults } from "./classificationExplainers";
import { defineExplainer, laidOut, optional, required, type ArgumentText } from "./defineExplainer";
import { choiceArg, optionalNumberArg, presentSteps, step, tableCell } from "./parts";
import type { Explainer } from "./registry";

const HISTORY: ArgumentText = { label: "Demand per period, one row per item", symbol: "x", unit: "items × periods" };

const SYNTETOS_BOYLAN_CROSTON =
  'Syntetos, Boylan & Croston (2005), "On the categorization of demand patterns", JORS 56(5), 495–503';
const CROSTON_SOURCES =
  'Croston (1972), "Forecasting and stock control for intermittent demands", ORQ 23(3); ' +
  "Syntetos & Boylan (2005), IJF 21(2) (SBA); Teunter, Syntetos & Babai (2011), EJOR 214(3) (TSB); " +
  "initialisation as R's forecast::croston (Shenstone & Hyndman 2005)";

const DEMANDPATTERN = defineExplainer({
  fn: "DEMANDPATTERN",
  title: "Demand pattern: smooth, erratic, intermittent or lumpy",
  arguments: [required("history", HISTORY, "history")],
  source: SYNTETOS_BOYLAN_CROSTON,
  explain(args) {
    const history = historyArg(args, "history");
    const patterns = itemResults<DemandPattern>(demandPatterns(history));
    const output = laidOut(patterns, 1);
    return {
      formula: {
        words:
          "the average demand interval (periods over periods with demand, blanks skipped) against 1.32 and the squared coefficient of variation of the non-zero demand sizes against 0.49: smooth when both are below, erratic when only CV² is high, intermittent when only ADI is, lumpy when both are (a figure at a cut-off is high)",
        symbols: "ADI = n/n₊,  CV² = (s_z/z̄)²;  smooth: ADI < 1.32, CV² < 0.49; erratic; intermittent; lumpy",
      },
      steps: presentSteps(
        step("Items", "n_items", history.length, "items"),
        step("ADI cut-off", "ADI*", INTERMITTENT_ADI, "periods"),
        step("CV² cut-off", "CV²*", LUMPY_CV2, ""),
      ),
      tables: [
        {
          title: "Each item's demand",
          headers: ["Item", "Periods", "Periods with demand", "ADI", "CV² of sizes", "Pattern"],
          rows: history.map((row: DemandRow, item) => {
            const analysis = demandPatternOf(row);
            if (analysis.kind !== "pattern") {
              return [item + 1, analysis.kind === "noDemand" ? analysis.periods : "", 0, "", "", ""];
            }
            return [
              item + 1,
              analysis.periods,
              analysis.periodsWithDemand,
              analysis.averageDemandInterval,
              analysis.sizeVariation,
              analysis.pattern,
            ];
          }),
        },
      ],
      result: headline(
        output,
        { label: "Pattern", symbol: "", unit: "" },
        {
          label: "Items intermittent or lumpy",
          symbol: "n_IL",
          value: countOf(patterns, "intermittent") + countOf(patterns, "lumpy"),
          unit: "items",
        },
      ),
      output,
    };
  },
});

const CROSTON = defineExplainer({
  fn: "CROSTON",
  title: "Demand rate of an intermittent item (Croston, SBA, TSB)",
  arguments: [
    required("history", HISTORY, "history"),
    optional("alpha", { label: "Smoothing constant", symbol: "α", unit: "fraction" }),
    optional("method", { label: "Method", symbol: "", unit: "" }, "choice", CROSTON_METHODS),
  ],
  source: CROSTON_SOURCES,
  explain(args) {
    const history = historyArg(args, "history");
    const options = crostonOptions({
      alpha: optionalNumberArg(args, "alpha"),
      method: args.method === undefined ? undefined : choiceArg(args, "method", CROSTON_METHODS),
    });
    const rates = itemResults(crostonRates(history, options));
    const output = laidOut(rates, 1);
    const tsb = options.method === "tsb";
    const symbols = {
      croston: "ẑ ← ẑ + α(z − ẑ), p̂ ← p̂ + α(q − p̂) at each demand;  rate = ẑ/p̂",
      sba: "ẑ ← ẑ + α(z − ẑ), p̂ ← p̂ + α(q − p̂) at each demand;  rate = (1 − α/2) ẑ/p̂",
      tsb: "d̂ ← d̂ + α(1 − d̂) with demand, d̂ ← (1 − α) d̂ without, every period; ẑ ← ẑ + α(z − ẑ) at each demand;  rate = d̂ ẑ",
    };
    return {
      formula: {
        words: tsb
          ? "smooth the non-zero demand sizes at each demand and the probability of demand every period (so the rate decays while no demand comes); start at the first demand, with the probability one over its interval; the rate is the probability times the size"
          : `smooth the non-zero demand sizes and the intervals between demands (blank periods skipped) at each demand, starting at the first demand and its interval; the rate is size over interval${options.method === "sba" ? ", times 1 − α/2 (the Syntetos–Boylan approximation)" : ""}`,
        symbols: symbols[options.method],
      },
      steps: presentSteps(
        step("Items", "n_items", history.length, "items"),
        step("Smoothing constant used", "α", options.alpha, "fraction"),
        step("Method", "", options.method, ""),
        step("Factor on the rate", "1 − α/2", options.method === "sba" ? 1 - options.alpha / 2 : undefined, ""),
      ),
      tables: [
        {
          title: "Each item's smoothed demand",
          headers: ["Item", "Periods", "Periods with demand", "Size ẑ", tsb ? "Probability d̂" : "Interval p̂", "Rate"],
          rows: history.map((row: DemandRow, item) => {
            const result = crostonRate({ demand: row, ...options });
            if (result === null) return [item + 1, "", "", "", "", ""];
            return [
              item + 1,
              result.periods,
              result.periodsWithDemand,
              result.size,
              tableCell(tsb ? result.probability : result.interval),
              result.rate,
            ];
          }),
        },
      ],
      result: headline(
        output,
        { label: "Demand rate", symbol: "rate", unit: "units per period" },
        {
          label: "Items with a rate",
          symbol: "n",
          value: rates.filter((rate) => rate !== null).length,
          unit: "items",
        },
      ),
      output,
    };
  },
});

export const INTERMITTENT_EXPLAINERS: readonly Explainer[] = [DEMANDPATTERN, CROSTON];
