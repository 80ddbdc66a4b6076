/* Custom functions for one-time (newsvendor) buys. Thin wrappers over core. */
import { criticalRatio } from "../core/newsvendor/criticalRatio";
import { newsvendorDiscreteQuantity } from "../core/newsvendor/newsvendorDiscrete";
import {
  newsvendorLognormal,
  newsvendorLognormalCost,
  newsvendorLognormalQuantity,
  type NewsvendorLognormalInput,
} from "../core/newsvendor/newsvendorLognormal";
import {
  newsvendorNegativeBinomial,
  newsvendorNegativeBinomialCost,
  newsvendorNegativeBinomialQuantity,
  type NewsvendorNegativeBinomialInput,
} from "../core/newsvendor/newsvendorNegativeBinomial";
import {
  newsvendorNormal,
  newsvendorNormalCost,
  newsvendorNormalQuantity,
  type NewsvendorNormalInput,
} from "../core/newsvendor/newsvendorNormal";
import {
  newsvendorPoisson,
  newsvendorPoissonCost,
  newsvendorPoissonQuantity,
  type NewsvendorPoissonInput,
} from "../core/newsvendor/newsvendorPoisson";
import { elementwise, guarded, oneCell, resultOutput } from "./funnel";

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
 * Newsvendor order quantity for normal demand: MAX(0, mean + NORM.S.INV(critical ratio) × std) (Snyder & Shen ch. 4); or, with result "cost", the expected cost there or at quantity. Base stock with lead time L: the newsvendor over L + 1 periods.
 * @customfunction NEWSVENDOR
 * @param {any[][]} mean Mean demand over the selling season, units (≥ 0). For a base-stock level with lead time L, the demand over L + 1 periods.
 * @param {any[][]} std Standard deviation of that demand, units (≥ 0).
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost) plus any goodwill (> 0); for base stock, the backorder cost per unit per period.
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value (> 0); for base stock, the holding cost per unit per period.
 * @param {any} [result] "quantity" (default) for the order quantity, or "cost" for the expected overage plus underage cost.
 * @param {any[][]} [quantity] Order quantity (or base-stock level) at which result "cost" is taken, units (≥ 0). Default: the optimal quantity. Result "quantity" is always the optimum.
 * @returns {any[][]} Order quantity in units, 0 when the formula falls below 0 (or the expected cost), one per element.
 */
