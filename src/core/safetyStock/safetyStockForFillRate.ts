import { requireFiniteResult, requireOpenFraction, requirePositive } from "../shared/guards";
import { safetyFactorForLoss } from "./fillRateSafetyFactor";
import { leadTimeDemandDeviation, type LeadTimeDemandStdDevInput } from "./leadTimeDemandStdDev";

export interface SafetyStockForFillRateInput extends LeadTimeDemandStdDevInput {
  /** FR, target fill rate (P2, fraction of demand met from stock, backorders), 0 < FR < 1. */
  fillRate: number;
  /** Q, order quantity, units. */
  orderQuantity: number;
}

export interface SafetyStockForFillRateResult {
  /** SS = k·σ_LT, units. Negative when Q alone meets the target (not floored at 0). */
  safetyStock: number;
  /** k with G(k) = Q(1 − FR)/σ_LT; undefined when σ_LT = 0 (no variability). */
  safetyFactor: number | undefined;
  /** σ_LT = sqrt((L/F)·σd² + d²·σL²), units. */
  leadTimeDemandStdDev: number;
  /** √(L/F)·σd, units: its square is the demand term under the root of σ_LT. */
  demandTerm: number;
  /** d·σL, units: its square is the lead-time term under the root of σ_LT. */
  leadTimeTerm: number;
  /** G(k) = Q(1 − FR)/σ_LT, the loss k solves; undefined when σ_LT = 0. */
  loss: number | undefined;
}

/**
 * Safety stock that reaches a target fill rate (P2) in a continuous-review
 * (s, Q) policy with backorders and normal lead-time demand.
 *
 * SS = k·σ_LT,  G(k) = Q·(1 − FR)/σ_LT,  σ_LT = sqrt((L/F)·σd² + d²·σL²)
 *
 * σ_LT is {@link leadTimeDemandDeviation} (returned with the terms under its root), k is {@link fillRateSafetyFactor} (the
 * inverse of the standard normal loss function G, built on @stdlib's normal pdf
 * and erfc).
 *
 * **Not floored at 0.** When Q(1 − FR)/σ_LT > G(0) ≈ 0.3989 the order quantity
 * alone meets the target, k < 0 and so is SS: the reorder point may sit below
 * mean lead-time demand and the target is still met. The value is returned as
 * the formula gives it, so that fillRate(SS) gives back FR exactly; wrap it in
 * MAX(0, …) to hold no less than zero safety stock. With σ_LT = 0 (no
 * variability) SS = −Q(1 − FR), the limit of the formula, which leaves exactly
 * the allowed shortage per cycle.
 *
 * @param input.fillRate         FR, 0 < FR < 1
 * @param input.demandStdDev     σd, units per forecast interval (≥ 0)
 * @param input.leadTime         L, periods (≥ 0)
 * @param input.orderQuantity    Q, units (> 0)
 * @param input.averageDemand    d, units per period (≥ 0); required when leadTimeStdDev is given
 * @param input.leadTimeStdDev   σL, periods (≥ 0), default 0
 * @param input.forecastInterval F, periods (> 0), default 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (safety inventory given a fill rate).
 * @see Silver, Pyke & Thomas (2017), ch. 6 (P2 service).
 * @example safetyStockForFillRate({ fillRate: 0.975, demandStdDev: 500, leadTime: 2, orderQuantity: 10000 }).safetyStock
 * //=> 67   (Chopra & Meindl Example 12-5: weekly σ 500, L = 2 weeks, Q = 10,000, FR 97.5%)
 */
export function safetyStockForFillRate(input: SafetyStockForFillRateInput): SafetyStockForFillRateResult {
  const fillRate = requireOpenFraction(input.fillRate, "fillRate");
  const { deviation, demandTerm, leadTimeTerm } = leadTimeDemandDeviation(input);
  const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
  const terms = { leadTimeDemandStdDev: deviation, demandTerm, leadTimeTerm };
  if (deviation === 0 || !Number.isFinite(orderQuantity / deviation)) {
    // No variability (or none a double can tell from Q): k → −∞ and k·σ → −Q(1 − FR).
    return { safetyStock: -orderQuantity * (1 - fillRate), safetyFactor: undefined, loss: undefined, ...terms };
  }
  const { safetyFactor: k, loss } = safetyFactorForLoss(fillRate, orderQuantity, deviation);
  const safetyStock = requireFiniteResult(k * deviation, "safety stock");
  return { safetyStock, safetyFactor: k, loss, ...terms };
}
