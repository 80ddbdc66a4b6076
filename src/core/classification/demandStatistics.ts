import { InputError } from "../shared/inputError";
import type { DemandRow } from "./demandHistory";

export interface DemandStatistics {
  /** Periods with a figure (blank periods skipped). */
  periods: number;
  /** x̄, mean demand per period over those periods, units (=AVERAGE). */
  mean: number;
  /** s, sample standard deviation of demand per period, units (=STDEV.S, n − 1 in the denominator). */
  standardDeviation: number;
}

/**
 * Mean and sample standard deviation of one item's per-period demand: the d and
 * σd that the safety-stock models take when they are estimated from a demand
 * history. Blank periods are skipped, as in Excel's AVERAGE and STDEV.S and in
 * the XYZ models; enter 0 for a period without demand.
 *
 * x̄ = Σx / n,  s = sqrt(Σ(x − x̄)² / (n − 1))
 *
 * The sums run over x / max(x) and are scaled back, so they cannot overflow.
 *
 * Complexity: O(p) for p periods, two passes.
 *
 * @param demand demand per period (≥ 0), `null` for a blank period
 * @returns the statistics, or `null` when every period is blank
 * @throws InputError "demandHistory", with `index` the period, for a negative or non-finite figure;
 *                    "demandHistory" when fewer than 2 periods have a figure (no sample deviation)
 * @see Silver, Pyke & Thomas (2017), §4.5 (estimating σ from history); Excel's AVERAGE and STDEV.S.
 * @example demandStatistics([10, 20, 30]) //=> { periods: 3, mean: 20, standardDeviation: 10 }
 */
export function demandStatistics(demand: DemandRow): DemandStatistics | null {
  let periods = 0;
  let largest = 0;
  for (let period = 0; period < demand.length; period++) {
    const value = demand[period];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new InputError("demandHistory", "must be a finite number, zero or more", value, { index: period });
    }
    periods++;
    if (value > largest) largest = value;
  }
  if (periods === 0) return null;
  if (periods < 2) {
    throw new InputError("demandHistory", "needs a figure in at least 2 periods for a standard deviation", periods);
  }
  if (largest === 0) return { periods, mean: 0, standardDeviation: 0 };
  let sum = 0;
  for (const value of demand) if (value !== null && value !== undefined) sum += value / largest;
  const mean = sum / periods;
  let squares = 0;
  for (const value of demand) {
    if (value === null || value === undefined) continue;
    const deviation = value / largest - mean;
    squares += deviation * deviation;
  }
  return { periods, mean: mean * largest, standardDeviation: Math.sqrt(squares / (periods - 1)) * largest };
}
