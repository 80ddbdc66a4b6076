import { requireFiniteResult, requireNonNegative, requirePositive, withDefault } from "../shared/guards";
import { InputError, formatValue } from "../shared/inputError";

export interface EpqInput {
  /** D, demand in units per period. */
  demand: number;
  /** S (K), cost per production setup. */
  setupCost: number;
  /** H, holding cost per unit per period. */
  holdingCost: number;
  /** P (μ), production rate in units per period; must exceed D. */
  productionRate: number;
  /** Q, a given lot size in units (> 0); omitted: the optimal Q*. */
  orderQuantity?: number | undefined;
}

export interface EpqResult {
  /** Q*, the production lot size in units. */
  quantity: number;
  /** g* = sqrt(2DSH(1 − D/P)), setup + holding cost per period at the optimum; at a given Q, DS/Q + H(1 − ρ)Q/2. */
  costPerPeriod: number;
  /** Q*(1 − D/P), the inventory at the end of a production run, units. */
  maxInventory: number;
  /** Q* ÷ D, periods between the starts of two runs; undefined when D = 0 (there is no cycle). */
  cycleTime: number | undefined;
  /** Q* ÷ P, periods the line runs in each cycle. */
  productionTime: number;
}

/**
 * Guards shared by the EPQ models: P > 0 and P > D, so that ρ = D/P < 1.
 * Returns 1 − ρ, computed as (P − D)/P to keep its precision when D is close to P.
 */
export function productionSlack(demand: number, productionRate: number): number {
  requirePositive(productionRate, "productionRate");
  if (!(productionRate > demand)) {
    throw new InputError(
      "productionRate",
      `must be greater than demand (${formatValue(demand)}); a line no faster than demand never builds stock`,
      productionRate,
    );
  }
  const slack = (productionRate - demand) / productionRate;
  if (!(slack > 0)) {
    throw new InputError(
      "productionRate",
      `is too close to demand (${formatValue(demand)}) to be told apart`,
      productionRate,
    );
  }
  return slack;
}

/**
 * Economic production quantity (economic lot size with a finite production rate):
 * stock builds at P − D while the line runs and falls at D while it is idle.
 *
 * Q* = sqrt(2DS / (H(1 − ρ))),  ρ = D/P < 1
 * g* = sqrt(2DSH(1 − ρ)),  max inventory = Q*(1 − ρ),  cycle time = Q* ÷ D.
 *
 * As P grows, ρ goes to 0 and the EPQ becomes the EOQ.
 *
 * At a given lot size Q (`orderQuantity`) the outputs are those of Q:
 * g(Q) = DS/Q + H(1 − ρ)Q/2, max inventory Q(1 − ρ), cycle time Q/D and run
 * time Q/P (Snyder & Shen, the cost function whose minimum is eq. (3.31)).
 *
 * @param input.demand          D, units per period (≥ 0)
 * @param input.setupCost       S, cost per setup (≥ 0)
 * @param input.holdingCost     H, cost per unit per period (> 0)
 * @param input.productionRate  P, units per period (> D)
 * @param input.orderQuantity   Q, units (> 0), optional: the outputs at this lot size
 * @see Taft, E. W. (1918), "The most economical production lot", Iron Age 101.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.31)–(3.32).
 * @see Heizer & Render, Operations Management, ch. 12, "Production order quantity model".
 * @example economicProductionQuantity({ demand: 80, setupCost: 4, holdingCost: 0.08, productionRate: 110 }).quantity
 * //=> 171.2698   (Snyder & Shen Problem 3.22)
 */
export function economicProductionQuantity(input: EpqInput): EpqResult {
  const demand = requireNonNegative(input.demand, "demand");
  const setupCost = requireNonNegative(input.setupCost, "setupCost");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const slack = productionSlack(demand, input.productionRate);
  const given = withDefault(input.orderQuantity, undefined, requirePositive, "orderQuantity");
  const quantity =
    given ??
    requireFiniteResult(
      ((Math.sqrt(2 * demand) * Math.sqrt(setupCost)) / Math.sqrt(holdingCost)) * Math.sqrt(1 / slack),
      "production quantity",
    );
  const costPerPeriod =
    given === undefined
      ? requireFiniteResult(
          Math.sqrt(2 * demand) * Math.sqrt(setupCost) * Math.sqrt(holdingCost) * Math.sqrt(slack),
          "cost per period",
        )
      : requireFiniteResult((demand / given) * setupCost + (holdingCost * slack * given) / 2, "cost per period");
  return {
    quantity,
    costPerPeriod,
    maxInventory: requireFiniteResult(quantity * slack, "maximum inventory"),
    cycleTime: demand > 0 ? requireFiniteResult(quantity / demand, "cycle time") : undefined,
    productionTime: requireFiniteResult(quantity / input.productionRate, "production time"),
  };
}

/**
 * The cycle time of an EPQ result (with or without backorders); an input error
 * when demand is 0, since without demand there is no production cycle.
 */
export function requireCycleTime(result: { cycleTime: number | undefined }): number {
  if (result.cycleTime === undefined) {
    throw new InputError("demand", "must be greater than 0 for a cycle time: without demand there is no cycle", 0);
  }
  return result.cycleTime;
}
