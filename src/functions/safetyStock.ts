/* Custom functions for safety stock and service levels. Thin wrappers over core. */
import { cycleServiceLevel } from "../core/safetyStock/cycleServiceLevel";
import { fillRate } from "../core/safetyStock/fillRate";
import { fillRateSafetyFactor } from "../core/safetyStock/fillRateSafetyFactor";
import { leadTimeDemandStdDev } from "../core/safetyStock/leadTimeDemandStdDev";
import { madToSigma } from "../core/safetyStock/madToSigma";
import { normalLoss } from "../core/safetyStock/normalLoss";
import { orderUpToLevel } from "../core/safetyStock/orderUpToLevel";
import { reorderPoint } from "../core/safetyStock/reorderPoint";
import { safetyFactor } from "../core/safetyStock/safetyFactor";
import { safetyStock } from "../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../core/safetyStock/safetyStockForFillRate";
import { standardNormalLossInverse } from "../core/shared/normal";
import { elementwise, logicalArgument, type Binding } from "./funnel";

/**
 * The optional arguments that SAFETYSTOCK, LEADTIMESTD and SAFETYSTOCKFR share (the lead-time
 * variability of sqrt(L/F·σd² + d²·σL²)), bound to their core fields once.
 */
function leadTimeVariability(avg_demand?: any[][], lead_time_std?: any[][], forecast_interval?: any[][]) {
  return {
    averageDemand: ["avg_demand", avg_demand],
    leadTimeStdDev: ["lead_time_std", lead_time_std],
    forecastInterval: ["forecast_interval", forecast_interval],
  } satisfies Record<string, Binding>;
}

/**
 * Safety stock for a cycle service level: z × sqrt(lead_time/forecast_interval × demand_std² + avg_demand² × lead_time_std²), z = NORM.S.INV(service_level) (Chopra & Meindl §12.3). Ranges combine element by element and spill.
 * @customfunction SAFETYSTOCK
 * @param {any[][]} service_level Cycle service level, a fraction strictly between 0 and 1 (95% = 0.95).
 * @param {any[][]} demand_std Standard deviation of demand per forecast interval, units (≥ 0).
 * @param {any[][]} lead_time Replenishment lead time in periods (≥ 0), in the same period unit as the demand.
 * @param {any[][]} [avg_demand] Mean demand per period, units (≥ 0). Required with lead_time_std.
 * @param {any[][]} [lead_time_std] Standard deviation of the lead time, periods (≥ 0). Default 0.
 * @param {any[][]} [forecast_interval] Periods over which demand_std is measured (> 0). Default 1.
 * @returns {any[][]} Safety stock in units, one per element.
 */
export function safetystock(
  service_level: any[][],
  demand_std: any[][],
  lead_time: any[][],
  avg_demand?: any[][],
  lead_time_std?: any[][],
  forecast_interval?: any[][],
): any[][] {
  return elementwise(
    "SAFETYSTOCK",
    {
      serviceLevel: ["service_level", service_level],
      demandStdDev: ["demand_std", demand_std],
      leadTime: ["lead_time", lead_time],
    },
    leadTimeVariability(avg_demand, lead_time_std, forecast_interval),
    (input) => safetyStock(input).safetyStock,
  );
}

/**
 * Safety factor z = NORM.S.INV(service_level): standard deviations of lead-time demand to hold for a cycle service level. A level of 0 or 1 is an error, not ±infinity. Ranges combine element by element and spill.
 * @customfunction SAFETYFACTOR
 * @param {any[][]} service_level Cycle service level, a fraction strictly between 0 and 1 (95% = 0.95).
 * @returns {any[][]} z, one per element (negative below 0.5).
 */
export function safetyfactor(service_level: any[][]): any[][] {
  return elementwise("SAFETYFACTOR", { serviceLevel: ["service_level", service_level] }, {}, (input) =>
    safetyFactor(input),
  );
}

