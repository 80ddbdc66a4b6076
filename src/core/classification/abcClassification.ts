import { requireNonNegative, requireShare, withDefault } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { rankByValue } from "./rankByValue";

export type AbcClass = "A" | "B" | "C";
export type AbcBasis = "value" | "count";

export interface AbcInput {
  /**
   * Annual value of each item (usage × unit cost), ≥ 0. `null` marks a blank
   * item: it gets no class and is left out of every share.
   */
  values: ReadonlyArray<number | null>;
  /** Upper bound of class A's cumulative share, 0 < a ≤ 1. Default 0.80 (value) or 0.20 (count). */
  aCutoff?: number | undefined;
  /** Upper bound of class B's cumulative share, aCutoff ≤ b ≤ 1. Default 0.95 (value) or 0.50 (count). */
  bCutoff?: number | undefined;
  /** "value": cumulative share of total value; "count": cumulative share of items. Default "value". */
  basis?: AbcBasis | undefined;
}

/** Default cut-offs per basis: 80/95 of value, 20/50 of items (the textbook 20/30/50 split). */
export const ABC_DEFAULT_CUTOFFS: Readonly<Record<AbcBasis, { a: number; b: number }>> = {
  value: { a: 0.8, b: 0.95 },
  count: { a: 0.2, b: 0.5 },
};

/**
 * Shares are compared with this tolerance, so that a cumulative share that is
 * exactly 0.8 on paper (say 80 of 100) but 0.8000000000000002 in floating point
 * still counts as "at most 80%".
 */
const SHARE_TOLERANCE = 1e-12;

/**
 * ABC classification by cumulative share (Pareto analysis).
 *
 * Items are ranked by value, largest first (equal values in input order, a
 * stable sort). Walking down the ranking, cum_k is the cumulative share up to
 * and including item k: the share of total value (basis "value") or the share of
 * items, k/n (basis "count"). Then
 *
 *   class_k = A if cum_k ≤ a;  B if cum_k ≤ b;  C otherwise
 *
 * which is the classroom rule =IF(cum<=80%,"A",IF(cum<=95%,"B","C")). The item
 * whose cumulative share crosses a cut-off goes to the next class (sources
 * differ here; this is the "at most" reading). Items with equal values get the
 * same class: the class of the first of them in rank order, so that two
 * identical items never fall on either side of a cut-off (five items of 10 by
 * value are all A; 50, 20, 20, 10 are A, A, A, C, the second 20 joining the first
 * although its own cumulative share is 90%). The classes then depend only on
 * the values, not on the order of the items. Two more exceptions, as
 * docs/conventions.md (Classification) sets out: an item with value 0 is always C, and the
 * top-ranked item with a positive value is always A, even when its share alone
 * passes the A cut-off, so that one dominant item never leaves class A empty.
 *
 * Complexity: O(n log n) time for the sort, O(n) memory.
 *
 * @param input.values   item values, ≥ 0, `null` for blanks
 * @param input.aCutoff  a, 0 < a ≤ 1
 * @param input.bCutoff  b, a ≤ b ≤ 1 (when omitted: the basis default, or a if a is above it)
 * @param input.basis    "value" or "count"
 * @returns one class per input item, `null` where the input was blank
 * @see Heizer & Render, Operations Management, 12th ed., §12.2, Example 1 (ABC analysis, Silicon Chips Inc.).
 * @see Silver, Pyke & Thomas (2017), §2.6 (the distribution-by-value curve); APICS Dictionary, "ABC classification".
 * @example abcClassification({ values: [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150], basis: "count" })
 * //=> A A B B B C C C C C   (Heizer & Render Example 1: 20% / 30% / 50% of the items)
 * @example abcClassification({ values: [50, 20, 20, 10] }) //=> A A A C   (the tied 20s share the first one's A)
 */
export function abcClassification(input: AbcInput): Array<AbcClass | null> {
  return classifyByValue(input, undefined).classes;
}

/** One item of an ABC analysis, at its rank. */
export interface AbcRankedItem {
  /** The item's position in the input (0-based). */
  item: number;
  /** Its value. */
  value: number;
  /** value / total value (0 when every value is 0). */
  share: number;
  /** Cumulative share of total value up to and including this item (0 when every value is 0). */
  cumulativeShare: number;
  /** Cumulative share of the items, (rank + 1) / n: what the basis "count" compares. */
  cumulativeItemShare: number;
  abc: AbcClass;
}

/** An ABC classification with the ranking it comes from. */
export interface AbcAnalysis {
  /** One class per input item, `null` where the input was blank (what {@link abcClassification} returns). */
  classes: Array<AbcClass | null>;
  /** The non-blank items, largest value first (equal values in input order). */
  ranking: AbcRankedItem[];
  /** Σ value. */
  total: number;
  /** The cut-offs and basis used, defaults filled in. */
  aCutoff: number;
  bCutoff: number;
  basis: AbcBasis;
}

