import { economicOrderQuantity } from "../cycleStock/economicOrderQuantity";
import { type Guard, requireFinite, requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { fixedOrderQuantity } from "./fixedOrderQuantity";
import { leastUnitCost } from "./leastUnitCost";
import { lotForLot } from "./lotForLot";
import { type LotPlanCost, lotPlanCost } from "./lotPlanCost";
import type { LotCosts } from "./lots";
import { partPeriodBalancing } from "./partPeriodBalancing";
import { periodOrderQuantity, poqPeriods } from "./periodOrderQuantity";
import { silverMeal } from "./silverMeal";
import { wagnerWhitin } from "./wagnerWhitin";
import { wagnerWhitinSchedule } from "./wagnerWhitinSchedule";

/**
 * The lot-sizing rules, by their usual abbreviations: lot-for-lot, fixed order
 * quantity, EOQ, period order quantity, fixed period requirements, least unit
 * cost, part-period balancing, Silver-Meal, Wagner-Whitin.
 */
export const LOT_SIZING_METHODS = ["LFL", "FOQ", "EOQ", "POQ", "FPR", "LUC", "PPB", "SM", "WW"] as const;
export type LotSizingMethod = (typeof LOT_SIZING_METHODS)[number];

export interface LotSizingInput {
  /** r_1..r_n, net requirement per period (≥ 0); `null` for a blank cell (no requirement). */
  requirements: ReadonlyArray<number | null>;
  /** S, cost per order (≥ 0): one value, or S_t per period aligned with the requirements. */
  orderCost: number | ReadonlyArray<number | null>;
  /** H, cost per unit carried from one period to the next (> 0): one value, or h_t per period. */
  holdingCost: number | ReadonlyArray<number | null>;
  /** The rule. */
  method: LotSizingMethod;
  /**
   * FOQ: the fixed quantity (required); POQ: periods per order (optional); FPR: periods per
   * order (required); EOQ: a rounding multiple (optional: the EOQ rounded to the nearest multiple, at least one).
   */
  parameter?: number | undefined;
  /** c_t, purchase cost per unit ordered in each period (≥ 0): one value or one per period. Default none. */
  unitCosts?: number | ReadonlyArray<number | null> | undefined;
}

export interface LotSizingResult extends LotPlanCost {
  /** Planned order quantity (receipt) per period; `null` where the requirement was blank. */
  orders: Array<number | null>;
  /** FOQ and EOQ: the lot size used. */
  lotSize?: number;
  /** POQ and FPR: the periods each order covers. */
  periodsPerOrder?: number;
}

/** A cost per period: one value for every period, or one per period, each checked by `guard`. */
function schedule(value: number | ReadonlyArray<number | null>, n: number, argument: string, guard: Guard): number[] {
  if (typeof value === "number") return new Array<number>(n).fill(guard(value, argument));
  const costs = new Array<number>(n);
  for (let t = 0; t < n; t++) {
    const cost = value[t];
    if (cost === null || cost === undefined) {
      throw new InputError(argument, "is blank for a period in the horizon; enter its cost", null, { index: t });
    }
    costs[t] = guard(cost, argument, t);
  }
  return costs;
}

/** One value when every period has the same (`empty` for an empty horizon, where costs never apply), else undefined. */
function single(costs: readonly number[], empty = 0): number | undefined {
  if (costs.length === 0) return empty;
  const first = costs[0];
  return costs.every((cost) => cost === first) ? first : undefined;
}

function requireWholePeriods(value: number, method: LotSizingMethod): number {
  requireFinite(value, "parameter");
  if (!(Number.isInteger(value) && value >= 1)) {
    const hint = value > 1 ? { hint: `round it, for example to ${Math.round(value)}` } : {};
    throw new InputError("parameter", `must be a whole number of periods, 1 or more, for ${method}`, value, hint);
  }
  return value;
}

function required(parameter: number | undefined, method: LotSizingMethod, what: string): number {
  if (parameter === undefined) throw new InputError("parameter", `is required for ${method}: enter ${what}`, undefined);
  return parameter;
}

/**
 * Plans orders over a horizon of net requirements with one of the classic
 * lot-sizing rules, and costs the plan.
 *
 * Conventions (docs/conventions.md, "Cycle stock and lot sizing"): orders arrive in the period they are
 * planned for (offset them by the lead time for release dates); stock starts at
 * zero; H is charged on the stock carried out of each period, so a lot placed in
 * period i covering i..j costs S + H·Σ (k − i)·r_k. Periods with no requirement
 * never start an order. Blank cells are periods with no requirement; the horizon
 * ends at the last non-blank cell, so a range selected too long changes nothing.
 *
 * - LFL: each period's requirement.
 * - FOQ: the fixed quantity (parameter), or the smallest multiple of it that covers
 *   the period, whenever stock runs short; leftovers are carried (and charged).
 * - EOQ: FOQ with Q = sqrt(2·avg·S/H), avg = average requirement per period over the
 *   horizon; unrounded, or with parameter m rounded to the nearest multiple of m (at
 *   least m): m = 1 for whole units, 10 for tens, a pack size. S = 0 gives lot-for-lot.
 * - POQ: lots of T whole periods, T = parameter or round(EOQ/avg), at least 1.
 * - FPR: lots of T whole periods, T = parameter.
 * - LUC, PPB, SM: lots extended by least unit cost, part-period balancing
 *   (closest to EPP = S/H) and Silver-Meal (least average cost per period).
 * - WW: the optimum (Wagner-Whitin), O(n + m²) for m periods with a requirement.
 * LFL, POQ, FPR, LUC, PPB, SM and WW order exactly the total requirement.
 *
 * Time-varying costs (Wagner & Whitin's original model): S_t and h_t may be given
 * per period; unit costs c_t add the purchase cost Σ c_t·Q_t to the plan's cost.
 * WW then minimises the total (see {@link wagnerWhitinSchedule}); LFL, FOQ, FPR and
 * POQ with a parameter plan without the costs and cost the plan period by period;
 * EOQ, POQ without a parameter, LUC, PPB and SM need one S and one H (unit costs
 * are then added to the cost of their plan). As everywhere, a period with no
 * requirement never starts an order, even when its costs are lower.
 *
 * @param input.requirements  r_t ≥ 0 per period, `null` for blanks
 * @param input.orderCost     S ≥ 0
 * @param input.holdingCost   H > 0
 * @param input.method        one of {@link LOT_SIZING_METHODS}
 * @param input.parameter     FOQ: quantity > 0; POQ/FPR: whole periods ≥ 1; EOQ: rounding multiple > 0; others: none
 * @param input.unitCosts     c_t ≥ 0, one value or one per period; default none
 * @see Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (2017), ch. 5.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), Example 3.9 (Wagner-Whitin); APICS Dictionary, "lot sizing".
 * @see Wagner & Whitin (1958), "Dynamic version of the economic lot size model" (time-varying costs).
 * @example lotSizing({ requirements: [90, 120, 80, 70], orderCost: 500, holdingCost: 2, method: "WW" })
 * //=> orders [210, 0, 150, 0], totalCost 1380   (Snyder & Shen Example 3.9)
 */
export function lotSizing(input: LotSizingInput): LotSizingResult {
  const n = horizon(input.requirements);
  const r = new Array<number>(n);
  let total = 0;
  for (let t = 0; t < n; t++) {
    const value = input.requirements[t];
    if (value === null || value === undefined) {
      r[t] = 0;
      continue;
    }
    r[t] = requireNonNegative(value, "requirements", t);
    total += value;
  }
  requireFiniteResult(total, "total requirement");
  const orderCosts = schedule(input.orderCost, n, "orderCost", requireNonNegative);
  const holdingCosts = schedule(input.holdingCost, n, "holdingCost", requirePositive);
  const unitCosts =
    input.unitCosts === undefined ? undefined : schedule(input.unitCosts, n, "unitCosts", requireNonNegative);
  // One S and one H (as given, or the same in every period); an empty horizon costs nothing either way.
  const constantOrder = typeof input.orderCost === "number" ? (orderCosts[0] ?? input.orderCost) : single(orderCosts);
  const constantHolding =
    typeof input.holdingCost === "number" ? (holdingCosts[0] ?? input.holdingCost) : single(holdingCosts, 1);
  const { method, parameter } = input;
  if (!LOT_SIZING_METHODS.includes(method)) {
    throw new InputError("method", `must be one of ${LOT_SIZING_METHODS.join(", ")}`, method);
  }
  if (parameter !== undefined && !["FOQ", "POQ", "FPR", "EOQ"].includes(method)) {
    throw new InputError("parameter", `is not used by ${method}; leave it blank`, parameter);
  }
  const usesCosts = ["EOQ", "LUC", "PPB", "SM"].includes(method) || (method === "POQ" && parameter === undefined);
  const varying = constantOrder === undefined ? "orderCost" : constantHolding === undefined ? "holdingCost" : undefined;
  if (usesCosts && varying !== undefined) {
    throw new InputError(
      varying,
      `must be one value for ${method}; costs that vary by period are planned by WW (or LFL, FOQ, FPR, POQ with parameter)`,
      "a range of different values",
    );
  }
  const costs: LotCosts = { orderCost: constantOrder ?? 0, holdingCost: constantHolding ?? 1 };
  const average = n > 0 ? total / n : 0;

  let orders: number[];
  let lotSize: number | undefined;
  let periodsPerOrder: number | undefined;
  switch (method) {
    case "LFL":
      orders = lotForLot(r);
      break;
    case "FOQ":
      lotSize = requirePositive(required(parameter, method, "the fixed order quantity"), "parameter");
      orders = fixedOrderQuantity(r, lotSize);
      break;
    case "EOQ":
      lotSize = roundedLot(
        economicOrderQuantity({ demand: average, orderCost: costs.orderCost, holdingCost: costs.holdingCost }).quantity,
        parameter,
      );
      orders = lotSize > 0 ? fixedOrderQuantity(r, lotSize) : lotForLot(r);
      break;
    case "POQ":
      periodsPerOrder =
        parameter === undefined
          ? poqPeriods(average, costs.orderCost, costs.holdingCost)
          : requireWholePeriods(parameter, method);
      orders = periodOrderQuantity(r, periodsPerOrder);
      break;
    case "FPR":
      periodsPerOrder = requireWholePeriods(required(parameter, method, "the periods each order covers"), method);
      orders = periodOrderQuantity(r, periodsPerOrder);
      break;
    case "LUC":
      orders = leastUnitCost(r, costs);
      break;
    case "PPB":
      orders = partPeriodBalancing(r, costs);
      break;
    case "SM":
      orders = silverMeal(r, costs);
      break;
    case "WW":
      orders =
        varying === undefined && (unitCosts === undefined || single(unitCosts) !== undefined)
          ? wagnerWhitin(r, costs)
          : wagnerWhitinSchedule(r, {
              orderCost: orderCosts,
              holdingCost: holdingCosts,
              unitCost: unitCosts ?? new Array<number>(n).fill(0),
            });
      break;
  }
  const cost = lotPlanCost(r, orders, constantOrder ?? orderCosts, constantHolding ?? holdingCosts, unitCosts);
  const planned = input.requirements.map((value, t) =>
    value === null || value === undefined ? null : (orders[t] as number),
  );
  return {
    orders: planned,
    ...cost,
    ...(lotSize === undefined ? {} : { lotSize }),
    ...(periodsPerOrder === undefined ? {} : { periodsPerOrder }),
  };
}

/**
 * The EOQ lot rounded to the nearest multiple of `multiple` (at least one
 * multiple); unrounded without one. A lot of 0 (free orders) stays 0.
 */
function roundedLot(quantity: number, multiple: number | undefined): number {
  if (multiple === undefined) return quantity;
  const m = requirePositive(multiple, "parameter");
  if (quantity === 0) return 0;
  return requireFiniteResult(Math.max(1, Math.round(quantity / m)) * m, "rounded lot size");
}

/** Periods up to and including the last non-blank one. */
function horizon(requirements: ReadonlyArray<number | null>): number {
  let n = requirements.length;
  while (n > 0 && (requirements[n - 1] === null || requirements[n - 1] === undefined)) n--;
  return n;
}
