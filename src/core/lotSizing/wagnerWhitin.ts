import { InputError } from "../shared/inputError";
import { type LotCosts, requirementSum } from "./lots";

/**
 * The most periods with a positive requirement that Wagner-Whitin accepts. The
 * worst case (one lot covering everything) is quadratic in that count: 5·10⁷
 * steps here, a few tenths of a second, so that no recalculation hangs Excel.
 * Beyond it, use Silver-Meal, which is linear and usually within a few percent of
 * the optimum. (1,000 periods take about 10 ms at worst.)
 */
export const MAX_WAGNER_WHITIN_ORDER_PERIODS = 10_000;

/**
 * Wagner-Whitin: the least-cost plan (ordering + holding) that meets every
 * period's requirement without shortage, by dynamic programming.
 *
 * best[0] = 0;  best[t] = best[t − 1] when r_{t−1} = 0, else
 * best[t] = min over order periods i ≤ t − 1 with r_i > 0 of
 *           best[i] + S + H·Σ_{k=i..t−1} (k − i)·r_k
 *
 * (an optimal plan orders only when the stock is zero, and each order covers
 * whole periods: Wagner & Whitin's zero-inventory property). The backward scan
 * over i stops as soon as H·Σ_{k=i+1..t−1} r_k > S: ordering the later
 * requirements separately is then cheaper for i and every earlier period (the
 * economic part-period cut-off of Heady & Zhu). Ties go to the later order period.
 *
 * Complexity: O(n + m²) time in the worst case and O(n) memory, for n periods of
 * which m have a requirement; the cut-off makes it close to linear when lots are
 * short. m is limited to {@link MAX_WAGNER_WHITIN_ORDER_PERIODS}.
 *
 * @see Wagner, H. M. & Whitin, T. M. (1958), "Dynamic version of the economic lot size model", Management Science 5(1), 89–96.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.39), Algorithm 3.1, Example 3.9.
 * @see Heady, R. B. & Zhu, Z. (1994), "An improved implementation of the Wagner-Whitin algorithm", Production and Operations Management 3(1).
 */
export function wagnerWhitin(r: readonly number[], costs: LotCosts): number[] {
  const { orderCost, holdingCost } = costs;
  const n = r.length;
  let orderPeriods = 0;
  for (const requirement of r) if (requirement > 0) orderPeriods++;
  if (orderPeriods > MAX_WAGNER_WHITIN_ORDER_PERIODS) {
    throw new InputError(
      "requirements",
      `must have at most ${MAX_WAGNER_WHITIN_ORDER_PERIODS.toLocaleString("en-US")} periods with a requirement for WW, ` +
        "whose time grows with their square; SM is linear and usually close to optimal",
      orderPeriods,
    );
  }
  const best = new Float64Array(n + 1); // best[t]: least cost of covering periods 0..t−1
  const lastLot = new Int32Array(n + 1); // where the last lot of that plan starts; −1: period t−1 needs none
  const starts: number[] = []; // periods with a requirement, in order: the candidate order periods
  lastLot[0] = -1;
  for (let t = 1; t <= n; t++) {
    const end = t - 1;
    const requirement = r[end] as number;
    if (!(requirement > 0)) {
      best[t] = best[end] as number;
      lastLot[t] = -1;
      continue;
    }
    starts.push(end);
    let value = Infinity;
    let argmin = end;
    let holding = 0; // H·Σ_{k=i..end} (k − i)·r_k for the current candidate i
    let tail = 0; // Σ_{k=i+1..end} r_k, before the candidate's own requirement is added
    let previous = end;
    for (let c = starts.length - 1; c >= 0; c--) {
      const i = starts[c] as number;
      if (i < previous) {
        if (holdingCost * tail > orderCost) break; // economic part-period cut-off
        holding += holdingCost * (previous - i) * tail;
      }
      const candidate = (best[i] as number) + orderCost + holding;
      if (candidate < value) {
        value = candidate;
        argmin = i;
      }
      tail += r[i] as number;
      previous = i;
    }
    best[t] = value;
    lastLot[t] = argmin;
  }
  return ordersFromLastLots(r, lastLot);
}

/**
 * The plan a lot-sizing recursion found, read back from its end: `lastLot[t]` is
 * where the last lot of the best plan for periods 0..t−1 starts (−1 when period
 * t−1 needs none); each lot orders the requirements up to the next lot.
 */
export function ordersFromLastLots(r: readonly number[], lastLot: Int32Array): number[] {
  const orders = new Array<number>(r.length).fill(0);
  for (let t = r.length; t > 0;) {
    const start = lastLot[t] as number;
    if (start < 0) {
      t--;
      continue;
    }
    orders[start] = requirementSum(r, start, t - 1);
    t = start;
  }
  return orders;
}
