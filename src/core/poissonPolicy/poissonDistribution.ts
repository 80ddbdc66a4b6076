/**
 * The Poisson distribution as the slow-mover policies use it: probabilities,
 * the cumulative distribution and the first- and second-order loss functions
 * and their complements at every whole number, from one table.
 */
import { requireFinite, requireNonNegative } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { poissonWeights } from "../newsvendor/newsvendorPoisson";

/** The largest Poisson mean accepted; the table holds about 27·√λ entries (27,000 at 10⁶). */
export const MAX_POISSON_MEAN = 1e6;

/**
 * Probabilities smaller than this, relative to the mode's, are left out: together
 * they weigh far less than a double's resolution of the total.
 */
const NEGLIGIBLE = 1e-40;

/**
 * Poisson(λ) at every whole number, built so that it stays exact for large means.
 *
 * f(k) = e^(−λ) λ^k / k!   (built from the mode outward by f(k+1) = f(k)·λ/(k+1)
 *                            and f(k−1) = f(k)·k/λ, so no factorial overflows,
 *                            as the Poisson newsvendor does, then normalised)
 * F(k) = P(X ≤ k),  F̄(k) = P(X > k)
 * n(x)  = E[(X − x)⁺] = Σ_{k ≥ x} F̄(k)                        first-order loss
 * n̄(x)  = E[(x − X)⁺] = Σ_{k < x} F(k)                        its complement
 * n²(x) = ½ Σ_{y > x} (y − x)(y − x − 1) f(y) = Σ_{j > x} n(j)  second-order loss
 * n̄²(x) = ½ Σ_{y ≤ x} (x − y)(x + 1 − y) f(y) = Σ_{j ≤ x} n̄(j) its complement
 *
 * Each table is a running sum of non-negative terms taken from the side where
 * it is small (the losses from the top, the complements from the bottom), so no
 * value is the small difference of two large ones. Outside the table's window
 * the values follow exactly: below it F = 0 (n grows by 1 per unit), above it
 * F = 1 (n̄ grows by 1 per unit).
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), Appendix C, eq. (C.36)–(C.42).
 * @example const table = poissonTable(6); table.loss(8)   //=> 0.3140 (E[(X − 8)⁺] for X ~ Poisson(6))
 */
export interface PoissonTable {
  /** λ, the mean. */
  mean: number;
  /** The smallest whole number whose probability the table keeps. */
  first: number;
  /** The largest whole number whose probability the table keeps. */
  last: number;
  /** f(k) = P(X = k). */
  probability(k: number): number;
  /** F(k) = P(X ≤ k). */
  cdf(k: number): number;
  /** F̄(k) = P(X > k), summed from the top so that it stays exact in the upper tail. */
  survival(k: number): number;
  /** n(k) = E[(X − k)⁺]. */
  loss(k: number): number;
  /** n̄(k) = E[(k − X)⁺]. */
  complementaryLoss(k: number): number;
  /** n²(k) = ½ Σ_{y > k} (y − k)(y − k − 1) f(y). */
  secondLoss(k: number): number;
  /** n̄²(k) = ½ Σ_{y ≤ k} (k − y)(k + 1 − y) f(y). */
  complementarySecondLoss(k: number): number;
}

/**
 * The {@link PoissonTable} of Poisson(λ).
 *
 * @param mean      λ (0 ≤ λ ≤ {@link MAX_POISSON_MEAN})
 * @param argument  the input field λ came from, for error messages
 */
export function poissonTable(mean: number, argument = "mean"): PoissonTable {
  requireNonNegative(mean, argument);
  if (mean > MAX_POISSON_MEAN) throw new InputError(argument, "must be at most 1,000,000 for Poisson demand", mean);
  const { first, weights } = poissonWeights(mean, NEGLIGIBLE);
  const size = weights.length;
  let total = 0;
  for (const weight of weights) total += weight;
  const pmf = weights.map((weight) => weight / total);
  const cdf = new Float64Array(size); // F(first + i)
  const tail = new Float64Array(size); // F̄(first + i)
  let running = 0;
  for (let i = 0; i < size; i++) cdf[i] = running += pmf[i] as number;
  running = 0;
  for (let i = size - 1; i >= 0; i--) {
    tail[i] = running;
    running += pmf[i] as number;
  }
  const loss = new Float64Array(size); // n(first + i) = Σ_{j ≥ i} F̄
  const second = new Float64Array(size); // n²(first + i) = Σ_{j > i} n
  let lossSum = 0;
  let secondSum = 0;
  for (let i = size - 1; i >= 0; i--) {
    second[i] = secondSum;
    lossSum += tail[i] as number;
    loss[i] = lossSum;
    secondSum += lossSum;
  }
  const complement = new Float64Array(size); // n̄(first + i) = Σ_{j < i} F
  const complementSecond = new Float64Array(size); // n̄²(first + i) = Σ_{j ≤ i} n̄
  let complementSum = 0;
  let complementSecondSum = 0;
  for (let i = 0; i < size; i++) {
    complement[i] = complementSum;
    complementSecondSum += complementSum;
    complementSecond[i] = complementSecondSum;
    complementSum += cdf[i] as number;
  }
  const last = first + size - 1;
  const at = (values: Float64Array, k: number) => values[k - first] as number;
  return {
    mean,
    first,
    last,
    probability: (k) => (k < first || k > last ? 0 : at(pmf, k)),
    cdf: (k) => (k < first ? 0 : k > last ? 1 : at(cdf, k)),
    survival: (k) => (k < first ? 1 : k > last ? 0 : at(tail, k)),
    loss: (k) => (k > last ? 0 : k < first ? at(loss, first) + (first - k) : at(loss, k)),
    complementaryLoss: (k) => (k < first ? 0 : k > last ? at(complement, last) + (k - last) : at(complement, k)),
    secondLoss(k) {
      if (k > last) return 0;
      if (k >= first) return at(second, k);
      const below = first - k; // Σ_{j = k+1}^{first} n(j), n(first − t) = n(first) + t
      return at(second, first) + below * at(loss, first) + (below * (below - 1)) / 2;
    },
    complementarySecondLoss(k) {
      if (k < first) return 0;
      if (k <= last) return at(complementSecond, k);
      const above = k - last; // Σ_{j = last+1}^{k} n̄(j), n̄(last + t) = n̄(last) + t
      return at(complementSecond, last) + above * at(complement, last) + (above * (above + 1)) / 2;
    },
  };
}

/**
 * G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺] = h·n̄(y) + p·n(y): the expected holding
 * and backorder cost of one period that starts with inventory position y, D the
 * Poisson demand over the lead time (the newsvendor cost; Snyder & Shen eq. 4.34).
 */
export function periodCost(table: PoissonTable, holdingCost: number, backorderCost: number, y: number): number {
  return holdingCost * table.complementaryLoss(y) + backorderCost * table.loss(y);
}

/**
 * y* = argmin G(y), the smallest y with G(y + 1) − G(y) = h − (h + p)·F̄(y) ≥ 0, that
 * is F̄(y) ≤ h/(h + p): the newsvendor (base-stock) level (Snyder & Shen eq. 4.35).
 */
export function newsvendorLevel(table: PoissonTable, holdingCost: number, backorderCost: number): number {
  const allowance = holdingCost / (holdingCost + backorderCost);
  let y = table.first;
  while (y < table.last && table.survival(y) > allowance) y++;
  return y;
}

/** Requires a whole number (a reorder point, an order quantity, a stock level). */
export function requireWhole(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!Number.isInteger(value)) throw new InputError(argument, "must be a whole number for Poisson demand", value);
  return value;
}
