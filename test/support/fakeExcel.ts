/**
 * A fake Excel for tests of excelWorkbook.ts: `Excel.run` and `Office.context`
 * (requirement sets, document settings) over a {@link MemoryWorkbook} that
 * plays the document.
 *
 * Ranges and worksheets are office-addin-mock objects, so reading a property
 * that was not loaded and synced gives the mock's error text, never the value.
 * Collections, which the mock cannot load as "items/name", are small stand-ins
 * that throw when read before load and sync. As in Excel, commands queue and
 * take effect at `context.sync()`, in order; a batch that asked for a sheet
 * that does not exist fails at its sync with ItemNotFound. A command made to
 * fail (see {@link FakeExcelOptions.fail}) fails its sync as Office's do: the
 * commands queued before it take effect, those after it do not.
 *
 * Strings written to `formulas` or `values` are parsed as Excel (en-US) parses
 * them, unless the cell's number format is text ("@") when the write takes
 * effect: "=…", "+…" and "-…" become formulas, "00123" the number 123,
 * "1-2" a date (its serial number), "TRUE" a logical.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  blockName,
  cellName,
  parseBlock,
  sheetPrefix,
  splitSheet,
  type CellBlock,
} from "../../src/taskpane/workbook/cellAddress";
import type { CellContent, MemoryWorkbook } from "../../src/taskpane/workbook/memoryWorkbook";
import { currentRegion } from "../../src/taskpane/workbook/region";
import { jsonBytes } from "../../src/taskpane/workbook/writePlan";
import { TEXT_FORMAT, isEmptyContent, type NumberFormat } from "../../src/taskpane/workbook/workbookPort";

export interface FakeExcelOptions {
  /** The highest ExcelApi version supported; default "1.17". */
  excelApi?: string;
  /** Cells of the active sheet that show a value without holding anything (a spill from elsewhere), by A1 address. */
  spilled?: Record<string, CellContent>;
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
  /** Makes `settings.saveAsync` fail. */
  failSave?: boolean;
  /**
   * Makes a command fail: asked for each command as it is queued; when it
   * answers true, the command fails its sync (for `saveSettings`, the save
   * fails). Tests keep state in it to fail once, or the third write.
   */
  fail?: (operation: FakeOperation) => boolean;
}

/** A command the fake can be made to fail. */
export type FakeOperation =
  | { kind: "write"; address: string }
  | { kind: "format"; address: string }
  | { kind: "chart"; step: ChartStep; chartType: string }
  | { kind: "table"; address: string }
  | { kind: "saveSettings" };

/** What a chart command does: add the chart, set its title or position, set up a series, or set an axis. */
export type ChartStep = "add" | "title" | "position" | "series" | "axis";

/** A 2-D property sent or received in one sync: where, how many cells, and the bytes of its JSON. */
export interface Payload {
  address: string;
  cells: number;
  bytes: number;
}

export interface SyncRecord {
  /** The cell writes of this sync (`formulas` or `values`): address, rows and the bytes of their JSON. */
  writes: (Payload & { rows: unknown[][] })[];
  /** The number formats set in this sync. */
  formats: (Payload & { rows: NumberFormat[][] })[];
  /** The cell data loaded by this sync (`values`, `formulas`, `numberFormat`): its response. */
  reads: Payload[];
  /** Whether `suspendApiCalculationUntilNextSync` was called for this sync. */
  suspended: boolean;
}

/** All the cell data a sync sent and received, in bytes of JSON. */
export function syncBytes(sync: SyncRecord): number {
  return [...sync.writes, ...sync.formats, ...sync.reads].reduce((sum, payload) => sum + payload.bytes, 0);
}

export interface FakeSeries {
  name: string;
  values?: string;
  xAxisValues?: string;
  chartType?: string;
  axisGroup?: string;
}

export interface FakeChart {
  sheetName: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: string;
  series: FakeSeries[];
  axes: FakeAxis[];
}

/** An axis a chart command touched: by type ("Category", "Value") and group ("Primary", "Secondary"). */
export interface FakeAxis {
  type: string;
  group: string;
  minimum?: number;
  maximum?: number;
  numberFormat?: string;
  title?: string;
}

