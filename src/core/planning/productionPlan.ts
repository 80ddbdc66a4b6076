import { requireFiniteResult, requireNonNegative, withDefault } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface ProductionPlanInput {
  /** Demand (forecast) per period, units, ≥ 0; at least one period. */
  demand: readonly number[];
  /** Inventory on hand at the start of period 1, units (≥ 0). Default 0. */
  beginningInventory?: number | undefined;
  /** Target inventory at the end of the horizon (chase: at the end of every period), units (≥ 0). Default 0. */
  endingInventory?: number | undefined;
}

/** One period of a production plan. */
export interface PlanPeriod {
  /** Units produced in the period. */
  production: number;
  /** Inventory at the end of the period, units. */
  endingInventory: number;
}

/** Validated inputs shared by the level and chase plans. */
export interface PlanInputs {
  demand: readonly number[];
  beginning: number;
  ending: number;
  /** Σ demand, finite. */
  totalDemand: number;
}

/** Guards shared by the level and chase plans. */
export function planInputs(input: ProductionPlanInput): PlanInputs {
  const { demand } = input;
  if (demand.length === 0) throw new InputError("demand", "needs at least one period", 0);
  let totalDemand = 0;
  for (let t = 0; t < demand.length; t++) {
    totalDemand += requireNonNegative(demand[t] as number, "demand", t);
  }
  requireFiniteResult(totalDemand, "total demand");
  const beginning = withDefault(input.beginningInventory, 0, requireNonNegative, "beginningInventory");
  const ending = withDefault(input.endingInventory, 0, requireNonNegative, "endingInventory");
  requireFiniteResult(totalDemand + ending, "total requirement");
  return { demand, beginning, ending, totalDemand };
}
