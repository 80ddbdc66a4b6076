import { requireFiniteResult, requireNonNegative } from "../shared/guards";

export interface PipelineInventoryInput {
  /** D, demand (flow) rate, units per period. */
  demandRate: number;
  /** T, transit (flow) time, periods, in the same period unit as the demand rate. */
  transitTime: number;
}

/**
 * Pipeline (in-transit) inventory: the average stock in the pipeline when units
 * flow at rate D and each spends time T in transit (Little's law, I = D·T).
 *
 * I = D × T
 *
 * @param input.demandRate   D, units per period (≥ 0)
 * @param input.transitTime  T, periods (≥ 0)
 * @returns average pipeline inventory, units
 * @see Little (1961), "A proof for the queuing formula L = λW"; APICS Dictionary, "pipeline stock".
 * @example pipelineInventory({ demandRate: 100, transitTime: 6 }) //=> 600
 */
export function pipelineInventory(input: PipelineInventoryInput): number {
  const demandRate = requireNonNegative(input.demandRate, "demandRate");
  const transitTime = requireNonNegative(input.transitTime, "transitTime");
  return requireFiniteResult(demandRate * transitTime, "pipeline inventory");
}
