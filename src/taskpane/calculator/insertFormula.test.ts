import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { insertFormula, type FormulaToInsert } from "./insertFormula";

const eoq: FormulaToInsert = { formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.0468, rows: 1 };
const explained: FormulaToInsert = { formula: '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)', value: "EOQ", rows: 14 };

/** The memory workbook seen as Excel: the same cells, the port's Excel rules. */
function asExcel(workbook: MemoryWorkbook): WorkbookPort {
  return Object.assign(Object.create(workbook) as MemoryWorkbook, { host: "excel" as const });
}

describe("insertFormula", () => {
  it("writes into the selected empty cell, with the value core computed for the demo's grid", async () => {
    const workbook = new MemoryWorkbook({ selection: "B2" });
    expect(await insertFormula(workbook, eoq)).toEqual({ address: "Sheet1!B2", rows: 1 });
    expect(workbook.cellView("Sheet1", 1, 1)).toMatchObject({
      content: "=INV.EOQ(1300, 8, 0.225)",
      isFormula: true,
      value: 304.0468,
    });
  });

  it("in the demo, puts a second insert in the next empty cell below the last, past the rows it spills into", async () => {
    const workbook = new MemoryWorkbook({ selection: "B2", cells: { B18: "taken" } });
    const first = await insertFormula(workbook, explained);
    expect(first).toEqual({ address: "Sheet1!B2", rows: 14 });
    // B2 is still selected, and full: below the explanation's 14 rows is B16.
    const second = await insertFormula(workbook, eoq, first);
    expect(second).toEqual({ address: "Sheet1!B16", rows: 1 });
    const third = await insertFormula(workbook, eoq, second);
    expect(third.address).toBe("Sheet1!B17");
    // B18 holds something: never overwritten, the next empty cell is B19.
    expect((await insertFormula(workbook, eoq, third)).address).toBe("Sheet1!B19");
    expect(workbook.cellView("Sheet1", 17, 1).content).toBe("taken");
  });

  it("goes below the last insert on a sheet with a quoted name", async () => {
    const workbook = new MemoryWorkbook({ sheetName: "Q1 plan", selection: "A1" });
    const first = await insertFormula(workbook, eoq);
    expect(first.address).toBe("'Q1 plan'!A1");
    expect((await insertFormula(workbook, eoq, first)).address).toBe("'Q1 plan'!A2");
  });

  it("in the demo, an empty selected cell wins over the place below the last insert", async () => {
    const workbook = new MemoryWorkbook({ selection: "A1" });
    const first = await insertFormula(workbook, eoq);
    workbook.select("D4");
    expect((await insertFormula(workbook, eoq, first)).address).toBe("Sheet1!D4");
  });

  it("in the demo, refuses a full selected cell when nothing was inserted yet, in the port's words", async () => {
    const workbook = new MemoryWorkbook({ selection: "A1", cells: { A1: "Item" } });
    await expect(insertFormula(workbook, eoq)).rejects.toThrow(
      "Sheet1!A1 is not empty, so nothing was written: select an empty cell.",
    );
  });

  it("in the demo, with the selection in the item list, inserts from the demo's sheet down and says so", async () => {
    const workbook = new MemoryWorkbook({ sheetName: "Items", selection: "B2", cells: { A1: "SKU", B2: "Pump" } });
    workbook.createSheet("Sheet1");
    await workbook.writeCells("Sheet1", "A1", [["kept"]]);
    const first = await insertFormula(workbook, explained, undefined, "Sheet1!A1");
    // A1 of the demo's sheet holds something: the next empty cell, and the selection left as it was.
    expect(first).toEqual({ address: "Sheet1!A2", rows: 14, instead: "Items!B2" });
    const second = await insertFormula(workbook, eoq, first, "Sheet1!A1");
    expect(second).toEqual({ address: "Sheet1!A16", rows: 1 });
    expect(workbook.cellView("Items", 1, 1).content).toBe("Pump");
    expect(workbook.cellView("Sheet1", 0, 0).content).toBe("kept");
    expect(workbook.cellView("Sheet1", 15, 0).content).toBe("=INV.EOQ(1300, 8, 0.225)");
  });

  it("in Excel, writes only into the selected cell, and a second insert there is refused", async () => {
    const workbook = new MemoryWorkbook({ selection: "C3" });
    const excel = asExcel(workbook);
    const first = await insertFormula(excel, eoq);
    expect(first).toEqual({ address: "Sheet1!C3", rows: 1 });
    await expect(insertFormula(excel, eoq, first)).rejects.toThrow("Sheet1!C3 is not empty");
    expect(workbook.cellView("Sheet1", 3, 2).content).toBe("");
  });

  it("refuses a selection of several cells", async () => {
    const workbook = new MemoryWorkbook({ selection: "A1:B2" });
    await expect(insertFormula(workbook, eoq)).rejects.toThrow("Select a single cell to insert into");
  });
});
