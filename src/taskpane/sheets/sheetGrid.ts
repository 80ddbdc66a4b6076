/**
 * What the demo's grid shows of a sheet, worked out without React: the block
 * from A1 to the sheet's last filled cell (as Excel scrolls from A1), each
 * cell's text as Excel would show it, and what is left out when the sheet is
 * larger than the grid draws.
 */
import { columnName, cellName, type CellBlock } from "../workbook/cellAddress";
import type { CellValue } from "../workbook/workbookPort";
import { formattedValue } from "./cellFormat";

/** A cell as the grid's source reports it (the memory workbook's `cellView`). */
export interface SourceCell {
  content: string | number | boolean;
  isFormula: boolean;
  value: CellValue | undefined;
  format: string | undefined;
}

/**
 * What the grid reads from a workbook: the demo's in-memory workbook has it
 * all. `subscribe` and `revision` say when to read again.
 */
export interface SheetSource {
  sheetNames(): string[];
  /** The block of a sheet's filled cells (0-based), undefined when the sheet is empty. */
  usedBlock(sheetName: string): CellBlock | undefined;
  cellView(sheetName: string, row: number, column: number): SourceCell;
  subscribe(listener: () => void): () => void;
  readonly revision: number;
}

/** How a cell's text reads: right-aligned numbers, centred logicals, a formula the demo could not compute. */
export type GridCellKind = "empty" | "number" | "text" | "logical" | "formula" | "pending";

export interface GridCell {
  /** "B4". */
  address: string;
  /** What the cell shows. */
  text: string;
  kind: GridCellKind;
  /** The formula, for a formula cell. */
  formula?: string;
  /** Text that runs on over the empty cells to its right, as Excel shows it (the next cell is empty). */
  overflows?: boolean;
  /**
   * For text that runs on: how wide it may run, in pixels (its own column and the empty ones after it, up to
   * the next filled cell, where Excel cuts it); undefined when nothing to its right is filled.
   */
  runOnWidth?: number;
}

export interface SheetGrid {
  /** Column letters, from A. */
  columns: string[];
  /** Each column's width in pixels, from what it shows (text that runs on does not widen its column). */
  columnWidths: number[];
  /** Rows from 1, each as wide as `columns`. */
  rows: { number: number; cells: GridCell[] }[];
  /** Rows and columns of the sheet's used part from A1, of which the grid shows at most the limits. */
  totalRows: number;
  totalColumns: number;
  /** Formula cells drawn, and those of them without a computed value (their value shows as "…"). */
  formulas: number;
  pending: number;
}

export interface GridOptions {
  /** Show each formula's text instead of its value (Excel's Show Formulas). */
  showFormulas: boolean;
  /** Most rows and columns drawn. */
  maxRows: number;
  maxColumns: number;
}

/** Column widths in pixels: Excel's default, the narrowest and the widest the grid draws. */
export const COLUMN_WIDTH = { standard: 64, min: 40, max: 200 } as const;
/** Pixels a character takes at the grid's 12 px type, roughly, and a cell's padding and border. */
const CHARACTER_PX = 7;
const CELL_PADDING_PX = 13;

/** The width a text needs in a cell, in pixels (roughly). */
export function textWidth(text: string): number {
  return text.length * CHARACTER_PX + CELL_PADDING_PX;
}

/** What a formula cell without a computed value shows: the demo cannot calculate. */
export const PENDING = "…";

/** One cell of the grid. */
export function gridCell(cell: SourceCell, address: string, showFormulas: boolean): GridCell {
  if (cell.isFormula) {
    const formula = String(cell.content);
    if (showFormulas) return { address, text: formula, kind: "formula", formula };
    if (cell.value === undefined) return { address, text: PENDING, kind: "pending", formula };
    return { address, text: formattedValue(cell.value, cell.format), kind: kindOf(cell.value), formula };
  }
  const value = cell.value ?? cell.content;
  if (value === "") return { address, text: "", kind: "empty" };
  return { address, text: formattedValue(value, cell.format), kind: kindOf(value) };
}

function kindOf(value: CellValue): GridCellKind {
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "logical";
  return "text";
}

/** The grid of a sheet: from A1 to its last filled cell, within the limits. */
export function sheetGrid(source: SheetSource, sheetName: string, options: GridOptions): SheetGrid {
  const used = source.usedBlock(sheetName);
  const totalRows = used === undefined ? 0 : used.bottom + 1;
  const totalColumns = used === undefined ? 0 : used.right + 1;
  const rowCount = Math.min(totalRows, options.maxRows);
  const columnCount = Math.min(totalColumns, options.maxColumns);
  let formulas = 0;
  let pending = 0;
  const rows = Array.from({ length: rowCount }, (_, row) => {
    const cells = Array.from({ length: columnCount }, (_, column) => {
      const view = source.cellView(sheetName, row, column);
      if (view.isFormula) formulas++;
      if (view.isFormula && view.value === undefined) pending++;
      return gridCell(view, cellName(row, column), options.showFormulas);
    });
    cells.forEach((cell, column) => {
      const next = cells[column + 1];
      if ((cell.kind === "text" || cell.kind === "formula") && (next === undefined || next.kind === "empty")) {
        cell.overflows = true;
      }
    });
    return { number: row + 1, cells };
  });
  const columnWidths = Array.from({ length: columnCount }, (_, column) => {
    let width: number = COLUMN_WIDTH.standard;
    for (const row of rows) {
      const cell = row.cells[column];
      if (cell !== undefined && cell.kind !== "empty" && cell.overflows !== true)
        width = Math.max(width, textWidth(cell.text));
    }
    return Math.min(COLUMN_WIDTH.max, width);
  });
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      if (cell.overflows !== true) return;
      let width = columnWidths[column] ?? COLUMN_WIDTH.standard;
      for (let next = column + 1; next < row.cells.length; next++) {
        if (row.cells[next]?.kind !== "empty") {
          cell.runOnWidth = width;
          return;
        }
        width += columnWidths[next] ?? COLUMN_WIDTH.standard;
      }
    });
  }
  return {
    columns: Array.from({ length: columnCount }, (_, column) => columnName(column)),
    columnWidths,
    rows,
    totalRows,
    totalColumns,
    formulas,
    pending,
  };
}
