/*
 * The Excel implementation of the WorkbookPort against office-addin-mock (see
 * test/support/fakeExcel.ts): the shared contract, plus what only Excel has: one Excel.run
 * per operation, few syncs (never one per row), loads before reads, chunked
 * writes under the request limit, requirement sets, and Office's errors.
 */
import { CHART_NEEDS_1_7, ExcelWorkbook, SETTINGS_KEY } from "./excelWorkbook";
import {
  installFakeExcel,
  syncBytes,
  uninstallFakeExcel,
  type FakeExcelOptions,
} from "../../../test/support/fakeExcel";
import { MemoryWorkbook } from "./memoryWorkbook";
import {
  contractDocument,
  documentWorld,
  workbookPortContract,
  type ContractSheet,
} from "../../../test/support/workbookContract";
import { DEFAULT_CHUNK_LIMITS } from "./writePlan";
import { WorkbookRefusal, type ChartSpec } from "./workbookPort";

afterEach(uninstallFakeExcel);

function openExcel(sheet: ContractSheet, options: FakeExcelOptions = {}) {
  const document = contractDocument(sheet);
  const fake = installFakeExcel(document, options);
  return { fake, document, port: new ExcelWorkbook() };
}

workbookPortContract("ExcelWorkbook (office-addin-mock)", (sheet) => {
  const { document, port } = openExcel(sheet);
  return { port, ...documentWorld(document, sheet) };
});

describe("ExcelWorkbook: the selection and one formula", () => {
  it("is the excel host", () => {
    expect(new ExcelWorkbook().host).toBe("excel");
  });

  it("reads the selection in one Excel.run with one sync", async () => {
    const { fake, port } = openExcel({ selection: "A1:B2", cells: { A1: 1 } });
    await port.getSelection();
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
  });

  it("inserts with one Excel.run: one sync for the read, one for the write", async () => {
    const { fake, port } = openExcel({ selection: "B2" });
    await port.insertFormula("=INV.EOQ(1300, 8, 0.225)");
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });

  it("refuses a non-empty cell after the read alone: nothing is queued or synced for a write", async () => {
    const { fake, document, port } = openExcel({ selection: "B2", cells: { B2: "=A1" } });
    await expect(port.insertFormula("=INV.EOQ(1300, 8, 0.225)")).rejects.toBeInstanceOf(WorkbookRefusal);
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
    expect(fake.syncs.flatMap((sync) => sync.writes)).toEqual([]);
    expect(document.contentAt("B2")).toBe("=A1");
  });

  it("refuses a cell that shows a value without holding a formula (a spilled cell)", async () => {
    const { port } = openExcel({ selection: "B2" }, { spilled: { B2: 42 } });
    await expect(port.insertFormula("=1")).rejects.toThrow("Sheet1!B2 is not empty");
  });

  it("checks the formula before touching Excel", async () => {
    const { fake, port } = openExcel({ selection: "B2" });
    await expect(port.insertFormula("1300")).rejects.toThrow('does not start with "="');
    expect(fake.counters).toEqual({ runs: 0, syncs: 0 });
  });

  it("turns Office's InvalidSelection (a chart or shape selected) into a refusal", async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        throw Object.assign(new Error("The current selection is invalid for this operation."), {
          code: "InvalidSelection",
        });
      },
    };
    await expect(new ExcelWorkbook().getSelection()).rejects.toThrow("Select a cell on a worksheet first");
  });

  it("lets any other Office error through unchanged", async () => {
    const failure = Object.assign(new Error("The cell or chart is protected."), { code: "AccessDenied" });
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        throw failure;
      },
    };
    await expect(new ExcelWorkbook().insertFormula("=1")).rejects.toBe(failure);
  });
});

/** A 200-item sheet like the demo's: SKU, usage, cost. */
function itemCells(items: number): Record<string, string | number> {
  const cells: Record<string, string | number> = { A1: "SKU", B1: "Annual usage", C1: "Unit cost" };
  for (let i = 0; i < items; i++) {
    cells[`A${i + 2}`] = `SKU-${1000 + i}`;
    cells[`B${i + 2}`] = 100 + i;
    cells[`C${i + 2}`] = 1 + (i % 7);
  }
  return cells;
}

