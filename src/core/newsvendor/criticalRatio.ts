import { requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface CriticalRatioInput {
  /** Cu, underage cost: profit lost on each unit of demand not met (price − cost, plus any goodwill). */
  underageCost: number;
  /** Co, overage cost: loss on each unit left over (cost − salvage value, plus holding). */
  overageCost: number;
}

/**
 * Critical ratio (critical fractile) of the newsvendor problem: the optimal
 * probability of meeting all demand.
 *
 * CR = Cu / (Cu + Co)
 *
 * Snyder & Shen write it p/(p + h) with p the stockout (underage) cost and h the
 * holding (overage) cost. Computed on costs scaled by the larger one, so that
 * costs near the largest double do not overflow.
 *
 * @param input.underageCost Cu (> 0)
 * @param input.overageCost  Co (> 0)
 * @returns CR, 0 < CR < 1 (it can round to 0 or 1 when one cost dwarfs the other)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (α = p/(p + h)).
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 13 (CSL* = Cu/(Cu + Co)).
 * @example criticalRatio({ underageCost: 0.7, overageCost: 0.18 }) //=> 0.7955   (Snyder & Shen Example 4.3)
 */
export function criticalRatio(input: CriticalRatioInput): number {
  return fractile(input).ratio;
}

/** CR and its complement 1 − CR = Co/(Cu + Co), each computed directly (no cancellation). */
export interface Fractile {
  ratio: number;
  complement: number;
}

/** The newsvendor models accept a critical ratio at least this far from 0 and 1. */
export const MIN_TAIL = 1e-250;

function fractile(input: CriticalRatioInput): Fractile {
  const underage = requirePositive(input.underageCost, "underageCost");
  const overage = requirePositive(input.overageCost, "overageCost");
  const scale = Math.max(underage, overage);
  const u = underage / scale;
  const o = overage / scale;
  return { ratio: u / (u + o), complement: o / (u + o) };
}

/**
 * The fractile for a newsvendor model, which needs CR strictly inside (0, 1) with
 * room to spare: a ratio within 1e-250 of 0 or 1 asks for a quantile the model
 * cannot give.
 */
export function newsvendorFractile(input: CriticalRatioInput): Fractile {
  const result = fractile(input);
  if (!(Math.min(result.ratio, result.complement) >= MIN_TAIL)) {
    throw new InputError(
      "underageCost",
      "and overageCost are too far apart: the critical ratio underageCost/(underageCost + overageCost) is within 1e-250 of 0 or 1",
      input.underageCost,
    );
  }
  return result;
}
