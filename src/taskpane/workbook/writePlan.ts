/**
 * A block write checked and shaped once for both implementations: where it
 * goes, which target cell would be overwritten (the port refuses then), and,
 * for Excel, how to cut it into requests that stay well under the 5 MB limit
 * of Excel on the web.
 */
import { MAX_COLUMNS, MAX_ROWS, blockName, cellName, parseCell, sheetPrefix, type CellBlock } from "./cellAddress";
import { TEXT_FORMAT, isFormulaCell, isTextCell, type CellWrite, type NumberFormat } from "./workbookPort";

/** A cell as Excel's `formulas` takes it: literal text is its string (its format "@" keeps it text). */
export type ExcelWrite = string | number | boolean | null;

export interface WritePlan {
  sheetName: string;
  /** The target block on the sheet (0-based). */
  block: CellBlock;
  /** The cells to write, every row as wide as the block (short rows padded with `null`: leave as is). */
  rows: CellWrite[][];
  /**
   * The number formats to set, every row as wide as the block and one per row
   * (`null`: leave as is), the text format "@" on every {@link TextCell}; or
   * undefined when no cell gets a format.
   */
  formats: NumberFormat[][] | undefined;
  /** The target block's address with its sheet, as the port reports it. */
  address: string;
  /** Whether some target cell is left as is, so that only the others must be empty. */
  hasNulls: boolean;
}

/**
 * Checks a write and pads its rows and formats; throws a RangeError for a
 * block that cannot be written (a bug, not a refusal).
 */
export function planWrite(
  sheetName: string,
  topLeft: string,
  cells: readonly (readonly CellWrite[])[],
  numberFormats?: readonly (readonly NumberFormat[])[],
): WritePlan {
  const start = parseCell(topLeft);
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (cells.length === 0 || width === 0) throw new RangeError(`writeCells: nothing to write at ${topLeft}`);
  const block = {
    top: start.row,
    left: start.column,
    bottom: start.row + cells.length - 1,
    right: start.column + width - 1,
  };
  const prefix = sheetPrefix(sheetName);
  if (block.bottom >= MAX_ROWS || block.right >= MAX_COLUMNS) {
    throw new RangeError(`writeCells: ${cells.length} × ${width} cells from ${prefix}${topLeft} run off the sheet`);
  }
  const formatRows = numberFormats ?? [];
  if (formatRows.length > cells.length || formatRows.some((row) => row.length > width)) {
    throw new RangeError(
      `writeCells: the number formats from ${prefix}${topLeft} reach outside the ${cells.length} × ${width} block`,
    );
  }
  let hasNulls = false;
  let hasFormats = false;
  const formats: NumberFormat[][] = [];
  const rows = cells.map((row, r) => {
    const padded: CellWrite[] = [];
    const formatRow: NumberFormat[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      if (value === null) hasNulls = true;
      else {
        const problem = writeProblem(value);
        if (problem !== undefined) {
          throw new RangeError(`writeCells: ${prefix}${cellName(block.top + r, block.left + c)} would get ${problem}`);
        }
      }
      const format = isTextCell(value) ? TEXT_FORMAT : (formatRows[r]?.[c] ?? null);
      if (format !== null) hasFormats = true;
      padded.push(value);
      formatRow.push(format);
    }
    formats.push(formatRow);
    return padded;
  });
  return {
    sheetName,
    block,
    rows,
    formats: hasFormats ? formats : undefined,
    address: prefix + blockName(block),
    hasNulls,
  };
}

/** What is wrong with a write that no cell can take (a bug, not a refusal), or undefined. */
function writeProblem(write: Exclude<CellWrite, null>): string | undefined {
  if (typeof write === "number") return Number.isFinite(write) ? undefined : String(write);
  if (!isFormulaCell(write)) return undefined;
  if (!write.formula.startsWith("=")) return `the formula "${write.formula}", which does not start with "="`;
  if (typeof write.value === "number" && !Number.isFinite(write.value)) {
    return `${write.formula} computed as ${write.value}`;
  }
  return undefined;
}