describe("ExcelWorkbook: reading the table around the selection", () => {
  it("finds the block in one sync and reads a small one in one more, in one Excel.run", async () => {
    const { fake, port } = openExcel({ selection: "B7", cells: itemCells(60) });
    const read = await port.readTableAroundSelection();
    expect(read).toMatchObject({ address: "Sheet1!A1:C61", headers: ["SKU", "Annual usage", "Unit cost"] });
    expect(read.rows).toHaveLength(60);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    expect(fake.requirementChecks).toEqual(expect.arrayContaining(["ExcelApi 1.9", "ExcelApi 1.7"]));
  });

  it("reads a table's own range: one more sync to place it", async () => {
    const { fake, port } = openExcel({
      selection: "A3",
      cells: { ...itemCells(3), D1: "Note", D2: "beside the table" },
      tables: [{ name: "Items", address: "A1:C4" }],
    });
    await expect(port.readTableAroundSelection()).resolves.toMatchObject({
      address: "Sheet1!A1:C4",
      tableName: "Items",
    });
    expect(fake.counters).toEqual({ runs: 1, syncs: 3 });
  });

  it("reads a larger block in chunks: a first part sized for long cells, the rest from the bytes it measured", async () => {
    const { fake, port } = openExcel({ selection: "B7", cells: itemCells(200) });
    await expect(port.readTableAroundSelection()).resolves.toMatchObject({ address: "Sheet1!A1:C201" });
    // 1 MB at 4 kB a cell: 83 rows of 3 cells; the next read takes the other 118 rows at once. (The first also
    // loads the formats of the header and first data row, A1:C2.)
    const values = (sync: (typeof fake.syncs)[number]) => sync.reads.filter((read) => read.cells > 6).at(-1)?.address;
    expect(fake.syncs.map(values)).toEqual([undefined, "Sheet1!A1:C83", "Sheet1!A84:C201"]);
  });

  it("reads a large block in chunks, each a sync of at most maxReadCells cells", async () => {
    const document = contractDocument({ selection: "A2", cells: itemCells(999) });
    const fake = installFakeExcel(document);
    const read = await new ExcelWorkbook({ maxReadCells: 900 }).readTableAroundSelection();
    expect(read.rows).toHaveLength(999);
    expect(read.rows[998]).toEqual(["SKU-1998", 1098, 1 + (998 % 7)]);
    // 1,000 rows × 3 columns: 83 rows, then 300 rows a read (3 × 300, 17): 5 reads, after the one that finds the block.
    expect(fake.counters.syncs).toBe(6);
    expect(Math.max(...fake.syncs.flatMap((sync) => sync.reads.map((part) => part.cells)))).toBeLessThanOrEqual(900);
  });

  it("keeps every read's response under the budget with 2,000-character SKUs on 10,000 rows", async () => {
    const rows = 10_000;
    const sku = (i: number) => `${String(i).padStart(5, "0")}-${"é".repeat(1_994)}`;
    const document = new MemoryWorkbook({
      sheets: [
        {
          name: "Items",
          rows: [["SKU", "Annual usage"], ...Array.from({ length: rows }, (_, i) => [sku(i), i])],
        },
      ],
      selection: "B2",
    });
    const fake = installFakeExcel(document);
    const read = await new ExcelWorkbook().readTableAroundSelection();
    expect(read.rows).toHaveLength(rows);
    expect(read.rows[rows - 1]).toEqual([sku(rows - 1), rows - 1]);
    const sizes = fake.syncs.map(syncBytes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(40_000_000); // 10,000 × 4 kB did come back
    expect(Math.max(...sizes)).toBeLessThanOrEqual(DEFAULT_CHUNK_LIMITS.maxBytes);
  });

  it("without getTables (ExcelApi 1.9) reads the region; without getSurroundingRegion (1.7), the used range", async () => {
    const cells = { A1: "SKU", A2: "A-1", D5: "elsewhere" };
    const tables = [{ name: "Items", address: "A1:A2" }];
    const old = openExcel({ selection: "A2", cells, tables }, { excelApi: "1.8" });
    await expect(old.port.readTableAroundSelection()).resolves.toMatchObject({ address: "Sheet1!A1:A2" });
    uninstallFakeExcel();
    const older = openExcel({ selection: "A2", cells, tables }, { excelApi: "1.6" });
    await expect(older.port.readTableAroundSelection()).resolves.toMatchObject({ address: "Sheet1!A1:D5" });
  });
});

describe("ExcelWorkbook: adding a sheet", () => {
  it("reads the sheet names in one sync and adds the sheet in one more", async () => {
    const { fake, document, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await expect(port.addSheet("Policy")).resolves.toBe("Policy (2)");
    expect(document.sheetNames()).toEqual(["Sheet1", "Policy", "Policy (2)"]);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });
});

describe("ExcelWorkbook: writing cells", () => {
  it("writes a small block with one read and one write, calculation suspended for the write", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await port.writeCells("Policy", "A1", [
      ["SKU", "EOQ"],
      ["A-1", "=INV.EOQ(1300, 8, 0.225)"],
    ]);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    expect(fake.syncs.map((sync) => sync.writes.map((write) => write.address))).toEqual([[], ["Policy!A1:B2"]]);
    expect(fake.syncs[1]?.suspended).toBe(true);
  });

  it("sends a formula written with its computed value as the formula alone: Excel computes it", async () => {
    const { fake, document, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await port.writeCells("Policy", "A1", [[{ formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.04678 }, 5]]);
    expect(fake.syncs[1]?.writes[0]?.rows).toEqual([["=INV.EOQ(1300, 8, 0.225)", 5]]);
    expect(document.cellView("Policy", 0, 0)).toMatchObject({ content: "=INV.EOQ(1300, 8, 0.225)", value: undefined });
  });

  it("cuts a large block into chunks, each one sync under both limits, the calculation suspended before each", async () => {
    const { fake, document, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    const rows = Array.from({ length: 10_000 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => (c === 0 ? `SKU-${r}` : `=INV.EOQ(Items!C${r + 2}, 8, 0.25)*${c}`)),
    );
    await expect(port.writeCells("Policy", "A2", rows)).resolves.toEqual({ address: "Policy!A2:L10001" });
    const writes = fake.syncs.slice(1);
    expect(writes.length).toBeGreaterThanOrEqual(6); // 120,000 cells at most 20,000 a request
    for (const sync of writes) {
      expect(sync.suspended).toBe(true);
      expect(sync.writes).toHaveLength(1);
      expect(sync.writes[0]?.cells).toBeLessThanOrEqual(DEFAULT_CHUNK_LIMITS.maxCells);
      expect(sync.writes[0]?.bytes).toBeLessThanOrEqual(DEFAULT_CHUNK_LIMITS.maxBytes);
    }
    expect(writes.map((sync) => sync.writes[0]?.address)).toContain("Policy!A2:L1667");
    expect(document.contentAt("Policy!L10001")).toBe("=INV.EOQ(Items!C10001, 8, 0.25)*11");
    expect(fake.counters.runs).toBe(1);
  });

  it("cuts by bytes too: long texts make smaller chunks, each under 1 MB", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    const rows = Array.from({ length: 600 }, (_, r) => [`${r}: ${"é".repeat(4_000)}`]);
    await port.writeCells("Policy", "A1", rows);
    const chunks = fake.syncs.slice(1).map((sync) => sync.writes[0]?.bytes ?? 0);
    expect(chunks.length).toBeGreaterThanOrEqual(5); // 600 × ~8 kB = ~4.8 MB
    expect(Math.max(...chunks)).toBeLessThanOrEqual(1_000_000);
  });

  it("refuses before writing anything: one read sync, no write queued, the sheet as it was", async () => {
    const { fake, document, port } = openExcel({ selection: "A1", otherSheets: { Policy: { C9000: "mine" } } });
    const rows = Array.from({ length: 10_000 }, (_, r) => [r, r * 2, r * 3]);
    await expect(port.writeCells("Policy", "A1", rows)).rejects.toThrow(
      "Policy!A1:C10000 is not empty (Policy!C9000 holds something), so nothing was written.",
    );
    // The read that finds something, and the read of that part to name the cell.
    expect(fake.counters.syncs).toBe(2);
    expect(fake.syncs.flatMap((sync) => sync.writes)).toEqual([]);
    expect(document.snapshot("Policy")).toEqual({ C9000: "mine" });
  });

  it("names the filled part, without reading it, when it is too large to read in one go", async () => {
    const cells = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`${"ABCD"[i % 4]}${1 + Math.floor(i / 4)}`, i]),
    );
    const document = contractDocument({ selection: "A1", otherSheets: { Policy: cells } });
    const fake = installFakeExcel(document);
    const port = new ExcelWorkbook({ maxReadCells: 10 });
    const rows = Array.from({ length: 5 }, () => [1, 2, 3, 4, 5]);
    await expect(port.writeCells("Policy", "A1", rows)).rejects.toThrow("(Policy!A1:D4 holds something)");
    expect(fake.counters.syncs).toBe(1);
  });

  it("counts a spilled value as filled", async () => {
    const { port } = openExcel({ selection: "A1" }, { spilled: { B2: 5 } });
    await expect(
      port.writeCells("Sheet1", "A1", [
        [1, 2],
        [3, 4],
      ]),
    ).rejects.toThrow("(Sheet1!B2 holds something)");
  });

  it("writes plain strings as Excel parses them, so that only { text } keeps data as typed", async () => {
    const { document, port } = openExcel({ selection: "A1" });
    await port.writeCells("Sheet1", "A1", [["00123", "1-2", "+X", "SKU-1"]]);
    expect(document.snapshot()).toEqual({ A1: 123, B1: expect.any(Number), C1: "=+X", D1: "SKU-1" });
    await port.writeCells("Sheet1", "A2", [["00123", "1-2", "+X"].map((text) => ({ text }))]);
    expect([document.contentAt("A2"), document.contentAt("B2"), document.contentAt("C2")]).toEqual([
      "00123",
      "1-2",
      "+X",
    ]);
  });

  it("sets the formats before the values, in the same request, and only where a chunk has a format", async () => {
    const { fake, document, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    // 6,000 rows: 24,000 values and formats, two requests; literal text in the first 100 rows only.
    const rows = Array.from({ length: 6_000 }, (_, r) => [r < 100 ? { text: `0${r}` } : r, r]);
    await port.writeCells("Policy", "A1", rows, [[null, "0.00"]]);
    const [first, second, ...rest] = fake.syncs.slice(1);
    expect(rest).toEqual([]);
    expect(first?.formats.map((format) => format.address)).toEqual(["Policy!A1:B5000"]);
    expect(first?.writes.map((write) => write.address)).toEqual(["Policy!A1:B5000"]);
    expect(first?.formats[0]?.rows.slice(0, 2)).toEqual([
      ["@", "0.00"],
      ["@", null],
    ]);
    expect(second?.formats).toEqual([]);
    expect([document.contentAt("Policy!A2"), document.formatAt("Policy!B1")]).toEqual(["01", "0.00"]);
  });

  it("does not suspend the calculation where ExcelApi 1.6 is missing", async () => {
    const { fake, port } = openExcel({ selection: "A1" }, { excelApi: "1.5" });
    await port.writeCells("Sheet1", "A1", [[1]]);
    expect(fake.syncs[1]?.suspended).toBe(false);
  });
});

