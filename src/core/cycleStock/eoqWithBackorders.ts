import {
  requireFiniteResult,
  requireFraction,
  requireNonNegative,
  requirePositive,
  withDefault,
} from "../shared/guards";

export interface EoqWithBackordersInput {
  /** D, demand in units per period. */
  demand: number;
  /** S, cost per order. */
  orderCost: number;
  /** H, holding cost per unit per period. */
  holdingCost: number;
  /** p, backorder cost per unit backordered per period (every unit waits, and it costs p for each period it waits). */
  backorderCost: number;
  /** Q, a given order quantity in units (> 0); omitted: the optimal Q for the backorder fraction. */
  orderQuantity?: number | undefined;
  /** x, a given fraction of demand backordered (0 ≤ x ≤ 1); omitted: the optimal x* = H/(H + p). */
  backorderFraction?: number | undefined;
}

export interface EoqWithBackordersResult {
  /** Q*, the order quantity in units. */
  quantity: number;
  /** B*, the largest backorder level just before an order arrives, Q*·H/(H + p), units. */
  maxBackorders: number;
  /** Q* − B*, the largest on-hand inventory, just after an order arrives, units. */
  maxInventory: number;
  /** x* = H/(H + p), the fraction of each cycle spent out of stock (Snyder & Shen's stockout fraction); x when given. */
  stockoutFraction: number;
  /** g* = sqrt(2DS·Hp/(H + p)), ordering + holding + backorder cost per period at the optimum; g(Q, x) at a given Q or x. */
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
 * @param input.orderQuantity  Q (> 0), optional: the cost at this Q (see {@link eoqWithBackordersAt})
 * @param input.backorderFraction x (0 ≤ x ≤ 1), optional: the cost at this x
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.27)–(3.29), Example 3.8.
 * @see Silver, Pyke & Thomas (2017), ch. 4 (backorders allowed).
 * @example economicOrderQuantityWithBackorders({ demand: 1300, orderCost: 8, holdingCost: 0.225, backorderCost: 5 })
 * //=> quantity 310.8126, stockoutFraction 0.04306, costPerPeriod 66.9214   (Snyder & Shen Example 3.8)
 */
export function economicOrderQuantityWithBackorders(input: EoqWithBackordersInput): EoqWithBackordersResult {
  if (input.orderQuantity !== undefined || input.backorderFraction !== undefined) return eoqWithBackordersAt(input);
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

/**
 * The EOQ with planned backorders at a given order quantity Q, a given
 * backorder fraction x (the fraction of demand, and of each cycle, backordered),
 * or both: the cost of a policy other than the optimum.
 *
 * g(Q, x) = DS/Q + H(1 − x)²Q/2 + p·x²Q/2
 *
 * Each cycle holds (1 − x)Q on hand at the peak and xQ backordered at the
 * trough. Without x, x* = H/(H + p), which is optimal for every Q; without Q,
 * the best Q for x, Q(x) = sqrt(2DS/(H(1 − x)² + p·x²)). With x = 0 this is the
 * EOQ cost DS/Q + HQ/2; at (Q*, x*) it is g*.
 *
 * @param input as {@link economicOrderQuantityWithBackorders}, with orderQuantity or backorderFraction
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.26) (the cost g(Q, x)), Example 3.8.
 * @example eoqWithBackordersAt({ demand: 1300, orderCost: 8, holdingCost: 0.225, backorderCost: 5, orderQuantity: 310.8126 }).costPerPeriod
 * //=> 66.9214   (Snyder & Shen Example 3.8, at Q* and x* = 0.04306)
 */
export function eoqWithBackordersAt(input: EoqWithBackordersInput): EoqWithBackordersResult {
  const demand = requireNonNegative(input.demand, "demand");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const backorderCost = requirePositive(input.backorderCost, "backorderCost");
  const optimalFraction = 1 / (1 + backorderCost / holdingCost);
  const fraction = withDefault(input.backorderFraction, optimalFraction, requireFraction, "backorderFraction");
  // H(1 − x)² + p·x², the holding and backorder cost rate per unit of Q (times 2).
  const rate = requireFiniteResult(
    holdingCost * (1 - fraction) ** 2 + backorderCost * fraction ** 2,
    "cost per unit of order quantity",
  );
  const quantity =
    input.orderQuantity === undefined
      ? requireFiniteResult(Math.sqrt(2 * demand) * Math.sqrt(orderCost) * Math.sqrt(1 / rate), "order quantity")
      : requirePositive(input.orderQuantity, "orderQuantity");
  // With no demand or no order cost the best Q is 0, and so is the cost.
  const costPerPeriod =
    quantity === 0
      ? 0
      : requireFiniteResult((demand / quantity) * orderCost + (rate * quantity) / 2, "cost per period");
  return {
    quantity,
    maxBackorders: fraction * quantity,
    maxInventory: (1 - fraction) * quantity,
    stockoutFraction: fraction,
    costPerPeriod,
  };
}