/**
 * Standard deviation of demand over the lead time: sqrt(lead_time/forecast_interval × demand_std² + avg_demand² × lead_time_std²) (Chopra & Meindl ch. 12). Ranges combine element by element and spill.
 * @customfunction LEADTIMESTD
 * @param {any[][]} demand_std Standard deviation of demand per forecast interval, units (≥ 0).
 * @param {any[][]} lead_time Replenishment lead time in periods (≥ 0), in the same period unit as the demand.
 * @param {any[][]} [avg_demand] Mean demand per period, units (≥ 0). Required with lead_time_std.
 * @param {any[][]} [lead_time_std] Standard deviation of the lead time, periods (≥ 0). Default 0.
 * @param {any[][]} [forecast_interval] Periods over which demand_std is measured (> 0). Default 1.
 * @returns {any[][]} Lead-time demand standard deviation in units, one per element.
 */
export function leadtimestd(
  demand_std: any[][],
  lead_time: any[][],
  avg_demand?: any[][],
  lead_time_std?: any[][],
  forecast_interval?: any[][],
): any[][] {
  return elementwise(
    "LEADTIMESTD",
    { demandStdDev: ["demand_std", demand_std], leadTime: ["lead_time", lead_time] },
    leadTimeVariability(avg_demand, lead_time_std, forecast_interval),
    (input) => leadTimeDemandStdDev(input),
  );
}

/**
 * Standard deviation of forecast error from the mean absolute deviation: 1.25 × MAD, the CPIM rule (the exact normal ratio is √(π/2) ≈ 1.2533). Ranges combine element by element and spill.
 * @customfunction MADTOSIGMA
 * @param {any[][]} mad Mean absolute deviation of forecast errors, units (≥ 0).
 * @returns {any[][]} Standard deviation in units, one per element.
 */
export function madtosigma(mad: any[][]): any[][] {
  return elementwise("MADTOSIGMA", { mad: ["mad", mad] }, {}, (input) => madToSigma(input));
}

/**
 * Safety stock k × σ_LT for a target fill rate (backorders), with G(k) = order_quantity × (1 − fill_rate)/σ_LT. Not floored at 0: negative when the order quantity alone meets the target. Ranges spill.
 * @customfunction SAFETYSTOCKFR
 * @param {any[][]} fill_rate Target fill rate, the fraction of demand met from stock, strictly between 0 and 1 (98% = 0.98).
 * @param {any[][]} demand_std Standard deviation of demand per forecast interval, units (≥ 0).
 * @param {any[][]} lead_time Replenishment lead time in periods (≥ 0), in the same period unit as the demand.
 * @param {any[][]} order_quantity Order quantity, units (> 0).
 * @param {any[][]} [avg_demand] Mean demand per period, units (≥ 0). Required with lead_time_std.
 * @param {any[][]} [lead_time_std] Standard deviation of the lead time, periods (≥ 0). Default 0.
 * @param {any[][]} [forecast_interval] Periods over which demand_std is measured (> 0). Default 1.
 * @returns {any[][]} Safety stock in units, one per element; may be negative (wrap in MAX(0, …) to floor it).
 */
export function safetystockfr(
  fill_rate: any[][],
  demand_std: any[][],
  lead_time: any[][],
  order_quantity: any[][],
  avg_demand?: any[][],
  lead_time_std?: any[][],
  forecast_interval?: any[][],
): any[][] {
  return elementwise(
    "SAFETYSTOCKFR",
    {
      fillRate: ["fill_rate", fill_rate],
      demandStdDev: ["demand_std", demand_std],
      leadTime: ["lead_time", lead_time],
      orderQuantity: ["order_quantity", order_quantity],
    },
    leadTimeVariability(avg_demand, lead_time_std, forecast_interval),
    (input) => safetyStockForFillRate(input).safetyStock,
  );
}

