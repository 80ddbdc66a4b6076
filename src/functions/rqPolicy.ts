/* Custom functions for continuous-review (r,Q) policies with normal lead-time demand. Thin wrappers over core. */
import { rqCost } from "../core/rqPolicy/rqCost";
import { RQ_METHODS, type RqPolicyResult, rqPolicy } from "../core/rqPolicy/rqPolicy";
import { choiceArgument, elementwise, resultOutput } from "./funnel";

/** The bindings of the six demand and cost arguments both functions take, in their order. */
function demandArguments(
  demand_mean: any[][],
  demand_std: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
) {
  return {
    demandMean: ["demand_mean", demand_mean],
    demandStd: ["demand_std", demand_std],
    leadTime: ["lead_time", lead_time],
    orderCost: ["order_cost", order_cost],
    holdingCost: ["holding_cost", holding_cost],
    backorderCost: ["backorder_cost", backorder_cost],
  } as const;
}

/**
 * Methods of INV.RQPOLICY.
 * @customenum {string}
 */
enum RqPolicyMethod {
  /** Minimises the exact expected cost (Snyder & Shen), the default. */
  exact = "exact",
  /** Loss-function iteration (Hadley & Whitin). */
  loss = "loss",
  /** Expected-inventory-level approximation (Hadley & Whitin). */
  eil = "eil",
  /** EOQ with backorders, then the best r for that Q. */
  eoqb = "eoqb",
  /** EOQ plus newsvendor safety stock. */
  eoqss = "eoqss",
}

/**
 * Outputs of INV.RQPOLICY.
 * @customenum {string}
 */
enum RqPolicyResultName {
  /** Reorder point r, the default. */
  reorder_point = "reorder_point",
  /** Order quantity Q. */
  order_quantity = "order_quantity",
  /** Exact expected cost per period at (r, Q). */
  cost = "cost",
}

/**
 * Continuous-review (r,Q) policy for normal demand, backorders allowed: order Q when the position falls to r (Snyder & Shen ch. 5). Lead-time demand is N(λL, τ²L). r may be negative. Ranges combine element by element.
 * @customfunction RQPOLICY
 * @param {any[][]} demand_mean Mean demand per period λ, units (> 0). One value or a range.
 * @param {any[][]} demand_std Standard deviation of demand per period τ, units (≥ 0). One value or a range.
 * @param {any[][]} lead_time Lead time L in periods (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order K (> 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period h (> 0). One value or a range.
 * @param {any[][]} backorder_cost Backorder cost per unit per period p (> 0). One value or a range.
 * @param [method] "exact" (default): minimises the exact cost; "loss", "eil", "eoqb" or "eoqss": the textbook approximations.
 * @param [result] "reorder_point" (default), "order_quantity" or "cost" (the exact expected cost per period at the policy's r and Q).
 * @param {any[][]} [order_quantity] A fixed order quantity Q (> 0): then only r is chosen, the best r for that Q. One value or a range.
 * @returns {any[][]} The chosen output, one per element.
 */
export function rqpolicy(
  demand_mean: any[][],
  demand_std: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
  method?: RqPolicyMethod,
  result?: RqPolicyResultName,
  order_quantity?: any[][],
): any[][] {
  const chosenMethod = choiceArgument("RQPOLICY", "method", method, RQ_METHODS);
  const output = resultOutput("RQPOLICY", result, {
    reorder_point: (r: RqPolicyResult) => r.reorderPoint,
    order_quantity: (r) => r.orderQuantity,
    cost: (r) => r.cost,
  });
  return elementwise(
    "RQPOLICY",
    demandArguments(demand_mean, demand_std, lead_time, order_cost, holding_cost, backorder_cost),
    { orderQuantity: ["order_quantity", order_quantity] },
    (input) => output(rqPolicy({ ...input, method: chosenMethod })),
  );
}

/**
 * Exact expected cost per period of a continuous-review (r,Q) policy, normal demand, backorders: (Kλ + ∫ from r to r+Q of g(y) dy)/Q, in closed form (Snyder & Shen eq. 5.7). Ranges combine element by element.
 * @customfunction RQCOST
 * @param {any[][]} reorder_point Reorder point r, units (may be negative). One value or a range.
 * @param {any[][]} order_quantity Order quantity Q, units (> 0). One value or a range.
 * @param {any[][]} demand_mean Mean demand per period λ, units (≥ 0). One value or a range.
 * @param {any[][]} demand_std Standard deviation of demand per period τ, units (≥ 0). One value or a range.
 * @param {any[][]} lead_time Lead time L in periods (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order K (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period h (> 0). One value or a range.
 * @param {any[][]} backorder_cost Backorder cost per unit per period p (> 0). One value or a range.
 * @returns {any[][]} Expected ordering + holding + backorder cost per period, one per element.
 */
export function rqcost(
  reorder_point: any[][],
  order_quantity: any[][],
  demand_mean: any[][],
  demand_std: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
): any[][] {
  return elementwise(
    "RQCOST",
    {
      reorderPoint: ["reorder_point", reorder_point],
      orderQuantity: ["order_quantity", order_quantity],
      ...demandArguments(demand_mean, demand_std, lead_time, order_cost, holding_cost, backorder_cost),
    },
    {},
    (input) => rqCost(input),
  );
}
