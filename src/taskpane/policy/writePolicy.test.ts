/*
 * writePolicy without React: against the memory workbook, and against the
 * fake Excel made to fail (the chart, a chart property, both chart kinds, the
 * saved choices, the table, a cell write part-way), with the retries that
 * follow. A retry never adds a second sheet for a write that worked.
 */
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import {
  installFakeExcel,
  syncBytes,
  uninstallFakeExcel,
  type FakeExcelOptions,
  type FakeOperation,
} from "../../../test/support/fakeExcel";
import { parseCell } from "../workbook/cellAddress";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { DEFAULT_CHUNK_LIMITS } from "../workbook/writePlan";
import { DEFAULT_CLASSIFY } from "./classify";
import { mapColumns } from "./columns";
import { FIXTURE_ROWS, fixtureTable } from "../../../test/support/itemsFixture";
import { planPolicySheet } from "../../../test/support/portfolio";
import type { SheetPlan } from "./sheetPlan";
import { DEFAULT_UNITS } from "./units";
import { writePolicy, type WriteOutcome, type WriteReport } from "./writePolicy";

afterEach(uninstallFakeExcel);

const SETTINGS = '{"version":1}';

/** A small policy: SKUs as literal text, a formula and a share per row, a summary beside it, and a chart. */
function policyPlan(rows = 3, table = false): SheetPlan {
  const skus = Array.from({ length: rows }, (_, i) => `00${i + 1}`);
  const last = rows + 1;
  return {
    sheetBaseName: "Policy",
    blocks: [
      {
        topLeft: "A1",
        what: "policy",
        address: `A1:C${last}`,
        cells: [
          ["SKU", "EOQ", "Share"],
          ...skus.map((sku, i) => [{ text: sku }, `=INV.EOQ(${100 * (i + 1)}, 8, 0.25)`, (i + 1) / rows]),
        ],
        numberFormats: [[null], ...skus.map(() => [null, "#,##0", "0%"])],
      },
      {
        topLeft: "E1",
        what: "summary",
        address: "E1:F2",
        cells: [
          ["Items", rows],
          ["Carrying rate", 0.25],
        ],
        numberFormats: [[], [null, "0%"]],
      },
    ],
    table: table ? { address: `A1:C${last}`, name: "InventoryPolicy" } : undefined,
    chart: {
      title: "Value by item",
      categories: `A2:A${last}`,
      values: `B2:B${last}`,
      cumulativeShares: `C2:C${last}`,
      anchor: "H2",
    },
    formulaCount: rows,
  };
}

function excel(options: FakeExcelOptions = {}, port = new ExcelWorkbook()) {
  const document = new MemoryWorkbook({ sheets: [{ name: "Items", cells: { A1: "SKU" } }] });
  const fake = installFakeExcel(document, options);
  return { document, fake, port };
}

function write(port: WorkbookPort, plan: SheetPlan, previous?: WriteOutcome) {
  return writePolicy(port, plan, { settings: SETTINGS, items: 3, previous });
}

function written(outcome: WriteOutcome): WriteReport {
  if (outcome.kind !== "written") throw new Error(`expected a written outcome, got: ${outcome.message}`);
  return outcome.report;
}

/** Fails the first command that `matches`, once. */
function failOnce(matches: (operation: FakeOperation) => boolean) {
  let failed = false;
  return (operation: FakeOperation) => {
    if (failed || !matches(operation)) return false;
    failed = true;
    return true;
  };
}

