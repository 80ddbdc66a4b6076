import { poissonTable, requireWhole } from "./poissonDistribution";
import { InputError } from "../shared/inputError";

export interface PoissonLossInput {
  /** x, the level (a whole number; may be negative). */
  x: number;
  /** λ, the Poisson mean (0 ≤ λ ≤ 1,000,000). */
  mean: number;
  /** 1 (default) for the first-order loss, 2 for the second-order loss. */
  order?: number;
  /** True for the complementary loss (the expected amount by which x exceeds X). */
  complementary?: boolean;
}

/**
 * Poisson loss functions, first and second order, and their complements.
 *
 * n(x)  = E[(X − x)⁺] = Σ_{y > x} (y − x) f(y)                 order 1
 * n̄(x)  = E[(x − X)⁺] = Σ_{y < x} (x − y) f(y)                 order 1, complementary
 * n²(x) = ½ Σ_{y > x} (y − x)(y − x − 1) f(y)                  order 2 (not ½E[((X − x)⁺)²])
 * n̄²(x) = ½ Σ_{y ≤ x} (x − y)(x + 1 − y) f(y)                  order 2, complementary
 *
 * with f the Poisson(λ) probability mass function. Computed from running sums
 * of non-negative terms (see {@link poissonTable}), exact for means up to 10⁶.
 *
 * @param input.x             x, whole units (negative allowed)
 * @param input.mean          λ, units (≥ 0)
 * @param input.order         1 or 2 (default 1)
 * @param input.complementary complementary loss when true (default false)
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), Appendix C, eq. (C.36)–(C.42).
 * @example poissonLoss({ x: 8, mean: 6 })   //=> 0.3140
 */
export function poissonLoss(input: PoissonLossInput): number {
  const x = requireWhole(input.x, "x");
  const order = input.order ?? 1;
  if (order !== 1 && order !== 2) throw new InputError("order", "must be 1 or 2", order);
  const table = poissonTable(input.mean);
  if (order === 1) return input.complementary ? table.complementaryLoss(x) : table.loss(x);
  return input.complementary ? table.complementarySecondLoss(x) : table.secondLoss(x);
}
