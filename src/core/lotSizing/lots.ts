/**
 * Building blocks shared by the lot-sizing rules. Requirements here are already
 * validated (finite, ≥ 0, with a finite total), one number per period.
 */

/** Ordering and holding costs of a lot-sizing problem. */
export interface LotCosts {
  /** S, cost per order (≥ 0). */
  orderCost: number;
  /** H, cost per unit held from one period to the next (> 0). */
  holdingCost: number;
}

/** The first period at or after `from` with a positive requirement, or `r.length` when none is left. */
export function nextRequirement(r: readonly number[], from: number): number {
  let t = from;
  while (t < r.length && !((r[t] as number) > 0)) t++;
  return t;
}

/** Σ r_k for k = start..end (both included). */
export function requirementSum(r: readonly number[], start: number, end: number): number {
  let sum = 0;
  for (let k = start; k <= end; k++) sum += r[k] as number;
  return sum;
}

/**
 * A plan made of lots, each placed in a period with a positive requirement and
 * covering that period and the ones after it up to `lotEnd(start)`; the next lot
 * starts at the next period with a positive requirement that is not yet covered.
 * Periods with no requirement therefore never start an order. This is the
 * skeleton of POQ, FPR, LUC, part-period balancing and Silver-Meal, which differ
 * only in where a lot ends. O(n) plus the cost of the `lotEnd` calls.
 *
 * @param lotEnd  the last period (≥ start) the lot that starts at `start` covers
 * @returns planned order quantity per period
 */
export function planByLots(r: readonly number[], lotEnd: (start: number) => number): number[] {
  const orders = new Array<number>(r.length).fill(0);
  let start = nextRequirement(r, 0);
  while (start < r.length) {
    const end = Math.min(r.length - 1, Math.max(start, lotEnd(start)));
    orders[start] = requirementSum(r, start, end);
    start = nextRequirement(r, end + 1);
  }
  return orders;
}
