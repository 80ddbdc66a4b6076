import { InputError } from "../shared/inputError";
import { demandPeriods, type DemandRow } from "./demandHistory";

export interface DemandStatistics {
  /** Periods with a figure (blank periods skipped). */
  periods: number;
  /** x̄, mean demand per period over those periods, units (=AVERAGE). */
  mean: number;
  /** s, sample standard deviation of demand per period, units (=STDEV.S, n − 1 in the denominator). */
  standardDeviation: number;
}

/** {@link DemandStatistics} in units of the largest figure: the true mean is `mean × scale`, and so on. */
export interface ScaledDemandStatistics extends DemandStatistics {
  /** max(x), units; 0 when every figure is 0 (then mean and standardDeviation are 0 too). */
  scale: number;
}

/**
 * Mean and sample standard deviation of one item's per-period demand: the d and
 * σd that the safety-stock models take when they are estimated from a demand
 * history. Blank periods are skipped, as in Excel's AVERAGE and STDEV.S and in
 * the XYZ models; enter 0 for a period without demand.
 *
 * x̄ = Σx / n,  s = sqrt(Σ(x − x̄)² / (n − 1))
 *
 * The sums run over x / max(x) and are scaled back, so they cannot overflow
 * (see {@link scaledDemandStatistics}).
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
  const scaled = scaledDemandStatistics(demand);
  if (scaled === null) return null;
  const { periods, mean, standardDeviation, scale } = scaled;
  return { periods, mean: mean * scale, standardDeviation: standardDeviation * scale };
}

/**
 * {@link demandStatistics} before it is scaled back: x̄ / max(x) and s / max(x),
 * with `scale` = max(x). The sums run over x / max(x), so none can overflow, and
 * a ratio of the two (the coefficient of variation) keeps full precision even
 * for subnormal demand, where scaling back would round it away.
 *
 * Complexity: O(p) for p periods, two passes.
 *
 * @param demand demand per period (≥ 0), `null` for a blank period
 * @param note   added in parentheses to the rule when fewer than 2 periods have a figure
 *               (say, how the caller's items are laid out)
 * @returns the scaled statistics, or `null` when every period is blank
 * @throws InputError as {@link demandStatistics}
 * @example scaledDemandStatistics([10, 20, 30]) //=> { periods: 3, mean: 0.6667, standardDeviation: 0.3333, scale: 30 }
 */
export function scaledDemandStatistics(demand: DemandRow, note?: string): ScaledDemandStatistics | null {
  const { periods, largest } = demandPeriods(demand);
  if (periods === 0) return null;
  if (periods < 2) {
    const rule = "needs a figure in at least 2 periods for a standard deviation";
    throw new InputError("demandHistory", note === undefined ? rule : `${rule} (${note})`, periods);
  }
  if (largest === 0) return { periods, mean: 0, standardDeviation: 0, scale: 0 };
  let sum = 0;
  for (const value of demand) if (value !== null && value !== undefined) sum += value / largest;
  const mean = sum / periods;
  let squares = 0;
  for (const value of demand) {
    if (value === null || value === undefined) continue;
    const deviation = value / largest - mean;
    squares += deviation * deviation;
  }
  return { periods, mean, standardDeviation: Math.sqrt(squares / (periods - 1)), scale: largest };
}
