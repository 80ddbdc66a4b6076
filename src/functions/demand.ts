/* Custom functions for demand statistics. Thin wrappers: the funnel owns the cells, core owns the model. */
import { eachItem } from "../core/classification/demandHistory";
import { type DemandStatistics, demandStatistics } from "../core/classification/demandStatistics";
import { guarded, resultOutput } from "./funnel";

/**
 * Outputs of INV.DEMANDSTATS.
 * @customenum {string}
 */
enum DemandStatsResult {
  /** Mean demand per period over the periods with a figure (=AVERAGE), the default. */
  mean = "mean",
  /** Sample standard deviation of demand per period, n − 1 in the denominator (=STDEV.S). */
  std = "std",
  /** Periods with a figure (=COUNT). */
  periods = "periods",
}

/**
 * Each item's mean demand per period (=AVERAGE) or sample standard deviation (=STDEV.S), a whole history in one spill: the d and σd that SAFETYSTOCK takes (Silver, Pyke & Thomas §4.5). Items are rows, periods across; one result per row.
 * @customfunction DEMANDSTATS
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across. Blank periods are skipped (enter 0 for a period without demand); a blank row gives ""; a row needs figures in at least 2 periods.
 * @param [result] "mean" (default): mean demand per period (=AVERAGE); "std": sample standard deviation (=STDEV.S); "periods": periods with a figure (=COUNT).
 * @returns {any[][]} The chosen statistic per row of demand_history, a column.
 */
export function demandstats(demand_history: any[][], result?: DemandStatsResult): any[][] {
  const fn = "DEMANDSTATS";
  const output = resultOutput(fn, result, {
    mean: (statistics: DemandStatistics) => statistics.mean,
    std: (statistics) => statistics.standardDeviation,
    periods: (statistics) => statistics.periods,
  });
  return guarded(fn, { demandHistory: ["demand_history", demand_history] }, (read) => {
    const history = read.history("demandHistory");
    const results = eachItem(history.rows.length, (item) => {
      const statistics = demandStatistics(history.rows[item] ?? []);
      return statistics === null ? null : output(statistics);
    });
    return read.itemOutputs(results, history);
  });
}
