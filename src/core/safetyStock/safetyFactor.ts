import { standardNormalQuantile } from "../shared/normal";

export interface SafetyFactorInput {
  /** Cycle service level CSL, the probability of no stockout in a replenishment cycle, 0 < CSL < 1. */
  serviceLevel: number;
}

/**
 * Safety factor z for a cycle service level: the number of standard deviations of
 * lead-time demand to hold as safety stock.
 *
 * z = Φ⁻¹(CSL) = −√2 · erfcinv(2·CSL)
 *
 * Computed with `@stdlib/math-base-special-erfcinv` (see ../shared/normal.ts), which
 * matches Excel's NORM.S.INV to 1e-9 and better across (0, 1). A level of 0 or 1
 * (or outside) is an input error, never ±Infinity; a level below 0.5 gives z < 0.
 *
 * @param input.serviceLevel CSL, 0 < CSL < 1
 * @returns z
 * @see Chopra & Meindl, Supply Chain Management, 6th ed. (2016), ch. 12 (z = NORMSINV(CSL)).
 * @see APICS Dictionary, "safety factor"; Silver, Pyke & Thomas (2017), ch. 6.
 * @example safetyFactor({ serviceLevel: 0.95 }) //=> 1.6448536269514724 (Excel: NORM.S.INV(0.95) = 1.64485362695147)
 */
export function safetyFactor(input: SafetyFactorInput): number {
  // "+ 0" turns the −0 of a 50% service level into 0.
  return standardNormalQuantile(input.serviceLevel, "serviceLevel") + 0;
}
