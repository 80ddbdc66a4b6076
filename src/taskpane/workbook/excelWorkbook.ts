/**
 * The {@link WorkbookPort} against Excel: the only module in the add-in that
 * calls `Excel.run` (ESLint enforces it). Each operation is one `Excel.run`
 * batch that syncs once to read what it needs and then once per write, never
 * per row or cell: a large block is read, and written, in chunks that keep
 * each request well under the 5 MB that Excel on the web allows.
 *
 * Requirement sets (ExcelApi): insertFormula, addSheet and addTable 1.1;
 * getSelection and writeCells 1.4 (`getUsedRangeOrNullObject`), writeCells
 * suspending the calculation where 1.6 is supported; readTableAroundSelection
 * 1.4 (`getIntersectionOrNullObject`), finding a table with 1.9
 * (`Range.getTables`) and the current region with 1.7 (`getSurroundingRegion`),
 * else the used range; addParetoChart makes the native Pareto chart with 1.9,
 * else a column chart with a cumulative line (series calls 1.7, the line on a
 * secondary axis 1.8); addChart sets its series one by one (1.7), a line on
 * the secondary axis with 1.8. Settings use the document's settings (Office
 * common API).
 */
import { blockName, cellName, onSheet, parseBlock, parseCell, type CellBlock } from "./cellAddress";
import { uniqueSheetName, uniqueTableName } from "./names";
import { tableFromValues } from "./tableRead";
import {
  DEFAULT_CHUNK_LIMITS,
  FIRST_READ_CELL_BYTES,
  chunkRows,
  excelWrites,
  firstOverwrite,
  jsonBytes,
  nextReadRows,
  planWrite,
  type ChunkLimits,
  type WritePlan,
} from "./writePlan";
import {
  WorkbookRefusal,
  isEmptyContent,
  refuse,
  requireFormula,
  type CellWrite,
  type ChartMade,
  type ChartSpec,
  type ChartType,
  type Host,
  type NumberFormat,
  type ParetoChartSpec,
  type SelectionInfo,
  type TableRead,
  type WorkbookPort,
} from "./workbookPort";

/** Where the wizard's choices live in the workbook: one key of the document's settings. */
export const SETTINGS_KEY = "InventoryPolicy.wizard";

export interface ExcelWorkbookOptions {
  /** Limits per write request, and the bytes per read; default {@link DEFAULT_CHUNK_LIMITS}. */
  chunkLimits?: ChunkLimits;
  /** Most cells read per request; default 50,000 (reads are sized by bytes too). */
  maxReadCells?: number;
}

/** The properties that place a range on its sheet. */
const PLACE = "address, rowIndex, columnIndex, rowCount, columnCount";

/** Whether the host supports ExcelApi `version`; false outside Office. */
function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    // Office's error for "the selection is a chart, shape or other non-range object".
    if (errorCode(error) === "InvalidSelection") throw refuse.noCellSelected();
    throw error;
  }
}

/** The read sync of an operation on a named sheet: Office's ItemNotFound there means no such sheet. */
async function syncOnSheet(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") throw refuse.unknownSheet(sheetName);
    throw error;
  }
}

