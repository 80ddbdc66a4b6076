import {
  demandPeriods,
  eachItem,
  type DemandHistory,
  type DemandRow,
  type ItemResult,
} from "../classification/demandHistory";
import { requireShare, withDefault } from "../shared/guards";

/** The Croston-type methods: Croston's own, the Syntetos–Boylan approximation, Teunter–Syntetos–Babai. */
export type CrostonMethod = "croston" | "sba" | "tsb";

export const CROSTON_METHODS: readonly CrostonMethod[] = ["croston", "sba", "tsb"];

/** The smoothing constant when none is given: 0.1, as in Croston (1972) and R's forecast::croston. */
export const CROSTON_DEFAULT_ALPHA = 0.1;

export interface CrostonOptions {
  /** α, the smoothing constant, 0 < α ≤ 1. Default 0.1. */
  alpha?: number | undefined;
  /** Default "sba". */
  method?: CrostonMethod | undefined;
}

export interface CrostonInput extends CrostonOptions {
  /** Demand per period, oldest first (≥ 0), `null` for a blank period. */
  demand: DemandRow;
}

export interface CrostonResult {
  /** The forecast demand rate, units per period (≥ 0). */
  rate: number;
  /** ẑ, the smoothed size of a non-zero demand, units (0 when there was no demand). */
  size: number;
  /** p̂, the smoothed interval between demands, periods (Croston and SBA; 0 when there was no demand); TSB has none. */
  interval: number | undefined;
  /** d̂, the smoothed probability of demand in a period: 1/p̂ for Croston and SBA, smoothed every period for TSB. */
  probability: number;
  /** The factor the rate carries: 1 − α/2 for SBA, else 1. */
  factor: number;
  /** The method and α used. */
  method: CrostonMethod;
  alpha: number;
  /** Periods with a figure (blank periods skipped) and periods with demand above 0. */
  periods: number;
  periodsWithDemand: number;
}

/** The method and α, checked, with the defaults filled in. */
export function crostonOptions(options: CrostonOptions): { alpha: number; method: CrostonMethod } {
  const alpha = withDefault(options.alpha, CROSTON_DEFAULT_ALPHA, requireShare, "alpha");
  return { alpha, method: options.method ?? "sba" };
}

/**
 * The demand rate per period of an intermittent item by a Croston-type method.
 *
 * Croston (1972) smooths the non-zero demand sizes z and the intervals q
 * between them (in periods with a figure; blank periods are skipped)
 * separately, updating only in a period with demand:
 *
 *   ẑ ← ẑ + α(z − ẑ),  p̂ ← p̂ + α(q − p̂),  rate = ẑ / p̂
 *
 * SBA (Syntetos & Boylan 2005) removes Croston's bias: rate = (1 − α/2) ẑ / p̂.
 * TSB (Teunter, Syntetos & Babai 2011) smooths the probability of demand d̂
 * every period instead of the interval, so the rate decays while no demand
 * comes (an item going obsolete): d̂ ← d̂ + α(1 − d̂) in a period with demand,
 * d̂ ← d̂ − α d̂ in a period without; ẑ is smoothed as above; rate = d̂ ẑ. One
 * α serves both of TSB's constants (the paper's α for sizes and β for the probability).
 *
 * Initialisation (the convention of R's forecast::croston, Shenstone & Hyndman 2005):
 * ẑ = the first non-zero demand and p̂ = the first interval, the periods up to
 * and including that demand (so demand in the first period gives 1); TSB starts
 * from the same state, d̂ = 1/p̂. Smoothing runs from the next period on. With
 * no demand in any period the rate is 0 (as forecast::croston gives).
 *
 * Complexity: O(p) for p periods.
 *
 * @param input.demand  demand per period, oldest first (≥ 0), `null` for a blank period
 * @param input.alpha   α, 0 < α ≤ 1 (default 0.1)
 * @param input.method  "croston", "sba" (default) or "tsb"
 * @returns the rate with the smoothed figures, or `null` when every period is blank
 * @throws InputError "demandHistory", with `index` the period, for a negative or non-finite figure;
 *                    "alpha" outside (0, 1]
 * @see Croston, J. D. (1972), "Forecasting and stock control for intermittent demands", Operational
 *      Research Quarterly 23(3), 289–303; Syntetos, A. A. & Boylan, J. E. (2005), "The accuracy of
 *      intermittent demand estimates", International Journal of Forecasting 21(2), 303–314 (SBA);
 *      Teunter, R. H., Syntetos, A. A. & Babai, M. Z. (2011), "Intermittent demand: linking forecasting
 *      to inventory obsolescence", European Journal of Operational Research 214(3), 606–615 (TSB).
 * @example crostonRate({ demand: [0, 3, 0, 0, 5, 0], alpha: 0.2, method: "croston" })
 * //=> { rate: 1.5455, size: 3.4, interval: 2.2, … }   (ẑ = 3, p̂ = 2 at the first demand; then z = 5, q = 3)
 */
export function crostonRate(input: CrostonInput): CrostonResult | null {
  const { alpha, method } = crostonOptions(input);
  const { periods, periodsWithDemand } = demandPeriods(input.demand);
  if (periods === 0) return null;
  const factor = method === "sba" ? 1 - alpha / 2 : 1;
  const common = { factor, method, alpha, periods, periodsWithDemand };
  if (periodsWithDemand === 0) {
    return { rate: 0, size: 0, interval: method === "tsb" ? undefined : 0, probability: 0, ...common };
  }
  let size = 0;
  let interval = 0;
  let probability = 0; // TSB's d̂
  let sincePrevious = 0;
  let started = false;
  for (const value of input.demand) {
    if (value === null || value === undefined) continue;
    sincePrevious++;
    if (!started) {
      if (value === 0) continue;
      started = true;
      size = value;
      interval = sincePrevious;
      probability = 1 / sincePrevious;
      sincePrevious = 0;
      continue;
    }
    if (method === "tsb") probability += alpha * ((value > 0 ? 1 : 0) - probability);
    if (value === 0) continue;
    size += alpha * (value - size);
    interval += alpha * (sincePrevious - interval);
    sincePrevious = 0;
  }
  if (method === "tsb") return { rate: probability * size, size, interval: undefined, probability, ...common };
  return { rate: (factor * size) / interval, size, interval, probability: 1 / interval, ...common };
}

/**
 * {@link crostonRate} for each item (row) of a demand history, with one α and
 * method for all: the rate, `null` for a blank item, or that item's input error.
 *
 * Complexity: O(n·p) for n items of p periods.
 */
export function crostonRates(history: DemandHistory, options: CrostonOptions): Array<ItemResult<number>> {
  const checked = crostonOptions(options);
  return eachItem(
    history.length,
    (item) => crostonRate({ demand: history[item] as DemandRow, ...checked })?.rate ?? null,
  );
}
