import { type LotCosts, planByLots } from "./lots";

/**
 * Least unit cost (LUC): extend each lot period by period while its cost per
 * unit, (S + holding cost of the lot) / units in the lot, does not rise; stop at
 * the first period whose inclusion raises it. O(n).
 *
 * @see Silver, Pyke & Thomas (2017), ch. 5 (least unit cost); Vollmann et al., Manufacturing Planning and Control.
 */
export function leastUnitCost(r: readonly number[], costs: LotCosts): number[] {
  const { orderCost, holdingCost } = costs;
  return planByLots(r, (start) => {
    let end = start;
    let holding = 0;
    let units = r[start] as number;
    let unitCost = orderCost / units;
    for (let next = start + 1; next < r.length; next++) {
      const requirement = r[next] as number;
      const nextHolding = holding + holdingCost * (next - start) * requirement;
      const nextUnits = units + requirement;
      const nextUnitCost = (orderCost + nextHolding) / nextUnits;
      if (!(nextUnitCost <= unitCost)) break;
      end = next;
      holding = nextHolding;
      units = nextUnits;
      unitCost = nextUnitCost;
    }
    return end;
  });
}
