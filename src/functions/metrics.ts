/* Custom functions for inventory metrics: flow and finance, service and record accuracy, forecast error. */
import { carryingCost } from "../core/metrics/carryingCost";
import { cycleCountsPerDay } from "../core/metrics/cycleCountsPerDay";
import { daysOfSupply } from "../core/metrics/daysOfSupply";
import { grossMarginReturnOnInventory } from "../core/metrics/grossMarginReturnOnInventory";
import { inventoryTurnover } from "../core/metrics/inventoryTurnover";
import { meanAbsoluteDeviation } from "../core/metrics/meanAbsoluteDeviation";
import { onTimeInFull } from "../core/metrics/onTimeInFull";
import { pipelineInventory } from "../core/metrics/pipelineInventory";
import { recordAccuracy } from "../core/metrics/recordAccuracy";
import { trackingSignal } from "../core/metrics/trackingSignal";
import { unitFillRate } from "../core/metrics/unitFillRate";
import { elementwise, guarded, oneCell } from "./funnel";

/*
 * Aggregates (OTIF, UNITFILLRATE, RECORDACCURACY, CYCLECOUNTS, MAD, TRACKINGSIGNAL) read whole
 * ranges with the funnel's reader and return one value as a 1 × 1 spill: "" when
 * every row is blank. A bad cell makes the whole call #VALUE! (naming the cell),
 * since one number summarises all rows.
 */

/**
 * Pipeline (in-transit) inventory: demand_rate × transit_time (Little's law). Use one period unit for both. Ranges combine element by element and spill.
 * @customfunction PIPELINE
 * @param {any[][]} demand_rate Demand (flow) rate, units per period (≥ 0).
 * @param {any[][]} transit_time Transit time, periods (≥ 0), in the same period unit as demand_rate.
 * @returns {any[][]} Average pipeline inventory in units, one per element.
 */
export function pipeline(demand_rate: any[][], transit_time: any[][]): any[][] {
  return elementwise(
    "PIPELINE",
    { demandRate: ["demand_rate", demand_rate], transitTime: ["transit_time", transit_time] },
    {},
    (input) => pipelineInventory(input),
  );
}

/**
 * Inventory turnover: cost of goods sold / average inventory at cost, both over the same period (usually a year). Ranges combine element by element and spill.
 * @customfunction TURNOVER
 * @param {any[][]} cogs Cost of goods sold over the period (≥ 0).
 * @param {any[][]} avg_inventory Average inventory over the same period, at cost (> 0).
 * @returns {any[][]} Turns per period, one per element.
 */
export function turnover(cogs: any[][], avg_inventory: any[][]): any[][] {
  return elementwise(
    "TURNOVER",
    { costOfGoodsSold: ["cogs", cogs], averageInventory: ["avg_inventory", avg_inventory] },
    {},
    (input) => inventoryTurnover(input),
  );
}

/**
 * Gross margin return on inventory investment: gross margin / average inventory at cost, over the same period. Ranges combine element by element and spill.
 * @customfunction GMROI
 * @param {any[][]} gross_margin Gross margin over the period (sales − cost of goods sold); negative for a loss.
 * @param {any[][]} avg_inventory_cost Average inventory over the same period, at cost (> 0).
 * @returns {any[][]} GMROI (2.5 = 2.50 of margin per 1.00 of inventory), one per element.
 */
export function gmroi(gross_margin: any[][], avg_inventory_cost: any[][]): any[][] {
  return elementwise(
    "GMROI",
    { grossMargin: ["gross_margin", gross_margin], averageInventoryCost: ["avg_inventory_cost", avg_inventory_cost] },
    {},
    (input) => grossMarginReturnOnInventory(input),
  );
}

/**
 * Days of supply: inventory / average daily demand, how long the stock lasts at the average rate (with weekly demand, weeks of supply). Ranges combine element by element and spill.
 * @customfunction DAYSOFSUPPLY
 * @param {any[][]} inventory Inventory on hand, units (≥ 0).
 * @param {any[][]} avg_daily_demand Average demand per day, units (> 0).
 * @returns {any[][]} Days of supply, one per element.
 */
export function daysofsupply(inventory: any[][], avg_daily_demand: any[][]): any[][] {
  return elementwise(
    "DAYSOFSUPPLY",
    { inventory: ["inventory", inventory], averageDailyDemand: ["avg_daily_demand", avg_daily_demand] },
    {},
    (input) => daysOfSupply(input),
  );
}

