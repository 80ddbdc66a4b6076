import { requireFiniteResult } from "../shared/guards";
import { standardNormalLossInverse } from "../shared/normal";
import { demandSecondOrderLoss } from "./leadTimeDemand";
import { type RqMethod, type RqProblem, type RqSolution, settled } from "./rqMethod";

/** r with n(r) = hQ/(h + p): μ + σ·G⁻¹(hQ/((h + p)σ)); μ − hQ/(h + p) when σ = 0 (eq. (5.29)). */
function lossReorderPoint(problem: RqProblem, orderQuantity: number): number {
  const { mean, std, holdingCost: h, backorderCost: p } = problem.demand;
  const shortage = (orderQuantity * h) / (h + p);
  const ratio = shortage / std;
  // With σ = 0 (or so small that the ratio overflows) n(r) = (μ − r)⁺.
  if (std === 0 || !Number.isFinite(ratio)) return mean - shortage;
  return requireFiniteResult(mean + std * standardNormalLossInverse(ratio, "orderQuantity"), "reorder point");
}

/**
 * The loss-function approximation (Hadley & Whitin): alternate
 * r: n(r) = hQ/(h + p) and Q = √(2(Kλ + (h + p)·n⁽²⁾(r))/h), from Q = EOQ,
 * until both settle. It drops the n(r + Q) and n⁽²⁾(r + Q) terms of the exact
 * optimality conditions, so it is close to the optimum when Q is large
 * against σ.
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3.4, eq. (5.28)–(5.29), Example 5.6.
 * @see Hadley & Whitin, Analysis of Inventory Systems (1963), ch. 4.
 */
export const lossFunctionMethod: RqMethod = {
  reorderPointFor: lossReorderPoint,
  solve(problem) {
    const { holdingCost: h, backorderCost: p } = problem.demand;
    const orderingRate = requireFiniteResult(problem.orderCost * problem.demandMean, "order cost × demand");
    let solution: RqSolution = {
      reorderPoint: Number.NaN,
      orderQuantity: requireFiniteResult(Math.sqrt((2 * orderingRate) / h), "order quantity"),
    };
    for (let step = 0; step < 1000; step++) {
      const reorderPoint = lossReorderPoint(problem, solution.orderQuantity);
      const orderQuantity = requireFiniteResult(
        Math.sqrt((2 * (orderingRate + (h + p) * demandSecondOrderLoss(problem.demand, reorderPoint))) / h),
        "order quantity",
      );
      const next = { reorderPoint, orderQuantity };
      if (settled(solution, next)) return next;
      solution = next;
    }
    return solution;
  },
};
