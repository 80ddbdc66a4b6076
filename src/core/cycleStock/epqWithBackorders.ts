import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { productionSlack } from "./economicProductionQuantity";

export interface EpqWithBackordersInput {
  /** D, demand in units per period. */
  demand: number;
  /** S (K), cost per production setup. */
  setupCost: number;
  /** H, holding cost per unit per period. */
  holdingCost: number;
  /** P (μ), production rate in units per period; must exceed D. */
  productionRate: number;
  /** p, backorder cost per unit backordered per period. */
  backorderCost: number;
}

export interface EpqWithBackordersResult {
  /** Q*, the production lot size in units. */
  quantity: number;
  /** B*, the largest backorder level, reached when a run starts, Q*(1 − ρ)·H/(H + p), units. */
  maxBackorders: number;
  /** The largest on-hand inventory, at the end of a run, Q*(1 − ρ)·p/(H + p), units. */
  maxInventory: number;
  /** g* = sqrt(2DS(1 − ρ)·Hp/(H + p)), setup + holding + backorder cost per period at the optimum. */
  costPerPeriod: number;
  /** Q* ÷ D, periods between the starts of two runs; undefined when D = 0 (there is no cycle). */
  cycleTime: number | undefined;
}

/**
 * Economic production quantity with planned backorders: the EPQ's finite
 * production rate and the planned-backorder EOQ's waiting cost p together.
 *
 * With ρ = D/P < 1:
 *   Q* = sqrt(2DS(H + p) / (Hp(1 − ρ)))
 *   B* = Q*(1 − ρ)·H/(H + p),  max inventory = Q*(1 − ρ)·p/(H + p)
 *   g* = sqrt(2DS(1 − ρ)·Hp/(H + p))
 *
 * Derived by minimising g(Q, B) = DS/Q + (H(Q(1 − ρ) − B)² + pB²) / (2Q(1 − ρ)) over Q
 * and B (the textbook EPQ cost with a backorder term). As P grows it becomes the
 * EOQ with planned backorders, and as p grows, the EPQ: those two published
 * cases are what its tests check it against.
 *
 * @param input.demand          D, units per period (≥ 0)
 * @param input.setupCost       S, cost per setup (≥ 0)
 * @param input.holdingCost     H, cost per unit per period (> 0)
 * @param input.productionRate  P, units per period (> D)
 * @param input.backorderCost   p, cost per unit backordered per period (> 0)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (3.27)–(3.29) (P → ∞) and (3.31)–(3.32) (p → ∞).
 * @example economicProductionQuantityWithBackorders({ demand: 1300, setupCost: 8, holdingCost: 0.225, productionRate: 1e12, backorderCost: 5 }).quantity
 * //=> 310.8126   (P → ∞: Snyder & Shen Example 3.8)
 */
export function economicProductionQuantityWithBackorders(input: EpqWithBackordersInput): EpqWithBackordersResult {
  const demand = requireNonNegative(input.demand, "demand");
  const setupCost = requireNonNegative(input.setupCost, "setupCost");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const slack = productionSlack(demand, input.productionRate);
  const backorderCost = requirePositive(input.backorderCost, "backorderCost");
  // (H + p)/(Hp) = 1/H + 1/p: no product of two large costs.
  const inverseSum = requireFiniteResult(1 / holdingCost + 1 / backorderCost, "production quantity");
  const root = Math.sqrt(2 * demand) * Math.sqrt(setupCost);
  const quantity = requireFiniteResult(root * Math.sqrt(inverseSum) * Math.sqrt(1 / slack), "production quantity");
  const costPerPeriod = requireFiniteResult(root * Math.sqrt(slack) * Math.sqrt(1 / inverseSum), "cost per period");
  const peak = quantity * slack; // Q(1 − ρ): on-hand peak plus backorder peak
  const backorderShare = 1 / (1 + backorderCost / holdingCost); // H/(H + p)
  const maxBackorders = peak * backorderShare;
  return {
    quantity,
    maxBackorders,
    maxInventory: Math.max(0, peak - maxBackorders),
    costPerPeriod,
    cycleTime: demand > 0 ? requireFiniteResult(quantity / demand, "cycle time") : undefined,
  };
}
