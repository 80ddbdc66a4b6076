/**
 * A block write checked and shaped once for both implementations: where it
 * goes, which target cell would be overwritten (the port refuses then), and,
 * for Excel, how to cut it into requests that stay well under the 5 MB limit
 * of Excel on the web.
 */
import { MAX_COLUMNS, MAX_ROWS, blockName, cellName, parseCell, sheetPrefix, type CellBlock } from "./cellAddress";
import type { CellWrite } from "./workbookPort";

export interface WritePlan {
  sheetName: string;
  /** The target block on the sheet (0-based). */
  block: CellBlock;
  /** The cells to write, every row as wide as the block (short rows padded with `null`: leave as is). */
  rows: CellWrite[][];
  /** The target block's address with its sheet, as the port reports it. */
  address: string;
  /** Whether some target cell is left as is, so that only the others must be empty. */
  hasNulls: boolean;
}

/** Checks a write and pads its rows; throws a RangeError for a block that cannot be written (a bug, not a refusal). */
export function planWrite(sheetName: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): WritePlan {
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
  let hasNulls = false;
  const rows = cells.map((row, r) => {
    const padded: CellWrite[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      if (value === null) hasNulls = true;
      else if (typeof value === "number" && !Number.isFinite(value)) {
        throw new RangeError(`writeCells: ${prefix}${cellName(block.top + r, block.left + c)} would get ${value}`);
      }
      padded.push(value);
    }
    return padded;
  });
  return { sheetName, block, rows, address: prefix + blockName(block), hasNulls };
}

/**
 * The first target cell, row by row, that a write would overwrite: a cell that
 * gets a non-null write and holds something. Only cells inside `within` (the
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
    for (let column = left; column <= right; column++) {
      const write = writes[column - plan.block.left] ?? null;
      if (write !== null && isFilled(row, column)) return sheetPrefix(plan.sheetName) + cellName(row, column);
    }
  }
  return undefined;
}

export interface ChunkLimits {
  /** Most bytes of cell data (the JSON of the rows) in one request. */
  maxBytes: number;
  /** Most cells in one request. */
  maxCells: number;
}

/**
 * Well under Excel on the web's 5 MB per request: the JSON of the cells is
 * not all of a request (Office wraps it), so a fifth of the limit per chunk.
 */
export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { maxBytes: 1_000_000, maxCells: 20_000 };

/** UTF-8 bytes of the JSON of one row. */
export function jsonBytes(row: readonly CellWrite[]): number {
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
 * a limit goes alone). `end` is exclusive.
 */
export function chunkRows(
  rows: readonly (readonly CellWrite[])[],
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  let cells = 0;
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (index > start && (bytes + rowBytes > limits.maxBytes || cells + row.length > limits.maxCells)) {
      chunks.push({ start, end: index, bytes });
      start = index;
      bytes = 0;
      cells = 0;
    }
    bytes += rowBytes;
    cells += row.length;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}
