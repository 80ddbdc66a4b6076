/**
 * An in-memory workbook behind the {@link WorkbookPort}: the demo workbook
 * when the pane runs in a plain browser, and the double in tests. It has
 * sheets, a selection on the active sheet, Excel tables, charts (recorded, not
 * drawn) and the wizard's saved settings. A cell holds what Excel's `formulas`
 * would report: a formula text, or a constant; an empty cell holds nothing.
 * It does not calculate (a formula cell reads as its formula text) and does
 * not parse (a plain string is kept as given, where Excel may make it a number
 * or a date). Number formats are recorded per cell; literal text (a
 * {@link TextCell}) is kept as that text, with the text format "@"; a
 * {@link FormulaCell} as its formula, with the value it brings kept beside it
 * (see {@link MemoryWorkbook.cellView}), so that the demo can show what Excel
 * would compute. Readers can subscribe to changes.
 */
import {
  MAX_COLUMNS,
  blockColumns,
  blockContains,
  blockName,
  blockRows,
  cellName,
  parseBlock,
  onSheet,
  parseCell,
  sheetPrefix,
  splitSheet,
  type CellBlock,
} from "./cellAddress";
import { foldName as fold, isValidSheetName, uniqueSheetName, uniqueTableName } from "./names";
import { currentRegion } from "./region";
import { tableFromValues } from "./tableRead";
import { firstOverwrite, planWrite } from "./writePlan";
import {
  TEXT_FORMAT,
  isEmptyContent,
  isFormulaCell,
  isTextCell,
  refuse,
  requireFormula,
  type CellValue,
  type CellWrite,
  type ChartKind,
  type ChartMade,
  type ChartSpec,
  type Host,
  type NumberFormat,
  type ParetoChartSpec,
  type SelectionInfo,
  type TableRead,
  type WorkbookPort,
} from "./workbookPort";

export type CellContent = string | number | boolean;

export interface MemorySheetInit {
  name: string;
  /** Contents by A1 address, e.g. { A1: "Item", B2: 1300, C2: "=B2*2" }. */
  cells?: Record<string, CellContent>;
  /** Contents row by row from A1 (`null` or "" for an empty cell); written after `cells`. */
  rows?: readonly (readonly (CellContent | null)[])[];
}

export interface MemoryWorkbookOptions {
  /** The name of the one sheet when `sheets` is not given. Default "Sheet1". */
  sheetName?: string;
  /** The one sheet's contents by A1 address, when `sheets` is not given. */
  cells?: Record<string, CellContent>;
  /** Several sheets, in order (replaces `sheetName` and `cells`). */
  sheets?: readonly MemorySheetInit[];
  /** Initial selection: "A1", "A1:C3" (on the first sheet) or "Items!B2". Default A1 of the first sheet. */
  selection?: string;
  /** Excel tables: a name and a block, "Items!A1:F201" or "A1:F201" (on the first sheet). */
  tables?: readonly { name: string; address: string }[];
  /** The wizard's saved settings (JSON text). */
  settings?: string;
  /** Whether this "Excel" has the native Pareto chart (ExcelApi 1.9). Default true. */
  nativePareto?: boolean;
}

/** A cell as the demo's grid shows it. */
export interface CellView {
  /** What the cell holds, as Excel's `formulas` reports it: a formula text or a constant ("" when empty). */
  content: CellContent;
  /** Whether `content` is a formula (text starting with "=" that is not literal text). */
  isFormula: boolean;
  /**
   * What the cell shows: the constant itself, or for a formula the value its
   * write brought ({@link FormulaCell}); undefined for a formula written without one.
   */
  value: CellValue | undefined;
  /** The cell's number format, undefined where none was set (General). */
  format: string | undefined;
}

export interface MemoryTable {
  name: string;
  sheetName: string;
  block: CellBlock;
}

export interface MemoryParetoChart extends ParetoChartSpec {
  sheetName: string;
  kind: ChartKind;
}

/** A chart made by {@link MemoryWorkbook.addChart}: its spec, and `kind` its type. */
export interface MemorySpecChart extends ChartSpec {
  sheetName: string;
  kind: ChartSpec["type"];
}

