import { InputError } from "../shared/inputError";
import { MAX_WAGNER_WHITIN_ORDER_PERIODS, ordersFromLastLots } from "./wagnerWhitin";

/** Costs that may change from period to period, one number per period (all validated, finite). */
export interface CostSchedule {
  /** S_t, cost of an order placed in period t (≥ 0). */
  orderCost: readonly number[];
  /** h_t, cost per unit carried from period t to period t + 1 (> 0). */
  holdingCost: readonly number[];
  /** c_t, purchase cost per unit ordered in period t (≥ 0); all 0 when no unit costs are given. */
  unitCost: readonly number[];
}

/**
 * Wagner-Whitin with time-varying costs, as in Wagner & Whitin's original model:
 * an order in period i costs S_i plus c_i per unit, and each unit carried from
 * period k to k + 1 costs h_k. The least-cost plan that meets every requirement:
 *
 * f(0) = 0;  f(t) = f(t − 1) when r_{t−1} = 0, else
 * f(t) = min over order periods i ≤ t − 1 with r_i > 0 of
 *        f(i) + S_i + c_i·Σ_{k=i..t−1} r_k + Σ_{k=i..t−2} h_k·Σ_{m=k+1..t−1} r_m
 *
 * Linear costs keep Wagner & Whitin's zero-inventory property (an order arrives
 * only when stock is zero and covers whole periods), so the recursion is exact.
 * Purchase costs that vary make buying early worthwhile when c_i plus the holding
 * costs to period j is below c_j, and the recursion weighs that. The economic
 * part-period cut-off of the constant-cost version does not hold here, so every
 * earlier order period is tried: O(n + m²) for m periods with a requirement,
 * m at most {@link MAX_WAGNER_WHITIN_ORDER_PERIODS}. Ties go to the later period.
 *
 * @see Wagner, H. M. & Whitin, T. M. (1958), "Dynamic version of the economic lot size model", Management Science 5(1), 89–96 (time-varying setup, holding and purchase costs).
 * @see Silver, Pyke & Thomas (2017), ch. 5 (the Wagner-Whitin algorithm).
 */
export function wagnerWhitinSchedule(r: readonly number[], costs: CostSchedule): number[] {
  const n = r.length;
  const starts: number[] = [];
  for (let t = 0; t < n; t++) if ((r[t] as number) > 0) starts.push(t);
  if (starts.length > MAX_WAGNER_WHITIN_ORDER_PERIODS) {
    throw new InputError(
      "requirements",
      `must have at most ${MAX_WAGNER_WHITIN_ORDER_PERIODS.toLocaleString("en-US")} periods with a requirement for WW, ` +
        "whose time grows with their square; SM is linear and usually close to optimal",
      starts.length,
    );
  }
  // carry[k] = Σ_{j<k} h_j: the cost of carrying one unit from period a to period b is carry[b] − carry[a].
  const carry = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) carry[k + 1] = (carry[k] as number) + (costs.holdingCost[k] as number);
  const best = new Float64Array(n + 1);
  const lastLot = new Int32Array(n + 1).fill(-1);
  let seen = 0; // candidate order periods up to the current one
  for (let t = 1; t <= n; t++) {
    const end = t - 1;
    if (!((r[end] as number) > 0)) {
      best[t] = best[end] as number;
      continue;
    }
    seen++;
    let value = Infinity;
    let argmin = end;
    let holding = 0; // Σ over the units of i..end of their carrying cost from their order period i
    let units = 0; // Σ_{k=i..end} r_k
    let later = end; // the previous (later) candidate
    for (let c = seen - 1; c >= 0; c--) {
      const i = starts[c] as number;
      // The units of later..end (all of them, r being 0 between i and later) are now carried from i to later too.
      holding += units * ((carry[later] as number) - (carry[i] as number));
      units += r[i] as number;
      const candidate =
        (best[i] as number) + (costs.orderCost[i] as number) + (costs.unitCost[i] as number) * units + holding;
      if (candidate < value) {
        value = candidate;
        argmin = i;
      }
      later = i;
    }
    best[t] = value;
    lastLot[t] = argmin;
  }
  return ordersFromLastLots(r, lastLot);
}
