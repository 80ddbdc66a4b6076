import { requireFinite, requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { type LeadTimeDemand, type RqDemandInput, demandSecondOrderLoss, leadTimeDemand } from "./leadTimeDemand";

export interface RqCostInput extends RqDemandInput {
  /** r, reorder point (inventory position at which an order is placed), units; may be negative. */
  reorderPoint: number;
  /** Q, order quantity, units (> 0). */
  orderQuantity: number;
  /** K, cost per order. */
  orderCost: number;
}

/**
 * Exact expected cost per period of a continuous-review (r,Q) policy with
 * normal lead-time demand and full backorders:
 *
 * g(r,Q) = (Kλ + ∫_r^{r+Q} g(y) dy)/Q, with g(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺].
 *
 * The integral has a closed form through the second-order loss function
 * n⁽²⁾(x) = σ²·G₂((x − μ)/σ) (since d n⁽²⁾/dx = −n(x)):
 *
 * ∫_r^{r+Q} g(y) dy = hQ(r − μ + Q/2) + (h + p)·(n⁽²⁾(r) − n⁽²⁾(r + Q)),
 *
 * so no numeric integration is needed.
 *
 * @param input.reorderPoint  r, units (any finite number)
 * @param input.orderQuantity Q, units (> 0)
 * @param input.demandMean    λ, demand per period (≥ 0)
 * @param input.demandStd     τ, std of demand per period (≥ 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.orderCost     K, cost per order (≥ 0)
 * @param input.holdingCost   h, per unit per period (> 0)
 * @param input.backorderCost p, per unit per period (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (5.7) and (5.10); Zipkin (2000), §6.4.
 * @example rqCost({ reorderPoint: 126.8, orderQuantity: 328.5, demandMean: 1300, demandStd: 150, leadTime: 1 / 12,
 *   orderCost: 8, holdingCost: 0.225, backorderCost: 7.5 }) //=> 78.0712   (Snyder & Shen Example 5.1)
 */
export function rqCost(input: RqCostInput): number {
  const reorderPoint = requireFinite(input.reorderPoint, "reorderPoint");
  const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
  const orderCost = requireNonNegative(input.orderCost, "orderCost");
  const demand = leadTimeDemand(input);
  return rqCostOf(demand, reorderPoint, orderQuantity, orderCost * input.demandMean);
}

/** g(r,Q) for checked inputs; `orderingRate` is Kλ. */
export function rqCostOf(
  demand: LeadTimeDemand,
  reorderPoint: number,
  orderQuantity: number,
  orderingRate: number,
): number {
  const { holdingCost: h, backorderCost: p } = demand;
  const upper = requireFiniteResult(reorderPoint + orderQuantity, "r + Q");
  const shortage = demandSecondOrderLoss(demand, reorderPoint) - demandSecondOrderLoss(demand, upper);
  const holding = h * (reorderPoint - demand.mean + orderQuantity / 2);
  return requireFiniteResult(orderingRate / orderQuantity + holding + ((h + p) * shortage) / orderQuantity, "cost");
}
