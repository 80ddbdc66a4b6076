import { InputError } from "../shared/inputError";
import { requireFiniteResult } from "../shared/guards";
import { findIncreasingRoot } from "./findRoot";
import { demandLoss, demandSecondOrderLoss } from "./leadTimeDemand";
import { reorderPointForQuantity } from "./reorderPointForQuantity";
import type { RqMethod, RqProblem } from "./rqMethod";
import { eoqWithBackordersQuantity } from "./rqEoqBackorders";

/**
 * The exact optimal (r,Q) for normal lead-time demand: the (r,Q) minimising
 * g(r,Q) = (Kλ + ∫_r^{r+Q} g(y) dy)/Q (see {@link rqCost}).
 *
 * For each Q the best r is r(Q), with g(r) = g(r + Q) (eq. (5.9)). The cost
 * C(Q) = g(r(Q), Q) is convex in Q (Zheng 1992), and by the envelope theorem
 * C′(Q) = (g(r + Q) − C(Q))/Q, whose sign is that of
 * T(Q) = hQ²/2 + (h + p)·(Q·n(r + Q) + n⁽²⁾(r + Q) − n⁽²⁾(r)) − Kλ.
 * T < 0 for small Q and > 0 for large Q; its root, bracketed from the
 * EOQ-with-backorders quantity and found by regula falsi, is Q*; r* = r(Q*).
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.2.2–5.2.3, eq. (5.7)–(5.9), Example 5.1.
 * @see Zheng, "On properties of stochastic inventory systems", Management Science 38(1) (1992).
 */
export const exactMethod: RqMethod = {
  reorderPointFor: (problem, orderQuantity) => reorderPointForQuantity(problem.demand, orderQuantity),
  solve(problem) {
    const orderQuantity = optimalQuantity(problem);
    return { reorderPoint: reorderPointForQuantity(problem.demand, orderQuantity), orderQuantity };
  },
};

/** Q*: the root of T(Q), the sign of C′(Q). */
function optimalQuantity(problem: RqProblem): number {
  const { demand } = problem;
  const { holdingCost: h, backorderCost: p } = demand;
  const orderingRate = requireFiniteResult(problem.orderCost * problem.demandMean, "order cost × demand");
  const slopeSign = (quantity: number): number => {
    const r = reorderPointForQuantity(demand, quantity);
    const shortage =
      quantity * demandLoss(demand, r + quantity) +
      demandSecondOrderLoss(demand, r + quantity) -
      demandSecondOrderLoss(demand, r);
    return (h * quantity * quantity) / 2 + (h + p) * shortage - orderingRate;
  };
  let low = eoqWithBackordersQuantity(problem);
  let high = low;
  if (slopeSign(low) < 0) {
    for (let step = 0; slopeSign(high) < 0; step++) {
      low = high;
      high *= 2;
      if (!Number.isFinite(high) || step > 2100)
        throw new InputError("orderCost", "gives no finite optimal order quantity", problem.orderCost);
    }
  } else {
    for (let step = 0; slopeSign(low) >= 0; step++) {
      high = low;
      low /= 2;
      if (!(low > 0) || step > 2100) return high;
    }
  }
  return findIncreasingRoot(slopeSign, low, high, 1e-13 * high);
}
