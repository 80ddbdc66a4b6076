import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { PENDING, sheetGrid } from "./sheetGrid";

async function lessonBook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const sheet = await workbook.addSheet("EOQ lesson");
  await workbook.writeCells(
    sheet,
    "A1",
    [
      ["Demand", 1300],
      ["Order cost", 8],
      ["Holding cost", 0.225],
      ["EOQ", { formula: "=INV.EOQ(B1, B2, B3)", value: 304.04678 }],
      ["Cost", "=INV.EOQCOST(B1, B2, B3)", null, true],
    ],
    [
      [null, "#,##0"],
      [null, "$0.00"],
      [null, "0.0%"],
      [null, "0.00"],
    ],
  );
  return workbook;
}

describe("sheetGrid", () => {
  const options = { showFormulas: false, maxRows: 100, maxColumns: 20 };

  it("shows a sheet from A1 to its last filled cell, values formatted, a formula without a value as …", async () => {
    const grid = sheetGrid(await lessonBook(), "EOQ lesson", options);
    expect(grid.columns).toEqual(["A", "B", "C", "D"]);
    expect(grid.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Demand", "1,300", "", ""],
      ["Order cost", "$8.00", "", ""],
      ["Holding cost", "22.5%", "", ""],
      ["EOQ", "304.05", "", ""],
      ["Cost", PENDING, "", "TRUE"],
    ]);
    expect(grid.rows[3]?.cells[1]).toEqual({
      address: "B4",
      text: "304.05",
      kind: "number",
      formula: "=INV.EOQ(B1, B2, B3)",
    });
    expect(grid.rows[4]?.cells.map((cell) => cell.kind)).toEqual(["text", "pending", "empty", "logical"]);
    expect([grid.formulas, grid.pending, grid.totalRows, grid.totalColumns]).toEqual([2, 1, 5, 4]);
  });

  it("shows formulas on demand, constants still as values", async () => {
    const grid = sheetGrid(await lessonBook(), "EOQ lesson", { ...options, showFormulas: true });
    expect(grid.rows.map((row) => row.cells[1]?.text)).toEqual([
      "1,300",
      "$8.00",
      "22.5%",
      "=INV.EOQ(B1, B2, B3)",
      "=INV.EOQCOST(B1, B2, B3)",
    ]);
    expect([grid.formulas, grid.pending]).toEqual([2, 1]);
  });

  it("draws at most the limits, and says how large the sheet is", async () => {
    const grid = sheetGrid(await lessonBook(), "EOQ lesson", { ...options, maxRows: 2, maxColumns: 1 });
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["Demand"], ["Order cost"]]);
    expect([grid.totalRows, grid.totalColumns]).toEqual([5, 4]);
  });

  it("lets text run on over the empty cells to its right, as Excel does, and cuts it at a filled one", async () => {
    const workbook = new MemoryWorkbook({
      cells: { A1: "Lesson 1. EOQ and the total-cost curve", A2: "Demand", C2: 1300, D2: "units per year", D3: 5 },
    });
    const grid = sheetGrid(workbook, "Sheet1", options);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.overflows === true))).toEqual([
      [true, false, false, false],
      [true, false, false, true],
      [false, false, false, false],
    ]);
    // A run-on text stops at the next filled cell: A2 runs over B to C2; A1 runs on past the last column.
    expect(grid.columnWidths).toEqual([64, 64, 64, 64]);
    expect(grid.rows[1]?.cells[0]?.runOnWidth).toBe(128);
    expect(grid.rows[0]?.cells[0]?.runOnWidth).toBeUndefined();
  });

  it("sizes each column to what it shows, within limits; run-on text does not widen it", async () => {
    const workbook = new MemoryWorkbook({
      cells: { A1: "A long title that runs on", A2: "Order cost S", B2: 12345.678, A3: "x".repeat(60), B3: 1 },
    });
    const grid = sheetGrid(workbook, "Sheet1", options);
    expect(grid.columnWidths).toEqual([200, "12345.678".length * 7 + 13]);
    const narrow = sheetGrid(new MemoryWorkbook({ cells: { A1: "Order cost S", B1: 1 } }), "Sheet1", options);
    expect(narrow.columnWidths).toEqual([12 * 7 + 13, 64]);
  });

  it("is empty for an empty sheet", () => {
    const grid = sheetGrid(new MemoryWorkbook(), "Sheet1", options);
    expect([grid.columns, grid.rows, grid.totalRows]).toEqual([[], [], 0]);
  });
});
