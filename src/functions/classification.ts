/* Custom functions for classification. Thin wrappers over core. */
import { abcClassification } from "../core/classification/abcClassification";
import { abcXyzClassification } from "../core/classification/abcXyzClassification";
import { coefficientsOfVariation } from "../core/classification/coefficientOfVariation";
import type { ItemResult } from "../core/classification/demandHistory";
import { paretoShares } from "../core/classification/paretoShares";
import { xyzClassification } from "../core/classification/xyzClassification";
import { InputError, formatValue } from "../core/shared/inputError";
import {
  ArgumentError,
  MAX_CELLS,
  guarded,
  numberArgument,
  reshape,
  valueError,
  type Cell,
  type Output,
} from "./funnel";

/**
 * ABC class per item: ranked by value, largest first; A while the cumulative share is at most a_cutoff, B while at most b_cutoff, else C. Zero values are C; the top item is A. Spills in the shape of values; blanks give "".
 * @customfunction ABCCLASS
 * @param {any[][]} values Annual value of each item (usage × unit cost, ≥ 0), a range of up to 1,048,576 cells. Blanks are skipped.
 * @param {any} [a_cutoff] Cumulative share that ends class A (0 < a ≤ 1). Default 0.80 by value, 0.20 by count.
 * @param {any} [b_cutoff] Cumulative share that ends class B (a_cutoff ≤ b ≤ 1). Default 0.95 by value, 0.50 by count.
 * @param {any} [basis] "value" (share of total value, default) or "count" (share of items).
 * @returns {any[][]} "A", "B" or "C" per item.
 */
export function abcclass(values: any[][], a_cutoff?: any, b_cutoff?: any, basis?: any): any[][] {
  return guarded("ABCCLASS", { values: "values", aCutoff: "a_cutoff", bCutoff: "b_cutoff", basis: "basis" }, (read) => {
    const list = read.numbers("values", values);
    const classes = abcClassification({
      values: list.values,
      aCutoff: read.optionalNumber("a_cutoff", a_cutoff),
      bCutoff: read.optionalNumber("b_cutoff", b_cutoff),
      basis: read.optionalChoice("basis", basis, ["value", "count"] as const),
    });
    return reshape(list.shape, classes);
  });
}

/*
 * Demand histories: items are rows of a 2-D range, periods across.
 *
 * The funnel reads lists of at most MAX_CELLS cells (one full column); a demand
 * history of 100,000 items × 24 periods is 2.4 million cells, so histories are
 * read here, with a limit of ten full columns. A cell that is not a number costs
 * only its own row a #VALUE! (the funnel's `read.numbers` fails the whole call,
 * which suits a list whose items depend on each other, like ABC values).
 */

/** Largest demand history: ten full columns of cells (100,000 items × 104 weeks). */
const MAX_HISTORY_CELLS = 10 * MAX_CELLS;

interface Shape {
  rows: number;
  columns: number;
}

interface HistoryArgument {
  shape: Shape;
  /** One row per item; a row with a bad cell is read as blank and has an entry in `bad`. */
  rows: Array<Array<number | null>>;
  /** Row → the #VALUE! for a cell that is not a number. */
  bad: Map<number, CustomFunctions.Error>;
}

