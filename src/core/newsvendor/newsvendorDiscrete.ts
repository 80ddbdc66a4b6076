import { requireFiniteResult, requireFraction, requireNonNegative } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { newsvendorFractile } from "./criticalRatio";
import type { NewsvendorResult } from "./newsvendorNormal";

export interface NewsvendorDiscreteInput {
  /** Possible demand values, units (≥ 0), in any order; `null` marks a blank row. */
  values: ReadonlyArray<number | null>;
  /** Probability of each value (0 ≤ p ≤ 1), summing to 1; `null` marks a blank row. */
  probabilities: ReadonlyArray<number | null>;
  /** Cu, underage cost per unit short. */
  underageCost: number;
  /** Co, overage cost per unit left over. */
  overageCost: number;
}

/** How far the probabilities may sum from 1. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;

/** Relative slack when comparing a cumulative probability with the critical ratio. */
const RATIO_TOLERANCE = 1e-12;

/**
 * Newsvendor with an empirical (discrete) demand distribution: the smallest
 * demand value whose cumulative probability reaches the critical ratio.
 *
 * Q* = min { v : F(v) ≥ Cu/(Cu + Co) },  F(v) = Σ_{vᵢ ≤ v} pᵢ
 * g(Q) = Co·Σ pᵢ(Q − vᵢ)⁺ + Cu·Σ pᵢ(vᵢ − Q)⁺
 *
 * Values may come in any order and repeat (their probabilities add up). A row
 * blank in both lists is skipped; a row blank in only one is an error. The
 * probabilities must sum to 1 within 1e-6 and are then divided by their sum, so
 * that F reaches exactly 1 at the largest value. A cumulative probability within
 * a relative 1e-12 of the ratio counts as reaching it, so that a tie on paper
 * (0.25 + 0.35 against 0.6) is not lost to rounding; when CR > ½ the comparison
 * runs on the upper tail against 1 − CR = Co/(Cu + Co).
 *
 * Complexity: O(n log n) for the sort.
 *
 * @param input.values        demand values, units (≥ 0), `null` for blanks
 * @param input.probabilities their probabilities (0 ≤ p ≤ 1, sum 1 ± 1e-6), `null` for blanks
 * @param input.underageCost  Cu (> 0)
 * @param input.overageCost   Co (> 0)
 * @returns Q* (one of the values) and the expected cost g(Q*)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4 (discrete demand), Problem 4.7(b).
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 13.
 * @example newsvendorDiscrete({ values: [1, 2, 3, 4, 5, 6, 7, 8],
 *   probabilities: [0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05], underageCost: 1000000, overageCost: 500000 })
 * //=> { quantity: 5, expectedCost: 1225000 }   (Snyder & Shen Problem 4.7(b))
 */
export function newsvendorDiscrete(input: NewsvendorDiscreteInput): NewsvendorResult {
  const { quantity, points, total } = solve(input);
  let leftover = 0;
  let shortage = 0;
  for (const point of points) {
    if (point.value < quantity) leftover += (quantity - point.value) * point.probability;
    else shortage += (point.value - quantity) * point.probability;
  }
  const scale = Math.max(input.underageCost, input.overageCost);
  const scaledCost = ((input.overageCost / scale) * leftover + (input.underageCost / scale) * shortage) / total;
  return { quantity, expectedCost: requireFiniteResult(scale * scaledCost, "expected cost") };
}

/**
 * Q* of {@link newsvendorDiscrete} alone, for callers that do not need the cost (so
 * that costs too large for a finite g(Q*) still give the quantity).
 */
export function newsvendorDiscreteQuantity(input: NewsvendorDiscreteInput): number {
  return solve(input).quantity;
}

interface Point {
  value: number;
  probability: number;
}

/** One demand level of an empirical distribution: a value, its probability and the cumulative probability up to it. */
export interface DemandLevel {
  value: number;
  /** P(D = value): the probabilities of equal values added, divided by the sum of all. */
  probability: number;
  /** F(value) = P(D ≤ value). */
  cumulative: number;
}

/** How {@link newsvendorDiscrete} reaches Q*: the critical ratio and the demand levels in order. */
export interface NewsvendorDiscreteSolution {
  /** Q*, the smallest value with F(value) ≥ CR. */
  quantity: number;
  /** CR = Cu/(Cu + Co). */
  criticalRatio: number;
  /** The distinct demand values, smallest first. */
  levels: DemandLevel[];
}

/**
 * Q* of {@link newsvendorDiscrete} with the critical ratio and the cumulative
 * distribution it was read from, for callers that show the work.
 */
export function newsvendorDiscreteSolution(input: NewsvendorDiscreteInput): NewsvendorDiscreteSolution {
  const { quantity, ratio, points, total } = solve(input);
  const levels: DemandLevel[] = [];
  let cumulative = 0;
  for (const point of points) {
    const probability = point.probability / total;
    cumulative += probability;
    const last = levels[levels.length - 1];
    if (last !== undefined && last.value === point.value) {
      last.probability += probability;
      last.cumulative = cumulative;
    } else {
      levels.push({ value: point.value, probability, cumulative });
    }
  }
  return { quantity, criticalRatio: ratio, levels };
}

function solve(input: NewsvendorDiscreteInput): { quantity: number; ratio: number; points: Point[]; total: number } {
  const { values, probabilities } = input;
  if (values.length !== probabilities.length) {
    throw new InputError(
      "probabilities",
      `must give one probability per value (values has ${values.length})`,
      probabilities.length,
    );
  }
  const points: Point[] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null;
    const probability = probabilities[i] ?? null;
    if (value === null && probability === null) continue;
    if (value === null) throw new InputError("values", "must be given for every probability", null, { index: i });
    if (probability === null) {
      throw new InputError("probabilities", "must be given for every value", null, { index: i });
    }
    requireNonNegative(value, "values", i);
    requireFraction(probability, "probabilities", i);
    points.push({ value, probability });
    total += probability;
  }
  if (points.length === 0) throw new InputError("values", "must hold at least one demand value", null);
  if (!(Math.abs(total - 1) <= PROBABILITY_SUM_TOLERANCE)) {
    throw new InputError("probabilities", "must sum to 1, within 1e-6", total, { hint: "that is their sum" });
  }
  const { ratio, complement } = newsvendorFractile(input);
  points.sort((a, b) => a.value - b.value);

  let quantity = (points[points.length - 1] as Point).value;
  if (ratio <= 0.5) {
    const target = ratio * total * (1 - RATIO_TOLERANCE);
    let cumulative = 0;
    for (let i = 0; i < points.length; i++) {
      const point = points[i] as Point;
      cumulative += point.probability;
      const next = points[i + 1];
      // Equal values form one demand level: compare once the level is complete.
      if (next !== undefined && next.value === point.value) continue;
      if (cumulative >= target) {
        quantity = point.value;
        break;
      }
    }
  } else {
    // Walk down from the top: Q can move below a level while the mass above Q stays within 1 − CR.
    const allowance = complement * total * (1 + RATIO_TOLERANCE);
    let upper = 0;
    let i = points.length - 1;
    while (i >= 0) {
      const level = (points[i] as Point).value;
      let mass = 0;
      let j = i;
      while (j >= 0 && (points[j] as Point).value === level) {
        mass += (points[j] as Point).probability;
        j--;
      }
      if (j < 0 || upper + mass > allowance) {
        quantity = level;
        break;
      }
      upper += mass;
      i = j;
    }
  }
  return { quantity, ratio, points, total };
}
