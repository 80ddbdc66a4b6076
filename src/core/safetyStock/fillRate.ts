import { requireFinite, requireNonNegative, requirePositive } from "../shared/guards";
import { standardNormalLoss } from "../shared/normal";

export interface FillRateInput {
  /** SS, safety stock (reorder point minus mean lead-time demand), units; may be negative. */
  safetyStock: number;
  /** σ_LT, standard deviation of demand over the lead time, units. */
  leadTimeDemandStdDev: number;
  /** Q, order quantity (demand served per replenishment cycle), units. */
  orderQuantity: number;
  /** true: unmet demand is lost, FR = 1 − ESC/(Q + ESC); false (default): it is backordered, FR = 1 − ESC/Q. */
  lostSales?: boolean | undefined;
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
 * Lost sales (`lostSales`): demand not met in a cycle is lost, so a cycle
 * sees Q + ESC of demand on average and FR = 1 − ESC/(Q + ESC) = Q/(Q + ESC)
 * (Silver, Pyke & Thomas's lost-sales P2 condition G(k) = (Q/σ_LT)(1 − P2)/P2,
 * solved for P2). It is always above the backorder figure and never below 0.
 *
 * @param input.safetyStock          SS, units (any finite number)
 * @param input.leadTimeDemandStdDev σ_LT, units (≥ 0)
 * @param input.orderQuantity        Q, units (> 0)
 * @param input.lostSales            true for lost sales, default false (backorders)
 * @returns FR, 0 ≤ FR ≤ 1
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (fill rate, ESC).
 * @see Silver, Pyke & Thomas (2017), ch. 6 (P2 service, backorders; G_u(k) in Appendix II; the lost-sales case).
 * @example fillRate({ safetyStock: 1000, leadTimeDemandStdDev: 707.1068, orderQuantity: 10000 }) //=> 0.9975
 * //   (Chopra & Meindl Example 12-3: ESC = 25.13 phones per cycle)
 */
export function fillRate(input: FillRateInput): number {
  return fillRateWithShortage(input).fillRate;
}

/** A fill rate with the expected shortage per cycle it comes from. */
export interface FillRateWithShortage {
  /** FR = 1 − ESC/Q (lost sales: 1 − ESC/(Q + ESC)), 0 ≤ FR ≤ 1. */
  fillRate: number;
  /** k = SS/σ_LT; undefined when σ_LT = 0 or the ratio is beyond the doubles (then ESC = max(0, −SS)). */
  safetyFactor: number | undefined;
  /** G(k), the standard normal loss at k; undefined with k. */
  loss: number | undefined;
  /** ESC = σ_LT·G(k), the expected shortage per replenishment cycle, units. */
  expectedShortage: number;
}

/**
 * {@link fillRate} with its intermediates k = SS/σ_LT, G(k) and the expected
 * shortage per cycle ESC, for a calculation that shows its work.
 *
 * @param input as {@link fillRate}
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (fill rate, ESC).
 * @example fillRateWithShortage({ safetyStock: 1000, leadTimeDemandStdDev: 707.1068, orderQuantity: 10000 })
 * //=> { fillRate: 0.9975, safetyFactor: 1.4142, loss: 0.0355, expectedShortage: 25.13 }   (Example 12-3)
 */
export function fillRateWithShortage(input: FillRateInput): FillRateWithShortage {
  const safetyStock = requireFinite(input.safetyStock, "safetyStock");
  const deviation = requireNonNegative(input.leadTimeDemandStdDev, "leadTimeDemandStdDev");
  const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
  const k = safetyStock / deviation;
  // ESC = σ·G(SS/σ), with the limits for σ = 0 or SS/σ beyond the doubles.
  const normal = deviation !== 0 && Number.isFinite(k);
  const loss = normal ? standardNormalLoss(k) : undefined;
  const expectedShortage = loss === undefined ? Math.max(0, -safetyStock) : deviation * loss;
  // shortage/Q may overflow to Infinity; the max turns 1 − Infinity into 0. Lost sales: Q/(Q + ESC), in [0, 1].
  const rate =
    input.lostSales === true
      ? 1 / (1 + expectedShortage / orderQuantity)
      : Math.max(0, 1 - expectedShortage / orderQuantity);
  return { fillRate: rate, safetyFactor: normal ? k : undefined, loss, expectedShortage };
}
