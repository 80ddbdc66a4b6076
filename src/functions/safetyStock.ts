/* Custom functions for safety stock and service levels. Thin wrappers over core. */
import { safetyStock } from "../core/safetyStock/safetyStock";
import { elementwise } from "./funnel";

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
    {
      averageDemand: ["avg_demand", avg_demand],
      leadTimeStdDev: ["lead_time_std", lead_time_std],
      forecastInterval: ["forecast_interval", forecast_interval],
    },
    (input) => safetyStock(input).safetyStock,
  );
}