/** A loaded range's block on its sheet (0-based). */
function blockOf(range: Excel.Range): CellBlock {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where a Pareto chart takes its data, and its top-left cell. */
interface ChartPlaces {
  categories: CellBlock;
  values: CellBlock;
  shares: CellBlock;
  anchor: { row: number; column: number };
}

/** Excel's own Pareto chart (ExcelApi 1.9): it ranks and accumulates the values itself. */
function nativePareto(sheet: Excel.Worksheet, places: ChartPlaces): Excel.Chart {
  const { categories, values } = places;
  // Labels in the column just left of the values: one source block, as Excel's own Insert > Pareto takes it.
  const adjacent =
    categories.left === categories.right &&
    categories.right + 1 === values.left &&
    categories.top === values.top &&
    categories.bottom === values.bottom;
  const source = adjacent ? { ...values, left: categories.left } : values;
  const chart = sheet.charts.add("Pareto", sheet.getRange(blockName(source)), "Columns");
  if (!adjacent) chart.series.getItemAt(0).setXAxisValues(sheet.getRange(blockName(categories)));
  return chart;
}

/** A column chart of the values with the cumulative share as a line (series 1.7), on a secondary 0–100% axis (1.8). */
function columnAndLine(sheet: Excel.Worksheet, places: ChartPlaces): Excel.Chart {
  const range = (block: CellBlock) => sheet.getRange(blockName(block));
  const chart = sheet.charts.add("ColumnClustered", range(places.values), "Columns");
  const bars = chart.series.getItemAt(0);
  bars.name = "Value";
  bars.setXAxisValues(range(places.categories));
  const line = chart.series.add("Cumulative share");
  line.setValues(range(places.shares));
  line.setXAxisValues(range(places.categories));
  line.chartType = "Line";
  if (supports("1.8")) {
    line.axisGroup = "Secondary";
    const axis = chart.axes.getItem("Value", "Secondary");
    axis.minimum = 0;
    axis.maximum = 1;
    axis.numberFormat = "0%";
  }
  return chart;
}

/** Excel's chart type for each kind of {@link ChartSpec}: "columnLine" starts as columns, its lines set per series. */
const EXCEL_CHART_TYPES: Readonly<Record<ChartType, "Line" | "XYScatterLines" | "ColumnClustered">> = {
  line: "Line",
  xyScatterLines: "XYScatterLines",
  columnClustered: "ColumnClustered",
  columnLine: "ColumnClustered",
};

/** What an Excel without the series calls of ExcelApi 1.7 is told. */
export const CHART_NEEDS_1_7 =
  "This version of Excel cannot make the chart from the add-in (it needs ExcelApi 1.7: Excel 2019, Excel 2021, Microsoft 365 or Excel on the web).";

/**
 * A chart of the spec's series (ExcelApi 1.7): made from the first series'
 * values, then each series named, given its values and x values or
 * categories; a "columnLine" line series drawn as a line on the secondary
 * axis (1.8), or on the primary one where 1.8 is missing; the axis titles.
 */
function specChart(sheet: Excel.Worksheet, spec: ChartSpec): Excel.Chart {
  const range = (address: string) => sheet.getRange(address);
  const [first] = spec.series;
  if (first === undefined) throw new RangeError(`addChart: the chart "${spec.title}" has no series`);
  const chart = sheet.charts.add(EXCEL_CHART_TYPES[spec.type], range(first.values), "Columns");
  const secondary = spec.type === "columnLine" && supports("1.8");
  spec.series.forEach((wanted, index) => {
    const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(wanted.name);
    if (index === 0) series.name = wanted.name;
    else series.setValues(range(wanted.values));
    if (wanted.categories !== undefined) series.setXAxisValues(range(wanted.categories));
    if (spec.type === "columnLine" && wanted.line === true) {
      series.chartType = "Line";
      if (secondary) series.axisGroup = "Secondary";
    }
  });
  if (spec.xAxisTitle !== undefined) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  if (secondary && spec.secondaryAxisTitle !== undefined && spec.series.some((series) => series.line === true)) {
    chart.axes.getItem("Value", "Secondary").title.text = spec.secondaryAxisTitle;
  }
  return chart;
}

/** Deletes the sheet's charts after the first `count` (those a failed batch left). */
async function deleteChartsAfter(context: Excel.RequestContext, sheet: Excel.Worksheet, count: number): Promise<void> {
  sheet.charts.load("items/name");
  await context.sync();
  const extra = sheet.charts.items.slice(count);
  if (extra.length === 0) return;
  for (const chart of extra) chart.delete();
  await context.sync();
}

export class ExcelWorkbook implements WorkbookPort {
  readonly host: Host = "excel";
  private readonly chunkLimits: ChunkLimits;
  private readonly maxReadCells: number;

  constructor(options: ExcelWorkbookOptions = {}) {
    this.chunkLimits = options.chunkLimits ?? DEFAULT_CHUNK_LIMITS;
    this.maxReadCells = options.maxReadCells ?? 50_000;
  }

  getSelection(): Promise<SelectionInfo> {
    return run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, cellCount");
      // Values only: a formatted but empty cell is empty; a formula cell is not.
      const used = range.getUsedRangeOrNullObject(true);
      await context.sync();
      return { address: range.address, cellCount: range.cellCount, isEmpty: used.isNullObject };
    });
  }

  async insertFormula(formula: string): Promise<{ address: string }> {
    requireFormula(formula);
    return run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, cellCount");
      const cell = range.getCell(0, 0);
      cell.load("address, formulas, values");
      await context.sync(); // the read
      if (range.cellCount !== 1) throw refuse.notSingleCell(range.address, range.cellCount);
      // `formulas` shows a formula or a constant; `values` also catches a cell that a spill fills.
      if (!isEmptyContent(cell.formulas[0]?.[0]) || !isEmptyContent(cell.values[0]?.[0])) {
        throw refuse.notEmpty(cell.address);
      }
      cell.formulas = [[formula]];
      await context.sync(); // the write
      return { address: cell.address };
    });
  }

  readTableAroundSelection(): Promise<TableRead> {
    return run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address, cellCount");
      const sheet = selection.worksheet;
      sheet.load("name");
      const first = selection.getCell(0, 0);
      const tables = supports("1.9") ? first.getTables(false) : undefined;
      tables?.load("items/name");
      const region = supports("1.7") ? first.getSurroundingRegion() : sheet.getUsedRange(true);
      region.load(PLACE);
      const clipped = selection.getIntersectionOrNullObject(sheet.getUsedRange(true));
      clipped.load(PLACE);
      await context.sync(); // find the block: its place only, no values yet

      let target: Excel.Range | undefined;
      let tableName: string | undefined;
      if (selection.cellCount === 1) {
        const table = tables?.items[0];
        if (table !== undefined) {
          tableName = table.name;
          target = table.getRange();
          target.load(PLACE);
          await context.sync();
        } else {
          target = region;
        }
      } else if (!clipped.isNullObject) {
        target = clipped;
      }
      if (target === undefined) throw refuse.noData(selection.address);
      const block = blockOf(target);
      // The header's and the first data row's formats, loaded with the first values.
      const head = sheet.getRange(blockName({ ...block, bottom: Math.min(block.bottom, block.top + 1) }));
      head.load("numberFormat");
      const values = await this.readValues(context, sheet, block);
      return tableFromValues({
        sheetName: sheet.name,
        top: block.top,
        left: block.left,
        values,
        tableName,
        where: selection.address,
        formats: head.numberFormat,
      });
    });
  }

  addSheet(baseName: string): Promise<string> {
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        baseName,
        sheets.items.map((sheet) => sheet.name),
      );
      sheets.add(name);
      await context.sync();
      return name;
    });
  }

  async writeCells(
    sheetName: string,
    topLeft: string,
    cells: CellWrite[][],
    numberFormats?: NumberFormat[][],
  ): Promise<{ address: string }> {
    const plan = planWrite(sheetName, topLeft, cells, numberFormats);
    const writes = excelWrites(plan);
    const { formats } = plan;
    const chunks = chunkRows(writes, this.chunkLimits, formats);
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // Values only: formatting does not make a cell "filled"; a formula or a spilled value does.
      const used = sheet.getRange(blockName(plan.block)).getUsedRangeOrNullObject(true);
      used.load(`${PLACE}, cellCount`);
      await syncOnSheet(context, sheetName); // the read: is anything there?
      if (!used.isNullObject) {
        const filled = await this.firstFilled(context, plan, used);
        if (filled !== undefined) throw refuse.blockNotEmpty(plan.address, filled);
      }
      const suspend = supports("1.6");
      for (const chunk of chunks) {
        if (suspend) context.application.suspendApiCalculationUntilNextSync();
        const block = { ...plan.block, top: plan.block.top + chunk.start, bottom: plan.block.top + chunk.end - 1 };
        const range = sheet.getRange(blockName(block));
        // The formats first, in the same request: a cell formatted "@" keeps what is written to it as text.
        const chunkFormats = formats?.slice(chunk.start, chunk.end);
        if (chunkFormats?.some((row) => row.some((format) => format !== null))) range.numberFormat = chunkFormats;
        range.formulas = writes.slice(chunk.start, chunk.end);
        await context.sync(); // one write per chunk
      }
      return { address: plan.address };
    });
  }

  async addTable(sheetName: string, address: string, name: string): Promise<{ name: string }> {
    const block = parseBlock(onSheet(sheetName, address));
    return run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(blockName(block));
      range.load("address");
      const tables = context.workbook.tables;
      tables.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await syncOnSheet(context, sheetName);
      const unique = uniqueTableName(
        name,
        [...tables.items, ...names.items].map((item) => item.name),
      );
      const table = tables.add(range, true);
      table.name = unique;
      await context.sync();
      return { name: unique };
    });
  }

  async addParetoChart(sheetName: string, spec: ParetoChartSpec): Promise<ChartMade> {
    const places = {
      categories: parseBlock(onSheet(sheetName, spec.categories)),
      values: parseBlock(onSheet(sheetName, spec.values)),
      shares: parseBlock(onSheet(sheetName, spec.cumulativeShares)),
      anchor: parseCell(spec.anchor),
    };
    let nativeError: string | undefined;
    if (supports("1.9")) {
      try {
        await this.drawChart(sheetName, spec.title, places.anchor, (sheet) => nativePareto(sheet, places));
        return { kind: "pareto" };
      } catch (error) {
        if (error instanceof WorkbookRefusal) throw error;
        // Some builds reject a property of the Pareto family (its title, an axis): the fallback still shows the ranking.
        nativeError = messageOf(error);
      }
    }
    await this.drawChart(sheetName, spec.title, places.anchor, (sheet) => columnAndLine(sheet, places));
    return nativeError === undefined ? { kind: "column-and-line" } : { kind: "column-and-line", nativeError };
  }

  async addChart(sheetName: string, spec: ChartSpec): Promise<void> {
    for (const series of spec.series) {
      for (const address of [series.values, series.categories]) {
        if (address !== undefined) parseBlock(onSheet(sheetName, address));
      }
    }
    const anchor = parseCell(spec.anchor);
    if (!supports("1.7")) {
      // Without the series calls the chart could not show the spec's series: refuse before touching the sheet.
      await this.requireSheet(sheetName);
      throw new Error(CHART_NEEDS_1_7);
    }
    await this.drawChart(sheetName, spec.title, anchor, (sheet) => specChart(sheet, spec));
  }

  async loadSettings(): Promise<string | undefined> {
    if (typeof Office === "undefined") return undefined;
    const saved: unknown = Office.context.document.settings.get(SETTINGS_KEY);
    return typeof saved === "string" ? saved : undefined;
  }

  async saveSettings(json: string): Promise<void> {
    if (typeof Office === "undefined") return;
    const settings = Office.context.document.settings;
    settings.set(SETTINGS_KEY, json);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve(),
      ),
    );
  }

  /** Refuses ("unknown-sheet") a sheet that does not exist: one sync. */
  private requireSheet(sheetName: string): Promise<void> {
    return run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).load("name");
      await syncOnSheet(context, sheetName);
    });
  }

  /**
   * Draws a chart (`make` adds it and its series) in one `Excel.run`, with its
   * title, at its anchor. Office applies a failed batch's commands up to the
   * one that failed, so a chart that fails half-made is deleted (the sheet's
   * charts added since the count taken before) and the error passed on.
   */
  private drawChart(
    sheetName: string,
    title: string,
    anchor: { row: number; column: number },
    make: (sheet: Excel.Worksheet) => Excel.Chart,
  ): Promise<void> {
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.charts.load("items/name");
      await syncOnSheet(context, sheetName);
      const before = sheet.charts.items.length;
      try {
        const chart = make(sheet);
        chart.title.text = title;
        chart.setPosition(cellName(anchor.row, anchor.column));
        await context.sync();
      } catch (error) {
        await deleteChartsAfter(context, sheet, before).catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * Reads a block's values in chunks of rows, each sized so that its response
   * stays within the byte budget (from the JSON bytes of the largest row read
   * so far; the first from an assumed cell size) and `maxReadCells`.
   */
  private async readValues(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    block: CellBlock,
  ): Promise<unknown[][]> {
    const width = block.right - block.left + 1;
    const limits = { maxBytes: this.chunkLimits.maxBytes, maxCells: this.maxReadCells };
    const values: unknown[][] = [];
    let largestRow: number | undefined;
    for (let top = block.top; top <= block.bottom;) {
      const rows = nextReadRows(width, block.bottom - top + 1, largestRow, limits);
      const part = sheet.getRange(blockName({ ...block, top, bottom: top + rows - 1 }));
      part.load("values");
      await context.sync();
      for (const row of part.values) {
        largestRow = Math.max(largestRow ?? 0, jsonBytes(row) + 1);
        values.push(row);
      }
      top += rows;
    }
    return values;
  }

  /**
   * The first target cell a write would overwrite, given the target's used
   * range: read it (one more sync, only when the target is not empty) to name
   * the cell, or name the used range when it is too large to read in one
   * request.
   */
  private async firstFilled(
    context: Excel.RequestContext,
    plan: WritePlan,
    used: Excel.Range,
  ): Promise<string | undefined> {
    // Formulas and values of cells not yet measured: read them only when that fits the budget at the assumed size.
    const readable = Math.min(this.maxReadCells, Math.floor(this.chunkLimits.maxBytes / (2 * FIRST_READ_CELL_BYTES)));
    if (used.cellCount > readable) return used.address;
    used.load("formulas, values");
    await context.sync();
    const within = blockOf(used);
    return firstOverwrite(
      plan,
      (row, column) => {
        const r = row - within.top;
        const c = column - within.left;
        return !isEmptyContent(used.formulas[r]?.[c]) || !isEmptyContent(used.values[r]?.[c]);
      },
      within,
    );
  }
}