describe("ExcelWorkbook: tables and charts", () => {
  it("names the table uniquely against the workbook's tables", async () => {
    const { fake, document, port } = openExcel({
      selection: "A1",
      otherSheets: { Policy: { A1: "SKU", A2: "A-1", C1: "SKU", C2: "B-1" } },
      tables: [{ name: "Policy", address: "Policy!A1:A2" }],
    });
    await expect(port.addTable("Policy", "C1:C2", "Policy")).resolves.toEqual({ name: "Policy_2" });
    expect(document.tables().map((table) => table.name)).toEqual(["Policy", "Policy_2"]);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });

  const spec = {
    title: "Value by item",
    categories: "A2:A201",
    values: "B2:B201",
    cumulativeShares: "C2:C201",
    anchor: "E2",
  };

  it("makes Excel's own Pareto chart where ExcelApi 1.9 is supported", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await expect(port.addParetoChart("Policy", spec)).resolves.toEqual({ kind: "pareto" });
    expect(fake.charts).toEqual([
      {
        sheetName: "Policy",
        type: "Pareto",
        source: "A2:B201",
        seriesBy: "Columns",
        title: "Value by item",
        position: "E2",
        series: [{ name: "Series1", values: "A2:B201" }],
        axes: [],
      },
    ]);
  });

  it("names the categories separately when they are not just left of the values", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await port.addParetoChart("Policy", { ...spec, categories: "A2:A201", values: "D2:D201" });
    expect(fake.charts[0]).toMatchObject({ source: "D2:D201", series: [{ xAxisValues: "A2:A201" }] });
  });

  it("else makes a column chart with the cumulative share as a line on a secondary 0–100% axis", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } }, { excelApi: "1.8" });
    await expect(port.addParetoChart("Policy", spec)).resolves.toEqual({ kind: "column-and-line" });
    expect(fake.charts).toEqual([
      {
        sheetName: "Policy",
        type: "ColumnClustered",
        source: "B2:B201",
        seriesBy: "Columns",
        title: "Value by item",
        position: "E2",
        series: [
          { name: "Value", values: "B2:B201", xAxisValues: "A2:A201" },
          {
            name: "Cumulative share",
            values: "C2:C201",
            xAxisValues: "A2:A201",
            chartType: "Line",
            axisGroup: "Secondary",
          },
        ],
        axes: [{ type: "Value", group: "Secondary", minimum: 0, maximum: 1, numberFormat: "0%" }],
      },
    ]);
  });
});

