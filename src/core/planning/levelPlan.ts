import { InputError, formatValue } from "../shared/inputError";
import { planInputs, type PlanPeriod, type ProductionPlanInput } from "./productionPlan";

export interface LevelPlanInput extends ProductionPlanInput {
  /**
   * Whether a period may end short, its negative ending inventory a backlog
   * (backorders) filled from later output. Default false: a shortage is an input error.
   */
  allowBacklog?: boolean | undefined;
}

/**
 * Level production plan: the same output every period, with inventory absorbing
 * the difference between output and demand (seasonal or anticipation stock).
 *
 *   P = (Σ D_t + I_end − I_0) / n,    I_t = I_{t−1} + P − D_t
 *
 * so the plan ends exactly at the target inventory and Σ production = Σ demand +
 * I_end − I_0. Production is not rounded (rounding it would change the ending
 * inventory). A beginning inventory above total demand plus the ending target is
 * an error (P would be negative).
 *
 * When some period would end below zero:
 * - by default no shortage is planned: the plan is an input error that names
 *   the period, the shortfall and the least beginning inventory that avoids it
 *   (or allow a backlog, or use a chase plan);
 * - with `allowBacklog`, the plan stands and that period's ending inventory is
 *   negative: the backlog, demand that waits for later output, as the level
 *   plans of Stevenson and of Heizer & Render carry it (Stevenson's skateboards:
 *   300 a period ends period 5 at −100, a backlog of 100 that period 6 fills).
 *
 * Complexity: O(n) for n periods.
 *
 * @param input.demand              D_t per period (≥ 0), at least one period
 * @param input.beginningInventory  I_0 ≥ 0 (default 0)
 * @param input.endingInventory     I_end ≥ 0 (default 0)
 * @param input.allowBacklog        whether I_t may be negative (default false)
 * @returns one { production, endingInventory } per period; endingInventory < 0 is a backlog
 * @see Stevenson, Operations Management, ch. 11 (aggregate planning), the skateboard example: a level output
 *      of 300 from no inventory with a backlog of 100 in period 5 (cost $4,700 at $2 a unit, $1 a unit of
 *      average inventory and $5 a unit backordered per period).
 * @see Heizer & Render, Operations Management, ch. 13 (level strategy); APICS Dictionary, "level production method".
 * @example levelPlan({ demand: [120, 150, 100, 70], endingInventory: 160 })
 * //=> production 150 each period; ending inventory 30, 30, 80, 160
 * @example levelPlan({ demand: [200, 200, 300, 400, 500, 200], allowBacklog: true })
 * //=> production 300 each period; ending inventory 100, 200, 200, 100, −100, 0
 */
export function levelPlan(input: LevelPlanInput): PlanPeriod[] {
  const { demand, beginning, ending, totalDemand } = planInputs(input);
  const periods = demand.length;
  const required = totalDemand + ending;
  if (beginning > required) {
    throw new InputError(
      "beginningInventory",
      `must be at most total demand plus endingInventory (${formatValue(required)}); a level plan cannot produce a negative amount`,
      beginning,
    );
  }
  const rate = (required - beginning) / periods;
  // Differences below this size are rounding, not shortages.
  const tolerance = 1e-9 * Math.max(required, beginning);

  const plan: PlanPeriod[] = new Array<PlanPeriod>(periods);
  let cumulativeDemand = 0;
  let shortage: { period: number; inventory: number } | undefined;
  for (let t = 0; t < periods; t++) {
    cumulativeDemand += demand[t] as number;
    let inventory = t === periods - 1 ? ending : beginning + rate * (t + 1) - cumulativeDemand;
    if (inventory < -tolerance) {
      shortage ??= { period: t, inventory };
    } else if (inventory < 0) {
      inventory = 0;
    }
    plan[t] = { production: rate, endingInventory: inventory };
  }
  if (shortage && input.allowBacklog !== true) {
    throw new InputError(
      "beginningInventory",
      `must be at least ${formatValue(leastBeginningInventory(demand, ending))} for a level plan without a shortage ` +
        `(at ${formatValue(rate)} per period, period ${shortage.period + 1} would end at ${formatValue(shortage.inventory)}; ` +
        `or allow a backlog with allowBacklog, or use a chase plan)`,
      beginning,
    );
  }
  return plan;
}

/**
 * The least beginning inventory I_0 for which no period of a level plan ends
 * below zero: I_t = I_0(1 − t/n) + t(ΣD + I_end)/n − (D_1 + … + D_t) ≥ 0 for
 * t < n (I_n = I_end ≥ 0 always). 0 when the plan never runs short from nothing.
 *
 * @param demand          D_t per period, validated
 * @param endingInventory I_end ≥ 0
 */
export function leastBeginningInventory(demand: readonly number[], endingInventory: number): number {
  const periods = demand.length;
  const required = demand.reduce((sum, value) => sum + value, 0) + endingInventory;
  let cumulativeDemand = 0;
  let least = 0;
  for (let t = 1; t < periods; t++) {
    cumulativeDemand += demand[t - 1] as number;
    const need = (cumulativeDemand - (t * required) / periods) / (1 - t / periods);
    if (need > least) least = need;
  }
  // Each need is at most `required` (cumulative demand never exceeds it); rounding can push the
  // quotient a hair above, e.g. 5853.000000000001 for 5853, which levelPlan would then refuse.
  return Math.min(least, required);
}
