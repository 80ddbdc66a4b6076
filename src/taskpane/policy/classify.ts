/**
 * ABC (by value or by count) and optional XYZ classes for the items that get a
 * policy, with the per-class summary and the Pareto curve the pane shows. The
 * classes come from the core models (abcClassification, xyzClassification,
 * paretoShares); this module only joins and counts.
 */
import { ABC_DEFAULT_CUTOFFS, abcClassification, type AbcBasis } from "../../core/classification/abcClassification";
import { paretoShares } from "../../core/classification/paretoShares";
import { XYZ_DEFAULT_CUTOFFS, xyzClassification } from "../../core/classification/xyzClassification";
import { InputError } from "../../core/shared/inputError";
import { inPlainWords } from "./labels";
import type { ItemRecord } from "./validation";

export interface ClassifyChoices {
  basis: AbcBasis;
  /** Cumulative share that ends class A, and class B (0 < a ≤ b ≤ 1). */
  aCutoff: number;
  bCutoff: number;
  /** Whether to add the XYZ class from the demand history (needs a history). */
  xyz: boolean;
  /** Largest coefficient of variation that is X, and Y. */
  xCutoff: number;
  yCutoff: number;
}

export const DEFAULT_CLASSIFY: ClassifyChoices = {
  basis: "value",
  aCutoff: ABC_DEFAULT_CUTOFFS.value.a,
  bCutoff: ABC_DEFAULT_CUTOFFS.value.b,
  xyz: false,
  xCutoff: XYZ_DEFAULT_CUTOFFS.x,
  yCutoff: XYZ_DEFAULT_CUTOFFS.y,
};

export const ABC_CLASSES = ["A", "B", "C"] as const;
export const MATRIX_CLASSES = ["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"] as const;

export interface ClassSummaryRow {
  label: string;
  items: number;
  /** items / all classified items. */
  shareOfItems: number;
  /** Annual value (D × C) of the class. */
  value: number;
  /** value / total value. */
  shareOfValue: number;
}

export interface RankedItem {
  /** Position in the classified item list. */
  item: number;
  /** Annual value, D × C. */
  value: number;
  /** Cumulative share of total value up to and including this item (core's paretoShares). */
  cumulativeShare: number;
}

export interface Classification {
  /** One class per item ("A", or "AX" with XYZ), aligned with the items. */
  classes: string[];
  /** One row per class, in order A, B, C (or AX … CZ). */
  summary: ClassSummaryRow[];
  /** The items ranked by value, largest first (ties in table order). */
  ranking: RankedItem[];
  totalValue: number;
}

/** The annual value of an item, D × C, that ABC ranks by. */
export function annualValue(item: ItemRecord): number {
  return item.annualDemand * item.unitCost;
}

/**
 * Classifies the items. Throws the core's {@link InputError} for a bad cut-off
 * (its `argument` names it: aCutoff, bCutoff, xCutoff, yCutoff), and one in the
 * wizard's words for a demand history that cannot be classed.
 */
export function classify(items: readonly ItemRecord[], choices: ClassifyChoices): Classification {
  const values = items.map(annualValue);
  const abc = abcClassification({
    values,
    aCutoff: choices.aCutoff,
    bCutoff: choices.bCutoff,
    basis: choices.basis,
  });
  let xyz: Array<string | null> | undefined;
  if (choices.xyz) {
    const history = items.map((item) => {
      if (!item.history) throw new InputError("Demand history", "is needed for XYZ classes: map its columns", null);
      return item.history;
    });
    xyz = xyzClassification({ history, xCutoff: choices.xCutoff, yCutoff: choices.yCutoff }).map((result, item) => {
      if (result instanceof InputError) {
        const sku = items[item]?.sku ?? "an item";
        throw new InputError(`Demand history of ${sku}`, inPlainWords(result.rule), result.value, {
          hint: result.hint,
        });
      }
      return result;
    });
  }
  const classes = abc.map((letter, item) => `${letter ?? "C"}${xyz ? (xyz[item] ?? "Z") : ""}`);

  const labels: readonly string[] = choices.xyz ? MATRIX_CLASSES : ABC_CLASSES;
  const totalValue = values.reduce((sum, value) => sum + value, 0);
  const summary = labels.map((label) => {
    let count = 0;
    let value = 0;
    classes.forEach((itemClass, item) => {
      if (itemClass !== label) return;
      count++;
      value += values[item] ?? 0;
    });
    return {
      label,
      items: count,
      shareOfItems: items.length > 0 ? count / items.length : 0,
      value,
      shareOfValue: totalValue > 0 ? value / totalValue : 0,
    };
  });

  const ranking: RankedItem[] = [];
  if (totalValue > 0) {
    const shares = paretoShares({ values });
    shares.forEach((share, item) => ranking.push({ item, value: values[item] ?? 0, cumulativeShare: share ?? 1 }));
    // Shares rise with rank. Zero values share 1 with the last positive item, so the value breaks that tie;
    // other ties keep table order (a stable sort), as core ranks them.
    ranking.sort((left, right) => left.cumulativeShare - right.cumulativeShare || right.value - left.value);
  }
  return { classes, summary, ranking, totalValue };
}
