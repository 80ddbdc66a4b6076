import { MemoryWorkbook } from "./memoryWorkbook";
import type { ChartSpec } from "./workbookPort";
import { contractDocument, documentWorld, workbookPortContract } from "../../../test/support/workbookContract";

workbookPortContract("MemoryWorkbook", (sheet) => {
  const workbook = contractDocument(sheet);
  return { port: workbook, ...documentWorld(workbook, sheet) };
});

describe("MemoryWorkbook", () => {
  it("is the browser host", () => {
    expect(new MemoryWorkbook().host).toBe("browser");
  });

  it("keeps its one-sheet options: Sheet1, with the cells given", () => {
    const workbook = new MemoryWorkbook({ cells: { A1: "Item", B2: 1300, C2: "=B2*2" }, selection: "B2" });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.snapshot()).toEqual({ A1: "Item", B2: 1300, C2: "=B2*2" });
  });

  it("writes into the cell the user selects, and refuses it the second time", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insertFormula("=INV.EOQ(1, 2, 3)");
    workbook.select("B5");
    await workbook.insertFormula("=INV.EOQ(4, 5, 6)");
    expect(workbook.snapshot()).toEqual({ A1: "=INV.EOQ(1, 2, 3)", B5: "=INV.EOQ(4, 5, 6)" });
    await expect(workbook.insertFormula("=1")).rejects.toThrow("Sheet1!B5 is not empty");
  });

  it("quotes a sheet name that is not a plain word, as Excel does", async () => {
    const workbook = new MemoryWorkbook({ sheetName: "Item list", selection: "AA10" });
    await expect(workbook.getSelection()).resolves.toMatchObject({ address: "'Item list'!AA10" });
  });

  it("accepts a block given corner-last", async () => {
    const workbook = new MemoryWorkbook({ selection: "C3:A1" });
    await expect(workbook.getSelection()).resolves.toMatchObject({ address: "Sheet1!A1:C3", cellCount: 9 });
  });

  it("has several sheets; selecting on one makes it active; addresses may name their sheet", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Items",
          rows: [
            ["SKU", "Usage"],
            ["A-1", 5],
          ],
        },
        { name: "Notes", cells: { B2: "hello" } },
      ],
      selection: "Notes!B2",
    });
    expect(workbook.sheetNames()).toEqual(["Items", "Notes"]);
    expect(workbook.activeSheetName).toBe("Notes");
    expect(workbook.contentAt("B2")).toBe("hello");
    expect(workbook.contentAt("Items!B2")).toBe(5);
    expect(workbook.snapshot("Items")).toEqual({ A1: "SKU", B1: "Usage", A2: "A-1", B2: 5 });
    workbook.select("Items!A2");
    await expect(workbook.readTableAroundSelection()).resolves.toMatchObject({ address: "Items!A1:B2" });
  });

  it("records charts and tables, and says which chart kind its Excel would make", async () => {
    const workbook = new MemoryWorkbook({ nativePareto: false });
    const spec = { title: "Pareto", categories: "A2:A4", values: "B2:B4", cumulativeShares: "C2:C4", anchor: "E2" };
    await expect(workbook.addParetoChart("Sheet1", spec)).resolves.toEqual({ kind: "column-and-line" });
    expect(workbook.charts()).toEqual([{ ...spec, sheetName: "Sheet1", kind: "column-and-line" }]);
    await workbook.addTable("Sheet1", "A1:C4", "Policy table");
    expect(workbook.tables()).toEqual([
      { name: "Policy_table", sheetName: "Sheet1", block: { top: 0, left: 0, bottom: 3, right: 2 } },
    ]);
    await expect(workbook.addTable("Sheet1", "B2:D5", "Other")).rejects.toThrow('overlaps the table "Policy_table"');
  });

  it("records a chart of series after the charts before it, with its spec and its type as its kind", async () => {
    const workbook = new MemoryWorkbook();
    const pareto = { title: "Pareto", categories: "A2:A4", values: "B2:B4", cumulativeShares: "C2:C4", anchor: "E2" };
    await workbook.addParetoChart("Sheet1", pareto);
    const spec: ChartSpec = {
      type: "columnLine",
      title: "Level plan",
      secondaryAxisTitle: "Inventory",
      series: [
        { name: "Demand", values: "B2:B7", categories: "A2:A7" },
        { name: "Inventory", values: "C2:C7", categories: "A2:A7", line: true },
      ],
      anchor: "E20",
    };
    await workbook.addChart("Sheet1", spec);
    expect(workbook.charts()).toEqual([
      { ...pareto, sheetName: "Sheet1", kind: "pareto" },
      { ...spec, sheetName: "Sheet1", kind: "columnLine" },
    ]);
  });

  it("rejects a chart without series or with an address that is not one", async () => {
    const workbook = new MemoryWorkbook();
    const spec: ChartSpec = { type: "line", title: "T", series: [], anchor: "A1" };
    await expect(workbook.addChart("Sheet1", spec)).rejects.toThrow('the chart "T" has no series');
    await expect(workbook.addChart("Sheet1", { ...spec, series: [{ name: "S", values: "B2:" }] })).rejects.toThrow();
    expect(workbook.charts()).toEqual([]);
  });

  it("records number formats by cell, and keeps { text } as the text given, formatted as text", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeCells("Sheet1", "A1", [[{ text: "=1+1" }, 0.5, "=1+1"]], [[null, "0%"]]);
    expect(workbook.snapshot()).toEqual({ A1: "=1+1", B1: 0.5, C1: "=1+1" });
    expect(workbook.formats()).toEqual({ A1: "@", B1: "0%" });
    expect(workbook.formatAt("C1")).toBeUndefined();
  });

  it("keeps the value a formula was written with, for the demo's grid; a later change of the cell drops it", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeCells(
      "Sheet1",
      "A1",
      [[{ formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.04678 }, "=A1*2", { text: "=X" }, 0]],
      [["0.00"]],
    );
    expect(workbook.snapshot()).toEqual({ A1: "=INV.EOQ(1300, 8, 0.225)", B1: "=A1*2", C1: "=X", D1: 0 });
    expect(workbook.cellView("Sheet1", 0, 0)).toEqual({
      content: "=INV.EOQ(1300, 8, 0.225)",
      isFormula: true,
      value: 304.04678,
      format: "0.00",
    });
    // A formula written without a value: the demo cannot compute it.
    expect(workbook.cellView("Sheet1", 0, 1)).toMatchObject({ isFormula: true, value: undefined });
    // Literal text that looks like a formula is text; a constant shows itself; an empty cell is "".
    expect(workbook.cellView("Sheet1", 0, 2)).toEqual({ content: "=X", isFormula: false, value: "=X", format: "@" });
    expect(workbook.cellView("Sheet1", 0, 3)).toMatchObject({ isFormula: false, value: 0 });
    expect(workbook.cellView("Sheet1", 5, 5)).toEqual({ content: "", isFormula: false, value: "", format: undefined });
    workbook.setCell("Sheet1", 0, 0, "=INV.EOQ(1300, 8, 0.5)");
    expect(workbook.cellView("Sheet1", 0, 0)).toMatchObject({ isFormula: true, value: undefined });
  });

  it("tells its subscribers of each change to sheets and cells, until they unsubscribe", async () => {
    const workbook = new MemoryWorkbook();
    const listener = jest.fn();
    const unsubscribe = workbook.subscribe(listener);
    const before = workbook.revision;
    const sheet = await workbook.addSheet("Lesson");
    await workbook.writeCells(sheet, "A1", [[1, 2]]);
    workbook.setCell(sheet, 1, 0, "x");
    workbook.select("Lesson!A5");
    await workbook.insertFormula("=1");
    expect(listener).toHaveBeenCalledTimes(4);
    expect(workbook.revision).toBe(before + 4);
    unsubscribe();
    workbook.setCell(sheet, 2, 0, "y");
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it("starts with the settings it is given", async () => {
    await expect(new MemoryWorkbook({ settings: "{}" }).loadSettings()).resolves.toBe("{}");
  });

  it("reads the 10,000-row region of a large sheet", async () => {
    const rows = [
      Array.from({ length: 20 }, (_, c) => `H${c}`),
      ...Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c)),
    ];
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items", rows }], selection: "B2" });
    const read = await workbook.readTableAroundSelection();
    expect(read.rows).toHaveLength(10_000);
    expect(read.address).toBe("Items!A1:T10001");
  });
});
