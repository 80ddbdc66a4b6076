/* Custom functions for lot sizing over a requirements series. Thin wrappers: the funnel owns the cells, core owns the rules. */
import { LOT_SIZING_METHODS, type LotSizingResult, lotSizing } from "../core/lotSizing/lotSizing";
import {
  type ArgumentReader,
  type Binding,
  type Cell,
  type ListArgument,
  type Output,
  type Shape,
  guarded,
  oneCell,
  reshape,
} from "./funnel";

/**
 * Lot-sizing rules for INV.LOTSIZE and INV.LOTSIZECOST (any case is accepted).
 * @customenum {string}
 */
enum LotSizingRule {
  /** Lot-for-lot: order each period's requirement. */
  LFL = "LFL",
  /** Fixed order quantity: parameter units (or a multiple) whenever stock runs short. */
  FOQ = "FOQ",
  /** Economic order quantity at the average requirement, whenever stock runs short. */
  EOQ = "EOQ",
  /** Period order quantity: orders cover parameter periods (default EOQ / average requirement). */
  POQ = "POQ",
  /** Fixed period requirements: orders cover parameter periods. */
  FPR = "FPR",
  /** Least unit cost. */
  LUC = "LUC",
  /** Part-period balancing (least total cost). */
  PPB = "PPB",
  /** Silver-Meal: least cost per period. */
  SM = "SM",
  /** Wagner-Whitin: the least-cost plan. */
  WW = "WW",
}

/** The arguments of INV.LOTSIZE and INV.LOTSIZECOST, each bound once to its core field. */
function lotBindings(
  ...[requirements, orderCost, holdingCost, method, parameter, unitCosts]: Cell[]
): Record<LotField, Binding> {
  return {
    requirements: ["requirements", requirements],
    orderCost: ["order_cost", orderCost],
    holdingCost: ["holding_cost", holdingCost],
    method: ["method", method],
    parameter: ["parameter", parameter],
    unitCosts: ["unit_costs", unitCosts],
  };
}

type LotField = "requirements" | "orderCost" | "holdingCost" | "method" | "parameter" | "unitCosts";

function planLots(read: ArgumentReader<LotField>): { shape: Shape; plan: LotSizingResult } {
  const requirements = read.series("requirements");
  // A cost is one value for every period, or a range aligned with the periods (time-varying costs).
  const perPeriod = (list: ListArgument, what: string) => {
    read.sameShape(requirements, list, { orSingle: true });
    const values = read.alignedOrSingle(list, [requirements], what);
    return values ?? 0;
  };
  const orderCost = perPeriod(read.numbers("orderCost"), "a cost per order (0 or more)");
  const holdingCost = perPeriod(read.numbers("holdingCost"), "a holding cost per unit per period (more than 0)");
  const method = read.requiredChoice("method", LOT_SIZING_METHODS);
  const parameter = read.optionalNumber("parameter");
  const unitCostList = read.optionalNumbers("unitCosts");
  const unitCosts = unitCostList && perPeriod(unitCostList, "a unit cost (0 or more)");
  const plan = lotSizing({ requirements: requirements.values, orderCost, holdingCost, method, parameter, unitCosts });
  return { shape: requirements.shape, plan };
}

/**
 * Planned order quantity per period for a requirements series, by a lot-sizing rule: LFL, FOQ, EOQ, POQ, FPR, LUC, PPB, SM (Silver-Meal) or WW (Wagner-Whitin, optimal). Spills in the shape of requirements; blanks give "".
 * @customfunction LOTSIZE
 * @param {any[][]} requirements Net requirement per period (≥ 0), a single column or a single row (a range of several rows and columns is refused). Blank cells are periods with no requirement. Orders arrive in the period they are planned for.
 * @param {any[][]} order_cost Cost per order (≥ 0): one value, or a range aligned with requirements (a cost per period; then WW, LFL, FOQ, FPR or POQ with parameter).
 * @param {any[][]} holding_cost Cost per unit carried from one period to the next (> 0): one value, or a range aligned with requirements.
 * @param method LFL, FOQ, EOQ, POQ, FPR, LUC, PPB, SM or WW (any case). FOQ and EOQ order the lot size, or the smallest multiple that covers the period, whenever stock runs short.
 * @param {any} [parameter] FOQ: the fixed order quantity (required). POQ: periods per order (default EOQ / average requirement, rounded). FPR: periods per order (required). EOQ: round the EOQ to a multiple of it (e.g. 1, 10). Others: blank.
 * @param {any[][]} [unit_costs] Purchase cost per unit ordered in each period (≥ 0), one value or aligned with requirements: the cost includes it, and WW minimises the total.
 * @returns {any[][]} Planned order quantity per period, in the input's orientation.
 */
export function lotsize(
  requirements: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  method: LotSizingRule,
  parameter?: any,
  unit_costs?: any[][],
): any[][] {
  const bindings = lotBindings(requirements, order_cost, holding_cost, method, parameter, unit_costs);
  return guarded("LOTSIZE", bindings, (read): Output[][] => {
    const { shape, plan } = planLots(read);
    return reshape(shape, plan.orders);
  });
}

/**
 * Total cost of the plan INV.LOTSIZE makes with the same arguments: order_cost per order plus holding_cost per unit carried out of each period (plus unit_costs per unit ordered, when given). Compare methods side by side.
 * @customfunction LOTSIZECOST
 * @param {any[][]} requirements Net requirement per period (≥ 0), a single column or a single row, as in INV.LOTSIZE. Blank cells are periods with no requirement.
 * @param {any[][]} order_cost Cost per order (≥ 0): one value, or a range aligned with requirements (a cost per period), as in INV.LOTSIZE.
 * @param {any[][]} holding_cost Cost per unit carried from one period to the next (> 0): one value, or a range aligned with requirements.
 * @param method LFL, FOQ, EOQ, POQ, FPR, LUC, PPB, SM or WW (any case), as in INV.LOTSIZE.
 * @param {any} [parameter] FOQ: the fixed order quantity (required). POQ: periods per order (optional). FPR: periods per order (required). EOQ: round the EOQ to a multiple of it. Others: blank.
 * @param {any[][]} [unit_costs] Purchase cost per unit ordered in each period (≥ 0), one value or aligned with requirements; the total then includes it.
 * @returns {any[][]} Total cost of the plan over the horizon.
 */
export function lotsizecost(
  requirements: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  method: LotSizingRule,
  parameter?: any,
  unit_costs?: any[][],
): any[][] {
  const bindings = lotBindings(requirements, order_cost, holding_cost, method, parameter, unit_costs);
  return guarded("LOTSIZECOST", bindings, (read): Output[][] => oneCell(planLots(read).plan.totalCost));
}
