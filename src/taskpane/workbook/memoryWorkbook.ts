/**
 * An in-memory, one-sheet workbook behind the {@link WorkbookPort}: the demo
 * sheet when the pane runs in a plain browser, and the double in tests. It
 * keeps what a cell holds as Excel's `formulas` would report it: a formula
 * text, or a constant; an empty cell holds nothing.
 */
import { blockName, cellName, parseBlock, sheetPrefix, type CellBlock } from "./cellAddress";
import {
  isEmptyContent,
  refuse,
  requireFormula,
  type Host,
  type SelectionInfo,
  type WorkbookPort,
} from "./workbookPort";

export type CellContent = string | number | boolean;

export interface MemoryWorkbookOptions {
  sheetName?: string;
  /** Initial contents by A1 address, e.g. { A1: "Item", B2: 1300, C2: "=B2*2" }. */
  cells?: Record<string, CellContent>;
  /** Initial selection, "A1" or "A1:C3". Default "A1". */
  selection?: string;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly host: Host = "browser";
  readonly sheetName: string;
  private readonly cells = new Map<string, CellContent>();
  private selection: CellBlock;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.sheetName = options.sheetName ?? "Sheet1";
    for (const [address, content] of Object.entries(options.cells ?? {})) this.set(address, content);
    this.selection = parseBlock(options.selection ?? "A1");
  }

  /** Selects a cell or block, as a user clicking in the sheet would. */
  select(address: string): void {
    this.selection = parseBlock(address);
  }

  /** What a cell holds ("" when empty). */
  contentAt(address: string): CellContent {
    const block = parseBlock(address);
    return this.cells.get(cellName(block.top, block.left)) ?? "";
  }

  /** Every non-empty cell, by A1 address. */
  snapshot(): Record<string, CellContent> {
    return Object.fromEntries(this.cells);
  }

  async getSelection(): Promise<SelectionInfo> {
    const block = this.selection;
    const cellCount = (block.bottom - block.top + 1) * (block.right - block.left + 1);
    let isEmpty = true;
    for (const name of this.cells.keys()) {
      const cell = parseBlock(name);
      const inside =
        cell.top >= block.top && cell.top <= block.bottom && cell.left >= block.left && cell.left <= block.right;
      if (inside) isEmpty = false;
    }
    return { address: this.address(block), cellCount, isEmpty };
  }

  async insertFormula(formula: string): Promise<{ address: string }> {
    requireFormula(formula);
    const block = this.selection;
    const selection = await this.getSelection();
    if (selection.cellCount !== 1) throw refuse.notSingleCell(selection.address, selection.cellCount);
    const name = cellName(block.top, block.left);
    if (!isEmptyContent(this.cells.get(name))) throw refuse.notEmpty(selection.address);
    this.cells.set(name, formula);
    return { address: selection.address };
  }

  private set(address: string, content: CellContent): void {
    const block = parseBlock(address);
    const name = cellName(block.top, block.left);
    if (isEmptyContent(content)) this.cells.delete(name);
    else this.cells.set(name, content);
  }

  private address(block: CellBlock): string {
    return sheetPrefix(this.sheetName) + blockName(block);
  }
}

/** The demo sheet used when the pane runs outside Excel: an empty Sheet1 with A1 selected. */
export function createDemoWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({ sheetName: "Sheet1", selection: "A1" });
}