export type MemoryChart = MemoryParetoChart | MemorySpecChart;

interface Sheet {
  name: string;
  /** By {@link key}: row × MAX_COLUMNS + column. */
  cells: Map<number, CellContent>;
  /** Number formats set on cells, by {@link key} (a cell's format stays when its content is cleared). */
  formats: Map<number, string>;
  /** The values that formula cells were written with ({@link FormulaCell}), by {@link key}. */
  computed: Map<number, CellValue>;
}

function key(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly host: Host = "browser";
  private readonly sheets = new Map<string, Sheet>();
  private readonly tableList: MemoryTable[] = [];
  private readonly chartList: MemoryChart[] = [];
  private selection: { sheet: Sheet; block: CellBlock };
  private settings: string | undefined;
  private readonly nativePareto: boolean;
  private readonly listeners = new Set<() => void>();
  private revisionCount = 0;

  constructor(options: MemoryWorkbookOptions = {}) {
    const sheets = options.sheets ?? [{ name: options.sheetName ?? "Sheet1", cells: options.cells }];
    if (sheets.length === 0) throw new Error("a workbook has at least one sheet");
    for (const init of sheets) {
      const sheet = this.newSheet(init.name);
      for (const [address, content] of Object.entries(init.cells ?? {})) {
        const cell = parseCell(address);
        this.put(sheet, cell.row, cell.column, content);
      }
      init.rows?.forEach((row, r) => row.forEach((content, c) => this.put(sheet, r, c, content)));
    }
    const first = this.sheetOf(sheets[0]?.name ?? "");
    this.selection = { sheet: first, block: { top: 0, left: 0, bottom: 0, right: 0 } };
    if (options.selection !== undefined) this.select(options.selection);
    for (const table of options.tables ?? []) {
      const { sheetName, address } = splitSheet(table.address);
      this.defineTable(sheetName ?? first.name, parseBlock(address), table.name);
    }
    this.settings = options.settings;
    this.nativePareto = options.nativePareto ?? true;
  }

  // ── Sheet-aware helpers for the demo, the tests and the fake Excel ──

  /** The sheets' names, in order. */
  sheetNames(): string[] {
    return Array.from(this.sheets.values(), (sheet) => sheet.name);
  }

  /** The sheet the selection is on. */
  get activeSheetName(): string {
    return this.selection.sheet.name;
  }

  /** The selection: its sheet and block (0-based). */
  selectedBlock(): { sheetName: string; block: CellBlock } {
    return { sheetName: this.selection.sheet.name, block: { ...this.selection.block } };
  }

  /** Selects a cell or block, as a user clicking in the sheet would: "B5", "A1:C3", or "Items!B2" (activates Items). */
  select(address: string): void {
    const { sheetName, address: onSheet } = splitSheet(address);
    const sheet = sheetName === undefined ? this.selection.sheet : this.sheetOf(sheetName);
    this.selection = { sheet, block: parseBlock(onSheet) };
  }

  /** What a cell holds ("" when empty): "B2" on the active sheet, or "Policy!B2". */
  contentAt(address: string): CellContent {
    const { sheetName, address: onSheet } = splitSheet(address);
    const sheet = sheetName === undefined ? this.selection.sheet : this.sheetOf(sheetName);
    const cell = parseBlock(onSheet);
    return sheet.cells.get(key(cell.top, cell.left)) ?? "";
  }

  /** What the cell at a 0-based row and column of a sheet holds ("" when empty). */
  cellAt(sheetName: string, row: number, column: number): CellContent {
    return this.sheetOf(sheetName).cells.get(key(row, column)) ?? "";
  }

  /** Puts `content` into a cell ("" empties it), whatever it held: for setting up a sheet, not for the pane. */
  setCell(sheetName: string, row: number, column: number, content: CellContent): void {
    this.put(this.sheetOf(sheetName), row, column, content);
    this.changed();
  }

  /** A cell at a 0-based row and column of a sheet as the demo's grid shows it: what it holds, shows, and its format. */
  cellView(sheetName: string, row: number, column: number): CellView {
    const sheet = this.sheetOf(sheetName);
    const at = key(row, column);
    const content = sheet.cells.get(at) ?? "";
    const format = sheet.formats.get(at);
    const isFormula = typeof content === "string" && content.startsWith("=") && format !== TEXT_FORMAT;
    return { content, isFormula, value: isFormula ? sheet.computed.get(at) : content, format };
  }

  /**
   * Calls `listener` after each change to the workbook's sheets or cells (a
   * write, a new sheet, a cell set); returns the unsubscribe. With
   * {@link revision}, what React's useSyncExternalStore takes.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A number that changes with every change {@link subscribe} reports. */
  get revision(): number {
    return this.revisionCount;
  }

  /** A cell's number format, "Policy!B2" or "B2" on the active sheet: undefined where none was set (General). */
  formatAt(address: string): string | undefined {
    const { sheetName, address: onSheet } = splitSheet(address);
    const sheet = sheetName === undefined ? this.selection.sheet : this.sheetOf(sheetName);
    const cell = parseBlock(onSheet);
    return sheet.formats.get(key(cell.top, cell.left));
  }

  /** Sets the number format of a cell, as Excel's `numberFormat` does: for the fake Excel. */
  setFormat(sheetName: string, row: number, column: number, format: string): void {
    this.sheetOf(sheetName).formats.set(key(row, column), format);
    this.changed();
  }

  /** Every number format set on a sheet (default: the active one), by A1 address. */
  formats(sheetName: string = this.activeSheetName): Record<string, string> {
    const formats: Record<string, string> = {};
    for (const [at, format] of this.sheetOf(sheetName).formats) {
      formats[cellName(Math.floor(at / MAX_COLUMNS), at % MAX_COLUMNS)] = format;
    }
    return formats;
  }

  /** Every non-empty cell of a sheet (default: the active one), by A1 address. */
  snapshot(sheetName: string = this.activeSheetName): Record<string, CellContent> {
    const cells: Record<string, CellContent> = {};
    for (const [at, content] of this.sheetOf(sheetName).cells) {
      cells[cellName(Math.floor(at / MAX_COLUMNS), at % MAX_COLUMNS)] = content;
    }
    return cells;
  }

  /** The bounding block of a sheet's filled cells (within `within`, when given), or undefined when there are none. */
  usedBlock(sheetName: string, within?: CellBlock): CellBlock | undefined {
    const sheet = this.sheetOf(sheetName);
    let used: CellBlock | undefined;
    const add = (row: number, column: number) => {
      if (used === undefined) used = { top: row, left: column, bottom: row, right: column };
      else {
        used.top = Math.min(used.top, row);
        used.bottom = Math.max(used.bottom, row);
        used.left = Math.min(used.left, column);
        used.right = Math.max(used.right, column);
      }
    };
    if (within !== undefined && blockRows(within) * blockColumns(within) < sheet.cells.size) {
      for (let row = within.top; row <= within.bottom; row++) {
        for (let column = within.left; column <= within.right; column++) {
          if (sheet.cells.has(key(row, column))) add(row, column);
        }
      }
    } else {
      for (const at of sheet.cells.keys()) {
        const row = Math.floor(at / MAX_COLUMNS);
        const column = at % MAX_COLUMNS;
        if (within === undefined || blockContains(within, row, column)) add(row, column);
      }
    }
    return used;
  }

  /** Excel's current region around a cell of a sheet (see {@link currentRegion}). */
  regionAround(sheetName: string, row: number, column: number): CellBlock {
    const cells = this.sheetOf(sheetName).cells;
    return currentRegion((r, c) => cells.has(key(r, c)), row, column);
  }

  /** Adds a sheet named exactly `name`, as Excel's `worksheets.add(name)`: throws when the name is taken or invalid. */
  createSheet(name: string): void {
    this.newSheet(name);
    this.changed();
  }

  /** Deletes a sheet and its tables, as a user would: for tests. */
  deleteSheet(name: string): void {
    const sheet = this.sheetOf(name);
    if (this.selection.sheet === sheet) throw new Error("select another sheet before deleting this one");
    this.sheets.delete(fold(name));
    for (let i = this.tableList.length - 1; i >= 0; i--) {
      if (fold(this.tableList[i]?.sheetName ?? "") === fold(name)) this.tableList.splice(i, 1);
    }
    this.changed();
  }

  /** The Excel tables, in the order they were made. */
  tables(): MemoryTable[] {
    return this.tableList.map((table) => ({ ...table, block: { ...table.block } }));
  }

  /** The table that holds a cell of a sheet, if any. */
  tableAt(sheetName: string, row: number, column: number): MemoryTable | undefined {
    const sheet = this.sheetOf(sheetName);
    const table = this.tableList.find(
      (t) => fold(t.sheetName) === fold(sheet.name) && blockContains(t.block, row, column),
    );
    return table && { ...table, block: { ...table.block } };
  }

  /** Makes a table named exactly `name`, as Excel does: throws when the name is taken or the block overlaps a table. */
  defineTable(sheetName: string, block: CellBlock, name: string): void {
    const sheet = this.sheetOf(sheetName);
    if (this.tableList.some((table) => fold(table.name) === fold(name))) {
      throw new Error(`a table named "${name}" already exists`);
    }
    const overlapping = this.tableList.find(
      (table) =>
        fold(table.sheetName) === fold(sheet.name) &&
        table.block.top <= block.bottom &&
        block.top <= table.block.bottom &&
        table.block.left <= block.right &&
        block.left <= table.block.right,
    );
    if (overlapping) throw new Error(`${blockName(block)} overlaps the table "${overlapping.name}"`);
    this.tableList.push({ name, sheetName: sheet.name, block: { ...block } });
  }

  /** The charts added, in order. */
  charts(): MemoryChart[] {
    return this.chartList.map((chart) => ({ ...chart }));
  }

  // ── The WorkbookPort ──

  async getSelection(): Promise<SelectionInfo> {
    const { sheet, block } = this.selection;
    const cellCount = blockRows(block) * blockColumns(block);
    return { address: this.address(sheet, block), cellCount, isEmpty: this.usedBlock(sheet.name, block) === undefined };
  }

  async insertFormula(formula: string): Promise<{ address: string }> {
    requireFormula(formula);
    const { sheet, block } = this.selection;
    const selection = await this.getSelection();
    if (selection.cellCount !== 1) throw refuse.notSingleCell(selection.address, selection.cellCount);
    if (!isEmptyContent(sheet.cells.get(key(block.top, block.left)))) throw refuse.notEmpty(selection.address);
    sheet.cells.set(key(block.top, block.left), formula);
    this.changed();
    return { address: selection.address };
  }

  async readTableAroundSelection(): Promise<TableRead> {
    const { sheet, block } = this.selection;
    const where = this.address(sheet, block);
    let target: CellBlock | undefined;
    let tableName: string | undefined;
    if (blockRows(block) === 1 && blockColumns(block) === 1) {
      const table = this.tableAt(sheet.name, block.top, block.left);
      target = table?.block ?? this.regionAround(sheet.name, block.top, block.left);
      tableName = table?.name;
    } else {
      target = this.usedBlock(sheet.name, block);
    }
    if (target === undefined) throw refuse.noData(where);
    const values: CellContent[][] = [];
    for (let row = target.top; row <= target.bottom; row++) {
      const line: CellContent[] = [];
      for (let column = target.left; column <= target.right; column++)
        line.push(sheet.cells.get(key(row, column)) ?? "");
      values.push(line);
    }
    // The formats of the header row and the first data row, as Excel's numberFormat gives them.
    const formats = [target.top, target.top + 1].map((row) => {
      const line: string[] = [];
      for (let column = target.left; column <= target.right; column++)
        line.push(sheet.formats.get(key(row, column)) ?? "General");
      return line;
    });
    return tableFromValues({
      sheetName: sheet.name,
      top: target.top,
      left: target.left,
      values,
      tableName,
      where,
      formats,
    });
  }

  async addSheet(baseName: string): Promise<string> {
    const name = uniqueSheetName(baseName, this.sheetNames());
    this.createSheet(name);
    return name;
  }

  async writeCells(
    sheetName: string,
    topLeft: string,
    cells: CellWrite[][],
    numberFormats?: NumberFormat[][],
  ): Promise<{ address: string }> {
    const plan = planWrite(sheetName, topLeft, cells, numberFormats);
    const sheet = this.existingSheet(sheetName);
    const filled = firstOverwrite(plan, (row, column) => sheet.cells.has(key(row, column)));
    if (filled !== undefined) throw refuse.blockNotEmpty(plan.address, filled);
    plan.rows.forEach((row, r) =>
      row.forEach((write, c) => {
        const at = key(plan.block.top + r, plan.block.left + c);
        const format = plan.formats?.[r]?.[c] ?? null;
        if (format !== null) sheet.formats.set(at, format);
        if (write === null) return;
        const row = plan.block.top + r;
        const column = plan.block.left + c;
        if (isTextCell(write)) this.put(sheet, row, column, write.text);
        else if (isFormulaCell(write)) {
          this.put(sheet, row, column, write.formula);
          sheet.computed.set(at, write.value);
        } else this.put(sheet, row, column, write);
      }),
    );
    this.changed();
    return { address: plan.address };
  }

  async addTable(sheetName: string, address: string, name: string): Promise<{ name: string }> {
    const sheet = this.existingSheet(sheetName);
    const block = parseBlock(onSheet(sheetName, address));
    const unique = uniqueTableName(
      name,
      this.tableList.map((table) => table.name),
    );
    this.defineTable(sheet.name, block, unique);
    return { name: unique };
  }

  async addParetoChart(sheetName: string, spec: ParetoChartSpec): Promise<ChartMade> {
    const sheet = this.existingSheet(sheetName);
    for (const address of [spec.categories, spec.values, spec.cumulativeShares])
      parseBlock(onSheet(sheetName, address));
    parseCell(spec.anchor);
    const kind: ChartKind = this.nativePareto ? "pareto" : "column-and-line";
    this.chartList.push({ ...spec, sheetName: sheet.name, kind });
    return { kind };
  }

  async addChart(sheetName: string, spec: ChartSpec): Promise<void> {
    const sheet = this.existingSheet(sheetName);
    if (spec.series.length === 0) throw new RangeError(`addChart: the chart "${spec.title}" has no series`);
    for (const series of spec.series) {
      for (const address of [series.values, series.categories]) {
        if (address !== undefined) parseBlock(onSheet(sheetName, address));
      }
    }
    parseCell(spec.anchor);
    this.chartList.push({
      ...spec,
      series: spec.series.map((series) => ({ ...series })),
      sheetName: sheet.name,
      kind: spec.type,
    });
  }

  async loadSettings(): Promise<string | undefined> {
    return this.settings;
  }

  async saveSettings(json: string): Promise<void> {
    this.settings = json;
  }

  // ── Inside ──

  private newSheet(name: string): Sheet {
    if (!isValidSheetName(name)) throw new Error(`"${name}" is not a valid sheet name`);
    if (this.sheets.has(fold(name))) throw new Error(`a sheet named "${name}" already exists`);
    const sheet: Sheet = { name, cells: new Map(), formats: new Map(), computed: new Map() };
    this.sheets.set(fold(name), sheet);
    return sheet;
  }

  private sheetOf(sheetName: string): Sheet {
    const sheet = this.sheets.get(fold(sheetName));
    if (sheet === undefined) throw new Error(`no sheet named "${sheetName}"`);
    return sheet;
  }

  /** The sheet, or the port's refusal when there is none. */
  private existingSheet(sheetName: string): Sheet {
    const sheet = this.sheets.get(fold(sheetName));
    if (sheet === undefined) throw refuse.unknownSheet(sheetName);
    return sheet;
  }

  /** Puts a constant or a formula into a cell (null or "" empties it); a value computed for what it held goes. */
  private put(sheet: Sheet, row: number, column: number, content: CellContent | null): void {
    sheet.computed.delete(key(row, column));
    if (content === null || isEmptyContent(content)) sheet.cells.delete(key(row, column));
    else sheet.cells.set(key(row, column), content);
  }

  /** Tells the subscribers that something changed. */
  private changed(): void {
    this.revisionCount++;
    for (const listener of this.listeners) listener();
  }

  private address(sheet: Sheet, block: CellBlock): string {
    return sheetPrefix(sheet.name) + blockName(block);
  }
}
