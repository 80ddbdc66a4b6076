import { requireNonNegative, requirePositive } from "../shared/guards";
import { InputError, formatValue } from "../shared/inputError";

export interface UnitFillRateInput {
  /** Units shipped from stock (on the first shipment, without backorders). */
  shipped: number;
  /** Units ordered. */
  ordered: number;
}

/**
 * Unit fill rate: the share of the units ordered that were shipped from stock.
 * For a total over many order lines, sum the lines first
 * (=INV.UNITFILLRATE(SUM(shipped), SUM(ordered))): the ratio of sums, not the
 * average of ratios.
 *
 * fill rate = units shipped from stock / units ordered
 *
 * @param input.shipped  ≥ 0 and at most `ordered`
 * @param input.ordered  > 0
 * @returns a fraction between 0 and 1
 * @see APICS Dictionary, "fill rate"; Silver, Pyke & Thomas (2017) (P2, the fraction of demand satisfied directly from stock).
 * @example unitFillRate({ shipped: 950, ordered: 1000 }) //=> 0.95
 */
export function unitFillRate(input: UnitFillRateInput): number {
  const shipped = requireNonNegative(input.shipped, "shipped");
  const ordered = requirePositive(input.ordered, "ordered");
  if (shipped > ordered) {
    throw new InputError(
      "shipped",
      `must be at most ordered (${formatValue(ordered)}): units shipped from stock come out of the units ordered`,
      shipped,
    );
  }
  return shipped / ordered;
}