describe("writePolicy against the memory workbook", () => {
  it("adds the sheet, writes each block with its formats, the table, the chart, saves the choices, and reports it", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items" }], nativePareto: false });
    const outcome = await write(workbook, policyPlan(3, true));
    expect(outcome).toEqual({
      kind: "written",
      report: {
        sheetName: "Policy",
        blocks: [
          { what: "policy", address: "Policy!A1:C4" },
          { what: "summary", address: "Policy!E1:F2" },
        ],
        tableName: "InventoryPolicy",
        chartKind: "column-and-line",
        formulaCount: 3,
        items: 3,
        settingsError: undefined,
      },
    });
    expect([workbook.contentAt("Policy!A2"), workbook.formatAt("Policy!A2")]).toEqual(["001", "@"]);
    expect(workbook.formats("Policy")).toMatchObject({ B2: "#,##0", C4: "0%", F2: "0%" });
    await expect(workbook.loadSettings()).resolves.toBe(SETTINGS);
  });

  it("does nothing more when asked again after a write that worked: no second sheet", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items" }] });
    const first = await write(workbook, policyPlan());
    await expect(write(workbook, policyPlan(), first)).resolves.toEqual(first);
    expect(workbook.sheetNames()).toEqual(["Items", "Policy"]);
    expect(workbook.charts()).toHaveLength(1);
  });

  it("writes a second sheet for a new write (no previous outcome)", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items" }] });
    await write(workbook, policyPlan());
    expect(written(await write(workbook, policyPlan())).sheetName).toBe("Policy (2)");
  });
});

describe("writePolicy against Excel: the chart cannot break the write", () => {
  it("falls back to columns and a line when adding Excel's Pareto chart fails", async () => {
    const { fake, port } = excel({
      fail: (op) => op.kind === "chart" && op.chartType === "Pareto" && op.step === "add",
    });
    const report = written(await write(port, policyPlan()));
    expect(report.chartKind).toBe("column-and-line");
    expect(report.chartProblem).toBeUndefined();
    expect(fake.charts.map((chart) => chart.type)).toEqual(["ColumnClustered"]);
  });

  it("falls back, leaving one chart, when setting the Pareto chart's title fails", async () => {
    const { fake, port } = excel({
      fail: (op) => op.kind === "chart" && op.chartType === "Pareto" && op.step === "title",
    });
    expect(written(await write(port, policyPlan())).chartKind).toBe("column-and-line");
    expect(fake.charts.map((chart) => [chart.type, chart.title])).toEqual([["ColumnClustered", "Value by item"]]);
  });

  it("when both kinds fail: the policy, summary and choices are written, and the report says how to add the chart", async () => {
    const options: FakeExcelOptions = { fail: (op) => op.kind === "chart" && op.step === "add" };
    const { document, fake, port } = excel(options);
    const outcome = await write(port, policyPlan());
    const report = written(outcome);
    expect(report.chartKind).toBeUndefined();
    expect(report.chartProblem).toBe(
      "The Pareto chart could not be added (The ColumnClustered chart's add failed: the argument is invalid or missing " +
        "or has an incorrect format). The policy and its summary are written on the sheet Policy. To add the chart by " +
        "hand, select Policy!A1:B4, then choose Insert > Chart > Histogram > Pareto (or a column chart); or retry.",
    );
    expect(report.blocks.map((block) => block.what)).toEqual(["policy", "summary"]);
    expect(document.contentAt("Policy!F2")).toBe(0.25);
    expect(fake.savedSettings.size).toBe(1);
    expect(fake.charts).toEqual([]);

    // The retry adds the chart, and only the chart.
    delete options.fail;
    const syncsBefore = fake.syncs.flatMap((sync) => sync.writes).length;
    const retried = written(await write(port, policyPlan(), outcome));
    expect(retried).toEqual({ ...report, chartKind: "pareto", chartProblem: undefined });
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
    expect(fake.syncs.flatMap((sync) => sync.writes)).toHaveLength(syncsBefore);
    expect(fake.charts.map((chart) => chart.type)).toEqual(["Pareto"]);
  });

  it("names both source blocks when the labels are not beside the values", async () => {
    const { port } = excel({ fail: (op) => op.kind === "chart" && op.step === "add" });
    const plan = policyPlan();
    const report = written(await write(port, { ...plan, chart: plan.chart && { ...plan.chart, values: "C2:C4" } }));
    expect(report.chartProblem).toContain("select Policy!A1:A4 and, holding Ctrl, Policy!C1:C4, then");
  });

  it("when saving the choices fails: the policy is written, and a retry only saves them", async () => {
    const options: FakeExcelOptions = { fail: (op) => op.kind === "saveSettings" };
    const { document, fake, port } = excel(options);
    const outcome = await write(port, policyPlan());
    expect(written(outcome)).toMatchObject({ chartKind: "pareto", settingsError: "The settings could not be saved." });
    delete options.fail;
    const retried = written(await write(port, policyPlan(), outcome));
    expect(retried.settingsError).toBeUndefined();
    expect(fake.savedSettings.size).toBe(1);
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
    expect(fake.charts).toHaveLength(1);
  });
});