describe("ExcelWorkbook: a chart that fails", () => {
  const spec = {
    title: "Value by item",
    categories: "A2:A9",
    values: "B2:B9",
    cumulativeShares: "C2:C9",
    anchor: "E2",
  };
  const failing =
    (steps: string[]): FakeExcelOptions["fail"] =>
    (operation) =>
      operation.kind === "chart" && steps.includes(`${operation.chartType} ${operation.step}`);

  it("falls back to columns and a line when Excel's Pareto chart cannot be added", async () => {
    const { fake, port } = openExcel(
      { selection: "A1", otherSheets: { Policy: {} } },
      { fail: failing(["Pareto add"]) },
    );
    const made = await port.addParetoChart("Policy", spec);
    expect(made).toEqual({ kind: "column-and-line", nativeError: expect.stringContaining("Pareto chart's add") });
    expect(fake.charts.map((chart) => [chart.type, chart.title, chart.position])).toEqual([
      ["ColumnClustered", "Value by item", "E2"],
    ]);
  });

  it.each(["title", "position", "series"])(
    "removes a Pareto chart left half-made when setting its %s fails, then falls back",
    async (step) => {
      const { fake, port } = openExcel(
        { selection: "A1", otherSheets: { Policy: {} } },
        { fail: failing([`Pareto ${step}`]) },
      );
      await expect(port.addParetoChart("Policy", { ...spec, values: "D2:D9" })).resolves.toMatchObject({
        kind: "column-and-line",
      });
      expect(fake.charts.map((chart) => chart.type)).toEqual(["ColumnClustered"]);
    },
  );

  it("rejects when neither chart can be made, and leaves no chart behind", async () => {
    const { fake, port } = openExcel(
      { selection: "A1", otherSheets: { Policy: {} } },
      { fail: failing(["Pareto title", "ColumnClustered axis"]) },
    );
    await expect(port.addParetoChart("Policy", spec)).rejects.toThrow("The ColumnClustered chart's axis failed");
    expect(fake.charts).toEqual([]);
  });

  it("keeps the charts the sheet had", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Policy: {} } });
    await port.addParetoChart("Policy", spec);
    fake.options.fail = failing(["Pareto add", "ColumnClustered title"]);
    await expect(port.addParetoChart("Policy", spec)).rejects.toThrow();
    expect(fake.charts.map((chart) => chart.type)).toEqual(["Pareto"]);
  });
});

