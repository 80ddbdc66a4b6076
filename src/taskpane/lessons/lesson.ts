/**
 * What a lesson is: a worked example as a live worksheet, planned without
 * touching the workbook. A lesson's plan holds the blocks of cells to write on
 * one new sheet (inputs, live INV formulas over them, a table for the chart,
 * and the explanation with its "Try this:" line), the chart, and where its
 * inputs and key results are, so that tests can change an input and watch
 * what the sheet says moves.
 *
 * A lesson is a pure function of its data (the sample data by default): a
 * plan built with one input changed is what the sheet computes after the user
 * types that change, formula values included.
 */
import { cellName, parseCell } from "../workbook/cellAddress";
import type { CellWrite, ChartSpec, NumberFormat, ParetoChartSpec } from "../workbook/workbookPort";

export interface LessonBlock {
  /** What the block is, for the report: "inputs", "results", "table", "explanation". */
  what: string;
  /** Top-left cell, "A8", and the block's address, "A8:D12", on the lesson's sheet. */
  topLeft: string;
  address: string;
  /** Rows of cells; `null` leaves a cell empty. */
  cells: CellWrite[][];
  /** Number formats laid out like `cells` (`null`: General). */
  numberFormats: NumberFormat[][];
}

/** The lesson's chart: Excel's Pareto chart (lesson 7), or a chart of series. */
export type LessonChart = { kind: "pareto"; spec: ParetoChartSpec } | { kind: "series"; spec: ChartSpec };

/** How a watched cell moves after the try-this edit. */
export type Movement = "rises" | "falls" | "changes" | "stays";

export interface TryThis {
  /** The line on the sheet, starting "Try this:". */
  text: string;
  /** The input to change: its name in the lesson's data ("orderCost", "history.2.5"), its cell, the value to type. */
  input: string;
  cell: string;
  value: number;
  /** The cells to watch, and how each moves. */
  watch: { cell: string; moves: Movement }[];
}

export interface LessonPlan {
  /** The new sheet's name: "Lesson 1 EOQ", made unique by the port when taken. */
  sheetBaseName: string;
  blocks: LessonBlock[];
  chart: LessonChart;
  /** The explanation's lines as written on the sheet, the "Try this:" line last. */
  explanation: string[];
  tryThis: TryThis;
  /** Input cells by their name in the lesson's data: "orderCost" → "C10"; an item of a list "unitCost.3" → "C23". */
  inputCells: Readonly<Record<string, string>>;
  /** The lesson's key results by name: "eoq" → "C14". */
  keyCells: Readonly<Record<string, string>>;
  /** Formula cells written. */
  formulaCount: number;
}

/** What the pane lists for a lesson. */
export interface LessonInfo {
  number: number;
  title: string;
  /** One line: what the lesson shows. */
  summary: string;
  /** The CPIM purpose of inventory it serves. */
  purpose: string;
  sheetBaseName: string;
}

export interface Lesson extends LessonInfo {
  /**
   * The lesson's plan for its sample data, or with some inputs changed, by
   * name: { orderCost: 20 }, { "unitCost.3": 9.5 }, { "history.2.5": 900 }.
   * Throws for a name the data does not have.
   */
  plan(changes?: Readonly<Record<string, number>>): LessonPlan;
}

/** A lesson's data: numbers, lists of numbers, tables of numbers (rows), and labels. */
export type LessonData = Readonly<Record<string, number | string | readonly number[] | readonly (readonly number[])[]>>;

/** The data with the changes made: "name" for a number, "name.3" for an item of a list, "name.2.5" in a table. */
export function changeData<D extends LessonData>(data: D, changes: Readonly<Record<string, number>> = {}): D {
  const changed: Record<string, unknown> = { ...data };
  for (const [path, value] of Object.entries(changes)) {
    const [name = "", ...indexes] = path.split(".");
    const current = changed[name];
    if (indexes.length === 0 && typeof current === "number") {
      changed[name] = value;
    } else if (indexes.length > 0 && Array.isArray(current)) {
      changed[name] = replaceAt(current, indexes.map(Number), value, path);
    } else {
      throw new RangeError(`changeData: the lesson's data has no number "${path}"`);
    }
  }
  return changed as D;
}

function replaceAt(list: readonly unknown[], indexes: readonly number[], value: number, path: string): unknown[] {
  const [index = -1, ...rest] = indexes;
  const item = list[index];
  const copy = [...list];
  if (rest.length === 0 && typeof item === "number") copy[index] = value;
  else if (rest.length > 0 && Array.isArray(item)) copy[index] = replaceAt(item, rest, value, path);
  else throw new RangeError(`changeData: the lesson's data has no number "${path}"`);
  return copy;
}

/** A lesson from its listing, its sample data and the function that plans a sheet for any data. */
export function defineLesson<D extends LessonData>(
  info: LessonInfo,
  sample: D,
  build: (data: D, info: LessonInfo) => LessonPlan,
): Lesson {
  return { ...info, plan: (changes) => build(changeData(sample, changes), info) };
}

/** Every cell a plan writes, by its address on the lesson's sheet ("C14"), with its number format. */
export function planCells(plan: LessonPlan): Map<string, { write: Exclude<CellWrite, null>; format: NumberFormat }> {
  const cells = new Map<string, { write: Exclude<CellWrite, null>; format: NumberFormat }>();
  for (const block of plan.blocks) {
    const { row: top, column: left } = parseCell(block.topLeft);
    block.cells.forEach((row, r) =>
      row.forEach((write, c) => {
        if (write !== null)
          cells.set(cellName(top + r, left + c), { write, format: block.numberFormats[r]?.[c] ?? null });
      }),
    );
  }
  return cells;
}
