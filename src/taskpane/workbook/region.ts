/**
 * Blocks of cells found by what they hold: Excel's current region (Ctrl+* and
 * `Range.getSurroundingRegion`) and the bounding box of the filled cells.
 */
import { MAX_COLUMNS, MAX_ROWS, type CellBlock } from "./cellAddress";

/** Whether the cell at a 0-based row and column holds anything. */
export type IsFilled = (row: number, column: number) => boolean;

function rowHasFilled(isFilled: IsFilled, row: number, from: number, to: number): boolean {
  for (let column = Math.max(0, from); column <= Math.min(MAX_COLUMNS - 1, to); column++) {
    if (isFilled(row, column)) return true;
  }
  return false;
}

function columnHasFilled(isFilled: IsFilled, column: number, from: number, to: number): boolean {
  for (let row = Math.max(0, from); row <= Math.min(MAX_ROWS - 1, to); row++) {
    if (isFilled(row, column)) return true;
  }
  return false;
}

/**
 * The current region around a cell: the block bounded by empty rows and empty
 * columns (or the sheet's edges), grown from the cell as Excel grows it, so a
 * filled cell touching the block at a corner joins it. An empty cell with
 * nothing around it is a region of one cell.
 */
export function currentRegion(isFilled: IsFilled, row: number, column: number): CellBlock {
  const block: CellBlock = { top: row, left: column, bottom: row, right: column };
  for (let grown = true; grown;) {
    grown = false;
    while (block.top > 0 && rowHasFilled(isFilled, block.top - 1, block.left - 1, block.right + 1)) {
      block.top -= 1;
      grown = true;
    }
    while (block.bottom < MAX_ROWS - 1 && rowHasFilled(isFilled, block.bottom + 1, block.left - 1, block.right + 1)) {
      block.bottom += 1;
      grown = true;
    }
    while (block.left > 0 && columnHasFilled(isFilled, block.left - 1, block.top - 1, block.bottom + 1)) {
      block.left -= 1;
      grown = true;
    }
    while (
      block.right < MAX_COLUMNS - 1 &&
      columnHasFilled(isFilled, block.right + 1, block.top - 1, block.bottom + 1)
    ) {
      block.right += 1;
      grown = true;
    }
  }
  return block;
}

/** The smallest block holding every filled cell of a grid of values (0-based within the grid), or undefined. */
export function filledBounds(
  values: readonly (readonly unknown[])[],
  isEmpty: (value: unknown) => boolean,
): CellBlock | undefined {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    let first = -1;
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      if (isEmpty(row[c])) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    if (top < 0) top = r;
    bottom = r;
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  return top < 0 ? undefined : { top, left, bottom, right };
}
