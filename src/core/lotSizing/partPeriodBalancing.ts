import { type LotCosts, planByLots } from "./lots";

/**
 * Part-period balancing (PPB), the least-total-cost rule: each lot covers the
 * periods whose accumulated part-periods, Σ (k − start)·r_k (units × periods
 * carried), come closest to the economic part-period EPP = S/H, where the lot's
 * holding cost comes closest to its order cost. Ties go to the longer lot. This
 * is the basic rule, without DeMatteis's look-ahead and look-back refinements.
 * O(n).
 *
 * @see DeMatteis, J. J. (1968), "An economic lot-sizing technique I: the part-period algorithm", IBM Systems Journal 7(1).
 * @see Heizer & Render, Operations Management, ch. 14 (part period balancing); Vollmann et al. (least total cost).
 */
export function partPeriodBalancing(r: readonly number[], costs: LotCosts): number[] {
  const economicPartPeriod = costs.orderCost / costs.holdingCost;
  return planByLots(r, (start) => {
    let best = start;
    let bestGap = economicPartPeriod;
    let partPeriods = 0;
    for (let next = start + 1; next < r.length; next++) {
      partPeriods += (next - start) * (r[next] as number);
      const gap = Math.abs(partPeriods - economicPartPeriod);
      if (gap <= bestGap) {
        best = next;
        bestGap = gap;
      }
      if (partPeriods > economicPartPeriod) break;
    }
    return best;
  });
}
