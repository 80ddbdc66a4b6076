/**
 * The trade-off between safety-stock investment and service for the whole
 * portfolio: for each of a range of targets, the total safety-stock value if
 * every item had that target, computed by the core safety-stock models. The
 * current per-class targets are one point beside the curve (at the value-weighted
 * portfolio target), so the pane shows what differentiating by class buys.
 */
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import { leadTimeDemandStdDev } from "../../core/safetyStock/leadTimeDemandStdDev";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { InputError } from "../../core/shared/inputError";
import { leadTimeInputs, type ItemPolicy } from "./policy";
import type { ServiceMeasure } from "./serviceLevels";

export interface TradeOffPoint {
  /** The target every item is given. */
  level: number;
  /** Σ SS × C at that target. */
  investment: number;
}

export const TRADE_OFF_LEVELS: readonly number[] = [
  0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995,
];

/**
 * Investment against a uniform target, over the items whose policy the normal model computed.
 * Cycle service: SS = z·σ_LT, so the total is z(level) × Σ σ_LT·C (z and σ_LT
 * from core). Fill rate: each item's SS from safetyStockForFillRate at its EOQ.
 */
export function tradeOffCurve(
  rows: readonly ItemPolicy[],
  measure: ServiceMeasure,
  levels: readonly number[] = TRADE_OFF_LEVELS,
): TradeOffPoint[] {
  // The normal model's items (with basis "cost" too: the curve is what service targets would cost them); the
  // others' safety stock is not z·σ_LT (Poisson, negative binomial) or rests on an estimate.
  const computed = rows.filter(
    (row): row is Extract<ItemPolicy, { ok: true }> =>
      row.ok && (row.method === "normal" || row.method === "costOptimal"),
  );
  if (measure === "cycle") {
    let deviationValue = 0;
    for (const row of computed) deviationValue += leadTimeDemandStdDev(leadTimeInputs(row.item)) * row.item.unitCost;
    return levels.map((level) => ({ level, investment: safetyFactor({ serviceLevel: level }) * deviationValue }));
  }
  return levels.map((level) => {
    let investment = 0;
    for (const row of computed) {
      try {
        const orderQuantity = row.costComparison?.serviceOrderQuantity ?? row.eoq; // the EOQ, whatever the basis
        const units = safetyStockForFillRate({ fillRate: level, orderQuantity, ...leadTimeInputs(row.item) });
        investment += units.safetyStock * row.item.unitCost;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }
    return { level, investment };
  });
}
