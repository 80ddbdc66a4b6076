import { InputError } from "../shared/inputError";
import { rankByValue } from "./rankByValue";

export interface ParetoInput {
  /** Value of each item (usage × unit cost), ≥ 0; `null` for a blank, which gets no share. */
  values: ReadonlyArray<number | null>;
}

/**
 * The Pareto (distribution-by-value) curve: each item's cumulative share of the
 * total value at its rank, in the input's order.
 *
 * Items are ranked by value, largest first; equal values keep their input order
 * (the ranking `abcClassification` uses). With v_(1) ≥ v_(2) ≥ … the ranked
 * values, the item at rank k gets
 *
 *   share_k = (v_(1) + … + v_(k)) / (v_(1) + … + v_(n))
 *
 * so shares never fall with rank, and the last-ranked item's share is exactly 1
 * (the sums run in the same order). Sorted by share, with the rank on the other
 * axis, this is the series a Pareto chart plots.
 *
 * Ties: items of equal value take successive ranks in input order, and so
 * successive shares (five items of 10 get 0.2, 0.4, 0.6, 0.8, 1), since each
 * point of the curve adds one item's value and the curve must reach 1. The
 * shares are a point on the curve, not a class: `abcClassification` gives every
 * item of a tie the class of the first of them in rank order, which is the class
 * the cut-offs give the share of the first of them. So ABC class A is the items
 * whose share is at most the A cut-off, with the items tied in value with one of
 * them (and the top item); with no ties, exactly those whose share is at most it.
 *
 * When the total would overflow (values near 1e308), the sums run over
 * value / max(value), which gives the same shares.
 *
 * Complexity: O(n log n) time for the sort, O(n) memory.
 *
 * @param input.values  item values, ≥ 0, `null` for blanks
 * @returns one share in (0, 1] per item (zero values rank last and get 1), `null` where the input was blank
 * @throws InputError  "values", with `index`, for a negative or non-finite value; "values" when every
 *                     value is 0 (no shares to give)
 * @see Silver, Pyke & Thomas (2017), §2.6 (the distribution-by-value curve); Heizer & Render,
 *      Operations Management, §12.2, Example 1.
 * @example paretoShares({ values: [20, 50, null, 30] }) //=> [1, 0.5, null, 0.8]
 * @example paretoShares({ values: [50, 20, 20, 10] }) //=> [0.5, 0.7, 0.9, 1]   (ABC: A, A, A, C)
 */
export function paretoShares(input: ParetoInput): Array<number | null> {
  const { values } = input;
  const { ranked, largest } = rankByValue(values);
  const shares: Array<number | null> = new Array<number | null>(values.length).fill(null);
  if (ranked.length === 0) return shares;
  if (largest === 0) {
    throw new InputError("values", "must have a total greater than 0 for cumulative shares", 0);
  }

  let scale = 1;
  let total = 0;
  for (const index of ranked) total += values[index] as number;
  if (!Number.isFinite(total)) {
    scale = largest;
    total = 0;
    for (const index of ranked) total += (values[index] as number) / scale;
  }
  let cumulative = 0;
  for (const index of ranked) {
    cumulative += (values[index] as number) / scale;
    shares[index] = cumulative / total;
  }
  return shares;
}