/**
 * Safety factor k for a target fill rate (backorders): G(k) = order_quantity × (1 − fill_rate)/lead_time_demand_std, G the normal loss function. Negative when the order quantity alone meets the target. Ranges spill.
 * @customfunction FILLRATEK
 * @param {any[][]} fill_rate Target fill rate, the fraction of demand met from stock, strictly between 0 and 1 (98% = 0.98).
 * @param {any[][]} order_quantity Order quantity, units (> 0).
 * @param {any[][]} lead_time_demand_std Standard deviation of demand over the lead time, units (> 0), e.g. from INV.LEADTIMESTD.
 * @returns {any[][]} k, one per element.
 */
export function fillratek(fill_rate: any[][], order_quantity: any[][], lead_time_demand_std: any[][]): any[][] {
  return elementwise(
    "FILLRATEK",
    {
      fillRate: ["fill_rate", fill_rate],
      orderQuantity: ["order_quantity", order_quantity],
      leadTimeDemandStdDev: ["lead_time_demand_std", lead_time_demand_std],
    },
    {},
    (input) => fillRateSafetyFactor(input),
  );
}

/**
 * Standard normal loss at k: G(k) = φ(k) − k(1 − Φ(k)), expected units short in standard deviations; order 2 gives G2(k) = ½((k²+1)(1 − Φ(k)) − kφ(k)); complementary gives the loss below k. Ranges spill.
 * @customfunction NORMLOSS
 * @param {any[][]} k Safety factor (any number; negative when the reorder point is below mean lead-time demand).
 * @param {any[][]} [order] 1 (default): first-order loss E[(Z − k)⁺]; 2: second-order loss ½E[((Z − k)⁺)²]. One value or a range.
 * @param {any} [complementary] FALSE (default): the loss above k; TRUE: the complement below k, E[(k − Z)⁺] = k + G(k) (order 2: ½E[((k − Z)⁺)²]).
 * @returns {any[][]} The loss (≥ 0), one per element.
 */
export function normloss(k: any[][], order?: any[][], complementary?: any): any[][] {
  const below = logicalArgument("NORMLOSS", "complementary", complementary);
  return elementwise("NORMLOSS", { k: ["k", k] }, { order: ["order", order] }, (input) =>
    normalLoss({ ...input, complementary: below }),
  );
}

/**
 * Inverse of the standard normal loss function: the k with G(k) = loss. Negative when loss > 0.3989 (= G(0)). Ranges combine element by element and spill.
 * @customfunction NORMLOSSINV
 * @param {any[][]} loss Normal loss G, greater than 0 (at least 1e-300).
 * @returns {any[][]} k, one per element.
 */
export function normlossinv(loss: any[][]): any[][] {
  return elementwise("NORMLOSSINV", { loss: ["loss", loss] }, {}, (input) => standardNormalLossInverse(input.loss));
}

/**
 * Expected fill rate of a reorder-point policy: 1 − ESC/order_quantity with backorders, 1 − ESC/(order_quantity + ESC) with lost sales; ESC = lead_time_demand_std × G(safety_stock/lead_time_demand_std). Ranges spill.
 * @customfunction FILLRATE
 * @param {any[][]} safety_stock Safety stock, units (reorder point minus mean lead-time demand; may be negative).
 * @param {any[][]} lead_time_demand_std Standard deviation of demand over the lead time, units (≥ 0), e.g. from INV.LEADTIMESTD.
 * @param {any[][]} order_quantity Order quantity, units (> 0).
 * @param {any} [lost_sales] FALSE (default): unmet demand is backordered; TRUE: it is lost (Silver, Pyke & Thomas's lost-sales fill rate).
 * @returns {any[][]} Fill rate between 0 and 1, one per element.
 */
export function fillrate(
  safety_stock: any[][],
  lead_time_demand_std: any[][],
  order_quantity: any[][],
  lost_sales?: any,
): any[][] {
  const lostSales = logicalArgument("FILLRATE", "lost_sales", lost_sales);
  return elementwise(
    "FILLRATE",
    {
      safetyStock: ["safety_stock", safety_stock],
      leadTimeDemandStdDev: ["lead_time_demand_std", lead_time_demand_std],
      orderQuantity: ["order_quantity", order_quantity],
    },
    {},
    (input) => fillRate({ ...input, lostSales }),
  );
}