/**
 * Inventory carrying cost of a period: average inventory value × carrying rate (capital, storage, insurance, obsolescence). Ranges combine element by element and spill.
 * @customfunction CARRYINGCOST
 * @param {any[][]} avg_inventory_value Average inventory value over the period, at cost (≥ 0).
 * @param {any[][]} carrying_rate Carrying rate per period, a fraction of the value (25% = 0.25, ≥ 0).
 * @returns {any[][]} Carrying cost for the period, one per element.
 */
export function carryingcost(avg_inventory_value: any[][], carrying_rate: any[][]): any[][] {
  return elementwise(
    "CARRYINGCOST",
    {
      averageInventoryValue: ["avg_inventory_value", avg_inventory_value],
      carryingRate: ["carrying_rate", carrying_rate],
    },
    {},
    (input) => carryingCost(input),
  );
}

/**
 * On time in full: the share of orders delivered both on time and in full. One row (cell) per order in both ranges; rows blank in both are skipped. Returns one value ("" when there are no orders).
 * @customfunction OTIF
 * @param {any[][]} on_time Per order: TRUE (or 1) if delivered on time, FALSE (or 0) if not.
 * @param {any[][]} in_full Per order, in the same shape as on_time: TRUE (or 1) if delivered in full, FALSE (or 0) if not.
 * @returns {any[][]} The OTIF share between 0 and 1, as one cell.
 */
export function otif(on_time: any[][], in_full: any[][]): any[][] {
  return guarded("OTIF", { onTime: ["on_time", on_time], inFull: ["in_full", in_full] }, (read) => {
    const onTime = read.flags("onTime");
    const inFull = read.flags("inFull");
    read.sameShape(onTime, inFull);
    return oneCell(onTimeInFull({ onTime: onTime.values, inFull: inFull.values }));
  });
}

/**
 * Unit fill rate of a period's order lines: Σ units shipped from stock / Σ units ordered, one figure for all lines (not the average of line ratios). Lines blank in both ranges are skipped. Returns one value ("" when nothing was ordered).
 * @customfunction UNITFILLRATE
 * @param {any[][]} shipped Per order line: units shipped from stock on the first shipment (≥ 0, at most that line's ordered).
 * @param {any[][]} ordered Per order line, in the same shape as shipped: units ordered (≥ 0).
 * @returns {any[][]} The fill rate between 0 and 1, as one cell.
 */
export function unitfillrate(shipped: any[][], ordered: any[][]): any[][] {
  return guarded("UNITFILLRATE", { shipped: ["shipped", shipped], ordered: ["ordered", ordered] }, (read) => {
    const shippedLines = read.numbers("shipped");
    const orderedLines = read.numbers("ordered");
    read.sameShape(shippedLines, orderedLines);
    return oneCell(unitFillRate({ shipped: shippedLines.values, ordered: orderedLines.values }));
  });
}

/**
 * Inventory record accuracy: share of counted records with |counted − book| ≤ max(tolerance × book, tolerance_units). Rows blank in both quantities are skipped. Returns one value.
 * @customfunction RECORDACCURACY
 * @param {any[][]} book_qty Book (system) quantity of each record (≥ 0).
 * @param {any[][]} counted_qty Counted quantity of each record (≥ 0), in the same shape as book_qty.
 * @param {any[][]} tolerance Tolerance as a fraction of the book quantity (2% = 0.02, 0 to 1): one value, or a range aligned with the records (per-class tolerances).
 * @param {any[][]} [tolerance_units] Absolute tolerance in units (≥ 0), beside the relative one: a record within either is accurate. One value, or a range aligned with the records (blank = 0). Default 0.
 * @returns {any[][]} Share of records within tolerance, between 0 and 1, as one cell ("" when no record was counted).
 */