describe("ExcelWorkbook: a chart of series (addChart)", () => {
  const curve: ChartSpec = {
    type: "xyScatterLines",
    title: "Cost per year against the order quantity",
    xAxisTitle: "Order quantity Q",
    yAxisTitle: "Cost per year",
    series: [
      { name: "Ordering", values: "B12:B30", categories: "A12:A30" },
      { name: "Holding", values: "C12:C30", categories: "A12:A30" },
      { name: "Total", values: "D12:D30", categories: "A12:A30" },
    ],
    anchor: "F2",
  };
  const plan: ChartSpec = {
    type: "columnLine",
    title: "Level plan",
    xAxisTitle: "Period",
    yAxisTitle: "Units per period",
    secondaryAxisTitle: "Ending inventory",
    series: [
      { name: "Demand", values: "B5:B10", categories: "A5:A10" },
      { name: "Production", values: "C5:C10", categories: "A5:A10" },
      { name: "Ending inventory", values: "D5:D10", categories: "A5:A10", line: true },
    ],
    anchor: "F5",
  };

  it("makes the chart from the first series, then sets each series' name, values and x values, and the axis titles", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } });
    await expect(port.addChart("Lesson", curve)).resolves.toBeUndefined();
    expect(fake.charts).toEqual([
      {
        sheetName: "Lesson",
        type: "XYScatterLines",
        source: "B12:B30",
        seriesBy: "Columns",
        title: "Cost per year against the order quantity",
        position: "F2",
        series: [
          { name: "Ordering", values: "B12:B30", xAxisValues: "A12:A30" },
          { name: "Holding", values: "C12:C30", xAxisValues: "A12:A30" },
          { name: "Total", values: "D12:D30", xAxisValues: "A12:A30" },
        ],
        axes: [
          { type: "Category", group: "Primary", title: "Order quantity Q" },
          { type: "Value", group: "Primary", title: "Cost per year" },
        ],
      },
    ]);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });

  it.each([
    ["line", "Line"],
    ["columnClustered", "ColumnClustered"],
  ] as const)("makes a %s chart as Excel's %s", async (type, excelType) => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } });
    await port.addChart("Lesson", { ...curve, type });
    expect(fake.charts.map((chart) => chart.type)).toEqual([excelType]);
  });

  it("draws a columnLine chart's line series as lines on a titled secondary axis (ExcelApi 1.8)", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } });
    await port.addChart("Lesson", plan);
    expect(fake.charts[0]).toMatchObject({
      type: "ColumnClustered",
      series: [
        { name: "Demand", values: "B5:B10", xAxisValues: "A5:A10" },
        { name: "Production", values: "C5:C10", xAxisValues: "A5:A10" },
        {
          name: "Ending inventory",
          values: "D5:D10",
          xAxisValues: "A5:A10",
          chartType: "Line",
          axisGroup: "Secondary",
        },
      ],
      axes: [
        { type: "Category", group: "Primary", title: "Period" },
        { type: "Value", group: "Primary", title: "Units per period" },
        { type: "Value", group: "Secondary", title: "Ending inventory" },
      ],
    });
  });

  it("keeps the lines on the primary axis where ExcelApi 1.8 is missing", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } }, { excelApi: "1.7" });
    await port.addChart("Lesson", plan);
    const line = fake.charts[0]?.series[2];
    expect(line).toEqual({ name: "Ending inventory", values: "D5:D10", xAxisValues: "A5:A10", chartType: "Line" });
    expect(fake.charts[0]?.axes.map((axis) => axis.group)).toEqual(["Primary", "Primary"]);
  });

  it("says so, and makes nothing, on an Excel without the series calls (below ExcelApi 1.7)", async () => {
    const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } }, { excelApi: "1.6" });
    await expect(port.addChart("Lesson", curve)).rejects.toThrow(CHART_NEEDS_1_7);
    expect(fake.charts).toEqual([]);
  });

  it("refuses a sheet that does not exist, with any ExcelApi", async () => {
    for (const excelApi of ["1.6", "1.17"]) {
      const { port } = openExcel({ selection: "A1" }, { excelApi });
      await expect(port.addChart("Nowhere", curve)).rejects.toMatchObject({ reason: "unknown-sheet" });
    }
  });

  it.each(["series", "axis", "title", "position"])(
    "removes a chart left half-made when its %s fails, keeping the sheet's other charts",
    async (step) => {
      const { fake, port } = openExcel({ selection: "A1", otherSheets: { Lesson: {} } });
      await port.addChart("Lesson", { ...curve, type: "line" });
      fake.options.fail = (operation) =>
        operation.kind === "chart" && operation.chartType === "XYScatterLines" && operation.step === step;
      await expect(port.addChart("Lesson", curve)).rejects.toThrow(`The XYScatterLines chart's ${step} failed`);
      expect(fake.charts.map((chart) => chart.type)).toEqual(["Line"]);
    },
  );
});

describe("ExcelWorkbook: settings", () => {
  it("keeps them in the document's settings, saved with saveAsync", async () => {
    const { fake, port } = openExcel({ selection: "A1" });
    await port.saveSettings('{"version":1}');
    expect(fake.savedSettings.get(SETTINGS_KEY)).toBe('{"version":1}');
    await expect(new ExcelWorkbook().loadSettings()).resolves.toBe('{"version":1}');
  });

  it("reads what an earlier session saved, and passes on a failed save", async () => {
    const { port } = openExcel({ selection: "A1" }, { settings: { [SETTINGS_KEY]: "{}" }, failSave: true });
    await expect(port.loadSettings()).resolves.toBe("{}");
    await expect(port.saveSettings("{}")).rejects.toThrow("The settings could not be saved.");
  });

  it("has no settings outside Office", async () => {
    const port = new ExcelWorkbook();
    await expect(port.loadSettings()).resolves.toBeUndefined();
    await expect(port.saveSettings("{}")).resolves.toBeUndefined();
  });
});