/**
 * Cycle service level a safety stock buys: NORM.S.DIST(safety_stock/lead_time_demand_std, TRUE), the chance of no stockout in a replenishment cycle. Ranges combine element by element and spill.
 * @customfunction CYCLESERVICE
 * @param {any[][]} safety_stock Safety stock, units (reorder point minus mean lead-time demand; may be negative).
 * @param {any[][]} lead_time_demand_std Standard deviation of demand over the lead time, units (≥ 0), e.g. from INV.LEADTIMESTD.
 * @returns {any[][]} Cycle service level between 0 and 1, one per element.
 */
export function cycleservice(safety_stock: any[][], lead_time_demand_std: any[][]): any[][] {
  return elementwise(
    "CYCLESERVICE",
    {
      safetyStock: ["safety_stock", safety_stock],
      leadTimeDemandStdDev: ["lead_time_demand_std", lead_time_demand_std],
    },
    {},
    (input) => cycleServiceLevel(input),
  );
}

/**
 * Reorder point avg_demand × lead_time + safety_stock: order when the inventory position falls to it (continuous review). Ranges combine element by element and spill.
 * @customfunction REORDERPOINT
 * @param {any[][]} avg_demand Mean demand per period, units (≥ 0).
 * @param {any[][]} lead_time Replenishment lead time in periods (≥ 0), in the same period unit as the demand.
 * @param {any[][]} safety_stock Safety stock, units (e.g. from INV.SAFETYSTOCK; may be negative).
 * @returns {any[][]} Reorder point in units, one per element.
 */
export function reorderpoint(avg_demand: any[][], lead_time: any[][], safety_stock: any[][]): any[][] {
  return elementwise(
    "REORDERPOINT",
    {
      averageDemand: ["avg_demand", avg_demand],
      leadTime: ["lead_time", lead_time],
      safetyStock: ["safety_stock", safety_stock],
    },
    {},
    (input) => reorderPoint(input),
  );
}

/**
 * Order-up-to level of a periodic review: avg_demand × (R + L) + NORM.S.INV(service_level) × sqrt((R + L)/forecast_interval × demand_std² + avg_demand² × lead_time_std²), R the review period. Ranges spill.
 * @customfunction ORDERUPTO
 * @param {any[][]} avg_demand Mean demand per period, units (≥ 0).
 * @param {any[][]} review_period Periods between reviews (> 0); 1 for a base-stock policy.
 * @param {any[][]} lead_time Replenishment lead time in periods (≥ 0), in the same period unit as the demand.
 * @param {any[][]} service_level Cycle service level, a fraction strictly between 0 and 1 (95% = 0.95).
 * @param {any[][]} demand_std Standard deviation of demand per forecast interval (per period by default), units (≥ 0).
 * @param {any[][]} [lead_time_std] Standard deviation of the lead time, periods (≥ 0). Default 0.
 * @param {any[][]} [forecast_interval] Periods over which demand_std is measured (> 0). Default 1.
 * @returns {any[][]} Order-up-to level in units, one per element.
 */
export function orderupto(
  avg_demand: any[][],
  review_period: any[][],
  lead_time: any[][],
  service_level: any[][],
  demand_std: any[][],
  lead_time_std?: any[][],
  forecast_interval?: any[][],
): any[][] {
  return elementwise(
    "ORDERUPTO",
    {
      averageDemand: ["avg_demand", avg_demand],
      reviewPeriod: ["review_period", review_period],
      leadTime: ["lead_time", lead_time],
      serviceLevel: ["service_level", service_level],
      demandStdDev: ["demand_std", demand_std],
    },
    { leadTimeStdDev: ["lead_time_std", lead_time_std], forecastInterval: ["forecast_interval", forecast_interval] },
    (input) => orderUpToLevel(input).level,
  );
}
