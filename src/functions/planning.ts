/* Custom functions for planning: level and chase production plans, DDMRP buffer zones. */
import { chasePlan } from "../core/planning/chasePlan";
import { DDMRP_RESULTS, DDMRP_RESULT_FIGURES, ddmrpOutputs, ddmrpZones } from "../core/planning/ddmrpZones";
import { levelPlan, type LevelPlanInput } from "../core/planning/levelPlan";
import type { PlanPeriod } from "../core/planning/productionPlan";
import {
  alongSeries,
  choiceArgument,
  elementwiseColumns,
  guarded,
  type Binding,
  type Cell,
  type Output,
} from "./funnel";

/** The cells of a production plan: demand and the inventories, and LEVELPLAN's backlog flag. */
/** The arguments of a production plan, each bound once to its core field. */
interface PlanBindings {
  demand: Binding;
  beginningInventory: Binding;
  endingInventory: Binding;
  allowBacklog: Binding;
}

/**
 * Runs a production plan over a single column (or row) of demand, one cell per
 * period. Blank cells after the last figure give blank rows, so the range may run
 * past the data; a blank between figures is a cell-rule error (enter 0 for a
 * period without demand). A column gives one row per period, columns production
 * and ending inventory; a row gives the transpose (two rows under the periods).
 */
function productionPlan(fn: string, bindings: PlanBindings, plan: (input: LevelPlanInput) => PlanPeriod[]): Output[][] {
  return guarded(fn, bindings, (read) => {
    const series = read.series("demand");
    const beginningInventory = read.optionalNumber("beginningInventory");
    const endingInventory = read.optionalNumber("endingInventory");
    const allowBacklog = read.optionalLogical("allowBacklog");
    const figures = read.figures(series);
    const input = { demand: figures, beginningInventory, endingInventory, allowBacklog };
    const result = figures.length === 0 ? [] : plan(input);
    const periods = series.values.map((_, t): Output[] => {
      const period = result[t];
      return period ? [period.production, period.endingInventory] : ["", ""];
    });
    return alongSeries(series.shape, periods);
  });
}

/** Binds a production plan's arguments to their core fields (CHASEPLAN has no allow_backlog: `null`). */
function planBindings(demand: Cell, beginning: Cell, ending: Cell, allowBacklog: Cell): PlanBindings {
  return {
    demand: ["demand", demand],
    beginningInventory: ["beginning_inventory", beginning],
    endingInventory: ["ending_inventory", ending],
    allowBacklog: ["allow_backlog", allowBacklog],
  };
}

/**
 * Level production plan: constant output (total demand + ending_inventory − beginning_inventory) / periods; inventory absorbs the rest. A plan that runs short is refused unless allow_backlog is TRUE (a backlog shows as negative inventory).
 * @customfunction LEVELPLAN
 * @param {any[][]} demand Demand (forecast) per period (≥ 0), a single column or row. Blank cells after the last period give blank rows; enter 0 for a period without demand.
 * @param {any} [beginning_inventory] Inventory at the start of period 1 (≥ 0). Default 0.
 * @param {any} [ending_inventory] Target inventory at the end of the last period (≥ 0). Default 0.
 * @param {any} [allow_backlog] TRUE to let a period end short, its ending inventory negative (a backlog that later output fills); FALSE (default) to refuse such a plan and name the beginning inventory that avoids it.
 * @returns {any[][]} One row per period: production, ending inventory (negative: a backlog). For a row of demand, two rows across.
 */
export function levelplan(
  demand: any[][],
  beginning_inventory?: any,
  ending_inventory?: any,
  allow_backlog?: any,
): any[][] {
  return productionPlan(
    "LEVELPLAN",
    planBindings(demand, beginning_inventory, ending_inventory, allow_backlog),
    levelPlan,
  );
}

/**
 * Chase production plan: output follows demand, the first period adjusted to move beginning_inventory to ending_inventory, which is then held every period. Spills production and ending inventory per period.
 * @customfunction CHASEPLAN
 * @param {any[][]} demand Demand (forecast) per period (≥ 0), a single column or row. Blank cells after the last period give blank rows; enter 0 for a period without demand.
 * @param {any} [beginning_inventory] Inventory at the start of period 1 (≥ 0). Default 0.
 * @param {any} [ending_inventory] Inventory to hold at the end of every period (≥ 0). Default 0.
 * @returns {any[][]} One row per period: production, ending inventory (for a row of demand, two rows across).
 */
export function chaseplan(demand: any[][], beginning_inventory?: any, ending_inventory?: any): any[][] {
  return productionPlan("CHASEPLAN", planBindings(demand, beginning_inventory, ending_inventory, null), chasePlan);
}

/**
 * Outputs of INV.DDMRPZONES, per item.
 * @customenum {string}
 */
enum DdmrpZonesResult {
  /** Red, yellow and green zone sizes (3 values), the default. */
  zones = "zones",
  /** Top of red, top of yellow and top of green (3 values): the levels to compare the net flow position with. */
  tops = "tops",
  /** Red base, red safety, red, yellow, green, top of red, top of yellow, top of green (8 values). */
  detail = "detail",
}

/**
 * DDMRP buffer zones (Ptak & Smith): red = adu × dlt × LTF × (1 + VF), yellow = adu × dlt, green = max(adu × order_cycle, adu × dlt × LTF, moq); result picks zones, tops or detail. A row per item of a column, a column per item of a row.
 * @customfunction DDMRPZONES
 * @param {any[][]} adu Average daily usage, units per day (≥ 0).
 * @param {any[][]} dlt Decoupled lead time, days (≥ 0).
 * @param {any[][]} lead_time_factor Lead-time factor, a fraction (0 < LTF ≤ 1): long lead times 0.2–0.4, medium 0.41–0.6, short above.
 * @param {any[][]} variability_factor Variability factor, a fraction (0 to 1): low 0.2–0.4, medium 0.41–0.6, high 0.61–1.
 * @param {any[][]} [moq] Minimum order quantity, units (≥ 0). Default 0 (none), as in OCA ddmrp.
 * @param {any[][]} [order_cycle] Imposed or desired order cycle, days (≥ 0). Default 0 (none), as in OCA ddmrp.
 * @param [result] "zones" (default): red, yellow, green; "tops": top of red, of yellow, of green; "detail": red base, red safety, red, yellow, green, top of red, of yellow, of green.
 * @returns {any[][]} The chosen figures in units, one row per element (one column per element of a row).
 */
export function ddmrpzones(
  adu: any[][],
  dlt: any[][],
  lead_time_factor: any[][],
  variability_factor: any[][],
  moq?: any[][],
  order_cycle?: any[][],
  result?: DdmrpZonesResult,
): any[][] {
  const chosen = choiceArgument("DDMRPZONES", "result", result, DDMRP_RESULTS) ?? "zones";
  return elementwiseColumns(
    "DDMRPZONES",
    {
      averageDailyUsage: ["adu", adu],
      decoupledLeadTime: ["dlt", dlt],
      leadTimeFactor: ["lead_time_factor", lead_time_factor],
      variabilityFactor: ["variability_factor", variability_factor],
    },
    { minimumOrderQuantity: ["moq", moq], orderCycle: ["order_cycle", order_cycle] },
    DDMRP_RESULT_FIGURES[chosen].length,
    (input) => ddmrpOutputs(ddmrpZones(input), chosen),
  );
}
