/**
 * The task pane's only way into the workbook. The UI talks to this interface;
 * `excelWorkbook.ts` implements it with `Excel.run` (the only module that may),
 * `memoryWorkbook.ts` with an in-memory sheet for the browser demo and tests.
 * Both pass the same contract suite (test/support/workbookContract.ts).
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

/** What a cell shows (Excel's `values`): a number, text ("" when empty) or a logical. */
export type CellValue = string | number | boolean;

/**
 * Literal text for a cell, written so that Excel never parses it: "00123"
 * stays 00123 (not 123), "1-2" stays text (not a date), "=X", "+X" and "-X"
 * stay text (not formulas). In Excel the cell gets the text number format "@"
 * in the same request, before its value. Data from the user's table (SKUs,
 * names, class labels) is written this way.
 */
export interface TextCell {
  text: string;
}

/**
 * A formula with the value the pane's core computed for it. Excel ignores the
 * value and computes the formula; the in-memory workbook keeps the value, so
 * that the browser demo, which calculates nothing, can show what Excel would.
 */
export interface FormulaCell {
  /** The formula, starting with "=". */
  formula: string;
  /** What the formula computes, as Excel shows it: a number, text or a logical. */
  value: CellValue;
}

/**
 * What to write into a cell: a plain string (a formula when it starts with
 * "=", else a constant that Excel may parse: "00123" becomes 123, "1-2" a
 * date), a number, a logical, literal {@link TextCell} text, a
 * {@link FormulaCell} (a formula with its computed value), or `null` to leave
 * the cell as it is. A plan writes data as `{ text }` and keeps plain strings
 * for formulas and for its own labels.
 */
export type CellWrite = string | number | boolean | TextCell | FormulaCell | null;

/** Excel's number format code for a cell ("0.00", "0%", "@"), or `null` to leave its format as it is. */
export type NumberFormat = string | null;

/** Whether a write is literal text. */
export function isTextCell(write: CellWrite | undefined): write is TextCell {
  return typeof write === "object" && write !== null && "text" in write;
}

/** Whether a write is a formula with its computed value. */
export function isFormulaCell(write: CellWrite | undefined): write is FormulaCell {
  return typeof write === "object" && write !== null && "formula" in write;
}

/** The text number format: what a {@link TextCell} gets. */
export const TEXT_FORMAT = "@";

/** A block of data read from a sheet: a header row and the rows under it. */
export interface TableRead {
  sheetName: string;
  /** Address of the whole block, header included, with its sheet: "Items!A1:F201". */
  address: string;
  /** 1-based row number of the header row, and 1-based column number of the block's first column. */
  top: number;
  left: number;
  /** Header texts, one per column ("" for an empty header cell). */
  headers: string[];
  /** Cell values under the header, row by row, every row as wide as `headers`; empty cells as "". */
  rows: CellValue[][];
  /** The Excel table's name when the block is an Excel table, else undefined. */
  tableName?: string;
  /**
   * The number format of each column's first data row ("$#,##0.00", "General"), one per header; absent when
   * every one is General. Tells the pane the currency of a money column.
   */
  columnFormats?: string[];
}

export type ChartKind = "pareto" | "column-and-line";

/** The chart made, and Excel's message when its native Pareto chart failed and the fallback was made instead. */
export interface ChartMade {
  kind: ChartKind;
  nativeError?: string;
}

