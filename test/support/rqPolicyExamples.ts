/* Snyder & Shen's chapter 5 instances of the (r,Q) model for normal demand (Fundamentals of Supply Chain Theory, 2nd ed., 2019), as core inputs. */

/** Example 5.1 (and 5.2–5.6): λ = 1300, τ = 150 per year, L = 1/12 year, K = 8, h = 0.225, p = 7.5. */
export const EXAMPLE_5_1 = {
  demandMean: 1300,
  demandStd: 150,
  leadTime: 1 / 12,
  orderCost: 8,
  holdingCost: 0.225,
  backorderCost: 7.5,
};

/** Problem 5.1: λ = 800, τ = 40 per year, L = 4/365 year, K = 50, h = 3.1, p = 45. */
export const PROBLEM_5_1 = {
  demandMean: 800,
  demandStd: 40,
  leadTime: 4 / 365,
  orderCost: 50,
  holdingCost: 3.1,
  backorderCost: 45,
};

/** Problem 5.3: λ = 192, τ = 17.4 per week, L = 3 weeks, K = 85, h = 1.5/7, p = 40. */
export const PROBLEM_5_3 = {
  demandMean: 192,
  demandStd: 17.4,
  leadTime: 3,
  orderCost: 85,
  holdingCost: 1.5 / 7,
  backorderCost: 40,
};
