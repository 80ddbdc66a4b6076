import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";

export interface EoqWithBackordersInput {
  /** D, demand in units per period. */
  demand: number;
  /** S, cost per order. */
  orderCost: number;
  /** H, holding cost per unit per period. */
  holdingCost: number;
  /** p, backorder cost per unit backordered per period (every unit waits, and it costs p for each period it waits). */
  backorderCost: number;
}

export interface EoqWithBackordersResult {
  /** Q*, the order quantity in units. */
  quantity: number;
  /** B*, the largest backorder level just before an order arrives, Q*·H/(H + p), units. */
  maxBackorders: number;
  /** Q* − B*, the largest on-hand inventory, just after an order arrives, units. */
  maxInventory: number;
  /** x* = H/(H + p), the fraction of each cycle spent out of stock (Snyder & Shen's stockout fraction). */
  stockoutFraction: number;
  /** g* = sqrt(2DS·Hp/(H + p)), ordering + holding + backorder cost per period at the optimum. */
  costPerPeriod: number;
}

/**
 * EOQ with planned backorders: demand that arrives during a stockout waits for
 * the next order, at a cost p per unit per period of waiting.
 *
 * Q* = sqrt(2DS(H + p)/(Hp)),  B* = Q*·H/(H + p),  g* = sqrt(2DS·Hp/(H + p)).
 *
 * As p grows, B* goes to 0 and Q*, g* go to the plain EOQ values; planned
 * backorders let the order be larger and cost less per period than the EOQ.
 *
 * @param input.demand         D, units per period (≥ 0)
 * @param input.orderCost      S, cost per order (≥ 0)
 * @param input.holdingCost    H, cost per unit per period (> 0)
 * @param input.backorderCost  p, cost per unit backordered per period (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.27)–(3.29), Example 3.8.
 * @see Silver, Pyke & Thomas (2017), ch. 4 (backorders allowed).
 * @example economicOrderQuantityWithBackorders({ demand: 1300, orderCost: 8, holdingCost: 0.225, backorderCost: 5 })
 * //=> quantity 310.8126, stockoutFraction 0.04306, costPerPeriod 66.9214   (Snyder & Shen Example 3.8)
 */
export function economicOrderQuantityWithBackorders(input: EoqWithBackordersInput): EoqWithBackordersResult {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const backorderCost = requirePositive(input.backorderCost, "backorderCost");
  // (H + p)/(Hp) = 1/H + 1/p and Hp/(H + p) = 1/(1/H + 1/p): no product of two large costs.
  const inverseSum = requireFiniteResult(1 / holdingCost + 1 / backorderCost, "order quantity");
  const quantity = requireFiniteResult(
    Math.sqrt(2 * demand) * Math.sqrt(orderCost) * Math.sqrt(inverseSum),
    "order quantity",
  );
  const costPerPeriod = requireFiniteResult(
    Math.sqrt(2 * demand) * Math.sqrt(orderCost) * Math.sqrt(1 / inverseSum),
    "cost per period",
  );
  // H/(H + p) = 1/(1 + p/H), which stays in [0, 1] for any positive H and p.
  const stockoutFraction = 1 / (1 + backorderCost / holdingCost);
  const maxBackorders = quantity * stockoutFraction;
  return {
    quantity,
    maxBackorders,
    maxInventory: Math.max(0, quantity - maxBackorders),
    stockoutFraction,
    costPerPeriod,
  };
}