export interface FakeExcel {
  document: MemoryWorkbook;
  options: FakeExcelOptions;
  /** Calls of `Excel.run` and of `context.sync()`. */
  counters: { runs: number; syncs: number };
  /** One record per sync, in order. */
  syncs: SyncRecord[];
  charts: FakeChart[];
  /** The document settings as last saved. */
  savedSettings: Map<string, unknown>;
  /** Every `isSetSupported` question asked, "ExcelApi 1.9". */
  requirementChecks: string[];
}

type Op = () => void;

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [x = 0, y = 0] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

function newRecord(): SyncRecord {
  return { writes: [], formats: [], reads: [], suspended: false };
}

function payload(address: string, rows: readonly (readonly unknown[])[]): Payload {
  return {
    address,
    cells: rows.reduce((sum, row) => sum + row.length, 0),
    bytes: rows.reduce((sum, row) => sum + jsonBytes(row) + 1, 0),
  };
}

/** Office's error for a command that failed. */
function officeError(what: string): Error {
  return Object.assign(new Error(`${what} failed: the argument is invalid or missing or has an incorrect format.`), {
    code: "InvalidArgument",
  });
}

/** Excel's date serial number of a day (1900 date system). */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What Excel (en-US) makes of a string written to a cell that is not formatted as text. */
export function excelParses(text: string): CellContent {
  const trimmed = text.trim();
  const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(trimmed);
  if (number) return Number(trimmed.replace("%", "")) / (number[3] ? 100 : 1);
  if (text.startsWith("=")) return text;
  if (text.startsWith("+") || text.startsWith("-")) return `=${text}`;
  const date = /^(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?$/.exec(trimmed);
  if (date) {
    const [first, second, third] = [date[1], date[2], date[3]].map((part) =>
      part === undefined ? undefined : Number(part),
    );
    // y-m-d, or m-d-y, or m-d of this year
    const [year, month, day] =
      first !== undefined && first > 31 ? [first, second, third] : [third ?? new Date().getFullYear(), first, second];
    if (
      year !== undefined &&
      month !== undefined &&
      day !== undefined &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31
    ) {
      return dateSerial(year < 100 ? 2000 + year : year, month, day);
    }
  }
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === "TRUE";
  return text;
}

/** One `Excel.run` batch: its queued commands, its proxies and its collections. */
class Batch {
  readonly ops: Op[] = [];
  readonly mocks: OfficeMockObject[] = [];
  readonly collections: FakeCollection<unknown>[] = [];
  readonly places = new WeakMap<object, { sheetName: string; block: CellBlock }>();
  record: SyncRecord = newRecord();
  /** Loads of cell data queued for the next sync, measured when it answers. */
  loads: { address: string; data: () => unknown[][] }[] = [];
  syncing = false;
  failure: Error | undefined;

  constructor(
    readonly fake: FakeExcel,
    readonly spilled: Map<string, CellContent>,
  ) {}

  /** Queues a command, or, when the test makes it fail, a failure in its place. */
  command(operation: FakeOperation, what: string, op: Op): void {
    if (this.fake.options.fail?.(operation) === true) {
      this.ops.push(() => {
        throw officeError(what);
      });
    } else this.ops.push(op);
  }

  /** Whether the document has the sheet (a proxy of a missing sheet reads as empty; its batch fails at sync). */
  exists(sheetName: string): boolean {
    return this.fake.document.sheetNames().some((name) => name.toUpperCase() === sheetName.toUpperCase());
  }

  held(sheetName: string, row: number, column: number): CellContent {
    return this.exists(sheetName) ? this.fake.document.cellAt(sheetName, row, column) : "";
  }

  holds(sheetName: string, row: number, column: number): CellContent {
    const content = this.held(sheetName, row, column);
    if (!isEmptyContent(content)) return content;
    return this.spilled.get(`${sheetName.toUpperCase()}!${cellName(row, column)}`) ?? "";
  }

  /** A range proxy over the document: formulas as held, values as shown (a formula shows its text: no calculation). */
  range(sheetName: string, block: CellBlock): OfficeMockObject {
    const formulas: CellContent[][] = [];
    const values: CellContent[][] = [];
    const numberFormat: string[][] = [];
    for (let row = block.top; row <= block.bottom; row++) {
      const held: CellContent[] = [];
      const shown: CellContent[] = [];
      const formats: string[] = [];
      for (let column = block.left; column <= block.right; column++) {
        held.push(this.held(sheetName, row, column));
        shown.push(this.holds(sheetName, row, column));
        formats.push(this.formatOf(sheetName, row, column) ?? "General");
      }
      formulas.push(held);
      values.push(shown);
      numberFormat.push(formats);
    }
    const rows = block.bottom - block.top + 1;
    const columns = block.right - block.left + 1;
    const mock = new OfficeMockObject({
      address: sheetPrefix(sheetName) + blockName(block),
      rowIndex: block.top,
      columnIndex: block.left,
      rowCount: rows,
      columnCount: columns,
      cellCount: rows * columns,
      formulas,
      values,
      numberFormat,
      worksheet: this.worksheetData(sheetName),
      getCell: (row: number, column: number) =>
        this.range(sheetName, {
          top: block.top + row,
          left: block.left + column,
          bottom: block.top + row,
          right: block.left + column,
        }),
      getSurroundingRegion: () =>
        this.range(
          sheetName,
          currentRegion((r, c) => !isEmptyContent(this.holds(sheetName, r, c)), block.top, block.left),
        ),
      getTables: (fullyContained?: boolean) => {
        if (fullyContained !== false) throw new Error("the fake only knows getTables(false)");
        return this.collection(() => {
          const table = this.fake.document.tableAt(sheetName, block.top, block.left);
          return table ? [this.table(table.name, table.sheetName, table.block)] : [];
        });
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error("a formatted empty cell must count as empty: pass valuesOnly");
        return this.usedOrNull(sheetName, block);
      },
      getIntersectionOrNullObject: (other: object) => {
        const place = this.places.get(other);
        if (place === undefined || place.sheetName !== sheetName)
          throw new Error("the fake intersects ranges of one sheet");
        const inter = {
          top: Math.max(block.top, place.block.top),
          left: Math.max(block.left, place.block.left),
          bottom: Math.min(block.bottom, place.block.bottom),
          right: Math.min(block.right, place.block.right),
        };
        return inter.top > inter.bottom || inter.left > inter.right ? this.nullRange() : this.range(sheetName, inter);
      },
    });
    mock.isNullObject = false;
    const address = sheetPrefix(sheetName) + blockName(block);
    const load = mock.load.bind(mock);
    mock.load = (properties: Parameters<OfficeMockObject["load"]>[0]) => {
      const cellData = { values, formulas, numberFormat };
      const names =
        typeof properties === "string" ? properties.split(",") : Array.isArray(properties) ? properties : [];
      for (const property of names.map((name) => name.trim())) {
        if (property in cellData) this.loads.push({ address, data: () => cellData[property as keyof typeof cellData] });
      }
      return load(properties);
    };
    this.watchWrites(mock, sheetName, block);
    this.places.set(mock, { sheetName, block });
    this.mocks.push(mock);
    return mock;
  }

  usedOrNull(sheetName: string, within: CellBlock): OfficeMockObject {
    let used = this.exists(sheetName) ? this.fake.document.usedBlock(sheetName, within) : undefined;
    for (const [at] of this.spilled) {
      const split = splitSheet(at);
      if (split.sheetName !== sheetName.toUpperCase()) continue;
      const cell = parseBlock(split.address);
      if (cell.top < within.top || cell.top > within.bottom || cell.left < within.left || cell.left > within.right)
        continue;
      used = used
        ? {
            top: Math.min(used.top, cell.top),
            left: Math.min(used.left, cell.left),
            bottom: Math.max(used.bottom, cell.top),
            right: Math.max(used.right, cell.left),
          }
        : cell;
    }
    return used ? this.range(sheetName, used) : this.nullRange();
  }

  nullRange(): OfficeMockObject {
    const mock = new OfficeMockObject({
      address: "",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      cellCount: 0,
      formulas: [],
      values: [],
    });
    mock.isNullObject = true;
    this.mocks.push(mock);
    return mock;
  }

  /** Writes to `formulas`, `values` or `numberFormat` queue until the sync; the mock's own loading passes through. */
  watchWrites(mock: OfficeMockObject, sheetName: string, block: CellBlock): void {
    for (const property of ["formulas", "values", "numberFormat"]) {
      let current: unknown = mock[property];
      Object.defineProperty(mock, property, {
        get: () => current,
        set: (value: unknown) => {
          if (!this.syncing && !(typeof value === "string" && MOCK_ERRORS.has(value))) {
            if (property === "numberFormat") this.queueFormats(sheetName, block, value);
            else this.queueWrite(sheetName, block, value);
          }
          current = value;
        },
      });
    }
  }

  /** A 2-D array that fits the block, as a range property takes it. */
  fitting(block: CellBlock, value: unknown): unknown[][] {
    if (!Array.isArray(value)) throw new Error("a range takes a 2-D array");
    const rows = value as unknown[][];
    if (
      rows.length !== block.bottom - block.top + 1 ||
      rows.some((row) => !Array.isArray(row) || row.length !== block.right - block.left + 1)
    ) {
      throw new Error(`the rows do not fit ${blockName(block)}`);
    }
    return rows;
  }

  queueWrite(sheetName: string, block: CellBlock, value: unknown): void {
    const rows = this.fitting(block, value) as (CellContent | null)[][];
    if (rows.some((row) => row.some((write) => typeof write === "object" && write !== null))) {
      throw new Error("a cell takes a number, text, a logical or null, not an object");
    }
    const address = sheetPrefix(sheetName) + blockName(block);
    this.record.writes.push({ ...payload(address, rows), rows });
    this.command({ kind: "write", address }, `Writing ${address}`, () =>
      rows.forEach((row, r) =>
        row.forEach((write, c) => {
          if (write === null) return;
          const [at, column] = [block.top + r, block.left + c];
          const text = this.formatOf(sheetName, at, column) === TEXT_FORMAT;
          const content = typeof write === "string" && !text ? excelParses(write) : write;
          this.fake.document.setCell(sheetName, at, column, content);
        }),
      ),
    );
  }

  queueFormats(sheetName: string, block: CellBlock, value: unknown): void {
    const rows = this.fitting(block, value) as NumberFormat[][];
    if (rows.some((row) => row.some((format) => format !== null && typeof format !== "string"))) {
      throw new Error("a number format is text, or null to leave it");
    }
    const address = sheetPrefix(sheetName) + blockName(block);
    this.record.formats.push({ ...payload(address, rows), rows });
    this.command({ kind: "format", address }, `Formatting ${address}`, () =>
      rows.forEach((row, r) =>
        row.forEach((format, c) => {
          // Office ignores a null in a 2-D array: the cell keeps its format.
          if (format !== null) this.fake.document.setFormat(sheetName, block.top + r, block.left + c, format);
        }),
      ),
    );
  }

  formatOf(sheetName: string, row: number, column: number): string | undefined {
    return this.exists(sheetName)
      ? this.fake.document.formatAt(sheetPrefix(sheetName) + cellName(row, column))
      : undefined;
  }

  worksheetData(sheetName: string): Record<string, unknown> {
    return {
      name: sheetName,
      getRange: (address?: string) => {
        if (address === undefined) throw new Error("the fake wants an address");
        return this.range(sheetName, parseBlock(address));
      },
      getUsedRange: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error("pass valuesOnly");
        return this.range(
          sheetName,
          (this.exists(sheetName) ? this.fake.document.usedBlock(sheetName) : undefined) ?? parseBlock("A1"),
        );
      },
    };
  }

  worksheet(sheetName: string): OfficeMockObject {
    const mock = new OfficeMockObject(this.worksheetData(sheetName));
    // The sheet's charts: a collection (load "items/name"), with add, and delete on each item.
    mock.charts = Object.assign(
      this.collection(() =>
        this.fake.charts
          .filter((chart) => chart.sheetName.toUpperCase() === sheetName.toUpperCase())
          .map((chart) => ({
            name: `Chart ${this.fake.charts.indexOf(chart) + 1}`,
            delete: () => this.deleteChart(chart),
          })),
      ),
      { add: (type: string, source: object, seriesBy: string) => this.chart(sheetName, type, source, seriesBy) },
    );
    this.mocks.push(mock);
    return mock;
  }

  deleteChart(chart: FakeChart): void {
    this.ops.push(() => {
      const at = this.fake.charts.indexOf(chart);
      if (at >= 0) this.fake.charts.splice(at, 1);
    });
  }

  table(name: string, sheetName: string, block: CellBlock): { name: string; getRange: () => OfficeMockObject } {
    return { name, getRange: () => this.range(sheetName, block) };
  }

  /** A chart proxy: each command queues, and fails at the sync when the test makes that step fail. */
  chart(sheetName: string, type: string, source: object, seriesBy: string) {
    const place = this.places.get(source);
    if (place === undefined) throw new Error("a chart's source is a range");
    const record: FakeChart = {
      sheetName,
      type,
      source: blockName(place.block),
      seriesBy,
      title: "",
      series: [{ name: "Series1", values: blockName(place.block) }],
      axes: [],
    };
    const step = (name: ChartStep, op: Op) =>
      this.command({ kind: "chart", step: name, chartType: type }, `The ${type} chart's ${name}`, op);
    const addressOf = (range: object) => {
      const at = this.places.get(range);
      if (at === undefined) throw new Error("series data is a range");
      return blockName(at.block);
    };
    const seriesApi = (series: () => FakeSeries) => ({
      set name(value: string) {
        step("series", () => (series().name = value));
      },
      set chartType(value: string) {
        step("series", () => (series().chartType = value));
      },
      set axisGroup(value: string) {
        step("series", () => (series().axisGroup = value));
      },
      setValues: (range: object) => step("series", () => (series().values = addressOf(range))),
      setXAxisValues: (range: object) => step("series", () => (series().xAxisValues = addressOf(range))),
    });
    /** An axis: its record is made (once per type and group) when a command on it takes effect. */
    const axisApi = (type: string, group: string) => {
      const axis = (): FakeAxis => {
        let found = record.axes.find((each) => each.type === type && each.group === group);
        if (found === undefined) record.axes.push((found = { type, group }));
        return found;
      };
      step("axis", () => axis());
      return {
        set minimum(value: number) {
          step("axis", () => (axis().minimum = value));
        },
        set maximum(value: number) {
          step("axis", () => (axis().maximum = value));
        },
        set numberFormat(value: string) {
          step("axis", () => (axis().numberFormat = value));
        },
        title: {
          set text(value: string) {
            step("axis", () => (axis().title = value));
          },
        },
      };
    };
    step("add", () => this.fake.charts.push(record));
    return {
      title: {
        set text(value: string) {
          step("title", () => (record.title = value));
        },
      },
      setPosition: (start: string) => step("position", () => (record.position = start)),
      series: {
        getItemAt: (index: number) =>
          seriesApi(() => {
            const series = record.series[index];
            if (series === undefined) throw new Error(`no series ${index}`);
            return series;
          }),
        add: (name: string) => {
          const series: FakeSeries = { name };
          step("series", () => record.series.push(series));
          return seriesApi(() => series);
        },
      },
      axes: {
        getItem: (axisType: string, group: string) => axisApi(axisType, group),
        get categoryAxis() {
          return axisApi("Category", "Primary");
        },
        get valueAxis() {
          return axisApi("Value", "Primary");
        },
      },
    };
  }

  collection<T>(list: () => T[]): FakeCollection<T> {
    const collection = new FakeCollection(list);
    this.collections.push(collection as FakeCollection<unknown>);
    return collection;
  }

  async sync(): Promise<void> {
    this.fake.counters.syncs += 1;
    const record = this.record;
    this.fake.syncs.push(record);
    this.record = newRecord();
    const ops = this.ops.splice(0);
    const loads = this.loads.splice(0);
    if (this.failure) throw this.failure;
    // Office runs a batch's commands in order and stops at the first that fails: those before it stay done.
    for (const op of ops) op();
    for (const load of loads) record.reads.push(payload(load.address, load.data()));
    this.syncing = true;
    try {
      for (const mock of this.mocks) await mock.sync();
      // The mock finishes its sync in callbacks it does not await: let them run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      this.syncing = false;
    }
    for (const collection of this.collections) collection.synced();
  }
}

