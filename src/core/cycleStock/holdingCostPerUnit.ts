import { requireFiniteResult, requirePositive } from "../shared/guards";
import { InputError } from "../shared/inputError";

/**
 * H, the holding cost per unit per period that a cycle-stock model uses.
 *
 * Without a unit cost, `holdingCost` is H itself. With a unit cost C, `holdingCost`
 * is the carrying rate i per period (a fraction, 25% = 0.25) and H = i × C, the
 * convention of docs/conventions.md ("Cycle stock and lot sizing") and of INV.EOQ.
 *
 * @param holdingCost  H (> 0), or the carrying rate i (> 0) when unitCost is given
 * @param unitCost     C (> 0), optional
 * @throws InputError  naming holdingCost or unitCost when either is not positive,
 *                     or when i × C overflows or underflows to 0
 */
export function holdingCostPerUnit(holdingCost: number, unitCost: number | undefined): number {
  requirePositive(holdingCost, "holdingCost");
  if (unitCost === undefined) return holdingCost;
  const perUnit = requireFiniteResult(holdingCost * requirePositive(unitCost, "unitCost"), "holding cost");
  if (!(perUnit > 0)) {
    throw new InputError("holdingCost", "times unitCost is too small to be told from 0", perUnit);
  }
  return perUnit;
}