export interface ParetoChartSpec {
  title: string;
  /** Addresses on the chart's sheet (no sheet prefix): item labels, item values, cumulative shares (0..1). */
  categories: string;
  values: string;
  cumulativeShares: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

/**
 * The kinds of general chart ({@link WorkbookPort.addChart}): lines over
 * categories; lines through (x, y) points, for curves and time pictures whose
 * x values are numbers; clustered columns; and clustered columns with some
 * series drawn as lines on a secondary value axis.
 */
export type ChartType = "line" | "xyScatterLines" | "columnClustered" | "columnLine";

export interface ChartSeriesSpec {
  /** The series' name, shown in the legend. */
  name: string;
  /** Address of its values on the chart's sheet (no sheet prefix), one column or row: "C12:C40". */
  values: string;
  /** Its x values ("xyScatterLines") or category labels (the others), the same size as `values`. */
  categories?: string;
  /** "columnLine" only: draw this series as a line on the secondary value axis (the others are columns). */
  line?: boolean;
}

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** Titles of the horizontal axis, the (primary) value axis and, for "columnLine", the secondary value axis. */
  xAxisTitle?: string;
  yAxisTitle?: string;
  secondaryAxisTitle?: string;
  /** At least one series; the first one's values make the chart. */
  series: ChartSeriesSpec[];
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

export interface WorkbookPort {
  readonly host: Host;
  /**
   * Reads the data around the selection: with one cell selected, the Excel
   * table that contains it, or else its current region (the block of non-empty
   * cells around it); with a block selected, that block (as Excel's "Format as
   * Table" takes it), clipped to the sheet's used range. The block is trimmed to
   * its filled cells and its first row is taken as the header, the number
   * formats of its first data row are reported. Refuses ("no-data") when
   * nothing is filled there. In Excel: one sync to find the block, then its
   * values (in chunks when it is large; the formats with the first).
   */
  readTableAroundSelection(): Promise<TableRead>;
  /**
   * Adds a worksheet named `baseName`, or "baseName (2)", "baseName (3)", … when
   * that name is taken (never an existing sheet), and returns the name used.
   */
  addSheet(baseName: string): Promise<string>;
  /**
   * Writes a block of cells with its top-left at `topLeft` ("A1") on `sheetName`,
   * and, when `numberFormats` is given, their number formats: the same layout
   * as `cells`, row by row from `topLeft` (a row may be shorter or longer than
   * its cell row, within the block; `null` leaves a format as it is). A
   * {@link TextCell} always gets the text format "@" (a format given for it is
   * ignored). Refuses (a {@link WorkbookRefusal} "not-empty", nothing written)
   * when any target cell of a non-null write or format holds anything; a
   * format on an empty cell is not an overwrite. Large blocks are written in
   * chunks, formats with their cells (each request well under Excel on the
   * web's 5 MB limit), with the calculation suspended until each sync.
   * @returns the address written, with its sheet.
   */
  writeCells(
    sheetName: string,
    topLeft: string,
    cells: CellWrite[][],
    numberFormats?: NumberFormat[][],
  ): Promise<{ address: string }>;
  /** Turns a written block (header row first) into an Excel table named like `name` (made unique). */
  addTable(sheetName: string, address: string, name: string): Promise<{ name: string }>;
  /**
   * Adds a Pareto chart: Excel's native pareto chart where ExcelApi 1.9 is
   * supported, else, or when making it fails (some builds reject a property of
   * the Pareto family), a column chart of the values with the cumulative share
   * as a line on a secondary axis. A chart that fails half-made is removed.
   * Returns which kind was made, and why the native chart was not, when it
   * failed; rejects when neither could be made.
   */
  addParetoChart(sheetName: string, spec: ParetoChartSpec): Promise<ChartMade>;
  /**
   * Adds a native chart of its series, with its title and axis titles, placed
   * at its anchor. In Excel the series are set one by one (ExcelApi 1.7; the
   * secondary axis of "columnLine" 1.8, else its lines share the primary
   * axis); an older Excel rejects with a message that says so. A chart that
   * fails half-made is removed. Refuses ("unknown-sheet") a sheet that does
   * not exist.
   */
  addChart(sheetName: string, spec: ChartSpec): Promise<void>;
  /** The wizard's saved choices (JSON text) for this workbook, or undefined. */
  loadSettings(): Promise<string | undefined>;
  /** Saves the wizard's choices (JSON text) in this workbook. */
  saveSettings(json: string): Promise<void>;
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

export type RefusalReason =
  "not-a-formula" | "not-single-cell" | "not-empty" | "no-cell-selected" | "no-data" | "unknown-sheet";

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
  /** Nothing filled in the block around the selection. */
  noData: (address: string): WorkbookRefusal =>
    new WorkbookRefusal(
      "no-data",
      `There is no data at ${address}: select a cell inside the item table (headers in its first row, one item per row).`,
    ),
  unknownSheet: (sheetName: string): WorkbookRefusal =>
    new WorkbookRefusal(
      "unknown-sheet",
      `There is no sheet named "${sheetName}" in this workbook, so nothing was written.`,
    ),
  /** A block write that would cover a filled cell: `target` is the block, `filled` the first filled cell (or block) in it. */
  blockNotEmpty: (target: string, filled: string): WorkbookRefusal =>
    new WorkbookRefusal(
      "not-empty",
      `${target} is not empty (${filled} holds something), so nothing was written. The pane never overwrites a cell.`,
    ),
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