export function recordaccuracy(
  book_qty: any[][],
  counted_qty: any[][],
  tolerance: any[][],
  tolerance_units?: any[][],
): any[][] {
  const bindings = {
    bookQuantities: ["book_qty", book_qty],
    countedQuantities: ["counted_qty", counted_qty],
    tolerance: ["tolerance", tolerance],
    unitTolerance: ["tolerance_units", tolerance_units],
  } as const;
  return guarded("RECORDACCURACY", bindings, (read) => {
    const book = read.numbers("bookQuantities");
    const counted = read.numbers("countedQuantities");
    const tolerances = read.numbers("tolerance");
    read.sameShape(book, counted);
    read.sameShape(book, tolerances, { orSingle: true });
    const what = "a fraction such as 0.02 (0 for an exact match)";
    const tolerancePerRecord = read.alignedOrSingle(tolerances, [book, counted], what);
    if (tolerancePerRecord === undefined) return oneCell(null);
    const units = read.optionalNumbers("unitTolerance");
    if (units) read.sameShape(book, units, { orSingle: true });
    const unitTolerance = units && (units.values.length === 1 ? (units.values[0] ?? undefined) : units.values);
    return oneCell(
      recordAccuracy({
        bookQuantities: book.values,
        countedQuantities: counted.values,
        tolerance: tolerancePerRecord,
        unitTolerance,
      }),
    );
  });
}

/**
 * Cycle counts per working day: sum over classes of items × counts per year / working days (e.g. A monthly = 12, B quarterly = 4, C twice a year = 2). Returns one value.
 * @customfunction CYCLECOUNTS
 * @param {any[][]} items_per_class Number of items in each class (≥ 0), one cell per class.
 * @param {any[][]} counts_per_year Times each class is counted per year (≥ 0): one value for all classes, or one per class in the shape of items_per_class.
 * @param {any} [working_days] Working days per year (> 0). Default 250.
 * @returns {any[][]} Items to count per working day (not rounded), as one cell.
 */
export function cyclecounts(items_per_class: any[][], counts_per_year: any[][], working_days?: any): any[][] {
  const bindings = {
    itemsPerClass: ["items_per_class", items_per_class],
    countsPerYear: ["counts_per_year", counts_per_year],
    workingDays: ["working_days", working_days],
  } as const;
  return guarded("CYCLECOUNTS", bindings, (read) => {
    const items = read.numbers("itemsPerClass");
    const counts = read.numbers("countsPerYear");
    read.sameShape(items, counts, { orSingle: true });
    const workingDays = read.optionalNumber("workingDays");
    const countsPerYear = read.alignedOrSingle(counts, [items], "how often the classes are counted per year");
    if (countsPerYear === undefined) return oneCell(null);
    return oneCell(cycleCountsPerDay({ itemsPerClass: items.values, countsPerYear, workingDays }));
  });
}

/**
 * Mean absolute deviation of forecast errors: average of |actual − forecast| over the periods with both figures (a period with only one is skipped). Returns one value.
 * @customfunction MAD
 * @param {any[][]} actuals Actual demand per period.
 * @param {any[][]} forecasts Forecast per period, in the same shape as actuals.
 * @returns {any[][]} MAD (≥ 0) as one cell ("" when no period has both figures).
 */
export function mad(actuals: any[][], forecasts: any[][]): any[][] {
  return guarded("MAD", { actuals: ["actuals", actuals], forecasts: ["forecasts", forecasts] }, (read) => {
    const actual = read.numbers("actuals");
    const forecast = read.numbers("forecasts");
    read.sameShape(actual, forecast);
    return oneCell(meanAbsoluteDeviation({ actuals: actual.values, forecasts: forecast.values }));
  });
}

/**
 * Tracking signal: running sum of forecast errors (actual − forecast) / MAD, over the periods with both figures. Positive: forecasts run low. Beyond about ±4, review the forecast. Returns one value.
 * @customfunction TRACKINGSIGNAL
 * @param {any[][]} actuals Actual demand per period.
 * @param {any[][]} forecasts Forecast per period, in the same shape as actuals.
 * @returns {any[][]} Tracking signal in MADs as one cell (0 when every error is 0; "" when no period has both figures).
 */
export function trackingsignal(actuals: any[][], forecasts: any[][]): any[][] {
  return guarded("TRACKINGSIGNAL", { actuals: ["actuals", actuals], forecasts: ["forecasts", forecasts] }, (read) => {
    const actual = read.numbers("actuals");
    const forecast = read.numbers("forecasts");
    read.sameShape(actual, forecast);
    return oneCell(trackingSignal({ actuals: actual.values, forecasts: forecast.values }));
  });
}
