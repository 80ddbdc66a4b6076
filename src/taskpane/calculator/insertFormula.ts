/**
 * Insert: the calculator's one way into the workbook, through the port, tested
 * without React. It never overwrites a cell.
 *
 * In Excel the formula goes into the selected cell, and the port refuses a
 * selection that is not one empty cell. In the browser demo (host "browser"),
 * where the user cannot move the selection as easily, an insert whose
 * selection is not one empty cell goes to the next empty cell below the last
 * insert (below the rows its result spills into), or, before the first, from
 * the demo's own sheet down (`demoStart`), and says so; it is never refused
 * for a cell that holds something, and never overwrites one. There the formula
 * is written with the value core computed, so that the demo's grid shows what
 * Excel would.
 */
import { explanationRows } from "../../core/explain/layout";
import { MAX_ROWS, cellName, parseCell, splitSheet } from "../workbook/cellAddress";
import { WorkbookRefusal, type CellValue, type WorkbookPort } from "../workbook/workbookPort";
import type { CalculationResult } from "./calculation";
import type { InsertKind } from "./calculatorState";

export interface FormulaToInsert {
  /** "=INV.EOQ(1300, 8, 0.225)". */
  formula: string;
  /** What the formula shows in its cell (the top-left of its spill), as core computed it. */
  value: CellValue;
  /** How many rows its result spills into (1 for one value). */
  rows: number;
}

/** Where an insert went, and how many rows its result takes: the next demo insert goes below them. */
export interface InsertedAt {
  address: string;
  rows: number;
  /** In the demo's first insert, when the selection was not one empty cell: the selection, left as it was. */
  instead?: string;
}

/**
 * The formula Insert writes for a calculation, with what its cell shows as core
 * computed it: the function's value (the top-left of its spill, and the
 * spill's rows), or the explanation's first cell (and the rows of its table,
 * laid out as INV.EXPLAIN spills it).
 */
export function formulaToInsert(result: CalculationResult, what: InsertKind): FormulaToInsert {
  const { explanation } = result;
  if (what === "formula") {
    const output = explanation.output;
    return { formula: result.formula, value: output?.[0]?.[0] ?? explanation.result.value, rows: output?.length ?? 1 };
  }
  const rows = explanationRows(explanation);
  return { formula: result.explainFormula, value: rows[0]?.[0] ?? "", rows: rows.length };
}

/** How far below the last insert the demo looks for an empty cell before it gives up. */
const DEMO_SEARCH_ROWS = 10_000;

/**
 * Writes `toInsert` into the selected cell (see the module's comment for the
 * demo) and returns where it went. Rejects with the port's
 * {@link WorkbookRefusal} when nothing was written.
 *
 * @param lastInsert where the previous insert went: the demo's next one goes below it
 * @param demoStart the demo's cell to look down from before the first insert ("Sheet1!A1");
 *   without it, the demo's first insert into a cell that is not empty is refused, as in Excel
 */
export async function insertFormula(
  port: WorkbookPort,
  toInsert: FormulaToInsert,
  lastInsert?: InsertedAt,
  demoStart?: string,
): Promise<InsertedAt> {
  const rows = Math.max(1, toInsert.rows);
  if (port.host !== "browser") return { address: (await port.insertFormula(toInsert.formula)).address, rows };
  const selection = await port.getSelection();
  if (selection.cellCount === 1 && selection.isEmpty) {
    return { address: await writeFormula(port, selection.address, toInsert), rows };
  }
  // Not one empty cell and nowhere to look: the port says why, in its words.
  const from = lastInsert
    ? { address: lastInsert.address, rows: Math.max(1, lastInsert.rows) }
    : demoStart && { address: demoStart, rows: 0 };
  if (!from) return { address: (await port.insertFormula(toInsert.formula)).address, rows };
  const { address } = splitSheet(from.address);
  const last = parseCell(address);
  const prefix = from.address.slice(0, from.address.length - address.length);
  const first = last.row + from.rows;
  const end = Math.min(MAX_ROWS, first + DEMO_SEARCH_ROWS);
  for (let row = first; row < end; row++) {
    try {
      const at = await writeFormula(port, `${prefix}${cellName(row, last.column)}`, toInsert);
      return lastInsert ? { address: at, rows } : { address: at, rows, instead: selection.address };
    } catch (error) {
      if (!(error instanceof WorkbookRefusal && error.reason === "not-empty")) throw error;
    }
  }
  throw new WorkbookRefusal(
    "not-empty",
    `No empty cell in the ${DEMO_SEARCH_ROWS.toLocaleString("en-US")} rows from ${from.address} down, so nothing was written: select an empty cell.`,
  );
}

/** One formula cell with its value, at an address with its sheet ("Sheet1!B2"); returns the address written. */
async function writeFormula(port: WorkbookPort, at: string, toInsert: FormulaToInsert): Promise<string> {
  const { sheetName, address } = splitSheet(at);
  if (sheetName === undefined) throw new Error(`the port gave an address without its sheet: "${at}"`);
  const cell = { formula: toInsert.formula, value: toInsert.value };
  return (await port.writeCells(sheetName, address, [[cell]])).address;
}