/**
 * {@link abcClassification} with the ranking it walks (each item's value, share,
 * cumulative shares and class), the total and the cut-offs used, for a
 * calculation that shows its work. The classes are the same.
 *
 * @param input as {@link abcClassification}
 * @see Heizer & Render, Operations Management, 12th ed., §12.2, Example 1 (ABC analysis, Silicon Chips Inc.).
 * @example abcAnalysis({ values: [50, 30, 15, 5] }).ranking.map((r) => r.cumulativeShare) //=> [0.5, 0.8, 0.95, 1]
 */
export function abcAnalysis(input: AbcInput): AbcAnalysis {
  const ranking: AbcRankedItem[] = [];
  return { ...classifyByValue(input, ranking), ranking };
}

/** The classification, recording each ranked item in `ranking` when one is given (the list functions skip it). */
function classifyByValue(input: AbcInput, ranking: AbcRankedItem[] | undefined): Omit<AbcAnalysis, "ranking"> {
  const basis = input.basis ?? "value";
  const defaults = ABC_DEFAULT_CUTOFFS[basis];
  const aCutoff = withDefault(input.aCutoff, defaults.a, requireShare, "aCutoff");
  const bCutoff = withDefault(input.bCutoff, Math.max(defaults.b, aCutoff), requireShare, "bCutoff");
  if (bCutoff < aCutoff) {
    throw new InputError("bCutoff", `must be at least aCutoff (${aCutoff})`, bCutoff);
  }

  const { values } = input;
  if (ranking === undefined) return { ...classesByThreshold(values, basis, aCutoff, bCutoff), aCutoff, bCutoff, basis };
  const { ranked } = rankByValue(values);
  let total = 0;
  for (const index of ranked) total += values[index] as number;
  if (!Number.isFinite(total)) {
    throw new InputError("values", "must sum to a finite total", total);
  }

  const classes: Array<AbcClass | null> = new Array<AbcClass | null>(values.length).fill(null);
  const itemCount = ranked.length;
  let cumulative = 0;
  let previous: { value: number; abc: AbcClass } | undefined;
  for (let rank = 0; rank < itemCount; rank++) {
    const index = ranked[rank] as number;
    const value = values[index] as number;
    cumulative += value;
    let abc: AbcClass;
    if (value === 0) abc = "C";
    else if (previous !== undefined && previous.value === value) abc = previous.abc;
    else {
      const share = basis === "value" ? cumulative / total : (rank + 1) / itemCount;
      if (rank === 0 || share <= aCutoff + SHARE_TOLERANCE) abc = "A";
      else if (share <= bCutoff + SHARE_TOLERANCE) abc = "B";
      else abc = "C";
    }
    classes[index] = abc;
    previous = { value, abc };
    ranking?.push({
      item: index,
      value,
      share: total > 0 ? value / total : 0,
      cumulativeShare: total > 0 ? cumulative / total : 0,
      cumulativeItemShare: (rank + 1) / itemCount,
      abc,
    });
  }
  return { classes, total, aCutoff, bCutoff, basis };
}

/**
 * The classes of {@link classifyByValue} without the ranking, for the list
 * functions: the same walk down the values, largest first, over a sorted
 * Float64Array instead of item objects. Since equal values share the first
 * one's class and the classes never rise down the ranking, the walk only has to
 * find the smallest value of class A and of class B; each item's class then
 * follows from its value. The values are summed in rank order, as the ranking
 * sums them, so every cumulative share (and so every class) is the same.
 */
function classesByThreshold(
  values: ReadonlyArray<number | null>,
  basis: AbcBasis,
  aCutoff: number,
  bCutoff: number,
): { classes: Array<AbcClass | null>; total: number } {
  const all = new Float64Array(values.length);
  let itemCount = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    all[itemCount++] = requireNonNegative(value, "values", i);
  }
  const sorted = itemCount === values.length ? all : all.subarray(0, itemCount);
  sorted.sort(); // ascending: rank r is sorted[itemCount - 1 - r]

  let total = 0;
  for (let i = itemCount - 1; i >= 0; i--) total += sorted[i] as number;
  if (!Number.isFinite(total)) {
    throw new InputError("values", "must sum to a finite total", total);
  }

  // The smallest value of class A and of class B (Infinity: none), walking down until class C.
  let smallestA = Infinity;
  let smallestB = Infinity;
  let cumulative = 0;
  let previous = NaN;
  for (let rank = 0; rank < itemCount; rank++) {
    const value = sorted[itemCount - 1 - rank] as number;
    cumulative += value;
    if (value === 0) break; // zero values are C, and so is everything after them
    if (value === previous) continue; // a tie takes the class of the first of it
    previous = value;
    const share = basis === "value" ? cumulative / total : (rank + 1) / itemCount;
    if (rank === 0 || share <= aCutoff + SHARE_TOLERANCE) smallestA = value;
    else if (share <= bCutoff + SHARE_TOLERANCE) smallestB = value;
    else break;
  }

  const classes = new Array<AbcClass | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) classes[i] = null;
    else classes[i] = value >= smallestA ? "A" : value >= smallestB ? "B" : "C";
  }
  return { classes, total };
}
