/**
 * Normal lead-time demand for the (r,Q) models: its loss functions and the
 * newsvendor cost g(y) that the exact (r,Q) cost integrates.
 */
import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import {
  standardNormalCdf,
  standardNormalLoss,
  standardNormalQuantile,
  standardNormalSecondOrderLoss,
} from "../shared/normal";

/** The inputs every (r,Q) model for normal demand shares. */
export interface RqDemandInput {
  /** λ, mean demand per period, units. */
  demandMean: number;
  /** τ, standard deviation of demand per period, units. */
  demandStd: number;
  /** L, lead time in periods. */
  leadTime: number;
  /** h, holding cost per unit per period. */
  holdingCost: number;
  /** p, backorder cost per unit per period. */
  backorderCost: number;
}

/**
 * Lead-time demand D ~ N(μ, σ²) with μ = λL and σ = τ√L, and the costs h and p.
 * σ may be 0 (no variability, or no lead time): D is then μ for certain.
 */
export interface LeadTimeDemand {
  /** μ = λL, mean lead-time demand, units. */
  mean: number;
  /** σ = τ√L, standard deviation of lead-time demand, units. */
  std: number;
  holdingCost: number;
  backorderCost: number;
}

/**
 * Checks the demand and cost inputs and forms the lead-time demand N(λL, τ²L).
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.2 (lead-time demand of the (r,Q) model).
 */
export function leadTimeDemand(input: RqDemandInput): LeadTimeDemand {
  const demandMean = requireNonNegative(input.demandMean, "demandMean");
  const demandStd = requireNonNegative(input.demandStd, "demandStd");
  const leadTime = requireNonNegative(input.leadTime, "leadTime");
  const holdingCost = requirePositive(input.holdingCost, "holdingCost");
  const backorderCost = requirePositive(input.backorderCost, "backorderCost");
  return {
    mean: requireFiniteResult(demandMean * leadTime, "mean lead-time demand"),
    std: requireFiniteResult(demandStd * Math.sqrt(leadTime), "standard deviation of lead-time demand"),
    holdingCost,
    backorderCost,
  };
}

/**
 * First-order loss n(x) = E[(D − x)⁺] = σ·G((x − μ)/σ) (Snyder & Shen eq. (C.22)). Below the
 * mean it is computed as (μ − x) + σ·G((μ − x)/σ) (G(−z) = z + G(z)), so that no term
 * overflows; with σ = 0, or σ so small that (x − μ)/σ overflows, it is (μ − x)⁺.
 */
export function demandLoss(demand: LeadTimeDemand, x: number): number {
  const { mean, std } = demand;
  const z = (x - mean) / std;
  if (std === 0 || !Number.isFinite(z)) return Math.max(mean - x, 0);
  return z >= 0 ? std * standardNormalLoss(z) : mean - x + std * standardNormalLoss(-z);
}

/**
 * Second-order loss n⁽²⁾(x) = ½·E[((D − x)⁺)²] = σ²·G₂((x − μ)/σ) (Snyder & Shen eq. (C.23)).
 * Below the mean it is ½((μ − x)² + σ²) − σ²·G₂((μ − x)/σ) (G₂(z) + G₂(−z) = ½(z² + 1)),
 * so that no term overflows; with σ = 0, or (x − μ)/σ overflowing, it is ½((μ − x)⁺)².
 */
export function demandSecondOrderLoss(demand: LeadTimeDemand, x: number): number {
  const { mean, std } = demand;
  const z = (x - mean) / std;
  if (std === 0 || !Number.isFinite(z)) return 0.5 * Math.max(mean - x, 0) ** 2;
  if (z >= 0) return std * std * standardNormalSecondOrderLoss(z);
  const gap = mean - x;
  return 0.5 * (gap * gap + std * std) - std * std * standardNormalSecondOrderLoss(-z);
}

/** F(x) = P(D ≤ x). */
export function demandCdf(demand: LeadTimeDemand, x: number): number {
  const { mean, std } = demand;
  const z = (x - mean) / std;
  if (std === 0 || !Number.isFinite(z)) return x >= mean ? 1 : 0;
  return standardNormalCdf(z);
}

/** F⁻¹(q), 0 < q < 1: μ + σ·Φ⁻¹(q). */
export function demandQuantile(demand: LeadTimeDemand, probability: number): number {
  return demand.mean + demand.std * standardNormalQuantile(probability);
}

/**
 * Newsvendor cost at inventory position y: g(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺]
 * = h(y − μ) + (h + p)·n(y).
 *
 * @see Snyder & Shen (2019), eq. (4.20) and (5.6).
 */
export function newsvendorCost(demand: LeadTimeDemand, y: number): number {
  const { holdingCost: h, backorderCost: p } = demand;
  return h * (y - demand.mean) + (h + p) * demandLoss(demand, y);
}

/**
 * The minimiser of g: S* = F⁻¹(p/(p + h)) (the newsvendor base-stock level).
 *
 * @see Snyder & Shen (2019), eq. (4.24).
 */
export function baseStockLevel(demand: LeadTimeDemand): number {
  const { holdingCost: h, backorderCost: p } = demand;
  return demandQuantile(demand, 1 / (1 + h / p));
}
