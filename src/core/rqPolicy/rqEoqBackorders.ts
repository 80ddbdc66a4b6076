import { requireFiniteResult } from "../shared/guards";
import { reorderPointForQuantity } from "./reorderPointForQuantity";
import type { RqMethod, RqProblem } from "./rqMethod";

/** Q = √(2Kλ(h + p)/(hp)), the EOQ with planned backorders (Snyder & Shen eq. (3.27)). */
export function eoqWithBackordersQuantity(problem: RqProblem): number {
  const { holdingCost: h, backorderCost: p } = problem.demand;
  return requireFiniteResult(
    Math.sqrt(2 * problem.demandMean) * Math.sqrt(problem.orderCost) * Math.sqrt(1 / h + 1 / p),
    "order quantity",
  );
}

/**
 * EOQ with backorders, then r: Q = √(2Kλ(h + p)/(hp)), and r = r(Q), the best
 * reorder point for that Q under the exact cost (g(r) = g(r + Q)).
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3.2, eq. (3.27) and (5.9), Example 5.4.
 * @see Zheng, "On properties of stochastic inventory systems", Management Science 38(1) (1992).
 */
export const eoqBackordersMethod: RqMethod = {
  reorderPointFor: (problem, orderQuantity) => reorderPointForQuantity(problem.demand, orderQuantity),
  solve(problem) {
    const orderQuantity = eoqWithBackordersQuantity(problem);
    return { reorderPoint: reorderPointForQuantity(problem.demand, orderQuantity), orderQuantity };
  },
};