function describeShape(shape: Shape): string {
  const plural = (n: number, word: string): string => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(shape.rows, "row")} × ${plural(shape.columns, "column")}`;
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Why a cell is not a number, in the funnel's words: asks the funnel to read the
 * cell as a single number and keeps what its message says after the name.
 */
function notANumber(fn: string, excelName: string, cell: Cell): string {
  try {
    numberArgument(fn, excelName, cell);
  } catch (error) {
    if (error instanceof CustomFunctions.Error) {
      const message = error.message ?? "";
      const prefix = `${fn}: ${excelName} `;
      return message.startsWith(prefix) ? message.slice(prefix.length) : message;
    }
    throw error;
  }
  return "must be a number";
}

/** Reads a demand history range: rectangular, not empty, at most MAX_HISTORY_CELLS; blanks as null. */
function readHistory(fn: string, excelName: string, value: Cell): HistoryArgument {
  let matrix: Cell[][];
  if (!Array.isArray(value)) matrix = [[value]];
  else if (value.length > 0 && !Array.isArray(value[0])) matrix = [value as Cell[]];
  else matrix = value as Cell[][];
  const columns = matrix.length === 0 ? 0 : (matrix[0] as Cell[]).length;
  if (columns === 0) throw new ArgumentError(`${fn}: ${excelName} is an empty range`);
  for (let r = 0; r < matrix.length; r++) {
    const row: unknown = matrix[r];
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ArgumentError(`${fn}: ${excelName} is not a rectangular range (row ${r + 1} differs from row 1)`);
    }
  }
  const shape = { rows: matrix.length, columns };
  if (shape.rows * columns > MAX_HISTORY_CELLS) {
    throw new ArgumentError(
      `${fn}: ${excelName} has ${(shape.rows * columns).toLocaleString("en-US")} cells; ` +
        `at most ${MAX_HISTORY_CELLS.toLocaleString("en-US")} (ten full columns) are allowed`,
    );
  }
  const rows: Array<Array<number | null>> = new Array<Array<number | null>>(shape.rows);
  const bad = new Map<number, CustomFunctions.Error>();
  for (let r = 0; r < shape.rows; r++) {
    const cells = matrix[r] as Cell[];
    const row = new Array<number | null>(columns);
    for (let c = 0; c < columns; c++) {
      const cell = cells[c];
      if (isBlank(cell)) row[c] = null;
      else if (typeof cell === "number" && Number.isFinite(cell)) row[c] = cell;
      else {
        bad.set(
          r,
          valueError(`${fn}: ${excelName} (row ${r + 1}, column ${c + 1}) ${notANumber(fn, excelName, cell)}`),
        );
        row.fill(null);
        break;
      }
    }
    rows[r] = row;
  }
  return { shape, rows, bad };
}

/** Where item `item` of a list of `shape` sits: " (row r)", " (column c)", " (row r, column c)" or "". */
function listPosition(shape: Shape, item: number): string {
  if (shape.rows === 1 && shape.columns === 1) return "";
  const row = Math.floor(item / shape.columns);
  const column = item % shape.columns;
  if (shape.columns === 1) return ` (row ${row + 1})`;
  if (shape.rows === 1) return ` (column ${column + 1})`;
  return ` (row ${row + 1}, column ${column + 1})`;
}

/**
 * Turns per-item core results into cells: a value as is, `null` as "", and an
 * item's InputError as a #VALUE! naming the function, the Excel argument and the
 * cell (its row of the history; its cell of `values` when given).
 */
function itemOutputs<T extends number | string>(
  fn: string,
  results: ReadonlyArray<ItemResult<T>>,
  history: HistoryArgument,
  excelNames: Record<string, string>,
  valuesShape?: Shape,
): Output[] {
  return results.map((result, item) => {
    const bad = history.bad.get(item);
    if (bad) return bad;
    if (result === null) return "";
    if (!(result instanceof InputError)) return result;
    const name = excelNames[result.argument] ?? result.argument;
    let where = "";
    if (result.argument === "demandHistory") {
      where = ` (row ${item + 1}${result.index === undefined ? "" : `, column ${result.index + 1}`})`;
    } else if (result.argument === "values" && valuesShape) {
      where = listPosition(valuesShape, item);
    }
    let rule = result.rule;
    for (const [coreName, excelName] of Object.entries(excelNames)) {
      rule = rule.replace(new RegExp(`\\b${coreName}\\b`, "g"), excelName);
    }
    const hint = result.hint ? `; ${result.hint}` : "";
    return valueError(`${fn}: ${name}${where} ${rule} (got ${formatValue(result.value)}${hint})`);
  });
}

const column = (cells: readonly Output[]): Output[][] => cells.map((cell) => [cell]);

/** Lays cells out row by row in `shape` (the funnel's `reshape` takes values, not errors). */
function layOut(shape: Shape, cells: readonly Output[]): Output[][] {
  const output: Output[][] = new Array<Output[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) output[r] = cells.slice(r * shape.columns, (r + 1) * shape.columns);
  return output;
}

/**
 * XYZ class per item by demand variability: CV = STDEV.S/AVERAGE of its periods; X if CV ≤ x_cutoff, Y if ≤ y_cutoff, else Z (all-zero demand is Z). Items are rows, periods across; one result per row.
 * @customfunction XYZCLASS
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across. Blank periods are skipped; a blank row gives ""; a row needs figures in at least 2 periods.
 * @param {any} [x_cutoff] Largest coefficient of variation that is still X (> 0). Default 0.5.
 * @param {any} [y_cutoff] Largest coefficient of variation that is still Y (≥ x_cutoff). Default 1.0.
 * @returns {any[][]} "X", "Y" or "Z" per row of demand_history, a column.
 */
export function xyzclass(demand_history: any[][], x_cutoff?: any, y_cutoff?: any): any[][] {
  const fn = "XYZCLASS";
  const names = { demandHistory: "demand_history", xCutoff: "x_cutoff", yCutoff: "y_cutoff" };
  return guarded(fn, names, (read) => {
    const xCutoff = read.optionalNumber("x_cutoff", x_cutoff);
    const yCutoff = read.optionalNumber("y_cutoff", y_cutoff);
    const history = readHistory(fn, "demand_history", demand_history);
    const results = xyzClassification({ history: history.rows, xCutoff, yCutoff });
    return column(itemOutputs(fn, results, history, names));
  });
}

/**
 * Coefficient of variation of each item's demand: sample standard deviation / mean over the periods with a figure (=STDEV.S/AVERAGE). Items are rows, periods across; one result per row.
 * @customfunction CV
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across. Blank periods are skipped; a blank row gives ""; a row needs figures in at least 2 periods and a mean above 0.
 * @returns {any[][]} The coefficient of variation (≥ 0) per row of demand_history, a column.
 */
export function cv(demand_history: any[][]): any[][] {
  const fn = "CV";
  const names = { demandHistory: "demand_history" };
  return guarded(fn, names, () => {
    const history = readHistory(fn, "demand_history", demand_history);
    return column(itemOutputs(fn, coefficientsOfVariation(history.rows), history, names));
  });
}

/**
 * ABC class by value (A while the cumulative share is at most a_cutoff, B while at most b_cutoff, else C) joined with the XYZ class by demand variability: "AX" … "CZ" per item. Spills in the shape of values.
 * @customfunction ABCXYZ
 * @param {any[][]} values Annual value of each item (usage × unit cost, ≥ 0), one cell per row of demand_history. An item blank here and in demand_history gives "".
 * @param {any[][]} demand_history Demand per period (≥ 0): one row per item, periods across. Blank periods are skipped; a row needs figures in at least 2 periods.
 * @param {any} [a_cutoff] Cumulative value share that ends class A (0 < a ≤ 1). Default 0.80.
 * @param {any} [b_cutoff] Cumulative value share that ends class B (a_cutoff ≤ b ≤ 1). Default 0.95.
 * @param {any} [x_cutoff] Largest coefficient of variation that is still X (> 0). Default 0.5.
 * @param {any} [y_cutoff] Largest coefficient of variation that is still Y (≥ x_cutoff). Default 1.0.
 * @returns {any[][]} "AX" … "CZ" per item, in the shape of values.
 */
export function abcxyz(
  values: any[][],
  demand_history: any[][],
  a_cutoff?: any,
  b_cutoff?: any,
  x_cutoff?: any,
  y_cutoff?: any,
): any[][] {
  const fn = "ABCXYZ";
  const names = {
    values: "values",
    demandHistory: "demand_history",
    aCutoff: "a_cutoff",
    bCutoff: "b_cutoff",
    xCutoff: "x_cutoff",
    yCutoff: "y_cutoff",
  };
  return guarded(fn, names, (read) => {
    const list = read.numbers("values", values);
    const cutoffs = {
      aCutoff: read.optionalNumber("a_cutoff", a_cutoff),
      bCutoff: read.optionalNumber("b_cutoff", b_cutoff),
      xCutoff: read.optionalNumber("x_cutoff", x_cutoff),
      yCutoff: read.optionalNumber("y_cutoff", y_cutoff),
    };
    const history = readHistory(fn, "demand_history", demand_history);
    if (list.values.length !== history.shape.rows) {
      throw new ArgumentError(
        `${fn}: values is ${describeShape(list.shape)} but demand_history is ${describeShape(history.shape)}; ` +
          `give one value per row of demand_history`,
      );
    }
    const results = abcXyzClassification({ values: list.values, history: history.rows, ...cutoffs });
    return layOut(list.shape, itemOutputs(fn, results, history, names, list.shape));
  });
}

/**
 * Pareto curve: each item's cumulative share of total value at its rank (largest first, ties in input order), aligned with the input. The last-ranked item gets 1; ABC class A is the items at most the A cut-off. Blanks give "".
 * @customfunction PARETO
 * @param {any[][]} values Value of each item (usage × unit cost, ≥ 0), a range of up to 1,048,576 cells. Blanks are skipped; the total must be above 0.
 * @returns {any[][]} Cumulative value share (0 to 1) per item, in the shape of values.
 */
export function pareto(values: any[][]): any[][] {
  return guarded("PARETO", { values: "values" }, (read) => {
    const list = read.numbers("values", values);
    return reshape(list.shape, paretoShares({ values: list.values }));
  });
}
