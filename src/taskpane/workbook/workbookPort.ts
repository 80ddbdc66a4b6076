/**
 * The task pane's only way into the workbook. The UI talks to this interface;
 * `excelWorkbook.ts` implements it with `Excel.run` (the only module that may),
 * `memoryWorkbook.ts` with an in-memory sheet for the browser demo and tests.
 * Both pass the same contract suite (workbookContract.ts).
 *
 * Rule shared by every implementation: writing never overwrites a cell that
 * holds anything (a value, text or a formula).
 */

/** Where the pane runs: inside Excel, or in a plain browser with a demo sheet. */
export type Host = "excel" | "browser";

export interface SelectionInfo {
  /** The selection's address with its sheet, as Excel writes it: "Sheet1!B2", "'My sheet'!A1:C3". */
  address: string;
  /** Number of cells selected. */
  cellCount: number;
  /** True when no selected cell holds a value, text or formula. */
  isEmpty: boolean;
}

export interface WorkbookPort {
  readonly host: Host;
  /** The current selection. One read. */
  getSelection(): Promise<SelectionInfo>;
  /**
   * Writes `formula` (text starting with "=") into the selected cell. Rejects
   * with a {@link WorkbookRefusal} when the selection is not a single cell or
   * the cell is not empty; nothing is written then.
   * @returns the address written to, e.g. "Sheet1!B2".
   */
  insertFormula(formula: string): Promise<{ address: string }>;
}

export type RefusalReason = "not-a-formula" | "not-single-cell" | "not-empty" | "no-cell-selected";

/** A workbook action the port declined, with a message to show the user as is. */
export class WorkbookRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookRefusal";
  }
}

/** The refusals, worded once so that every implementation says the same thing. */
export const refuse = {
  notAFormula: (formula: string): WorkbookRefusal =>
    new WorkbookRefusal("not-a-formula", `Not a formula: "${formula}" does not start with "=".`),
  notSingleCell: (address: string, cellCount: number): WorkbookRefusal =>
    new WorkbookRefusal(
      "not-single-cell",
      `Select a single cell to insert into: ${address} has ${cellCount.toLocaleString("en-US")} cells.`,
    ),
  notEmpty: (address: string): WorkbookRefusal =>
    new WorkbookRefusal(
      "not-empty",
      `${address} is not empty, so nothing was written: select an empty cell. The pane never overwrites a cell.`,
    ),
  noCellSelected: (): WorkbookRefusal =>
    new WorkbookRefusal("no-cell-selected", "Select a cell on a worksheet first (the selection is not a range)."),
};

/** Throws unless `formula` looks like a formula. */
export function requireFormula(formula: string): string {
  if (!formula.startsWith("=") || formula.trim().length < 2) throw refuse.notAFormula(formula);
  return formula;
}

/** An empty cell, as Excel reports it: no formula and no value. */
export function isEmptyContent(content: unknown): boolean {
  return content === "" || content === null || content === undefined;
}
