/* Custom functions for one-time (newsvendor) buys. Thin wrappers over core. */
import { criticalRatio } from "../core/newsvendor/criticalRatio";
import { newsvendorDiscreteQuantity } from "../core/newsvendor/newsvendorDiscrete";
import { newsvendorNormal, newsvendorNormalQuantity } from "../core/newsvendor/newsvendorNormal";
import { newsvendorPoissonQuantity } from "../core/newsvendor/newsvendorPoisson";
import { elementwise, guarded, resultOutput } from "./funnel";

/**
 * Critical ratio underage_cost/(underage_cost + overage_cost): the newsvendor's optimal chance of meeting all demand. Ranges combine element by element and spill.
 * @customfunction CRITICALRATIO
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost) plus any goodwill (> 0).
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value (> 0).
 * @returns {any[][]} Critical ratio between 0 and 1, one per element.
 */
export function criticalratio(underage_cost: any[][], overage_cost: any[][]): any[][] {
  return elementwise(
    "CRITICALRATIO",
    { underageCost: ["underage_cost", underage_cost], overageCost: ["overage_cost", overage_cost] },
    {},
    (input) => criticalRatio(input),
  );
}

/**
 * Newsvendor order quantity for normal demand: MAX(0, mean + NORM.S.INV(critical ratio) × std) (Snyder & Shen ch. 4), never negative; or, with result "cost", the expected overage plus underage cost there. Ranges spill.
 * @customfunction NEWSVENDOR
 * @param {any[][]} mean Mean demand over the selling season, units (≥ 0).
 * @param {any[][]} std Standard deviation of that demand, units (≥ 0).
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost) plus any goodwill (> 0).
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value (> 0).
 * @param {any} [result] "quantity" (default) for the order quantity, or "cost" for its expected overage plus underage cost.
 * @returns {any[][]} Order quantity in units, 0 when the formula falls below 0 (or the expected cost at that quantity), one per element.
 */
export function newsvendor(
  mean: any[][],
  std: any[][],
  underage_cost: any[][],
  overage_cost: any[][],
  result?: any,
): any[][] {
  const output = resultOutput("NEWSVENDOR", result, {
    quantity: newsvendorNormalQuantity,
    cost: (input) => newsvendorNormal(input).expectedCost,
  });
  return elementwise(
    "NEWSVENDOR",
    {
      mean: ["mean", mean],
      stdDev: ["std", std],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    {},
    (input) => output(input),
  );
}

/**
 * Newsvendor quantity for Poisson demand (slow movers, MRO spares): the smallest Q with POISSON.DIST(Q, mean, TRUE) ≥ the critical ratio. Exact for means up to 10,000,000. Ranges spill.
 * @customfunction NEWSVENDORPOISSON
 * @param {any[][]} mean Mean demand over the period, units (0 to 10,000,000).
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost), downtime or goodwill (> 0).
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value, or holding (> 0).
 * @returns {any[][]} Order quantity (a whole number of units), one per element.
 */
export function newsvendorpoisson(mean: any[][], underage_cost: any[][], overage_cost: any[][]): any[][] {
  return elementwise(
    "NEWSVENDORPOISSON",
    {
      mean: ["mean", mean],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    {},
    (input) => newsvendorPoissonQuantity(input),
  );
}

/**
 * Newsvendor quantity for an empirical demand distribution: the smallest value whose cumulative probability reaches the critical ratio. Probabilities must sum to 1 (within 1e-6).
 * @customfunction NEWSVENDORDISCRETE
 * @param {any[][]} values Possible demand values, units (≥ 0), in any order; a range. Rows blank in both ranges are skipped.
 * @param {any[][]} probabilities Probability of each value (0 to 1, summing to 1), a range with one cell per value.
 * @param {any} underage_cost Cost of each unit short: lost margin (price − cost) plus any goodwill (> 0).
 * @param {any} overage_cost Cost of each unit left over: cost − salvage value (> 0).
 * @returns {any[][]} The order quantity (one of the values).
 */
export function newsvendordiscrete(
  values: any[][],
  probabilities: any[][],
  underage_cost: any,
  overage_cost: any,
): any[][] {
  return guarded(
    "NEWSVENDORDISCRETE",
    {
      values: "values",
      probabilities: "probabilities",
      underageCost: "underage_cost",
      overageCost: "overage_cost",
    },
    (read) => {
      const valueList = read.numbers("values", values);
      const probabilityList = read.numbers("probabilities", probabilities);
      read.sameCount(valueList, probabilityList, "give one probability per value");
      const quantity = newsvendorDiscreteQuantity({
        values: valueList.values,
        probabilities: probabilityList.values,
        underageCost: read.requiredNumber("underage_cost", underage_cost),
        overageCost: read.requiredNumber("overage_cost", overage_cost),
      });
      return [[quantity]];
    },
  );
}
