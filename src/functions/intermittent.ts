/* Custom functions for intermittent demand: the demand pattern and Croston-type rates. Thin wrappers over core. */
import { CROSTON_METHODS, crostonRates } from "../core/intermittent/croston";
import { demandPatterns } from "../core/intermittent/demandPattern";
import { guarded } from "./funnel";

/**
 * Methods of INV.CROSTON.
 * @customenum {string}
 */
enum CrostonMethod {
  /** Croston (1972): smoothed size over smoothed interval. */
  croston = "croston",
  /** Syntetos & Boylan (2005): Croston's rate × (1 − alpha/2), without its bias; the default. */
  sba = "sba",
  /** Teunter, Syntetos & Babai (2011): smoothed probability of demand × smoothed size, updated every period. */
  tsb = "tsb",
}

/**
 * Demand pattern per item (Syntetos & Boylan): ADI = periods / periods with demand, CV² of the non-zero sizes; smooth (ADI < 1.32, CV² < 0.49), erratic, intermittent (ADI ≥ 1.32) or lumpy (both high). One result per row.
 * @customfunction DEMANDPATTERN
 * @param {any[][]} history Demand per period (≥ 0): one row per item, periods across; a single column is one item. Blank periods are skipped; a row that is blank or without demand gives "".
 * @returns {any[][]} "smooth", "erratic", "intermittent" or "lumpy" per row of history, a column.
 */
export function demandpattern(history: any[][]): any[][] {
  return guarded("DEMANDPATTERN", { demandHistory: ["history", history] }, (read) => {
    const rows = read.history("demandHistory");
    return read.itemOutputs(demandPatterns(rows.rows), rows);
  });
}

/**
 * Demand rate per period per item by Croston's method: smoothed non-zero size over smoothed interval, started at the first demand and its interval; "sba" × (1 − alpha/2); "tsb" smooths the demand probability every period.
 * @customfunction CROSTON
 * @param {any[][]} history Demand per period (≥ 0), oldest first: one row per item, periods across; a single column is one item. Blank periods are skipped; a blank row gives ""; no demand in any period gives 0.
 * @param {any} [alpha] Smoothing constant (0 < alpha ≤ 1), for sizes, intervals and TSB's probability alike. Default 0.1.
 * @param {CrostonMethod} [method] "croston", "sba" (default: Syntetos-Boylan approximation) or "tsb" (Teunter-Syntetos-Babai).
 * @returns {any[][]} The demand rate (units per period) per row of history, a column.
 */
export function croston(history: any[][], alpha?: any, method?: CrostonMethod): any[][] {
  const bindings = {
    demandHistory: ["history", history],
    alpha: ["alpha", alpha],
    method: ["method", method],
  } as const;
  return guarded("CROSTON", bindings, (read) => {
    const options = { alpha: read.optionalNumber("alpha"), method: read.optionalChoice("method", CROSTON_METHODS) };
    const rows = read.history("demandHistory");
    return read.itemOutputs(crostonRates(rows.rows, options), rows);
  });
}
