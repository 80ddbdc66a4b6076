import { planByLots } from "./lots";

/**
 * Periodic lots: each order covers its own period and the next `periods − 1`
 * calendar periods. This is both fixed period requirements (FPR, the user gives
 * the periods) and the period order quantity (POQ, periods from the EOQ, see
 * {@link poqPeriods}). Periods with no requirement never start an order: the next
 * order waits for the first uncovered period with a requirement.
 *
 * @param periods  whole number of periods per order (≥ 1)
 * @see APICS Dictionary, "fixed period requirements", "period order quantity".
 * @see Silver, Pyke & Thomas (2017), ch. 5 (POQ).
 */
export function periodOrderQuantity(r: readonly number[], periods: number): number[] {
  return planByLots(r, (start) => start + periods - 1);
}

/**
 * POQ's periods per order: EOQ / average requirement, rounded, at least 1, with
 * the EOQ at the average requirement per period, sqrt(2·avg·S/H). That ratio is
 * sqrt(2S/(H·avg)). Without requirements there is nothing to order: 1.
 */
export function poqPeriods(averageRequirement: number, orderCost: number, holdingCost: number): number {
  if (!(averageRequirement > 0)) return 1;
  const ratio = Math.sqrt(2 * orderCost) / Math.sqrt(holdingCost * averageRequirement);
  return Number.isFinite(ratio) ? Math.max(1, Math.round(ratio)) : Number.MAX_SAFE_INTEGER;
}
