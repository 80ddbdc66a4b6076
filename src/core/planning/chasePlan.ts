import { planInputs, type PlanPeriod, type ProductionPlanInput } from "./productionPlan";

/**
 * Chase production plan: output follows demand, so inventory stays at its target.
 *
 *   P_t = max(0, D_t + I_end − I_{t−1}),    I_t = I_{t−1} + P_t − D_t
 *
 * Production equals demand, adjusted in the first period to move the beginning
 * inventory to the target. When the beginning inventory is above the first
 * period's demand plus the target, production is 0 until the surplus is used up;
 * if it never is, inventory ends above the target (a plan cannot destroy stock).
 *
 * Complexity: O(n) for n periods.
 *
 * @param input.demand              D_t per period (≥ 0), at least one period
 * @param input.beginningInventory  I_0 ≥ 0 (default 0)
 * @param input.endingInventory     I_end ≥ 0, the inventory held at the end of every period (default 0)
 * @returns one { production, endingInventory } per period
 * @see Stevenson, Operations Management, ch. 11 (chase demand strategy); Heizer & Render, Operations Management,
 *      ch. 13; APICS Dictionary, "chase production method".
 * @example chasePlan({ demand: [200, 200, 300], beginningInventory: 50, endingInventory: 20 })
 * //=> production 170, 200, 300; ending inventory 20, 20, 20
 */
export function chasePlan(input: ProductionPlanInput): PlanPeriod[] {
  const { demand, beginning, ending } = planInputs(input);
  const plan: PlanPeriod[] = new Array<PlanPeriod>(demand.length);
  let inventory = beginning;
  for (let t = 0; t < demand.length; t++) {
    const need = demand[t] as number;
    const production = Math.max(0, need + ending - inventory);
    inventory = inventory + production - need;
    plan[t] = { production, endingInventory: inventory };
  }
  return plan;
}