/** The plan's cells as Excel's `formulas` takes them: literal text as its string, a formula without its value. */
export function excelWrites(plan: WritePlan): ExcelWrite[][] {
  return plan.rows.map((row) =>
    row.map((write) => (isTextCell(write) ? write.text : isFormulaCell(write) ? write.formula : write)),
  );
}

/**
 * The first target cell, row by row, that a write would overwrite: a cell that
 * gets a non-null write or number format and holds something. Only cells inside `within` (the
 * part of the target known to hold anything) are looked at.
 * @returns the cell's address with its sheet, or undefined.
 */
export function firstOverwrite(
  plan: WritePlan,
  isFilled: (row: number, column: number) => boolean,
  within: CellBlock = plan.block,
): string | undefined {
  const top = Math.max(plan.block.top, within.top);
  const bottom = Math.min(plan.block.bottom, within.bottom);
  const left = Math.max(plan.block.left, within.left);
  const right = Math.min(plan.block.right, within.right);
  for (let row = top; row <= bottom; row++) {
    const writes = plan.rows[row - plan.block.top] ?? [];
    const formats = plan.formats?.[row - plan.block.top] ?? [];
    for (let column = left; column <= right; column++) {
      const touched =
        (writes[column - plan.block.left] ?? null) !== null || (formats[column - plan.block.left] ?? null) !== null;
      if (touched && isFilled(row, column)) return sheetPrefix(plan.sheetName) + cellName(row, column);
    }
  }
  return undefined;
}

export interface ChunkLimits {
  /** Most bytes of cell data (the JSON of the rows, and of their number formats) in one request. */
  maxBytes: number;
  /** Most cells (values and formats each count) in one request. */
  maxCells: number;
}

/**
 * Well under Excel on the web's 5 MB per request (and per response): the
 * JSON of the cells is not all of a request (Office wraps it), and a read's
 * chunk size is estimated from the rows before it, so a fifth of the limit.
 */
export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { maxBytes: 1_000_000, maxCells: 20_000 };

/** UTF-8 bytes of the JSON of one row. */
export function jsonBytes(row: readonly unknown[]): number {
  const json = JSON.stringify(row);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Consecutive runs of rows, each within both limits (a single row larger than
 * a limit goes alone), counting each row's number formats, when given, with
 * the row: they go in the same request. `end` is exclusive.
 */
export function chunkRows(
  rows: readonly (readonly unknown[])[],
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  formats?: readonly (readonly NumberFormat[])[],
): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  let cells = 0;
  rows.forEach((row, index) => {
    const formatRow = formats?.[index];
    const rowBytes = jsonBytes(row) + 1 + (formatRow ? jsonBytes(formatRow) + 1 : 0);
    const rowCells = row.length + (formatRow?.length ?? 0);
    if (index > start && (bytes + rowBytes > limits.maxBytes || cells + rowCells > limits.maxCells)) {
      chunks.push({ start, end: index, bytes });
      start = index;
      bytes = 0;
      cells = 0;
    }
    bytes += rowBytes;
    cells += rowCells;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}

/**
 * How many rows the next read of a block may take: as many as fit `maxBytes`
 * at the largest row read so far (its JSON bytes), and `maxCells`; before
 * any row is read, as many as fit at {@link FIRST_READ_CELL_BYTES} a cell. At
 * least one row, at most `remaining`.
 */
export function nextReadRows(
  width: number,
  remaining: number,
  largestRowBytes: number | undefined,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
): number {
  const rowBytes = largestRowBytes ?? width * FIRST_READ_CELL_BYTES;
  const byBytes = Math.floor(limits.maxBytes / Math.max(1, rowBytes));
  const byCells = Math.floor(limits.maxCells / Math.max(1, width));
  return Math.max(1, Math.min(remaining, byBytes, byCells));
}

/**
 * What the first read of a block assumes a cell takes in the response, before
 * any row has been measured: 4 kB, the JSON of 2,000 characters of two-byte
 * text, so that the first read of a block stays within the budget unless its
 * cells are longer (about 250 cells at 1 MB). Later reads are sized from the
 * rows read.
 */
export const FIRST_READ_CELL_BYTES = 4_000;
