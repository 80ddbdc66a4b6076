import { requireFiniteResult, requireNonNegative, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { newsvendorLevel, periodCost, poissonTable, requireWhole, type PoissonTable } from "./poissonDistribution";

/** The widest S − s the exact search and the cost accept (the work grows with its square). */
export const MAX_SPAN = 10_000;

export interface MinMaxPoissonInput {
  /** λ, mean demand per period, units (Poisson; > 0). */
  demandMean: number;
  /** K, cost per order (≥ 0). */
  orderCost: number;
  /** h, holding cost per unit per period (> 0). */
  holdingCost: number;
  /** p, backorder cost per unit per period (> 0). */
  backorderCost: number;
}

export interface MinMaxPoissonCostInput extends MinMaxPoissonInput {
  /** s, the min: order when the inventory position is at or below s (whole, may be negative). */
  min: number;
  /** S, the max: order up to S (whole, S > s). */
  max: number;
}

export interface MinMaxPoissonResult {
  /** s*, units. */
  min: number;
  /** S*, units. */
  max: number;
  /** c(s*, S*), expected ordering + holding + backorder cost per period. */
  cost: number;
}

/**
 * Long-run expected cost per period of a periodic-review (s,S) policy with
 * Poisson demand per period and full backorders: at each review, when the
 * inventory position is at or below s, order up to S.
 *
 * c(s,S) = [K + Σ_{j=0}^{S−s−1} m(j)·G(S − j)] / M(S − s)
 * m(0) = 1/(1 − f(0)),  m(j) = Σ_{l=1}^{j} f(l)·m(j − l) / (1 − f(0)),  M(n) = Σ_{j<n} m(j)
 * G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺],  D ~ Poisson(λ)
 *
 * @param input.min  s, units (whole)
 * @param input.max  S, units (whole, s < S ≤ s + 10,000)
 * @see Zheng & Federgruen, Finding optimal (s,S) policies is about as simple as evaluating a single policy, Operations Research 39(4), 654–665 (1991), eq. (2)–(4).
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §4.6, Example 4.7.
 * @example minMaxPoissonCost({ min: 4, max: 10, demandMean: 6, orderCost: 5, holdingCost: 1, backorderCost: 4 })
 * //=> 8.0341   (Snyder & Shen Example 4.7)
 */
export function minMaxPoissonCost(input: MinMaxPoissonCostInput): number {
  const min = requireWhole(input.min, "min");
  const max = requireWhole(input.max, "max");
  const model = new MinMaxModel(input, min + 1, max);
  if (!(max > min)) throw new InputError("max", `must be greater than min (${min})`, max);
  if (max - min > MAX_SPAN) throw new InputError("max", "must be at most min + 10,000", max);
  return requireFiniteResult(model.cost(min, max), "cost");
}

/**
 * The optimal periodic-review (s,S) policy for Poisson demand, by Zheng &
 * Federgruen's algorithm: from the newsvendor level y* = argmin G, lower s until
 * c(s, y*) ≤ G(s); then raise S while G(S) ≤ the best cost so far, and whenever
 * c(s,S) improves on it take S and raise s while c(s,S) ≤ G(s + 1). Where the
 * cost is flat in s, the s it stops at is the one reported.
 *
 * c(s,S) = [K + Σ_{j=0}^{S−s−1} m(j)·G(S − j)] / M(S − s)   (see {@link minMaxPoissonCost})
 *
 * @param input.demandMean    λ, units per period (0 < λ ≤ 1,000,000)
 * @param input.orderCost     K, $ per order (≥ 0)
 * @param input.holdingCost   h, $ per unit per period (> 0)
 * @param input.backorderCost p, $ per unit per period (> 0)
 * @see Zheng & Federgruen, Operations Research 39(4), 654–665 (1991), §3 and Table I.
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §4.6, Example 4.7.
 * @example minMaxPoisson({ demandMean: 6, orderCost: 5, holdingCost: 1, backorderCost: 4 })
 * //=> { min: 4, max: 10, cost: 8.0341 }   (Snyder & Shen Example 4.7)
 */
export function minMaxPoisson(input: MinMaxPoissonInput): MinMaxPoissonResult {
  const table = demandTable(input);
  const start = newsvendorLevel(table, input.holdingCost, input.backorderCost);
  const model = new MinMaxModel(input, start - MAX_SPAN, start + MAX_SPAN, table);
  const G = (y: number) => model.periodCost(y);
  let s = start - 1;
  while (model.cost(s, start) > G(s)) {
    if (start - s >= MAX_SPAN) throw tooWide(input.orderCost);
    s--;
  }
  let best = { min: s, max: start, cost: model.cost(s, start) };
  for (let S = start + 1; G(S) <= best.cost; S++) {
    if (S - s > MAX_SPAN) throw tooWide(input.orderCost);
    if (model.cost(s, S) < best.cost) {
      while (model.cost(s, S) <= G(s + 1)) s++;
      best = { min: s, max: S, cost: model.cost(s, S) };
    }
  }
  return { ...best, cost: requireFiniteResult(best.cost, "cost") };
}

function tooWide(orderCost: number): InputError {
  return new InputError("orderCost", "is too large for the exact search: max − min passes 10,000", orderCost);
}

/** The guards on the demand and costs, and the Poisson table of demand per period. */
function demandTable(input: MinMaxPoissonInput): PoissonTable {
  requirePositive(input.demandMean, "demandMean");
  requireNonNegative(input.orderCost, "orderCost");
  requirePositive(input.holdingCost, "holdingCost");
  requirePositive(input.backorderCost, "backorderCost");
  return poissonTable(input.demandMean, "demandMean");
}

/**
 * G, the renewal quantities m and M, and c(s,S) for one demand distribution and
 * cost set, with G kept for the levels from `low` to `high` and m for spans up
 * to {@link MAX_SPAN}, in typed arrays, so that each c(s,S) is one pass.
 */
class MinMaxModel {
  private readonly table: PoissonTable;
  private readonly input: MinMaxPoissonInput;
  private readonly low: number;
  /** G(low + i). */
  private readonly costs: Float64Array;
  /** f(l) for l = 0 … min(last, MAX_SPAN). */
  private readonly probabilities: Float64Array;
  /** m(0), m(1), … for the first `known` spans. */
  private readonly renewal: Float64Array;
  /** M(0) = 0, M(1), … alongside. */
  private readonly cumulative: Float64Array;
  private known = 0;

  constructor(input: MinMaxPoissonInput, low: number, high: number, table = demandTable(input)) {
    this.input = input;
    this.table = table;
    this.low = low;
    this.costs = new Float64Array(Math.max(0, Math.min(high - low + 1, 2 * MAX_SPAN + 1)));
    for (let i = 0; i < this.costs.length; i++) {
      this.costs[i] = periodCost(table, input.holdingCost, input.backorderCost, low + i);
    }
    const reach = Math.min(table.last, MAX_SPAN);
    this.probabilities = new Float64Array(reach + 1);
    for (let l = Math.max(0, table.first); l <= reach; l++) this.probabilities[l] = table.probability(l);
    this.renewal = new Float64Array(MAX_SPAN + 1);
    this.cumulative = new Float64Array(MAX_SPAN + 2);
  }

  periodCost(y: number): number {
    const i = y - this.low;
    return i >= 0 && i < this.costs.length
      ? (this.costs[i] as number)
      : periodCost(this.table, this.input.holdingCost, this.input.backorderCost, y);
  }

  cost(s: number, S: number): number {
    const span = S - s;
    this.grow(span);
    const { renewal, costs } = this;
    let sum = this.input.orderCost;
    const top = S - this.low;
    if (top < costs.length && top - span + 1 >= 0) {
      for (let j = 0; j < span; j++) sum += (renewal[j] as number) * (costs[top - j] as number);
    } else {
      for (let j = 0; j < span; j++) sum += (renewal[j] as number) * this.periodCost(S - j);
    }
    return sum / (this.cumulative[span] as number);
  }

  /** Extends m and M to n terms: m(0) = 1/(1 − f(0)), m(j) = Σ_{l=1}^{j} f(l)·m(j − l) / (1 − f(0)). */
  private grow(n: number): void {
    const { probabilities, renewal, cumulative } = this;
    const scale = 1 / this.table.survival(0);
    const from = Math.max(1, this.table.first);
    for (let j = this.known; j < n; j++) {
      let sum = j === 0 ? 1 : 0;
      const to = Math.min(j, probabilities.length - 1);
      for (let l = from; l <= to; l++) sum += (probabilities[l] as number) * (renewal[j - l] as number);
      renewal[j] = sum * scale;
      cumulative[j + 1] = (cumulative[j] as number) + sum * scale;
    }
    this.known = Math.max(this.known, n);
  }
}
