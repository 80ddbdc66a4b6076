import { requireNonNegative } from "../shared/guards";
import { InputError, formatValue } from "../shared/inputError";

export interface UnitFillRateInput {
  /** Per order line: units shipped from stock (on the first shipment, without backorders), ≥ 0; `null` for a blank. */
  shipped: ReadonlyArray<number | null>;
  /** Per order line, aligned with `shipped`: units ordered, ≥ 0; `null` for a blank. */
  ordered: ReadonlyArray<number | null>;
}

/**
 * Unit fill rate over a period's order lines: the share of the units ordered
 * that were shipped from stock.
 *
 *   fill rate = Σ units shipped from stock / Σ units ordered
 *
 * One figure for the lines together, the ratio of the sums (not the average of
 * each line's ratio), as the metric is defined over a period. A line blank in
 * both lists is not a line and is skipped; a line with a figure in one list only
 * is an input error (say what it was). A line with 0 ordered and 0 shipped adds
 * nothing; no line may ship more than it ordered.
 *
 * Complexity: O(n).
 *
 * @param input.shipped  per line, ≥ 0 and at most that line's ordered; `null` for blanks
 * @param input.ordered  per line, ≥ 0, aligned with shipped
 * @returns a fraction between 0 and 1, or `null` when nothing was ordered (every line blank or 0)
 * @throws InputError  "shipped"/"ordered", with `index`, for a negative or non-finite figure, a half-blank
 *                     line or a line that ships more than it ordered
 * @see APICS Dictionary, "fill rate"; Silver, Pyke & Thomas (2017) (P2, the fraction of demand satisfied
 *      directly from stock); Frazelle, Supply Chain Strategy (2002) (unit fill rate = total units shipped /
 *      total units requested, beside line and order fill rates).
 * @example unitFillRate({ shipped: [950, 40, null], ordered: [1000, 50, null] }) //=> 0.9429   (990 / 1,050)
 */
export function unitFillRate(input: UnitFillRateInput): number | null {
  return unitFillRateTotals(input).fillRate;
}

/** The totals behind a unit fill rate. */
export interface UnitFillRateTotals {
  /** Order lines (rows not blank in both lists). */
  lines: number;
  /** Σ units shipped from stock, in units of `scale`. */
  shipped: number;
  /** Σ units ordered, in units of `scale`. */
  ordered: number;
  /** 1, or the largest line's units ordered when the sums would overflow: the totals are shipped × scale and ordered × scale. */
  scale: number;
  /** shipped / ordered, or `null` when nothing was ordered. */
  fillRate: number | null;
}

/**
 * {@link unitFillRate} with the totals it divides, for a calculation that shows its work.
 *
 * @param input as {@link unitFillRate}
 * @see Frazelle, Supply Chain Strategy (2002) (unit fill rate = total units shipped / total units requested).
 * @example unitFillRateTotals({ shipped: [950, 40, null], ordered: [1000, 50, null] })
 * //=> { lines: 2, shipped: 990, ordered: 1050, scale: 1, fillRate: 0.9429 }
 */
export function unitFillRateTotals(input: UnitFillRateInput): UnitFillRateTotals {
  const { shipped, ordered } = input;
  if (shipped.length !== ordered.length) {
    throw new InputError(
      "ordered",
      `must have one figure per order line (${shipped.length} in shipped)`,
      ordered.length,
    );
  }
  const lines: Array<{ shipped: number; ordered: number }> = [];
  let largest = 0;
  for (let i = 0; i < shipped.length; i++) {
    const out = shipped[i];
    const asked = ordered[i];
    if ((out === null || out === undefined) && (asked === null || asked === undefined)) continue;
    if (out === null || out === undefined) {
      throw new InputError("shipped", "is blank for a line with units ordered; enter 0 if none shipped", null, {
        index: i,
      });
    }
    if (asked === null || asked === undefined) {
      throw new InputError("ordered", "is blank for a line with units shipped", null, { index: i });
    }
    const line = {
      shipped: requireNonNegative(out, "shipped", i),
      ordered: requireNonNegative(asked, "ordered", i),
    };
    if (line.shipped > line.ordered) {
      throw new InputError(
        "shipped",
        `must be at most ordered (${formatValue(line.ordered)}): units shipped from stock come out of the units ordered`,
        line.shipped,
        { index: i },
      );
    }
    lines.push(line);
    if (line.ordered > largest) largest = line.ordered;
  }
  if (largest === 0) return { lines: lines.length, shipped: 0, ordered: 0, scale: 1, fillRate: null };
  // The sums as they are; when they would overflow (figures near 1e308), over the largest line.
  let scale = 1;
  let totalShipped = 0;
  let totalOrdered = 0;
  for (const line of lines) totalOrdered += line.ordered;
  if (!Number.isFinite(totalOrdered)) {
    scale = largest;
    totalOrdered = 0;
    for (const line of lines) totalOrdered += line.ordered / scale;
  }
  for (const line of lines) totalShipped += line.shipped / scale;
  return {
    lines: lines.length,
    shipped: totalShipped,
    ordered: totalOrdered,
    scale,
    fillRate: totalShipped / totalOrdered,
  };
}