describe("writePolicy against Excel: a write that fails part-way, then a retry", () => {
  it("reuses the sheet it added when the failed write left it empty", async () => {
    const { document, port } = excel({ fail: failOnce((op) => op.kind === "write") });
    const outcome = await write(port, policyPlan());
    expect(outcome).toMatchObject({
      kind: "failed",
      message: expect.stringContaining("Writing Policy!A1:C4 failed"),
      progress: { sheetName: "Policy", blocks: [] },
    });
    const report = written(await write(port, policyPlan(), outcome));
    expect(report.sheetName).toBe("Policy");
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
    expect(document.contentAt("Policy!A4")).toBe("003");
  });

  it("says so when the sheet holds part of the failed write, and goes on there once the user clears it", async () => {
    // Small requests, so that the policy block takes several; the second fails.
    let writes = 0;
    const { document, port } = excel(
      { fail: (op) => op.kind === "write" && ++writes === 2 },
      new ExcelWorkbook({ chunkLimits: { maxBytes: 60, maxCells: 6 } }),
    );
    const outcome = await write(port, policyPlan());
    expect(outcome).toMatchObject({ kind: "failed", progress: { sheetName: "Policy", blocks: [] } });
    // The first request (the header row) went through, the second (row 2) did not.
    expect([document.contentAt("Policy!A1"), document.contentAt("Policy!A2")]).toEqual(["SKU", ""]);

    const refused = await write(port, policyPlan(), outcome);
    expect(refused).toMatchObject({ kind: "failed", progress: { sheetName: "Policy" } });
    expect(refused.kind === "failed" && refused.message).toBe(
      "The sheet Policy that the pane added holds part of the write that failed: delete the sheet Policy, or clear " +
        "its cells, then retry. Policy!A1:C4 is not empty (Policy!A1:C1 holds something), so nothing was written. " +
        "The pane never overwrites a cell.",
    );
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);

    for (const address of Object.keys(document.snapshot("Policy"))) {
      const cell = parseCell(address);
      document.setCell("Policy", cell.row, cell.column, "");
    }
    const report = written(await write(port, policyPlan(), refused));
    expect(report.sheetName).toBe("Policy");
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
    expect(document.contentAt("Policy!F2")).toBe(0.25);
  });

  it("adds a sheet again when the user deleted the one the failed write left", async () => {
    const { document, port } = excel({ fail: failOnce((op) => op.kind === "write" && op.address.includes("E1")) });
    const outcome = await write(port, policyPlan());
    expect(outcome).toMatchObject({
      kind: "failed",
      progress: { sheetName: "Policy", blocks: [{ what: "policy", address: "Policy!A1:C4" }] },
    });
    document.deleteSheet("Policy");
    const report = written(await write(port, policyPlan(), outcome));
    expect(report.blocks.map((block) => block.address)).toEqual(["Policy!A1:C4", "Policy!E1:F2"]);
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
  });

  it("after a failed table, a retry makes only the table", async () => {
    const { document, fake, port } = excel({ fail: failOnce((op) => op.kind === "table") });
    const outcome = await write(port, policyPlan(3, true));
    expect(outcome).toMatchObject({ kind: "failed", progress: { sheetName: "Policy", tableName: undefined } });
    expect(fake.charts).toEqual([]);
    const report = written(await write(port, policyPlan(3, true), outcome));
    expect(report).toMatchObject({ sheetName: "Policy", tableName: "InventoryPolicy", chartKind: "pareto" });
    expect(report.blocks).toHaveLength(2);
    expect(document.sheetNames()).toEqual(["Items", "Policy"]);
    expect(document.tables().map((table) => table.name)).toEqual(["InventoryPolicy"]);
  });

  it("when adding the sheet fails, a retry adds it", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items" }] });
    const addSheet = workbook.addSheet.bind(workbook);
    workbook.addSheet = () => Promise.reject(new Error("The workbook is protected."));
    const outcome = await write(workbook, policyPlan());
    expect(outcome).toEqual({
      kind: "failed",
      message: "The workbook is protected.",
      progress: { sheetName: undefined, blocks: [], tableName: undefined },
    });
    workbook.addSheet = addSheet;
    expect(written(await write(workbook, policyPlan(), outcome)).sheetName).toBe("Policy");
  });
});

