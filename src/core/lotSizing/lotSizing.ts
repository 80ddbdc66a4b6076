import { economicOrderQuantity } from "../cycleStock/economicOrderQuantity";
import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
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
  /** S, cost per order (≥ 0). */
  orderCost: number;
  /** H, cost per unit carried from one period to the next (> 0). */
  holdingCost: number;
  /** The rule. */
  method: LotSizingMethod;
  /** FOQ: the fixed quantity (required); POQ: periods per order (optional); FPR: periods per order (required). */
  parameter?: number | undefined;
}

export interface LotSizingResult extends LotPlanCost {
  /** Planned order quantity (receipt) per period; `null` where the requirement was blank. */
  orders: Array<number | null>;
  /** FOQ and EOQ: the lot size used. */
  lotSize?: number;
  /** POQ and FPR: the periods each order covers. */
  periodsPerOrder?: number;
}

function requireWholePeriods(value: number, method: LotSizingMethod): number {
  requireFinite(value);
  if (!(Number.isInteger(value) && value >= 1)) {
    const hint = value > 1 ? { hint: `round it, for example to ${Math.round(value)}` } : {};
    throw new InputError("parameter", `must be a whole number of periods, 1 or more, for ${method}`, value, hint);
  }
  return value;
}

function requireFinite(value: number): void {
  if (!Number.isFinite(value)) throw new InputError("parameter", "must be a finite number", value);
}

function required(parameter: number | undefined, method: LotSizingMethod, what: string): number {
  if (parameter === undefined) throw new InputError("parameter", `is required for ${method}: enter ${what}`, undefined);
  return parameter;
}

/**
 * Plans orders over a horizon of net requirements with one of the classic
 * lot-sizing rules, and costs the plan.
 *
 * Conventions (../../../../shared/DOMAIN.md): orders arrive in the period they are
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
 *   horizon (unrounded; for a rounded EOQ use FOQ). S = 0 gives lot-for-lot.
 * - POQ: lots of T whole periods, T = parameter or round(EOQ/avg), at least 1.
 * - FPR: lots of T whole periods, T = parameter.
 * - LUC, PPB, SM: lots extended by least unit cost, part-period balancing
 *   (closest to EPP = S/H) and Silver-Meal (least average cost per period).
 * - WW: the optimum (Wagner-Whitin), O(n + m²) for m periods with a requirement.
 * LFL, POQ, FPR, LUC, PPB, SM and WW order exactly the total requirement.
 *
 * @param input.requirements  r_t ≥ 0 per period, `null` for blanks
 * @param input.orderCost     S ≥ 0
 * @param input.holdingCost   H > 0
 * @param input.method        one of {@link LOT_SIZING_METHODS}
 * @param input.parameter     FOQ: quantity > 0; POQ/FPR: whole periods ≥ 1; other methods: none
 * @see Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (2017), ch. 5.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), Example 3.9 (Wagner-Whitin); APICS Dictionary, "lot sizing".
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
    if (!Number.isFinite(value) || value < 0) {
      throw new InputError("requirements", "must be a finite number, zero or more", value, { index: t });
    }
    r[t] = value;
    total += value;
  }
  requireFiniteResult(total, "total requirement");
  const costs: LotCosts = {
    orderCost: requireNonNegative(input.orderCost, "orderCost"),
    holdingCost: requirePositive(input.holdingCost, "holdingCost"),
  };
  const { method, parameter } = input;
  if (!LOT_SIZING_METHODS.includes(method)) {
    throw new InputError("method", `must be one of ${LOT_SIZING_METHODS.join(", ")}`, method);
  }
  if (parameter !== undefined && !["FOQ", "POQ", "FPR"].includes(method)) {
    throw new InputError("parameter", `is not used by ${method}; leave it blank`, parameter);
  }
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
      lotSize = economicOrderQuantity({
        demand: average,
        orderCost: costs.orderCost,
        holdingCost: costs.holdingCost,
      }).quantity;
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
      orders = wagnerWhitin(r, costs);
      break;
  }
  const cost = lotPlanCost(r, orders, costs.orderCost, costs.holdingCost);
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

/** Periods up to and including the last non-blank one. */
function horizon(requirements: ReadonlyArray<number | null>): number {
  let n = requirements.length;
  while (n > 0 && (requirements[n - 1] === null || requirements[n - 1] === undefined)) n--;
  return n;
}
