/**
 * One shape for what both implementations read: a block's cell values (as
 * Excel's `values` gives them) become a {@link TableRead}, trimmed to the
 * filled cells, the first row as the header.
 */
import { blockName, sheetPrefix } from "./cellAddress";
import { filledBounds } from "./region";
import { isEmptyContent, refuse, type CellValue, type TableRead } from "./workbookPort";

export interface BlockValues {
  sheetName: string;
  /** 0-based row and column of the block's top-left cell on the sheet. */
  top: number;
  left: number;
  /** The block's cell values, row by row. */
  values: readonly (readonly unknown[])[];
  /** Set when the block is an Excel table. */
  tableName?: string;
  /** Where the user looked (the selection's address), for the refusal when nothing is there. */
  where: string;
  /** The number formats of the block's first rows (at least the header and the row under it), as Excel's `numberFormat`. */
  formats?: readonly (readonly unknown[])[];
}

/** Excel's number format of a cell that has none. */
const GENERAL = "General";

/** A cell value as the port reports it: a number, text or logical; anything else (empty) as "". */
export function cellValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return "";
}

/** A header cell's text, as Excel shows it: "2024", "TRUE", trimmed. */
function headerText(value: CellValue): string {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value).trim();
}

export function tableFromValues(block: BlockValues): TableRead {
  const bounds = filledBounds(block.values, isEmptyContent);
  if (bounds === undefined) throw refuse.noData(block.where);
  const grid: CellValue[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const source = block.values[r] ?? [];
    const row: CellValue[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) row.push(cellValue(source[c]));
    grid.push(row);
  }
  const [header = [], ...rows] = grid;
  const top = block.top + bounds.top;
  const left = block.left + bounds.left;
  const address =
    sheetPrefix(block.sheetName) +
    blockName({ top, left, bottom: block.top + bounds.bottom, right: block.left + bounds.right });
  const read: TableRead = {
    sheetName: block.sheetName,
    address,
    top: top + 1,
    left: left + 1,
    headers: header.map(headerText),
    rows,
  };
  if (block.tableName !== undefined) read.tableName = block.tableName;
  const formatRow = block.formats?.[bounds.top + 1];
  if (formatRow && rows.length > 0) {
    const formats = header.map((_cell, c) => {
      const format = formatRow[bounds.left + c];
      return typeof format === "string" && format !== "" ? format : GENERAL;
    });
    if (formats.some((format) => format !== GENERAL)) read.columnFormats = formats;
  }
  return read;
}
