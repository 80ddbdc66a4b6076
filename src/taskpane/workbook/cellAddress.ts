/** A1-style addresses for the in-memory workbook, written the way Excel writes them. */

export interface CellBlock {
  /** 0-based first row and column, inclusive. */
  top: number;
  left: number;
  /** 0-based last row and column, inclusive. */
  bottom: number;
  right: number;
}

/** The size of an Excel worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** "B3" → { row: 2, column: 1 }. */
export function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(text.trim());
  if (!match || match[1] === undefined || match[2] === undefined) throw new Error(`not a cell address: "${text}"`);
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) throw new Error(`outside the sheet: "${text}"`);
  return { row: row - 1, column: column - 1 };
}

/** "A1" or "A1:C3" (either corner first) → the block of cells. */
export function parseBlock(text: string): CellBlock {
  const [first, second, ...rest] = text.split(":");
  if (first === undefined || rest.length > 0) throw new Error(`not a range address: "${text}"`);
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function blockName(block: CellBlock): string {
  const first = cellName(block.top, block.left);
  return block.top === block.bottom && block.left === block.right
    ? first
    : `${first}:${cellName(block.bottom, block.right)}`;
}

/**
 * A sheet name as Excel writes it in an address it reports ("Items!B2",
 * "'My items'!B2"): bare when it is a plain word, quoted otherwise, and
 * quoted too when the bare name would read as a reference: a cell in A1 style
 * ("Q1", "FY2024", "Jan24") or in R1C1 style ("R1C1", "R2", "C").
 * Formulas use {@link quotedSheetPrefix}.
 */
export function sheetPrefix(sheetName: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
  const cellLike = /^[A-Za-z]{1,3}[0-9]+$/.test(sheetName) || /^(R[0-9]*)?(C[0-9]*)?$/i.test(sheetName);
  return plain && !cellLike ? `${sheetName}!` : quotedSheetPrefix(sheetName);
}

/**
 * A sheet name for a reference in a formula: always quoted, embedded
 * apostrophes doubled ("'Q1'!", "'Bob''s items'!"), so that no name can read
 * as a cell, a function or a number, whatever Excel's rules for bare names.
 */
export function quotedSheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/**
 * "Items!B2", "'Bob''s items'!A1:C3" or "B2" → the sheet name (undefined when
 * the address has none) and the address on the sheet.
 */
export function splitSheet(text: string): { sheetName: string | undefined; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheetName: undefined, address: text };
  const prefix = text.slice(0, bang);
  const quoted = prefix.length >= 2 && prefix.startsWith("'") && prefix.endsWith("'");
  return { sheetName: quoted ? prefix.slice(1, -1).replace(/''/g, "'") : prefix, address: text.slice(bang + 1) };
}

export function blockRows(block: CellBlock): number {
  return block.bottom - block.top + 1;
}

export function blockColumns(block: CellBlock): number {
  return block.right - block.left + 1;
}

export function blockContains(block: CellBlock, row: number, column: number): boolean {
  return row >= block.top && row <= block.bottom && column >= block.left && column <= block.right;
}

/**
 * An address on `sheetName`, without its sheet: "Policy!A1:C3" and "A1:C3"
 * both give "A1:C3". An address on another sheet is a bug (a RangeError).
 */
export function onSheet(sheetName: string, address: string): string {
  const split = splitSheet(address);
  if (split.sheetName !== undefined && split.sheetName.toUpperCase() !== sheetName.toUpperCase()) {
    throw new RangeError(`${address} is not on the sheet "${sheetName}"`);
  }
  return split.address;
}
