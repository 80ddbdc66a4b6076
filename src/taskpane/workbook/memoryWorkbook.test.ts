import { MemoryWorkbook, createDemoWorkbook } from "./memoryWorkbook";
import { workbookPortContract } from "./workbookContract";

workbookPortContract("MemoryWorkbook", (sheet) => {
  const workbook = new MemoryWorkbook({ sheetName: "Sheet1", selection: sheet.selection, cells: sheet.cells });
  return { port: workbook, firstSelectedCell: () => workbook.contentAt(sheet.selection.split(":")[0] ?? "") };
});

describe("MemoryWorkbook", () => {
  it("is the browser host", () => {
    expect(createDemoWorkbook().host).toBe("browser");
  });

  it("writes into the cell the user selects, and refuses it the second time", async () => {
    const workbook = createDemoWorkbook();
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
});
