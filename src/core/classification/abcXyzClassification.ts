import { InputError } from "../shared/inputError";
import { abcClassification, type AbcClass } from "./abcClassification";
import { eachItem, type DemandHistory, type DemandRow, type ItemResult } from "./demandHistory";
import { xyzClassOf, xyzCutoffs, type XyzClass } from "./xyzClassification";

/** "AX" … "CZ": the ABC class by value, then the XYZ class by variability. */
export type AbcXyzClass = `${AbcClass}${XyzClass}`;

export interface AbcXyzInput {
  /** Annual value of each item (≥ 0), `null` for a blank. One per row of `history`. */
  values: ReadonlyArray<number | null>;
  /** Per-period demand of each item: one row per item, periods across. */
  history: DemandHistory;
  aCutoff?: number | undefined;
  bCutoff?: number | undefined;
  xCutoff?: number | undefined;
  yCutoff?: number | undefined;
}

/**
 * The ABC/XYZ matrix: each item's ABC class by value (basis "value", see
 * `abcClassification`) followed by its XYZ class by the coefficient of variation
 * of its demand (see `xyzClassification`): "AX" is a high-value item with steady
 * demand, "CZ" a low-value item with erratic demand.
 *
 * The ABC shares are taken over every item with a value, including one whose
 * history turns out to be unusable. An item blank in both `values` and
 * `history` is blank (`null`); blank in only one of them, it is an input error
 * of that item.
 *
 * Complexity: O(n log n + n·p) time for n items of p periods, O(n) memory.
 *
 * @param input.values   item values (usage × unit cost), ≥ 0; one per row of history
 * @param input.history  per-period demand, one row per item
 * @returns one result per item: the class, `null` for a blank item, or that item's {@link InputError}
 * @throws InputError  for a bad value or cut-off, or when the counts differ (the whole call)
 * @see Scholz-Reiter, Heger, Meinecke & Bergmann (2012), "Integration of demand forecasts in ABC-XYZ analysis";
 *      Heizer & Render, Operations Management, §12.2 (ABC).
 * @example abcXyzClassification({ values: [700, 200, 100], history: [[10, 11, 9], [1, 9, 2], [0, 0, 0]] })
 * //=> ["AX", "BZ", "CZ"]
 */
export function abcXyzClassification(input: AbcXyzInput): Array<ItemResult<AbcXyzClass>> {
  const { values, history } = input;
  if (history.length !== values.length) {
    throw new InputError("demandHistory", `must have one row per value (${values.length} values)`, history.length);
  }
  const abc = abcClassification({ values, aCutoff: input.aCutoff, bCutoff: input.bCutoff, basis: "value" });
  const cutoffs = xyzCutoffs(input);
  return eachItem<AbcXyzClass>(values.length, (item) => {
    const row = history[item] as DemandRow;
    const xyz = xyzClassOf(row, cutoffs);
    const abcClass = abc[item];
    if (abcClass === null || abcClass === undefined) {
      if (xyz === null) return null;
      throw new InputError("values", "is blank for an item with a demand history; enter the item's value", null);
    }
    if (xyz === null) {
      throw new InputError(
        "demandHistory",
        "is blank for an item with a value; enter its demand for at least 2 periods",
        null,
      );
    }
    return `${abcClass}${xyz}`;
  });
}