/** A collection that hands out `items` only after load and sync, like Office's. */
class FakeCollection<T> {
  private state: "new" | "loading" | "loaded" = "new";
  private snapshot: T[] = [];

  constructor(private readonly list: () => T[]) {}

  load(_properties?: string): this {
    if (this.state === "new") this.state = "loading";
    return this;
  }

  get items(): T[] {
    if (this.state !== "loaded") throw new Error("items read before load and sync");
    return this.snapshot;
  }

  synced(): void {
    if (this.state === "new") return;
    this.state = "loaded";
    this.snapshot = this.list();
  }
}

function requestContext(batch: Batch) {
  const document = batch.fake.document;
  const worksheets = Object.assign(
    batch.collection(() => document.sheetNames().map((name) => ({ name }))),
    {
      getItem: (name: string) => {
        if (!batch.exists(name)) {
          batch.failure ??= Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
        }
        return batch.worksheet(name);
      },
      add: (name: string) => {
        batch.ops.push(() => document.createSheet(name));
        return batch.worksheet(name);
      },
    },
  );
  const tables = Object.assign(
    batch.collection(() => document.tables().map((table) => batch.table(table.name, table.sheetName, table.block))),
    {
      add: (source: object, hasHeaders: boolean) => {
        const place = batch.places.get(source);
        if (place === undefined || !hasHeaders) throw new Error("the fake makes tables from a range with headers");
        const table = { name: "" };
        const address = sheetPrefix(place.sheetName) + blockName(place.block);
        batch.command({ kind: "table", address }, `The table at ${address}`, () =>
          document.defineTable(place.sheetName, place.block, table.name || "Table1"),
        );
        return table;
      },
    },
  );
  return {
    workbook: {
      getSelectedRange: () => {
        const { sheetName, block } = document.selectedBlock();
        return batch.range(sheetName, block);
      },
      worksheets,
      tables,
      names: batch.collection(() => [] as { name: string }[]),
    },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        batch.record.suspended = true;
      },
    },
    sync: () => batch.sync(),
  };
}

