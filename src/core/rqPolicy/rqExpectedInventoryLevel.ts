import { requireFiniteResult } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { demandLoss, demandQuantile } from "./leadTimeDemand";
import { type RqMethod, type RqProblem, type RqSolution, settled } from "./rqMethod";

/** r = F⁻¹(1 − Qh/(pλ)) (eq. (5.17)); no r exists when Qh ≥ pλ. */
function eilReorderPoint(problem: RqProblem, orderQuantity: number): number {
  const { holdingCost: h, backorderCost: p } = problem.demand;
  const stockoutShare = (orderQuantity * h) / (p * problem.demandMean);
  if (!(stockoutShare < 1)) {
    throw new InputError(
      "method",
      '"eil" has no reorder point when Q·holding_cost ≥ backorder_cost × demand_mean; use "exact"',
      "eil",
    );
  }
  return demandQuantile(problem.demand, 1 - stockoutShare);
}

/**
 * The expected-inventory-level (EIL) approximation (Whitin 1953; Hadley &
 * Whitin 1963): holding is charged on the expected inventory level
 * r − λL + Q/2, and backorders on the expected shortage per cycle, so
 * g̃(r,Q) = h(r − λL + Q/2) + Kλ/Q + pλ·n(r)/Q (eq. (5.16)). Alternate
 * r = F⁻¹(1 − Qh/(pλ)) and Q = √(2λ(K + p·n(r))/h) from Q = EOQ (Algorithm 5.1).
 * Its p is charged per unit short, not per unit per period, so its r is high.
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3.1, eq. (5.16)–(5.18), Algorithm 5.1, Example 5.2.
 * @see Hadley & Whitin, Analysis of Inventory Systems (1963), ch. 4.
 */
export const expectedInventoryLevelMethod: RqMethod = {
  reorderPointFor: eilReorderPoint,
  solve(problem) {
    const { demand, demandMean, orderCost } = problem;
    const { holdingCost: h, backorderCost: p } = demand;
    let solution: RqSolution = {
      reorderPoint: Number.NaN,
      orderQuantity: requireFiniteResult(Math.sqrt(2 * demandMean) * Math.sqrt(orderCost / h), "order quantity"),
    };
    for (let step = 0; step < 1000; step++) {
      const reorderPoint = eilReorderPoint(problem, solution.orderQuantity);
      const orderQuantity = requireFiniteResult(
        Math.sqrt(2 * demandMean) * Math.sqrt((orderCost + p * demandLoss(demand, reorderPoint)) / h),
        "order quantity",
      );
      const next = { reorderPoint, orderQuantity };
      if (settled(solution, next)) {
        solution = next;
        break;
      }
      solution = next;
    }
    const { reorderPoint: r, orderQuantity: q } = solution;
    const approximateCost = requireFiniteResult(
      h * (r - demand.mean + q / 2) + (orderCost * demandMean) / q + (p * demandMean * demandLoss(demand, r)) / q,
      "cost",
    );
    return { ...solution, approximateCost };
  },
};
