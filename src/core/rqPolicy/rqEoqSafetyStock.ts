import { requireFiniteResult } from "../shared/guards";
import { baseStockLevel } from "./leadTimeDemand";
import type { RqMethod } from "./rqMethod";

/**
 * EOQ plus newsvendor safety stock: Q = √(2Kλ/h), and r = μ + z_α·σ with
 * α = p/(p + h), the newsvendor's base-stock level over the lead time; r does
 * not depend on Q.
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.3.3, eq. (3.4) and (5.21), Example 5.5.
 */
export const eoqSafetyStockMethod: RqMethod = {
  reorderPointFor: (problem) => baseStockLevel(problem.demand),
  solve(problem) {
    const orderQuantity = requireFiniteResult(
      Math.sqrt(2 * problem.demandMean) * Math.sqrt(problem.orderCost / problem.demand.holdingCost),
      "order quantity",
    );
    return { reorderPoint: baseStockLevel(problem.demand), orderQuantity };
  },
};
