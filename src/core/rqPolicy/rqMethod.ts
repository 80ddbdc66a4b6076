import type { LeadTimeDemand } from "./leadTimeDemand";

/** What every (r,Q) method is given: the lead-time demand and costs, λ and K. */
export interface RqProblem {
  demand: LeadTimeDemand;
  /** λ, mean demand per period (> 0). */
  demandMean: number;
  /** K, cost per order (> 0). */
  orderCost: number;
}

/** A method's (r,Q), and its own estimate of the cost where it has one (EIL). */
export interface RqSolution {
  reorderPoint: number;
  orderQuantity: number;
  /** The method's own cost estimate, where it has one (EIL's g̃(r,Q), eq. (5.16)). */
  approximateCost?: number;
}

/** One way of choosing (r,Q): its rule for r at a given Q, and its (r,Q). */
export interface RqMethod {
  reorderPointFor(problem: RqProblem, orderQuantity: number): number;
  solve(problem: RqProblem): RqSolution;
}

/** Stops a fixed-point iteration: both values within a relative 1e-12 of their last ones. */
export function settled(previous: RqSolution, next: RqSolution): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1);
  return close(previous.reorderPoint, next.reorderPoint) && close(previous.orderQuantity, next.orderQuantity);
}