describe("writePolicy with the sheet plan, through the fake Excel", () => {
  it.each([
    ["spill", false],
    ["table", true],
  ] as const)("writes the %s layout (values only: %s) with SKUs kept as typed", async (layout, valuesOnly) => {
    const rows = FIXTURE_ROWS.map((row, i) => (i === 0 ? ["00123", ...row.slice(1)] : row));
    const table = fixtureTable(rows);
    const settings = {
      measure: "cycle" as const,
      targets: { A: 0.98, B: 0.95, C: 0.9 },
      carryingRate: 0.25,
      defaultOrderCost: 50,
      classify: DEFAULT_CLASSIFY,
      layout,
      valuesOnly,
    };
    const { plan } = planPolicySheet(table, { mapping: mapColumns(table.headers), units: DEFAULT_UNITS, settings });
    const { document, port } = excel();
    const report = written(await write(port, plan));
    expect(report.blocks.map((block) => block.what)).toEqual(plan.blocks.map((block) => block.what));
    const contents = Object.values(document.snapshot("Policy"));
    expect(contents).toContain("00123");
    expect(contents).not.toContain(123);
    expect(Object.keys(document.formats("Policy")).length).toBeGreaterThan(0);
  });
});

describe("writePolicy against Excel: request size", () => {
  it("keeps every request under the budget with 2,000-character SKUs on 10,000 rows, formats included", async () => {
    const { document, fake, port } = excel();
    const rows = 10_000;
    const sku = (i: number) => `${String(i).padStart(5, "0")}-${"x".repeat(1_994)}`;
    const plan = policyPlan(3);
    const block = {
      topLeft: "A1",
      what: "policy",
      address: `A1:C${rows + 1}`,
      cells: [
        ["SKU", "EOQ", "Share"],
        ...Array.from({ length: rows }, (_, i) => [{ text: sku(i) }, `=INV.EOQ(Items!C${i + 2}, 8, 0.25)`, i / rows]),
      ],
      numberFormats: [[null], ...Array.from({ length: rows }, () => [null, "#,##0", "0.0%"])],
    };
    const report = written(await write(port, { ...plan, blocks: [block], chart: undefined }));
    expect(report.blocks).toEqual([{ what: "policy", address: `Policy!A1:C${rows + 1}` }]);
    const sizes = fake.syncs.map(syncBytes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(20_000_000); // the data did pass through
    expect(Math.max(...sizes)).toBeLessThanOrEqual(DEFAULT_CHUNK_LIMITS.maxBytes);
    expect([document.contentAt(`Policy!A${rows + 1}`), document.formatAt(`Policy!C${rows + 1}`)]).toEqual([
      sku(rows - 1),
      "0.0%",
    ]);
  });
});
