import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { newsvendorLevel, periodCost, poissonTable, requireWhole, type PoissonTable } from "./poissonDistribution";

/** The largest order quantity the search reaches (its work grows with Q*). */
export const MAX_ORDER_QUANTITY = 1_000_000;

export interface RqPoissonInput {
  /** λ, mean demand per period, units (Poisson; ≥ 0). */
  demandMean: number;
  /** L, lead time in periods (≥ 0); lead-time demand is Poisson(λL). */
  leadTime: number;
  /** K, cost per order (≥ 0). */
  orderCost: number;
  /** h, holding cost per unit per period (> 0). */
  holdingCost: number;
  /** p, backorder cost per unit per period (> 0). */
  backorderCost: number;
}

export interface RqPoissonCostInput extends RqPoissonInput {
  /** r, the reorder point: order Q when the inventory position falls to r (a whole number, may be negative). */
  reorderPoint: number;
  /** Q, the order quantity (a whole number ≥ 1). */
  orderQuantity: number;
}

export interface RqPoissonResult {
  /** r*, units. */
  reorderPoint: number;
  /** Q*, units. */
  orderQuantity: number;
  /** g(r*, Q*), expected ordering + holding + backorder cost per period. */
  cost: number;
}

/**
 * Expected cost per period of a continuous-review (r,Q) policy with Poisson
 * demand and full backorders. The inventory position is uniform on
 * r + 1, …, r + Q, so
 *
 * g(r,Q) = (K·λ + Σ_{y = r+1}^{r+Q} G(y)) / Q,  G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺]
 *
 * with D ~ Poisson(λL) the lead-time demand. The sum is taken in closed form
 * with the second-order loss functions, Σ_{y=a}^{b} n(y) = n²(a − 1) − n²(b) and
 * Σ_{y=a}^{b} n̄(y) = n̄²(b) − n̄²(a − 1), so any Q costs the same to evaluate:
 *
 * g(r,Q) = (K·λ + h·(n̄²(r + Q) − n̄²(r)) + p·(n²(r) − n²(r + Q))) / Q
 *
 * @param input.reorderPoint  r, units (whole)
 * @param input.orderQuantity Q, units (whole, ≥ 1)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3 (Poisson demand), Example 5.8.
 * @example rqPoissonCost({ reorderPoint: 3, orderQuantity: 5, demandMean: 1.5, leadTime: 2, orderCost: 100, holdingCost: 20, backorderCost: 150 })
 * //=> 107.9236   (Snyder & Shen Example 5.8)
 */
export function rqPoissonCost(input: RqPoissonCostInput): number {
  const table = leadTimeDemand(input);
  const reorderPoint = requireWhole(input.reorderPoint, "reorderPoint");
  const orderQuantity = requireWhole(input.orderQuantity, "orderQuantity");
  if (orderQuantity < 1) throw new InputError("orderQuantity", "must be a whole number, 1 or more", orderQuantity);
  const top = reorderPoint + orderQuantity;
  const sum =
    input.holdingCost * (table.complementarySecondLoss(top) - table.complementarySecondLoss(reorderPoint)) +
    input.backorderCost * (table.secondLoss(reorderPoint) - table.secondLoss(top));
  return requireFiniteResult((input.orderCost * input.demandMean + sum) / orderQuantity, "cost");
}

/**
 * The exact optimal (r,Q) policy for Poisson demand (continuous review, full
 * backorders), by Federgruen & Zheng's search: G is convex, so the best Q
 * positions are the Q consecutive levels with the smallest G. Start from the
 * newsvendor level y* = argmin G (r = y* − 1, Q = 1) and add the cheaper
 * neighbour of the interval, G(r) or G(r + Q + 1), while it is below the current
 * cost g(r,Q); the first neighbour that is not ends the search at the optimum.
 *
 * g(r,Q) = (K·λ + Σ_{y = r+1}^{r+Q} G(y)) / Q,  G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺], D ~ Poisson(λL)
 *
 * @param input.demandMean    λ, units per period (≥ 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.orderCost     K, $ per order (≥ 0)
 * @param input.holdingCost   h, $ per unit per period (> 0)
 * @param input.backorderCost p, $ per unit per period (> 0)
 * @see Federgruen & Zheng, An efficient algorithm for computing an optimal (r,Q) policy in continuous review stochastic inventory systems, Operations Research 40(4), 808–813 (1992).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3, Example 5.8.
 * @example rqPoisson({ demandMean: 1.5, leadTime: 2, orderCost: 100, holdingCost: 20, backorderCost: 150 })
 * //=> { reorderPoint: 3, orderQuantity: 5, cost: 107.9236 }   (Snyder & Shen Example 5.8)
 */
export function rqPoisson(input: RqPoissonInput): RqPoissonResult {
  const table = leadTimeDemand(input);
  const { holdingCost, backorderCost } = input;
  const cost = (y: number) => periodCost(table, holdingCost, backorderCost, y);
  const top = newsvendorLevel(table, holdingCost, backorderCost);
  let reorderPoint = top - 1;
  let orderQuantity = 1;
  let sum = cost(top);
  const fixed = input.orderCost * input.demandMean;
  for (;;) {
    const current = (fixed + sum) / orderQuantity;
    const below = cost(reorderPoint);
    const above = cost(reorderPoint + orderQuantity + 1);
    const next = Math.min(below, above);
    if (!(next < current)) return { reorderPoint, orderQuantity, cost: requireFiniteResult(current, "cost") };
    if (orderQuantity >= MAX_ORDER_QUANTITY) {
      throw new InputError(
        "orderCost",
        "is too large for the exact search: the order quantity passes 1,000,000",
        input.orderCost,
      );
    }
    if (below < above) reorderPoint--;
    sum += next;
    orderQuantity++;
  }
}

/** The guards shared by both models, and the Poisson(λL) table of lead-time demand. */
function leadTimeDemand(input: RqPoissonInput): PoissonTable {
  requireNonNegative(input.demandMean, "demandMean");
  requireNonNegative(input.leadTime, "leadTime");
  requireNonNegative(input.orderCost, "orderCost");
  requirePositive(input.holdingCost, "holdingCost");
  requirePositive(input.backorderCost, "backorderCost");
  const mean = input.demandMean * input.leadTime;
  if (!(mean <= 1e6)) {
    throw new InputError("demandMean", "× lead_time (mean lead-time demand) must be at most 1,000,000", mean);
  }
  return poissonTable(mean, "demandMean");
}
