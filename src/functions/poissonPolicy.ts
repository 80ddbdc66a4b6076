/* Custom functions for slow movers: (r,Q) and min-max (s,S) policies for Poisson demand, and the Poisson loss functions. Thin wrappers over core. */
import { minMaxPoisson, minMaxPoissonCost, type MinMaxPoissonResult } from "../core/poissonPolicy/minMaxPoisson";
import { minMaxPower, type MinMaxPowerResult } from "../core/poissonPolicy/minMaxPower";
import { poissonLoss } from "../core/poissonPolicy/poissonLoss";
import { rqPoisson, rqPoissonCost, type RqPoissonResult } from "../core/poissonPolicy/rqPoisson";
import { elementwise, logicalArgument, resultOutput } from "./funnel";

/** The cost arguments every policy function here takes, bound to their core fields. */
function costBindings(order_cost: any[][], holding_cost: any[][], backorder_cost: any[][]) {
  return {
    orderCost: ["order_cost", order_cost],
    holdingCost: ["holding_cost", holding_cost],
    backorderCost: ["backorder_cost", backorder_cost],
  } as const;
}

/**
 * Outputs of INV.RQPOISSON.
 * @customenum {string}
 */
enum RqPoissonOutput {
  /** Reorder point r*: order when the inventory position falls to r*, the default. */
  reorder_point = "reorder_point",
  /** Order quantity Q*. */
  order_quantity = "order_quantity",
  /** Expected ordering + holding + backorder cost per period at (r*, Q*). */
  cost = "cost",
}

/**
 * Exact optimal continuous-review (r,Q) policy for Poisson demand with backorders (Federgruen & Zheng 1992): whole r* and Q* minimising the expected cost. result picks the output. Ranges spill.
 * @customfunction RQPOISSON
 * @param {any[][]} demand_mean Mean demand per period, units (Poisson; ≥ 0).
 * @param {any[][]} lead_time Lead time in periods (≥ 0).
 * @param {any[][]} order_cost Cost per order (≥ 0).
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0).
 * @param {any[][]} backorder_cost Backorder cost per unit per period (> 0).
 * @param [result] "reorder_point" (default), "order_quantity", or "cost" (expected cost per period).
 * @returns {any[][]} The chosen output, one per element; r* may be negative (a backlog position).
 */
export function rqpoisson(
  demand_mean: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
  result?: RqPoissonOutput,
): any[][] {
  const output = resultOutput("RQPOISSON", result, {
    reorder_point: (r: RqPoissonResult) => r.reorderPoint,
    order_quantity: (r) => r.orderQuantity,
    cost: (r) => r.cost,
  });
  return elementwise(
    "RQPOISSON",
    {
      demandMean: ["demand_mean", demand_mean],
      leadTime: ["lead_time", lead_time],
      ...costBindings(order_cost, holding_cost, backorder_cost),
    },
    {},
    (input) => output(rqPoisson(input)),
  );
}

/**
 * Expected cost per period of a continuous-review (r,Q) policy for Poisson demand: (order_cost × demand_mean + Σ G(y), y = r+1 … r+Q) / Q, G the expected holding and backorder cost (Snyder & Shen §5.3). Ranges spill.
 * @customfunction RQPOISSONCOST
 * @param {any[][]} reorder_point Reorder point r, a whole number of units (may be negative).
 * @param {any[][]} order_quantity Order quantity Q, a whole number of units (1 to 10,000,000).
 * @param {any[][]} demand_mean Mean demand per period, units (Poisson; ≥ 0).
 * @param {any[][]} lead_time Lead time in periods (≥ 0).
 * @param {any[][]} order_cost Cost per order (≥ 0).
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0).
 * @param {any[][]} backorder_cost Backorder cost per unit per period (> 0).
 * @returns {any[][]} Expected ordering + holding + backorder cost per period, one per element.
 */
export function rqpoissoncost(
  reorder_point: any[][],
  order_quantity: any[][],
  demand_mean: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
): any[][] {
  return elementwise(
    "RQPOISSONCOST",
    {
      reorderPoint: ["reorder_point", reorder_point],
      orderQuantity: ["order_quantity", order_quantity],
      demandMean: ["demand_mean", demand_mean],
      leadTime: ["lead_time", lead_time],
      ...costBindings(order_cost, holding_cost, backorder_cost),
    },
    {},
    (input) => rqPoissonCost(input),
  );
}

/**
 * Outputs of INV.MINMAXPOISSON.
 * @customenum {string}
 */
enum MinMaxPoissonOutput {
  /** The min s*: order when the inventory position is at or below s*, the default. */
  min = "min",
  /** The max S*: order up to S*. */
  max = "max",
  /** Expected ordering + holding + backorder cost per period at (s*, S*). */
  cost = "cost",
}

