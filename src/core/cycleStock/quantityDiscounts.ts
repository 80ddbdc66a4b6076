import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { InputError, formatValue } from "../shared/inputError";

/** A validated price schedule: tier j covers order quantities from `breaks[j]` up to `breaks[j + 1]`. */
export interface DiscountSchedule {
  /** b_0 = 0 < b_1 < … < b_m, the smallest quantity of each tier (a first break of 1 is read as 0). */
  readonly breaks: readonly number[];
  /** C_0 ≥ C_1 ≥ … ≥ C_m, the unit price of each tier. */
  readonly prices: readonly number[];
}

export interface DiscountScheduleInput {
  /** b_j, the smallest order quantity of each tier, from 0 (or 1) upward; `null` for a blank cell. */
  breakQuantities: ReadonlyArray<number | null>;
  /** C_j, the unit price of each tier; `null` for a blank cell. */
  unitPrices: ReadonlyArray<number | null>;
}

/** Drops trailing blanks (a range selected longer than the schedule). */
function trimTrailingBlanks(list: ReadonlyArray<number | null>): ReadonlyArray<number | null> {
  let end = list.length;
  while (end > 0 && (list[end - 1] === null || list[end - 1] === undefined)) end--;
  return list.slice(0, end);
}

/**
 * Checks a price schedule: one price per break quantity, breaks from 0 (or 1)
 * strictly increasing, prices positive and never rising with the quantity.
 * Trailing blanks are ignored in both lists; a blank inside a list is an error.
 *
 * @throws InputError naming breakQuantities or unitPrices, with the item's index
 */
export function discountSchedule(input: DiscountScheduleInput): DiscountSchedule {
  const breakList = trimTrailingBlanks(input.breakQuantities);
  const priceList = trimTrailingBlanks(input.unitPrices);
  if (breakList.length === 0) {
    throw new InputError("breakQuantities", "needs at least one break quantity (0 for the base price)", null);
  }
  if (priceList.length !== breakList.length) {
    throw new InputError(
      "unitPrices",
      `must have one price per break quantity: breakQuantities has ${breakList.length} but unitPrices has ${priceList.length}`,
      priceList.length,
    );
  }
  const breaks: number[] = [];
  const prices: number[] = [];
  for (let j = 0; j < breakList.length; j++) {
    const quantity = breakList[j];
    const price = priceList[j];
    if (quantity === null || quantity === undefined) {
      throw new InputError("breakQuantities", "is blank; every price needs its break quantity", null, { index: j });
    }
    if (price === null || price === undefined) {
      throw new InputError("unitPrices", "is blank; every break quantity needs its price", null, { index: j });
    }
    requireNonNegative(quantity, "breakQuantities", j);
    requirePositive(price, "unitPrices", j);
    if (j === 0) {
      if (quantity !== 0 && quantity !== 1) {
        throw new InputError(
          "breakQuantities",
          "must start at 0 (or 1): the first price applies from the first unit",
          quantity,
          {
            index: j,
          },
        );
      }
      breaks.push(0);
    } else {
      const previous = breakList[j - 1] as number;
      if (!(quantity > previous)) {
        throw new InputError(
          "breakQuantities",
          `must increase: greater than the one before (${formatValue(previous)})`,
          quantity,
          {
            index: j,
          },
        );
      }
      const previousPrice = prices[j - 1] as number;
      if (price > previousPrice) {
        throw new InputError(
          "unitPrices",
          `must not rise as the quantity rises: at most the price before (${formatValue(previousPrice)})`,
          price,
          { index: j },
        );
      }
      breaks.push(quantity);
    }
    prices.push(price);
  }
  return { breaks, prices };
}

export interface DiscountedEoqInput {
  /** D, demand in units per period. */
  demand: number;
  /** S, cost per order. */
  orderCost: number;
  /** i, carrying rate per period (a fraction of the purchase value, 25% = 0.25). */
  carryingRate: number;
  /** The price schedule, from {@link discountSchedule}. */
  schedule: DiscountSchedule;
  /** false (default): all-units discounts; true: incremental discounts. */
  incremental?: boolean | undefined;
}