/**
 * Installs `Excel` and `Office` globals over `document`; `uninstallFakeExcel`
 * removes them. Returns what the tests look at.
 */
export function installFakeExcel(document: MemoryWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const fake: FakeExcel = {
    document,
    options,
    counters: { runs: 0, syncs: 0 },
    syncs: [],
    charts: [],
    savedSettings: new Map(Object.entries(options.settings ?? {})),
    requirementChecks: [],
  };
  const spilled = new Map<string, CellContent>();
  for (const [address, value] of Object.entries(options.spilled ?? {})) {
    spilled.set(`${document.activeSheetName.toUpperCase()}!${address.toUpperCase()}`, value);
  }
  const maxApi = options.excelApi ?? "1.17";
  const live = new Map(fake.savedSettings);
  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
      fake.counters.runs += 1;
      return batch(requestContext(new Batch(fake, spilled)));
    },
  };
  globals.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          fake.requirementChecks.push(`${name} ${version ?? ""}`.trim());
          return name === "ExcelApi" && versionAtMost(version ?? "1.1", maxApi);
        },
      },
      document: {
        settings: {
          get: (name: string) => (live.has(name) ? live.get(name) : null),
          set: (name: string, value: unknown) => live.set(name, value),
          saveAsync: (
            callback: (result: { status: string; error?: { name: string; code: string; message: string } }) => void,
          ) => {
            if (options.failSave === true || options.fail?.({ kind: "saveSettings" }) === true)
              // Office's AsyncResult error is an Office.Error: a plain object with a name, code and message.
              callback({
                status: "failed",
                error: {
                  name: "GenericException",
                  code: "GenericException",
                  message: "The settings could not be saved.",
                },
              });
            else {
              fake.savedSettings = new Map(live);
              callback({ status: "succeeded" });
            }
          },
        },
      },
    },
  };
  return fake;
}

export function uninstallFakeExcel(): void {
  const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  delete globals.Excel;
  delete globals.Office;
}
