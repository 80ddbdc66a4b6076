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
 * (the sums run in the same order). Tied items get successive shares. Sorted by
 * share, with the rank on the other axis, this is the series a Pareto chart
 * plots; ABC class A is the items whose share is at most the A cut-off.
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
