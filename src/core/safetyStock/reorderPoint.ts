import { requireFinite, requireFiniteResult, requireNonNegative } from "../shared/guards";

export interface ReorderPointInput {
  /** d, mean demand per period, units. */
  averageDemand: number;
  /** L, replenishment lead time, periods. */
  leadTime: number;
  /** SS, safety stock, units; may be negative (a service level below 50%). */
  safetyStock: number;
}

/**
 * Reorder point of a continuous-review (s, Q) policy: order when the inventory
 * position falls to the mean demand over the lead time plus the safety stock.
 *
 * ROP = d·L + SS
 *
 * @param input.averageDemand d, units per period (≥ 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.safetyStock   SS, units (any finite number)
 * @returns ROP, units (negative only when SS < −d·L)
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12.
 * @see APICS Dictionary, "order point".
 * @example reorderPoint({ averageDemand: 2500, leadTime: 2, safetyStock: 1000 }) //=> 6000
 * //   (Chopra & Meindl Example 12-1: weekly demand 2,500, L = 2 weeks, ROP 6,000, SS 1,000)
 */
export function reorderPoint(input: ReorderPointInput): number {
  return reorderPointWithDemand(input).reorderPoint;
}

/** A reorder point with the mean lead-time demand it covers. */
export interface ReorderPointWithDemand {
  /** ROP = d·L + SS, units. */
  reorderPoint: number;
  /** d·L, mean demand over the lead time, units. */
  leadTimeDemand: number;
}

/**
 * {@link reorderPoint} with the mean lead-time demand d·L, for a calculation that shows its work.
 *
 * @param input as {@link reorderPoint}
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12.
 * @example reorderPointWithDemand({ averageDemand: 2500, leadTime: 2, safetyStock: 1000 }) //=> { reorderPoint: 6000, leadTimeDemand: 5000 }
 */
export function reorderPointWithDemand(input: ReorderPointInput): ReorderPointWithDemand {
  const averageDemand = requireNonNegative(input.averageDemand, "averageDemand");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const safetyStock = requireFinite(input.safetyStock, "safetyStock");
  const leadTimeDemand = averageDemand * leadTime;
  return { reorderPoint: requireFiniteResult(leadTimeDemand + safetyStock, "reorder point"), leadTimeDemand };
}