export interface DiscountedEoqResult {
  /** Q*, the order quantity in units. */
  quantity: number;
  /** The tier Q* falls in (0-based). */
  tier: number;
  /**
   * Average unit price paid for an order of Q*: the tier's price for all-units
   * discounts; purchase cost of the order / Q* for incremental discounts (the
   * tier's price at Q* = 0).
   */
  unitPrice: number;
  /** Purchase + ordering + holding cost per period at Q*. */
  costPerPeriod: number;
  /** Every price tier tried, in schedule order (none when D = 0): the table a textbook draws to find Q*. */
  tiers: DiscountTierCandidate[];
}

/** One price tier as {@link economicOrderQuantityWithDiscounts} tries it. */
export interface DiscountTierCandidate {
  /** j, the tier (0-based). */
  tier: number;
  /** b_j, the smallest order quantity of the tier. */
  lower: number;
  /** b_{j+1}, where the next tier starts; `undefined` for the last tier. */
  upper: number | undefined;
  /** C_j, the tier's unit price. */
  price: number;
  /** c̄_j, the fixed part of an order's purchase cost (incremental discounts; 0 for all-units). */
  fixedPart: number;
  /** The EOQ at the tier's price, sqrt(2(S + c̄_j)D/(i·C_j)); `undefined` when it overflows. */
  eoq: number | undefined;
  /**
   * The feasible quantity in the tier: the EOQ moved into [b_j, b_{j+1}]; `undefined` when the tier
   * is skipped (all-units: its EOQ reaches the next break, where the next tier is cheaper).
   */
  quantity: number | undefined;
  /** Purchase + ordering + holding cost per period at that quantity; `undefined` when skipped. */
  costPerPeriod: number | undefined;
}

/**
 * Order quantity under quantity discounts (all-units or incremental).
 *
 * All-units: an order of Q in tier j (b_j ≤ Q < b_{j+1}) pays C_j for every unit.
 *   g_j(Q) = D·C_j + D·S/Q + i·C_j·Q/2                                 (eq. 3.18–3.19)
 * For each tier, the EOQ at H = i·C_j is moved up to b_j when below it; a tier
 * whose EOQ reaches b_{j+1} is skipped (the next tier is cheaper there). The
 * candidate with the least cost wins (ties: the smaller quantity).
 *
 * Incremental: units above b_j cost C_j, so an order of Q in tier j costs
 * c̄_j + C_j·Q with c̄_j = Σ_{k<j} C_k(b_{k+1} − b_k) − C_j·b_j, and, as Snyder &
 * Shen do, holding is charged on the average purchase value of an order:
 *   g_j(Q) = D·C_j + i·c̄_j/2 + (S + c̄_j)·D/Q + i·C_j·Q/2                (eq. 3.20–3.22)
 * g is continuous, so each tier's EOQ sqrt(2(S + c̄_j)D/(i·C_j)) is clamped into
 * [b_j, b_{j+1}] and the least cost wins.
 *
 * A first break of 1 ("1 to 399 units") is read as 0. With D = 0 nothing is
 * ordered: Q* = 0 at the base price and a cost of 0. Every tier tried is kept in
 * `tiers` (its EOQ, feasible quantity and cost), the table the textbooks draw.
 * Complexity: O(m) for m tiers.
 *
 * @param input.demand        D, units per period (≥ 0)
 * @param input.orderCost     S, cost per order (≥ 0)
 * @param input.carryingRate  i, per period (> 0)
 * @param input.schedule      breaks b_j and prices C_j
 * @param input.incremental   false (default) for all-units, true for incremental
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.18)–(3.22), Examples 3.5–3.7.
 * @see Silver, Pyke & Thomas (2017), ch. 4 (quantity discounts); APICS Dictionary, "quantity discount".
 * @example economicOrderQuantityWithDiscounts({ demand: 1300, orderCost: 8, carryingRate: 0.3,
 *   schedule: discountSchedule({ breakQuantities: [0, 400, 800], unitPrices: [0.75, 0.72, 0.68] }) })
 * //=> quantity 800, unitPrice 0.68, costPerPeriod 978.60   (Snyder & Shen Example 3.6, all-units)
 */
