import { requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { type RqDemandInput, leadTimeDemand } from "./leadTimeDemand";
import { rqCostOf } from "./rqCost";
import { eoqBackordersMethod } from "./rqEoqBackorders";
import { eoqSafetyStockMethod } from "./rqEoqSafetyStock";
import { exactMethod } from "./rqExact";
import { expectedInventoryLevelMethod } from "./rqExpectedInventoryLevel";
import { lossFunctionMethod } from "./rqLossFunction";
import type { RqMethod } from "./rqMethod";

/** The ways INV.RQPOLICY chooses (r,Q); "exact" first (the default). */
export const RQ_METHODS = ["exact", "loss", "eil", "eoqb", "eoqss"] as const;
export type RqMethodName = (typeof RQ_METHODS)[number];

const METHODS: Record<RqMethodName, RqMethod> = {
  exact: exactMethod,
  loss: lossFunctionMethod,
  eil: expectedInventoryLevelMethod,
  eoqb: eoqBackordersMethod,
  eoqss: eoqSafetyStockMethod,
};

export interface RqPolicyInput extends RqDemandInput {
  /** K, cost per order (> 0). */
  orderCost: number;
  /** How (r,Q) is chosen; "exact" when omitted. */
  method?: RqMethodName;
  /** Q, a fixed order quantity (> 0): then only r is chosen, by the method's rule for r at a given Q. */
  orderQuantity?: number;
}

export interface RqPolicyResult {
  /** r, reorder point, units (negative: a backlog position). */
  reorderPoint: number;
  /** Q, order quantity, units. */
  orderQuantity: number;
  /** g(r,Q), the exact expected cost per period at this (r,Q) (eq. (5.7)), whatever the method. */
  cost: number;
  /** The method's own cost estimate where it has one ("eil": eq. (5.16)). */
  approximateCost?: number;
  /** μ = λL, mean lead-time demand. */
  leadTimeDemandMean: number;
  /** σ = τ√L, standard deviation of lead-time demand. */
  leadTimeDemandStd: number;
}

/**
 * A continuous-review (r,Q) policy for normal demand with full backorders:
 * when the inventory position falls to r, order Q. Lead-time demand is
 * N(λL, τ²L). The methods ("exact" minimises the exact cost; the others are the
 * textbook approximations) are in rqExact.ts, rqLossFunction.ts,
 * rqExpectedInventoryLevel.ts, rqEoqBackorders.ts and rqEoqSafetyStock.ts.
 * Given Q, only r is chosen, by the method's rule for r at that Q ("exact" and
 * "eoqb": the best r, g(r) = g(r + Q)). The cost is always the exact g(r,Q), so
 * methods compare on one scale. r may be negative: that is the model.
 *
 * @param input.demandMean    λ, demand per period (> 0)
 * @param input.demandStd     τ, std of demand per period (≥ 0)
 * @param input.leadTime      L, periods (≥ 0)
 * @param input.orderCost     K, cost per order (> 0)
 * @param input.holdingCost   h, per unit per period (> 0)
 * @param input.backorderCost p, per unit backordered per period (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), ch. 5, §5.2–5.3, Examples 5.1–5.6.
 * @example rqPolicy({ demandMean: 1300, demandStd: 150, leadTime: 1 / 12, orderCost: 8, holdingCost: 0.225, backorderCost: 7.5 })
 * //=> reorderPoint ≈ 126.8, orderQuantity ≈ 328.5, cost ≈ 78.07   (Snyder & Shen Example 5.1)
 */
export function rqPolicy(input: RqPolicyInput): RqPolicyResult {
  const demandMean = requirePositive(input.demandMean, "demandMean");
  const orderCost = requirePositive(input.orderCost, "orderCost");
  if (!(orderCost * demandMean > 0)) {
    throw new InputError(
      "orderCost",
      "× demand_mean is too small to order by (it rounds to 0); use larger units",
      orderCost,
    );
  }
  const demand = leadTimeDemand(input);
  const problem = { demand, demandMean, orderCost };
  const method = METHODS[input.method ?? "exact"];
  const solution =
    input.orderQuantity === undefined
      ? method.solve(problem)
      : (() => {
          const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
          return { reorderPoint: method.reorderPointFor(problem, orderQuantity), orderQuantity };
        })();
  const cost = rqCostOf(demand, solution.reorderPoint, solution.orderQuantity, orderCost * demandMean);
  return {
    ...solution,
    cost,
    leadTimeDemandMean: demand.mean,
    leadTimeDemandStd: demand.std,
  };
}
