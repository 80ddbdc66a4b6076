/* Custom functions for classification. Thin wrappers over core. */
import { abcClassification } from "../core/classification/abcClassification";
import { guarded, reshape } from "./funnel";

/**
 * ABC class per item: ranked by value, largest first; A while the cumulative share is at most a_cutoff, B while at most b_cutoff, else C. Zero values are C; the top item is A. Spills in the shape of values; blanks give "".
 * @customfunction ABCCLASS
 * @param {any[][]} values Annual value of each item (usage × unit cost, ≥ 0), a range of up to 1,048,576 cells. Blanks are skipped.
 * @param {any} [a_cutoff] Cumulative share that ends class A (0 < a ≤ 1). Default 0.80 by value, 0.20 by count.
 * @param {any} [b_cutoff] Cumulative share that ends class B (a_cutoff ≤ b ≤ 1). Default 0.95 by value, 0.50 by count.
 * @param {any} [basis] "value" (share of total value, default) or "count" (share of items).
 * @returns {any[][]} "A", "B" or "C" per item.
 */
export function abcclass(values: any[][], a_cutoff?: any, b_cutoff?: any, basis?: any): any[][] {
  return guarded("ABCCLASS", { values: "values", aCutoff: "a_cutoff", bCutoff: "b_cutoff", basis: "basis" }, (read) => {
    const list = read.numbers("values", values);
    const classes = abcClassification({
      values: list.values,
      aCutoff: read.optionalNumber("a_cutoff", a_cutoff),
      bCutoff: read.optionalNumber("b_cutoff", b_cutoff),
      basis: read.optionalChoice("basis", basis, ["value", "count"] as const),
    });
    return reshape(list.shape, classes);
  });
}
