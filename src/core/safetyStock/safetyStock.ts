import { requireFiniteResult } from "../shared/guards";
import { standardNormalQuantile } from "../shared/normal";
import { leadTimeDemandDeviation, type LeadTimeDemandStdDevInput } from "./leadTimeDemandStdDev";

export interface SafetyStockInput extends LeadTimeDemandStdDevInput {
  /** Cycle service level (probability of no stockout in a replenishment cycle), 0 < level < 1. */
  serviceLevel: number;
}

export interface SafetyStockResult {
  /** Safety stock, units: z · σ_LT. Negative when the service level is below 50%. */
  safetyStock: number;
  /** z = Φ⁻¹(service level). */
  safetyFactor: number;
  /** σ_LT = sqrt((L/F)·σd² + d²·σL²), std of demand over the lead time, units. */
  leadTimeDemandStdDev: number;
  /** √(L/F)·σd, units: its square is the demand term under the root. */
  demandTerm: number;
  /** d·σL, units: its square is the lead-time term under the root. */
  leadTimeTerm: number;
}

/**
 * Safety stock for a cycle service level, with demand and (optionally) lead-time variability.
 *
 * SS = z · sqrt((L/F)·σd² + d²·σL²),  z = Φ⁻¹(CSL)
 *
 * With σL = 0 and F = 1 this is the classic z·σd·√L; with σd = 0 it is z·d·σL.
 * The √(L/F) scaling of a forecast-interval σd to the lead time is the CPIM rule.
 * Demand in each period is assumed independent and normal; L and σL are in the
 * same period unit as d, and σd is measured over F of those periods. σ_LT is
 * {@link leadTimeDemandDeviation} (returned with the two terms under its root); z is computed with `@stdlib/math-base-special-erfcinv`
 * (see ../shared/normal.ts).
 *
 * @param input.serviceLevel     CSL, 0 < CSL < 1 (below 0.5 gives negative safety stock, as the formula says)
 * @param input.demandStdDev     σd, units per forecast interval (≥ 0)
 * @param input.leadTime         L, periods (≥ 0)
 * @param input.averageDemand    d, units per period (≥ 0); required when leadTimeStdDev is given
 * @param input.leadTimeStdDev   σL, periods (≥ 0), default 0
 * @param input.forecastInterval F, periods (> 0), default 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), §12.3, eq. (12.13)–(12.15).
 * @see Silver, Pyke & Thomas (2017), §6.10 (lead-time variability); APICS Dictionary, "safety stock".
 * @example safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 2 }).safetyStock
 * //=> 906.2   (Chopra & Meindl Example 12-4: weekly demand σ 500, L = 2 weeks, CSL 90%, SS ≈ 906)
 * @example safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 }).safetyStock
 * //=> 22,491   (Chopra & Meindl Example 12-6, Dell: daily demand 2,500 ± 500, L = 7 ± 7 days)
 */
export function safetyStock(input: SafetyStockInput): SafetyStockResult {
  const safetyFactor = standardNormalQuantile(input.serviceLevel, "serviceLevel");
  const { deviation, demandTerm, leadTimeTerm } = leadTimeDemandDeviation(input);
  // "+ 0" turns the −0 of a 50% service level into 0.
  const safetyStockUnits = requireFiniteResult(safetyFactor * deviation, "safety stock") + 0;
  return { safetyStock: safetyStockUnits, safetyFactor, leadTimeDemandStdDev: deviation, demandTerm, leadTimeTerm };
}
