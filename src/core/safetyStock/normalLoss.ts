import { InputError } from "../shared/inputError";
import { standardNormalLoss, standardNormalSecondOrderLoss } from "../shared/normal";

export interface NormalLossInput {
  /** k (z), the point in standard deviations: a safety factor, any finite number. */
  k: number;
  /** 1 (default): first-order loss; 2: second-order loss. */
  order?: number | undefined;
  /** true: the complementary loss, over the units below k instead of above. Default false. */
  complementary?: boolean | undefined;
}

/** The loss functions of the standard normal Z that {@link normalLoss} computes, by order. */
const LOSS_OF_ORDER = { 1: standardNormalLoss, 2: standardNormalSecondOrderLoss } as const;

/**
 * The standard normal loss functions, first or second order, and their
 * complements, at k.
 *
 * order 1: G(k) = E[(Z − k)⁺] = φ(k) − k(1 − Φ(k)); complement n̄(k) = E[(k − Z)⁺] = k + G(k)
 * order 2: G2(k) = ½·E[((Z − k)⁺)²] = ½((k² + 1)(1 − Φ(k)) − kφ(k));
 *          complement n̄2(k) = ½·E[((k − Z)⁺)²] = ½((k² + 1)Φ(k) + kφ(k))
 *
 * Z is symmetric, so each complement is the loss at −k: n̄(k) = G(−k) and
 * n̄2(k) = G2(−k), computed that way with no cancellation. The first order is
 * the expected shortage, the complement the expected leftover stock, in
 * standard deviations; the second order gives the expected backorders over
 * time of an (r, Q) policy. For N(μ, σ²), n(x) = σ·G((x − μ)/σ) and
 * n2(x) = σ²·G2((x − μ)/σ).
 *
 * @param input.k             any finite number
 * @param input.order         1 or 2, default 1
 * @param input.complementary default false
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory (2019), Appendix C, eq. (C.22)–(C.23) (loss functions and their complements).
 * @see Zipkin, Foundations of Inventory Management (2000), §C.3.3 (second-order loss).
 * @example normalLoss({ k: 1.25 }) //=> 0.0506   (Snyder & Shen Example 4.1)
 * @example normalLoss({ k: 0, order: 2 }) //=> 0.25
 */
export function normalLoss(input: NormalLossInput): number {
  const order = input.order ?? 1;
  if (order !== 1 && order !== 2) {
    throw new InputError("order", "must be 1 (first-order loss) or 2 (second-order loss)", order);
  }
  const loss = LOSS_OF_ORDER[order];
  return input.complementary === true ? loss(-input.k, "k") : loss(input.k, "k");
}