export function economicOrderQuantityWithDiscounts(input: DiscountedEoqInput): DiscountedEoqResult {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const carryingRate = requirePositive(input.carryingRate, "carryingRate");
  const { breaks, prices } = input.schedule;
  if (breaks.length === 0 || breaks.length !== prices.length) {
    throw new Error("economicOrderQuantityWithDiscounts: the schedule must come from discountSchedule()");
  }
  const basePrice = prices[0] as number;
  if (demand === 0) return { quantity: 0, tier: 0, unitPrice: basePrice, costPerPeriod: 0, tiers: [] };

  const incremental = input.incremental ?? false;
  let best: Omit<DiscountedEoqResult, "tiers"> | undefined;
  const tiers: DiscountTierCandidate[] = [];
  // c̄_j for incremental discounts: purchase cost of the units below b_j, less C_j·b_j.
  let bought = 0; // Σ_{k<j} C_k(b_{k+1} − b_k)
  for (let j = 0; j < breaks.length; j++) {
    const lower = breaks[j] as number;
    const upper = j + 1 < breaks.length ? (breaks[j + 1] as number) : Infinity;
    const price = prices[j] as number;
    if (j > 0) bought += (prices[j - 1] as number) * (lower - (breaks[j - 1] as number));
    const fixedPart = incremental ? Math.max(0, bought - price * lower) : 0; // c̄_j (≥ 0 as prices fall)
    const holdingPerUnit = carryingRate * price;
    const perOrder = orderCost + fixedPart; // the part of an order's cost that does not grow with Q
    const eoq = perOrder === 0 ? 0 : Math.sqrt(2 * demand) * Math.sqrt(perOrder) * Math.sqrt(1 / holdingPerUnit);
    const candidate: DiscountTierCandidate = {
      tier: j,
      lower,
      upper: Number.isFinite(upper) ? upper : undefined,
      price,
      fixedPart,
      eoq: Number.isFinite(eoq) ? eoq : undefined,
      quantity: undefined,
      costPerPeriod: undefined,
    };
    tiers.push(candidate);
    let quantity: number;
    if (incremental) {
      quantity = Math.min(Math.max(eoq, lower), upper);
    } else {
      if (eoq >= upper) continue; // tier j+1 at b_{j+1} costs less than anything in tier j
      quantity = Math.max(eoq, lower);
    }
    if (!Number.isFinite(quantity)) continue; // the EOQ overflowed: reported below if no tier is finite
    const orderingTerm = perOrder === 0 ? 0 : (demand / quantity) * perOrder;
    const costPerPeriod =
      demand * price + orderingTerm + holdingPerUnit * (quantity / 2) + (carryingRate * fixedPart) / 2;
    candidate.quantity = quantity;
    if (Number.isFinite(costPerPeriod)) candidate.costPerPeriod = costPerPeriod;
    if (best === undefined || costPerPeriod < best.costPerPeriod) {
      const unitPrice = incremental && quantity > 0 ? (fixedPart + price * quantity) / quantity : price;
      best = { quantity, tier: j, unitPrice, costPerPeriod };
    }
  }
  if (best === undefined) requireFiniteResult(Infinity, "order quantity");
  const result = best as Omit<DiscountedEoqResult, "tiers">;
  requireFiniteResult(result.costPerPeriod, "cost per period");
  requireFiniteResult(result.unitPrice, "unit price");
  return { ...result, tiers };
}
