/* Custom functions for classification. Thin wrappers over core. */
import { abcClassification } from "../core/classification/abcClassification";
import { abcXyzClassification } from "../core/classification/abcXyzClassification";
import { coefficientsOfVariation } from "../core/classification/coefficientOfVariation";
import { paretoShares } from "../core/classification/paretoShares";
import { xyzClassification } from "../core/classification/xyzClassification";
import { guarded, reshape } from "./funnel";

/**
 * ABC class per item, ranked by value: A while the cumulative share is at most a_cutoff, B while at most b_cutoff, else C. Equal values share the first one's class. Zero values are C; the top item is A. Spills in the shape of values.
 * @customfunction ABCCLASS
 * @param {any[][]} values Annual value of each item (usage × unit cost, ≥ 0), a range of up to 1,048,576 cells. Blanks are skipped.
 * @param {any} [a_cutoff] Cumulative share that ends class A (0 < a ≤ 1). Default 0.80 by value, 0.20 by count.
 * @param {any} [b_cutoff] Cumulative share that ends class B (a_cutoff ≤ b ≤ 1). Default 0.95 by value, 0.50 by count.
 * @param {any} [basis] "value" (share of total value, default) or "count" (share of items).
 * @returns {any[][]} "A", "B" or "C" per item.
 */
export function abcclass(values: any[][], a_cutoff?: any, b_cutoff?: any, basis?: any): any[][] {
  const bindings = {
    values: ["values", values],
    aCutoff: ["a_cutoff", a_cutoff],
    bCutoff: ["b_cutoff", b_cutoff],
    basis: ["basis", basis],
  } as const;
  return guarded("ABCCLASS", bindings, (read) => {
    const list = read.numbers("values");
    const classes = abcClassification({
      values: list.values,
      aCutoff: read.optionalNumber("aCutoff"),
      bCutoff: read.optionalNumber("bCutoff"),
      basis: read.optionalChoice("basis", ["value", "count"] as const),
    });
    return reshape(list.shape, classes);
  });
}

/**
 * XYZ class per item by demand variability: CV = STDEV.S/AVERAGE of its periods; X if CV ≤ x_cutoff, Y if ≤ y_cutoff, else Z (all-zero demand is Z). Items are rows, periods across; one result per row.
 * @customfunction XYZCLASS
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across; a single column is one item. Blank periods are skipped; a blank row gives ""; an item needs figures in at least 2 periods.
 * @param {any} [x_cutoff] Largest coefficient of variation that is still X (> 0). Default 0.5.
 * @param {any} [y_cutoff] Largest coefficient of variation that is still Y (≥ x_cutoff). Default 1.0.
 * @returns {any[][]} "X", "Y" or "Z" per row of demand_history, a column.
 */
export function xyzclass(demand_history: any[][], x_cutoff?: any, y_cutoff?: any): any[][] {
  const bindings = {
    demandHistory: ["demand_history", demand_history],
    xCutoff: ["x_cutoff", x_cutoff],
    yCutoff: ["y_cutoff", y_cutoff],
  } as const;
  return guarded("XYZCLASS", bindings, (read) => {
    const xCutoff = read.optionalNumber("xCutoff");
    const yCutoff = read.optionalNumber("yCutoff");
    const history = read.history("demandHistory");
    return read.itemOutputs(xyzClassification({ history: history.rows, xCutoff, yCutoff }), history);
  });
}

/**
 * Coefficient of variation of each item's demand: sample standard deviation / mean over the periods with a figure (=STDEV.S/AVERAGE). Items are rows, periods across; one result per row.
 * @customfunction COEFVAR
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across; a single column is one item. Blank periods are skipped; a blank row gives ""; an item needs figures in at least 2 periods and a mean above 0.
 * @returns {any[][]} The coefficient of variation (≥ 0) per row of demand_history, a column.
 */
export function coefvar(demand_history: any[][]): any[][] {
  return guarded("COEFVAR", { demandHistory: ["demand_history", demand_history] }, (read) => {
    const history = read.history("demandHistory");
    return read.itemOutputs(coefficientsOfVariation(history.rows), history);
  });
}

/**
 * ABC class by value (A while the cumulative share is at most a_cutoff, B while at most b_cutoff, else C) joined with the XYZ class by demand variability: "AX" … "CZ" per item. Spills in the shape of values.
 * @customfunction ABCXYZ
 * @param {any[][]} values Annual value of each item (usage × unit cost, ≥ 0), one cell per row of demand_history. An item blank here and in demand_history gives "".
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across; a single column is one item. Blank periods are skipped; an item needs figures in at least 2 periods.
 * @param {any} [a_cutoff] Cumulative value share that ends class A (0 < a ≤ 1). Default 0.80.
 * @param {any} [b_cutoff] Cumulative value share that ends class B (a_cutoff ≤ b ≤ 1). Default 0.95.
 * @param {any} [x_cutoff] Largest coefficient of variation that is still X (> 0). Default 0.5.
 * @param {any} [y_cutoff] Largest coefficient of variation that is still Y (≥ x_cutoff). Default 1.0.
 * @returns {any[][]} "AX" … "CZ" per item, in the shape of values.
 */
export function abcxyz(
  values: any[][],
  demand_history: any[][],
  a_cutoff?: any,
  b_cutoff?: any,
  x_cutoff?: any,
  y_cutoff?: any,
): any[][] {
  const bindings = {
    values: ["values", values],
    demandHistory: ["demand_history", demand_history],
    aCutoff: ["a_cutoff", a_cutoff],
    bCutoff: ["b_cutoff", b_cutoff],
    xCutoff: ["x_cutoff", x_cutoff],
    yCutoff: ["y_cutoff", y_cutoff],
  } as const;
  return guarded("ABCXYZ", bindings, (read) => {
    const list = read.numbers("values");
    const cutoffs = {
      aCutoff: read.optionalNumber("aCutoff"),
      bCutoff: read.optionalNumber("bCutoff"),
      xCutoff: read.optionalNumber("xCutoff"),
      yCutoff: read.optionalNumber("yCutoff"),
    };
    const history = read.history("demandHistory");
    read.onePerItem(list, history);
    const results = abcXyzClassification({ values: list.values, history: history.rows, ...cutoffs });
    return read.itemOutputs(results, history, list);
  });
}

/**
 * Pareto curve: each item's cumulative share of total value at its rank (largest first; equal values in input order, with successive shares), aligned with the input. The last-ranked item gets 1. Blanks give "".
 * @customfunction PARETO
 * @param {any[][]} values Value of each item (usage × unit cost, ≥ 0), a range of up to 1,048,576 cells. Blanks are skipped; the total must be above 0.
 * @returns {any[][]} Cumulative value share (0 to 1) per item, in the shape of values.
 */
export function pareto(values: any[][]): any[][] {
  return guarded("PARETO", { values: ["values", values] }, (read) => {
    const list = read.numbers("values");
    return reshape(list.shape, paretoShares({ values: list.values }));
  });
}