/**
 * Optimal periodic-review min-max (s,S) policy for Poisson demand per period (Zheng & Federgruen 1991): at each review, when the position is at or below min, order up to max. Ranges spill.
 * @customfunction MINMAXPOISSON
 * @param {any[][]} demand_mean Mean demand per period, units (Poisson; > 0).
 * @param {any[][]} order_cost Cost per order (≥ 0).
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0).
 * @param {any[][]} backorder_cost Backorder cost per unit per period (> 0).
 * @param [result] "min" (default), "max", or "cost" (expected cost per period).
 * @returns {any[][]} The chosen output (whole units, or cost), one per element.
 */
export function minmaxpoisson(
  demand_mean: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
  result?: MinMaxPoissonOutput,
): any[][] {
  const output = resultOutput("MINMAXPOISSON", result, {
    min: (r: MinMaxPoissonResult) => r.min,
    max: (r) => r.max,
    cost: (r) => r.cost,
  });
  return elementwise(
    "MINMAXPOISSON",
    { demandMean: ["demand_mean", demand_mean], ...costBindings(order_cost, holding_cost, backorder_cost) },
    {},
    (input) => output(minMaxPoisson(input)),
  );
}

/**
 * Expected cost per period of a periodic-review min-max (s,S) policy for Poisson demand: [K + Σ m(j)·G(S − j), j < S − s] / M(S − s) (Zheng & Federgruen 1991). Ranges spill.
 * @customfunction MINMAXPOISSONCOST
 * @param {any[][]} min The min s: order when the inventory position is at or below it (a whole number; may be negative).
 * @param {any[][]} max The max S: order up to it (a whole number, above min by at most 10,000).
 * @param {any[][]} demand_mean Mean demand per period, units (Poisson; > 0).
 * @param {any[][]} order_cost Cost per order (≥ 0).
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0).
 * @param {any[][]} backorder_cost Backorder cost per unit per period (> 0).
 * @returns {any[][]} Expected ordering + holding + backorder cost per period, one per element.
 */
export function minmaxpoissoncost(
  min: any[][],
  max: any[][],
  demand_mean: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
): any[][] {
  return elementwise(
    "MINMAXPOISSONCOST",
    {
      min: ["min", min],
      max: ["max", max],
      demandMean: ["demand_mean", demand_mean],
      ...costBindings(order_cost, holding_cost, backorder_cost),
    },
    {},
    (input) => minMaxPoissonCost(input),
  );
}

/**
 * Outputs of INV.MINMAX.
 * @customenum {string}
 */
enum MinMaxOutput {
  /** The min s (reorder level), the default. */
  min = "min",
  /** The max S (order-up-to level). */
  max = "max",
}

/**
 * Min-max (s,S) policy for normal demand by Ehrhardt & Mosier's revised power approximation (1984; Snyder & Shen eq. 4.77–4.80); demand over lead_time + 1 periods. Ranges spill.
 * @customfunction MINMAX
 * @param {any[][]} demand_mean Mean demand per period, units (> 0).
 * @param {any[][]} demand_std Standard deviation of demand per period, units (≥ 0).
 * @param {any[][]} lead_time Lead time in periods (≥ 0); reviews are one period apart.
 * @param {any[][]} order_cost Cost per order (> 0).
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0).
 * @param {any[][]} backorder_cost Backorder cost per unit per period (> 0).
 * @param [result] "min" (default) or "max".
 * @returns {any[][]} The min or max, units (not rounded), one per element.
 */
export function minmax(
  demand_mean: any[][],
  demand_std: any[][],
  lead_time: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
  result?: MinMaxOutput,
): any[][] {
  const output = resultOutput("MINMAX", result, {
    min: (r: MinMaxPowerResult) => r.min,
    max: (r) => r.max,
  });
  return elementwise(
    "MINMAX",
    {
      demandMean: ["demand_mean", demand_mean],
      demandStd: ["demand_std", demand_std],
      leadTime: ["lead_time", lead_time],
      ...costBindings(order_cost, holding_cost, backorder_cost),
    },
    {},
    (input) => output(minMaxPower(input)),
  );
}

/**
 * Poisson loss function: E[(X − x)⁺], or with order 2 ½Σ(y − x)(y − x − 1)f(y) over y > x; complementary gives the loss below x (Snyder & Shen C.36–C.42). Ranges spill.
 * @customfunction POISSONLOSS
 * @param {any[][]} x The level, a whole number of units (may be negative).
 * @param {any[][]} mean Poisson mean, units (0 to 1,000,000).
 * @param {any[][]} [order] 1 (default): first-order loss; 2: second-order loss. One value or a range.
 * @param {any} [complementary] FALSE (default): the loss above x; TRUE: the loss below x, E[(x − X)⁺] (order 2: ½Σ(x − y)(x + 1 − y)f(y), y ≤ x).
 * @returns {any[][]} The loss (≥ 0), one per element.
 */
export function poissonloss(x: any[][], mean: any[][], order?: any[][], complementary?: any): any[][] {
  const below = logicalArgument("POISSONLOSS", "complementary", complementary);
  return elementwise("POISSONLOSS", { x: ["x", x], mean: ["mean", mean] }, { order: ["order", order] }, (input) =>
    poissonLoss({ ...input, complementary: below }),
  );
}
