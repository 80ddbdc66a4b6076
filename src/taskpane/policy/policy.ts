/**
 * The policy per item, from the core models: EOQ (economicOrderQuantity), safety
 * stock for a cycle service level (safetyStock) or a fill rate
 * (safetyStockForFillRate), reorder point (reorderPoint); and the portfolio
 * totals (inventory value = cycle stock + safety stock value, expected turns by
 * inventoryTurnover). Everything per year: D per year, L and σL in years, the
 * carrying rate per year.
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { inventoryTurnover } from "../../core/metrics/inventoryTurnover";
import { reorderPoint } from "../../core/safetyStock/reorderPoint";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { InputError } from "../../core/shared/inputError";
import type { ServiceMeasure } from "./serviceLevels";
import type { ItemRecord } from "./validation";

export interface PolicySettings {
  measure: ServiceMeasure;
  /** Target per class (a fraction), for every class that occurs. */
  targets: Readonly<Record<string, number>>;
  /** i, carrying rate per year (H = i × C). */
  carryingRate: number;
  /** S for items without an order cost of their own. */
  defaultOrderCost: number;
}

interface PolicyBase {
  item: ItemRecord;
  itemClass: string;
  /** The class's target: a cycle service level or a fill rate. */
  target: number;
}

export type ItemPolicy =
  | (PolicyBase & {
      ok: true;
      /** Q*, units. */
      eoq: number;
      /** SS, units (may be negative: a fill rate the order quantity alone meets). */
      safetyStock: number;
      /** ROP = D·L + SS, units. */
      reorderPoint: number;
      /** Cycle stock value, Q* / 2 × C. */
      cycleStockValue: number;
      /** SS × C. */
      safetyStockValue: number;
      /** D × C, the annual cost of the item's demand. */
      annualValue: number;
    })
  | (PolicyBase & { ok: false; message: string });

export interface PolicyTotals {
  /** Items with a policy. */
  items: number;
  /** Items whose inputs a model refused (their message is in their row). */
  failed: number;
  cycleStockValue: number;
  safetyStockValue: number;
  /** Average inventory value: cycle stock value + safety stock value. */
  inventoryValue: number;
  /** Σ D × C: the cost of a year's demand. */
  annualCost: number;
  /** Expected turns per year, annual cost / inventory value; `null` when there is no inventory. */
  turns: number | null;
  /** The targets weighted by annual value (D × C); `null` without items. */
  portfolioServiceLevel: number | null;
}

export interface Policy {
  rows: ItemPolicy[];
  totals: PolicyTotals;
}

/** The inputs of the safety-stock models for one item, in years. */
export function leadTimeInputs(item: ItemRecord) {
  return {
    demandStdDev: item.demandStd,
    leadTime: item.leadTime,
    averageDemand: item.annualDemand,
    leadTimeStdDev: item.leadTimeStd,
    forecastInterval: item.forecastInterval,
  };
}

/** The policy of one item. A model's {@link InputError} becomes the row's message; anything else is a bug. */
export function itemPolicy(item: ItemRecord, itemClass: string, settings: PolicySettings): ItemPolicy {
  const target = settings.targets[itemClass];
  const base = { item, itemClass, target: target ?? NaN };
  if (target === undefined) return { ...base, ok: false, message: `No service target for class ${itemClass}` };
  try {
    const eoq = economicOrderQuantity({
      demand: item.annualDemand,
      orderCost: item.orderCost ?? settings.defaultOrderCost,
      holdingCost: settings.carryingRate,
      unitCost: item.unitCost,
    }).quantity;
    const safety =
      settings.measure === "cycle"
        ? safetyStock({ serviceLevel: target, ...leadTimeInputs(item) }).safetyStock
        : safetyStockForFillRate({ fillRate: target, orderQuantity: eoq, ...leadTimeInputs(item) }).safetyStock;
    const rop = reorderPoint({ averageDemand: item.annualDemand, leadTime: item.leadTime, safetyStock: safety });
    return {
      ...base,
      ok: true,
      eoq,
      safetyStock: safety,
      reorderPoint: rop,
      cycleStockValue: (eoq / 2) * item.unitCost,
      safetyStockValue: safety * item.unitCost,
      annualValue: item.annualDemand * item.unitCost,
    };
  } catch (error) {
    if (error instanceof InputError) return { ...base, ok: false, message: error.message };
    throw error;
  }
}

/** Portfolio totals of item policies. */
export function policyTotals(rows: readonly ItemPolicy[]): PolicyTotals {
  let cycleStockValue = 0;
  let safetyStockValue = 0;
  let annualCost = 0;
  let weightedTarget = 0;
  let items = 0;
  for (const row of rows) {
    if (!row.ok) continue;
    items++;
    cycleStockValue += row.cycleStockValue;
    safetyStockValue += row.safetyStockValue;
    annualCost += row.annualValue;
    weightedTarget += row.target * row.annualValue;
  }
  const inventoryValue = cycleStockValue + safetyStockValue;
  return {
    items,
    failed: rows.length - items,
    cycleStockValue,
    safetyStockValue,
    inventoryValue,
    annualCost,
    turns:
      inventoryValue > 0 ? inventoryTurnover({ costOfGoodsSold: annualCost, averageInventory: inventoryValue }) : null,
    portfolioServiceLevel: annualCost > 0 ? weightedTarget / annualCost : null,
  };
}

/** The policy for every item, `classes` aligned with `items`. */
export function computePolicy(
  items: readonly ItemRecord[],
  classes: readonly string[],
  settings: PolicySettings,
): Policy {
  const rows = items.map((item, index) => itemPolicy(item, classes[index] ?? "", settings));
  return { rows, totals: policyTotals(rows) };
}
