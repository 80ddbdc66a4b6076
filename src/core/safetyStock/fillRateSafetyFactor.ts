import { requireFiniteResult, requireOpenFraction, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { MIN_LOSS, standardNormalLossInverse } from "../shared/normal";

export interface FillRateSafetyFactorInput {
  /** FR, target fill rate (P2, fraction of demand met from stock), 0 < FR < 1. */
  fillRate: number;
  /** Q, order quantity, units. */
  orderQuantity: number;
  /** σ_LT, standard deviation of demand over the lead time, units. */
  leadTimeDemandStdDev: number;
}

/**
 * Safety factor k that reaches a target fill rate (P2, backorders): the k with
 *
 * G(k) = Q·(1 − FR) / σ_LT
 *
 * where G is the standard normal loss function and Q(1 − FR) the shortage per
 * cycle the target allows. Solved by {@link standardNormalLossInverse} (Newton on
 * G, built on `@stdlib/stats-base-dists-normal-pdf` and `@stdlib/math-base-special-erfc`).
 *
 * **Negative k.** G(0) = 1/√(2π) ≈ 0.3989. When Q(1 − FR)/σ_LT is larger than
 * that, the order quantity alone already meets the target with a reorder point
 * at or below mean lead-time demand, and k < 0: the target allows more shortage
 * per cycle than a zero safety stock causes. k is returned as the formula gives
 * it; it is not floored at 0.
 *
 * @param input.fillRate             FR, 0 < FR < 1
 * @param input.orderQuantity        Q, units (> 0)
 * @param input.leadTimeDemandStdDev σ_LT, units (> 0; with no variability any k serves)
 * @returns k
 * @see Silver, Pyke & Thomas (2017), ch. 6 (k from a P2 target: G_u(k) = Q(1 − P2)/σ_L).
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (safety inventory for a fill rate).
 * @example fillRateSafetyFactor({ fillRate: 0.975, orderQuantity: 10000, leadTimeDemandStdDev: 707.1068 }) //=> 0.0943
 * //   (Chopra & Meindl Example 12-5: ss = k·σ_L ≈ 67)
 */
export function fillRateSafetyFactor(input: FillRateSafetyFactorInput): number {
  return fillRateSafetyFactorWithLoss(input).safetyFactor;
}

/** The answer of the fill-rate iteration: the target loss G(k) and the k that reaches it. */
export interface SafetyFactorForLoss {
  /** k with G(k) = loss. */
  safetyFactor: number;
  /** G(k) = Q(1 − FR)/σ_LT, the shortage per cycle the target allows in standard deviations of lead-time demand. */
  loss: number;
}

/**
 * {@link fillRateSafetyFactor} with the target loss G(k) = Q(1 − FR)/σ_LT that k
 * solves, for a calculation that shows its work.
 *
 * @param input as {@link fillRateSafetyFactor}
 * @see Silver, Pyke & Thomas (2017), ch. 6 (k from a P2 target: G_u(k) = Q(1 − P2)/σ_L).
 * @example fillRateSafetyFactorWithLoss({ fillRate: 0.975, orderQuantity: 10000, leadTimeDemandStdDev: 707.1068 })
 * //=> { safetyFactor: 0.0943, loss: 0.3536 }   (Chopra & Meindl Example 12-5)
 */
export function fillRateSafetyFactorWithLoss(input: FillRateSafetyFactorInput): SafetyFactorForLoss {
  const fillRate = requireOpenFraction(input.fillRate, "fillRate");
  const orderQuantity = requirePositive(input.orderQuantity, "orderQuantity");
  const deviation = requirePositive(input.leadTimeDemandStdDev, "leadTimeDemandStdDev");
  return safetyFactorForLoss(fillRate, orderQuantity, deviation);
}

/**
 * k with G(k) = Q(1 − FR)/σ, and that loss, for validated inputs (σ > 0). Shared
 * with {@link safetyStockForFillRate}.
 */
export function safetyFactorForLoss(fillRate: number, orderQuantity: number, deviation: number): SafetyFactorForLoss {
  const loss = (orderQuantity * (1 - fillRate)) / deviation;
  if (loss < MIN_LOSS) {
    throw new InputError(
      "fillRate",
      "is too close to 1 for this orderQuantity and lead-time demand deviation: the safety factor would pass 37 standard deviations",
      fillRate,
    );
  }
  requireFiniteResult(loss, "safety factor");
  return { safetyFactor: standardNormalLossInverse(loss), loss };
}
