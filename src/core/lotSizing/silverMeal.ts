import { type LotCosts, planByLots } from "./lots";

/**
 * Silver-Meal: extend each lot period by period while the average cost per
 * period it covers, (S + holding cost of the lot) / periods covered, does not
 * rise; stop at the first period whose inclusion raises it. O(n).
 *
 * @see Silver, E. A. & Meal, H. C. (1973), "A heuristic for selecting lot size quantities for the case of a deterministic time-varying demand rate and discrete opportunities for replenishment", Production and Inventory Management 14(2).
 * @see Silver, Pyke & Thomas (2017), ch. 5 (the Silver-Meal heuristic).
 */
export function silverMeal(r: readonly number[], costs: LotCosts): number[] {
  const { orderCost, holdingCost } = costs;
  return planByLots(r, (start) => {
    let end = start;
    let holding = 0;
    let average = orderCost;
    for (let next = start + 1; next < r.length; next++) {
      const nextHolding = holding + holdingCost * (next - start) * (r[next] as number);
      const nextAverage = (orderCost + nextHolding) / (next - start + 1);
      if (!(nextAverage <= average)) break;
      end = next;
      holding = nextHolding;
      average = nextAverage;
    }
    return end;
  });
}
