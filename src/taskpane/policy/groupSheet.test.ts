import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { groupCells, issueCells, issueLines, writeListSheet } from "./groupSheet";

const items = [
  { sku: "00123", description: "Bolt", row: 2 },
  { sku: "PLB-10001", description: "=X", row: 7 },
];
const issues = [
  { row: 3, column: "Unit cost (D)", reason: 'is not a number ("n/a")' },
  { row: 8, column: "SKU (A)", reason: "is empty" },
];

describe("the lists the Data step gives away", () => {
  it("a group: SKUs and descriptions as literal text, with their source row", () => {
    expect(groupCells(items)).toEqual([
      ["SKU", "Description", "Source row"],
      [{ text: "00123" }, { text: "Bolt" }, 2],
      [{ text: "PLB-10001" }, { text: "=X" }, 7],
    ]);
  });

  it("the problems of the rows left out: row, column and reason, as cells and as tab-separated lines", () => {
    expect(issueCells(issues)).toEqual([
      ["Source row", "Column", "Problem"],
      [3, { text: "Unit cost (D)" }, { text: 'is not a number ("n/a")' }],
      [8, { text: "SKU (A)" }, { text: "is empty" }],
    ]);
    expect(issueLines(issues)).toEqual(['3\tUnit cost (D)\tis not a number ("n/a")', "8\tSKU (A)\tis empty"]);
  });

  it("writes the whole list on a new sheet each time, never over a filled cell", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items", cells: { A1: "SKU" } }] });
    const many = Array.from({ length: 1200 }, (_, k) => ({ sku: `SKU-${k}`, description: "", row: k + 2 }));
    expect(await writeListSheet(workbook, "Intermittent", groupCells(many))).toBe("Intermittent!A1:C1201");
    expect(await writeListSheet(workbook, "Intermittent", groupCells(items))).toBe("'Intermittent (2)'!A1:C3");
    expect(workbook.contentAt("Intermittent!A1201")).toBe("SKU-1199");
    expect(workbook.contentAt("'Intermittent (2)'!A2")).toBe("00123");
    expect(workbook.contentAt("Items!A1")).toBe("SKU");
  });
});
