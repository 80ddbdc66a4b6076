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
import { formatValue } from "../core/shared/inputError";
import {
  ArgumentError,
  MAX_CELLS,
  elementwise,
  guarded,
  type ArgumentReader,
  type Cell,
  type ListArgument,
  type Output,
} from "./funnel";

/*
 * Aggregates (OTIF, RECORDACCURACY, CYCLECOUNTS, MAD, TRACKINGSIGNAL) read whole
 * ranges with the funnel's `read.numbers` and return one value as a 1 × 1 spill:
 * "" when every row is blank. A bad cell makes the whole call #VALUE! (naming the
 * cell), since one number summarises all rows. Helpers below are local: the funnel
 * compares shapes only for broadcast arguments.
 */

type Shape = ListArgument["shape"];

function describeShape(shape: Shape): string {
  const plural = (n: number, word: string): string => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(shape.rows, "row")} × ${plural(shape.columns, "column")}`;
}

const sameShape = (a: Shape, b: Shape): boolean => a.rows === b.rows && a.columns === b.columns;
const isSingle = (shape: Shape): boolean => shape.rows === 1 && shape.columns === 1;

/** Two ranges that pair up cell by cell must have one shape; the message names both. */
function requireSameShape(
  fn: string,
  first: [string, ListArgument],
  second: [string, ListArgument],
  orSingle = false,
): void {
  const [firstName, a] = first;
  const [secondName, b] = second;
  if (sameShape(a.shape, b.shape) || (orSingle && isSingle(b.shape))) return;
  throw new ArgumentError(
    `${fn}: ${firstName} is ${describeShape(a.shape)} but ${secondName} is ${describeShape(b.shape)}; ` +
      `ranges must have the same shape${orSingle ? `, or ${secondName} be a single value` : ""}`,
  );
}

/** A single aggregate result: the number, or "" when there was nothing to aggregate. */
const single = (value: number | null): Output[][] => [[value ?? ""]];

function position(rows: number, columns: number, r: number, c: number): string {
  if (rows === 1 && columns === 1) return "";
  if (columns === 1) return ` (row ${r + 1})`;
  if (rows === 1) return ` (column ${c + 1})`;
  return ` (row ${r + 1}, column ${c + 1})`;
}

/**
 * Reads a range of order flags: TRUE/FALSE become 1/0 for the funnel's reader,
 * and text is refused here in flag terms (the funnel would ask for a number).
 */
function readFlags(fn: string, read: ArgumentReader, excelName: string, value: Cell): ListArgument {
  let mapped: Cell = value;
  if (typeof value === "boolean") mapped = Number(value);
  else if (Array.isArray(value) && value.length > 0) {
    const matrix = (Array.isArray(value[0]) ? value : [value]) as unknown[];
    const first = matrix[0] as unknown[];
    if (matrix.length * first.length <= MAX_CELLS) {
      mapped = matrix.map((row, r) => {
        if (!Array.isArray(row)) return row;
        return row.map((cell: Cell, c) => {
          if (typeof cell === "boolean") return Number(cell);
          if (typeof cell === "string" && cell !== "") {
            throw new ArgumentError(
              `${fn}: ${excelName}${position(matrix.length, first.length, r, c)} must be TRUE or FALSE, or 1 or 0 (got ${formatValue(cell)})`,
            );
          }
          return cell;
        });
      });
    }
  }
  return read.numbers(excelName, mapped);
}

const allBlank = (...lists: ListArgument[]): boolean => lists.every((list) => list.values.every((v) => v === null));

/**
 * A range that is one cell, used as one value for every row: its number, or
 * `undefined` when it is blank and there are no rows to compute (`noRows`);
 * blank with rows to compute is a cell-rule error.
 */
function singleValue(
  fn: string,
  excelName: string,
  list: ListArgument,
  noRows: boolean,
  what: string,
): number | undefined {
  const value = list.values[0];
  if (value !== null && value !== undefined) return value;
  if (noRows) return undefined;
  throw new ArgumentError(`${fn}: ${excelName} is blank; enter ${what}`);
}

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
  const fn = "OTIF";
  return guarded(fn, { onTime: "on_time", inFull: "in_full" }, (read) => {
    const onTime = readFlags(fn, read, "on_time", on_time);
    const inFull = readFlags(fn, read, "in_full", in_full);
    requireSameShape(fn, ["on_time", onTime], ["in_full", inFull]);
    return single(onTimeInFull({ onTime: onTime.values, inFull: inFull.values }));
  });
}

/**
 * Unit fill rate: units shipped from stock / units ordered. For a total over order lines, sum first: =INV.UNITFILLRATE(SUM(shipped), SUM(ordered)). Ranges combine element by element and spill.
 * @customfunction UNITFILLRATE
 * @param {any[][]} shipped Units shipped from stock on the first shipment (≥ 0, at most ordered).
 * @param {any[][]} ordered Units ordered (> 0).
 * @returns {any[][]} Fill rate between 0 and 1, one per element.
 */
export function unitfillrate(shipped: any[][], ordered: any[][]): any[][] {
  return elementwise("UNITFILLRATE", { shipped: ["shipped", shipped], ordered: ["ordered", ordered] }, {}, (input) =>
    unitFillRate(input),
  );
}

/**
 * Inventory record accuracy: share of counted records with |counted − book| ≤ tolerance × book (book 0 is accurate only if counted 0). Rows blank in both quantities are skipped. Returns one value.
 * @customfunction RECORDACCURACY
 * @param {any[][]} book_qty Book (system) quantity of each record (≥ 0).
 * @param {any[][]} counted_qty Counted quantity of each record (≥ 0), in the same shape as book_qty.
 * @param {any[][]} tolerance Tolerance as a fraction of the book quantity (2% = 0.02, 0 to 1): one value, or a range aligned with the records (per-class tolerances).
 * @returns {any[][]} Share of records within tolerance, between 0 and 1, as one cell ("" when no record was counted).
 */
export function recordaccuracy(book_qty: any[][], counted_qty: any[][], tolerance: any[][]): any[][] {
  const fn = "RECORDACCURACY";
  const names = { bookQuantities: "book_qty", countedQuantities: "counted_qty", tolerance: "tolerance" };
  return guarded(fn, names, (read) => {
    const book = read.numbers("book_qty", book_qty);
    const counted = read.numbers("counted_qty", counted_qty);
    const tolerances = read.numbers("tolerance", tolerance);
    requireSameShape(fn, ["book_qty", book], ["counted_qty", counted]);
    requireSameShape(fn, ["book_qty", book], ["tolerance", tolerances], true);
    let tolerancePerRecord: number | Array<number | null> = tolerances.values;
    if (isSingle(tolerances.shape)) {
      const what = "a fraction such as 0.02 (0 for an exact match)";
      const value = singleValue(fn, "tolerance", tolerances, allBlank(book, counted), what);
      if (value === undefined) return single(null);
      tolerancePerRecord = value;
    }
    return single(
      recordAccuracy({ bookQuantities: book.values, countedQuantities: counted.values, tolerance: tolerancePerRecord }),
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
  const fn = "CYCLECOUNTS";
  const names = { itemsPerClass: "items_per_class", countsPerYear: "counts_per_year", workingDays: "working_days" };
  return guarded(fn, names, (read) => {
    const items = read.numbers("items_per_class", items_per_class);
    const counts = read.numbers("counts_per_year", counts_per_year);
    requireSameShape(fn, ["items_per_class", items], ["counts_per_year", counts], true);
    const workingDays = read.optionalNumber("working_days", working_days);
    let countsPerYear: number | Array<number | null> = counts.values;
    if (isSingle(counts.shape)) {
      const value = singleValue(
        fn,
        "counts_per_year",
        counts,
        allBlank(items),
        "how often the classes are counted per year",
      );
      if (value === undefined) return single(null);
      countsPerYear = value;
    }
    return single(cycleCountsPerDay({ itemsPerClass: items.values, countsPerYear, workingDays }));
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
  const fn = "MAD";
  return guarded(fn, { actuals: "actuals", forecasts: "forecasts" }, (read) => {
    const actual = read.numbers("actuals", actuals);
    const forecast = read.numbers("forecasts", forecasts);
    requireSameShape(fn, ["actuals", actual], ["forecasts", forecast]);
    return single(meanAbsoluteDeviation({ actuals: actual.values, forecasts: forecast.values }));
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
  const fn = "TRACKINGSIGNAL";
  return guarded(fn, { actuals: "actuals", forecasts: "forecasts" }, (read) => {
    const actual = read.numbers("actuals", actuals);
    const forecast = read.numbers("forecasts", forecasts);
    requireSameShape(fn, ["actuals", actual], ["forecasts", forecast]);
    return single(trackingSignal({ actuals: actual.values, forecasts: forecast.values }));
  });
}
