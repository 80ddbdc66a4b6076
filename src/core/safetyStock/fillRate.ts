import { requireFinite, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalLoss } from "../shared/normal";

export interface FillRateInput {
  /** SS, safety stock (reorder point minus mean lead-time demand), units; may be negative. */
  safetyStock: number;
  /** σ_LT, standard deviation of demand over the lead time, units. */
  leadTimeDemandStdDev: number;
  /** Q, order quantity (demand served per replenishment cycle), units. */
  orderQuantity: number;
}

/**
 * Expected fill rate (P2, the fraction of demand met from stock) of a
 * continuous-review (s, Q) policy with backorders and normal lead-time demand.
 *
 * FR = 1 − ESC/Q,  ESC = σ_LT · G(SS/σ_LT)
 *
 * ESC is the expected shortage per replenishment cycle and G the standard normal
 * loss function (../shared/normal.ts: φ from `@stdlib/stats-base-dists-normal-pdf`,
 * 1 − Φ from `@stdlib/math-base-special-erfc`). This is the textbook approximation,
 * which counts a shortage carried over from the previous cycle again; it is close
 * when Q is large against σ_LT. When SS is below about −Q the approximation falls
 * below 0, and the function reports 0 (all demand backordered), which is also the
 * limit of the exact formula. With σ_LT = 0 the shortage is max(0, −SS) exactly.
 * The inverse of {@link safetyStockForFillRate} for the same σ_LT and Q.
 *
 * @param input.safetyStock          SS, units (any finite number)
 * @param input.leadTimeDemandStdDev σ_LT, units (≥ 0)
 * @param input.orderQuantity        Q, units (> 0)
 * @returns FR, 0 ≤ FR ≤ 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (fill rate, ESC).
 * @see Silver, Pyke & Thomas (2017), ch. 6 (P2 service, backorders; G_u(k) in Appendix II).
 * @example fillRate({ safetyStock: 1000, leadTimeDemandStdDev: 707.1068, orderQuantity: 10000 }) //=> 0.9975
 * //   (Chopra & Meindl Example 12-3: ESC = 25.13 phones per cycle)
 */
export function fillRate(input: FillRateInput): number {
  const safetyStock = requireFinite(input.safetyStock, "safetyStock");
  const deviation = requireNonNegative(input.leadTimeDemandStdDev, "leadTimeDemandStdDev");
  const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
  const shortage = expectedShortagePerCycle(safetyStock, deviation);
  // shortage/Q may overflow to Infinity; the max turns 1 − Infinity into 0.
  return Math.max(0, 1 - shortage / orderQuantity);
}

/** ESC = σ·G(SS/σ), with the limits for σ = 0 or SS/σ beyond the doubles. */
function expectedShortagePerCycle(safetyStock: number, deviation: number): number {
  const k = safetyStock / deviation;
  if (deviation === 0 || !Number.isFinite(k)) return Math.max(0, -safetyStock);
  return deviation * standardNormalLoss(k);
}