export function newsvendor(
  mean: any[][],
  std: any[][],
  underage_cost: any[][],
  overage_cost: any[][],
  result?: any,
  quantity?: any[][],
): any[][] {
  const output = resultOutput("NEWSVENDOR", result, {
    quantity: newsvendorNormalQuantity,
    cost: costAtQuantity<NewsvendorNormalInput>(newsvendorNormal, newsvendorNormalCost),
  });
  return elementwise(
    "NEWSVENDOR",
    {
      mean: ["mean", mean],
      stdDev: ["std", std],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    { quantity: ["quantity", quantity] },
    (input) => output(input),
  );
}

/**
 * Newsvendor quantity for Poisson demand (slow movers, spares): the smallest Q with POISSON.DIST(Q, mean, TRUE) ≥ the critical ratio; or, with result "cost", the expected cost there or at quantity. Base stock with lead time L: over L + 1 periods.
 * @customfunction NEWSVENDORPOISSON
 * @param {any[][]} mean Mean demand over the period, units (0 to 10,000,000). For a base-stock level with lead time L, the demand over L + 1 periods.
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost), downtime or goodwill (> 0); for base stock, the backorder cost per unit per period.
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value, or holding (> 0); for base stock, the holding cost per unit per period.
 * @param {any} [result] "quantity" (default) for the order quantity, or "cost" for the expected overage plus underage cost.
 * @param {any[][]} [quantity] Order quantity (or base-stock level) at which result "cost" is taken, units (≥ 0). Default: the optimal quantity. Result "quantity" is always the optimum.
 * @returns {any[][]} Order quantity (a whole number of units), or the expected cost, one per element.
 */
export function newsvendorpoisson(
  mean: any[][],
  underage_cost: any[][],
  overage_cost: any[][],
  result?: any,
  quantity?: any[][],
): any[][] {
  const output = resultOutput("NEWSVENDORPOISSON", result, {
    quantity: newsvendorPoissonQuantity,
    cost: costAtQuantity<NewsvendorPoissonInput>(newsvendorPoisson, newsvendorPoissonCost),
  });
  return elementwise(
    "NEWSVENDORPOISSON",
    {
      mean: ["mean", mean],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    { quantity: ["quantity", quantity] },
    (input) => output(input),
  );
}

/**
 * Newsvendor quantity for negative binomial demand (lumpy, variance above mean): the smallest Q whose chance of covering demand reaches the critical ratio; std² ≤ mean is Poisson. Or result "cost". Base stock with lead time L: over L + 1 periods.
 * @customfunction NEWSVENDORNEGBIN
 * @param {any[][]} mean Mean demand over the period, units (0 to 10,000,000). For a reorder point, the mean demand over the lead time.
 * @param {any[][]} std Standard deviation of that demand, units (≥ 0; at most 30,000 and 100 × SQRT(mean)). At or below SQRT(mean) the demand is Poisson.
 * @param {any[][]} underage_cost Cost of each unit short (> 0); for a reorder point at a cycle service level, the level.
 * @param {any[][]} overage_cost Cost of each unit left over (> 0); for a reorder point at a cycle service level, 1 − the level.
 * @param {any} [result] "quantity" (default) for the order quantity, or "cost" for the expected overage plus underage cost.
 * @param {any[][]} [quantity] Order quantity at which result "cost" is taken, units (≥ 0). Default: the optimal quantity. Result "quantity" is always the optimum.
 * @returns {any[][]} Order quantity (a whole number of units), or the expected cost, one per element.
 */
export function newsvendornegbin(
  mean: any[][],
  std: any[][],
  underage_cost: any[][],
  overage_cost: any[][],
  result?: any,
  quantity?: any[][],
): any[][] {
  const output = resultOutput("NEWSVENDORNEGBIN", result, {
    quantity: newsvendorNegativeBinomialQuantity,
    cost: costAtQuantity<NewsvendorNegativeBinomialInput>(newsvendorNegativeBinomial, newsvendorNegativeBinomialCost),
  });
  return elementwise(
    "NEWSVENDORNEGBIN",
    {
      mean: ["mean", mean],
      stdDev: ["std", std],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    { quantity: ["quantity", quantity] },
    (input) => output(input),
  );
}

/**
 * Newsvendor order quantity for lognormal demand (LN(demand) normal): EXP(log_mean + NORM.S.INV(critical ratio) × log_std); or, with result "cost", the expected cost there or at quantity. Base stock with lead time L: over L + 1 periods.
 * @customfunction NEWSVENDORLOGNORMAL
 * @param {any[][]} log_mean Mean of LN(demand) over the season (any number); EXP(log_mean) is the median demand. For base stock with lead time L, over L + 1 periods.
 * @param {any[][]} log_std Standard deviation of LN(demand) (≥ 0), a pure number.
 * @param {any[][]} underage_cost Cost of each unit short: lost margin (price − cost) plus any goodwill (> 0); for base stock, the backorder cost per unit per period.
 * @param {any[][]} overage_cost Cost of each unit left over: cost − salvage value (> 0); for base stock, the holding cost per unit per period.
 * @param {any} [result] "quantity" (default) for the order quantity, or "cost" for the expected overage plus underage cost.
 * @param {any[][]} [quantity] Order quantity (or base-stock level) at which result "cost" is taken, units (≥ 0). Default: the optimal quantity. Result "quantity" is always the optimum.
 * @returns {any[][]} Order quantity in units, or the expected cost, one per element.
 */
export function newsvendorlognormal(
  log_mean: any[][],
  log_std: any[][],
  underage_cost: any[][],
  overage_cost: any[][],
  result?: any,
  quantity?: any[][],
): any[][] {
  const output = resultOutput("NEWSVENDORLOGNORMAL", result, {
    quantity: newsvendorLognormalQuantity,
    cost: costAtQuantity<NewsvendorLognormalInput>(newsvendorLognormal, newsvendorLognormalCost),
  });
  return elementwise(
    "NEWSVENDORLOGNORMAL",
    {
      logMean: ["log_mean", log_mean],
      logStdDev: ["log_std", log_std],
      underageCost: ["underage_cost", underage_cost],
      overageCost: ["overage_cost", overage_cost],
    },
    { quantity: ["quantity", quantity] },
    (input) => output(input),
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
  const bindings = {
    values: ["values", values],
    probabilities: ["probabilities", probabilities],
    underageCost: ["underage_cost", underage_cost],
    overageCost: ["overage_cost", overage_cost],
  } as const;
  return guarded("NEWSVENDORDISCRETE", bindings, (read) => {
    const valueList = read.numbers("values");
    const probabilityList = read.numbers("probabilities");
    read.sameCount(valueList, probabilityList, "give one probability per value");
    const quantity = newsvendorDiscreteQuantity({
      values: valueList.values,
      probabilities: probabilityList.values,
      underageCost: read.requiredNumber("underageCost"),
      overageCost: read.requiredNumber("overageCost"),
    });
    return oneCell(quantity);
  });
}

/**
 * Result "cost" of a newsvendor model: the expected cost at the given quantity, or at the model's optimum
 * when no quantity is given (Snyder & Shen 2019, ch. 4: the newsvendor cost of any order quantity).
 */
function costAtQuantity<I>(
  atOptimum: (input: I) => { expectedCost: number },
  atGiven: (input: I & { quantity: number }) => number,
): (input: I & { quantity?: number }) => number {
  return (input) =>
    input.quantity === undefined ? atOptimum(input).expectedCost : atGiven({ ...input, quantity: input.quantity });
}
