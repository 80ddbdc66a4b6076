/**
 * The classic mistakes a check names, worded once. Each is what the check
 * column says after "Wrong: ", short enough to read in a cell.
 */
import { units } from "./textbook";

export const MISTAKES = {
  /** 1.96 is the two-sided 95% point (2.5% in each tail); a cycle service level is one-sided. */
  twoSidedZ: "z = 1.96 is two-sided; a one-sided 95% is z = 1.645",
  /** σ of annual demand times √(lead time in weeks): the σ must be scaled to weeks first. */
  annualSigmaWeeklyLeadTime: "an annual σ with a weekly lead time: use σ × √(L / 52)",
  /** Safety stock grows with √(new L / old L); √(new L) alone treats the old lead time as 1. */
  rootOfNewLeadTime: "√(new L) instead of √(new L / old L)",
  turnoverOnSales: "turnover on sales: divide the cost of goods sold, not sales",
  turnoverOnEndingInventory: "turnover on ending inventory: divide by the average inventory",
  /** Monthly demand in the EOQ with a holding cost per year: the units of D and H must match. */
  monthlyDemandAnnualHolding: "the EOQ with monthly demand and an annual holding cost: use 12 × monthly demand",
  rateAsHoldingCost: "the carrying rate used as H: H = i × C",
  eoqForEpq: "the EOQ: the EPQ divides H by (1 − D/P)",
  invertedRatio: "the ratio inverted: the critical ratio is Cu / (Cu + Co)",
  rankedByUnits: "ranked by units: rank by annual value (units × unit cost)",
} as const;

/** A fraction typed as a percent: "97.5 typed for 0.975: enter 0.975 or 97.5%". */
export function percentTyped(fraction: number): string {
  const shown = units(fraction, 4);
  const percent = units(fraction * 100, 2);
  return `${percent} typed for ${shown}: enter ${shown} or ${percent}%`;
}
