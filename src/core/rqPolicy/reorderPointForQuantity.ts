import { findIncreasingRoot } from "./findRoot";
import { type LeadTimeDemand, baseStockLevel, demandLoss } from "./leadTimeDemand";

/**
 * The best reorder point r(Q) for a given order quantity Q under the exact
 * (r,Q) cost: the r with g(r) = g(r + Q), i.e. (h + p)·(n(r) − n(r + Q)) = hQ.
 * Since g is convex with its minimum at S* = F⁻¹(p/(p + h)), the root lies in
 * [S* − Q, S*], and g(r + Q) − g(r) increases in r there.
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), eq. (5.9), Example 5.2.
 * @example reorderPointForQuantity(leadTimeDemand({ demandMean: 1300, demandStd: 150, leadTime: 1 / 12,
 *   holdingCost: 0.225, backorderCost: 7.5 }), 318) //=> 127.788   (Snyder & Shen Example 5.2)
 */
export function reorderPointForQuantity(demand: LeadTimeDemand, orderQuantity: number): number {
  const { holdingCost: h, backorderCost: p } = demand;
  const top = baseStockLevel(demand);
  const gap = (r: number): number =>
    h * orderQuantity - (h + p) * (demandLoss(demand, r) - demandLoss(demand, r + orderQuantity));
  const scale = Math.max(Math.abs(top), orderQuantity, demand.std, 1);
  return findIncreasingRoot(gap, top - orderQuantity, top, 1e-13 * scale);
}
