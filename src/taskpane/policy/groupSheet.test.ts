import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { groupCells, groupText, writeGroupSheet } from "./groupSheet";

const items = [
  { sku: "00123", description: "Bolt", row: 2 },
  { sku: "PLB-10001", description: "=X", row: 7 },
];

describe("a group set apart as a list", () => {
  it("copies as one SKU per line, every item", () => {
    expect(groupText(items)).toBe("00123\nPLB-10001");
    expect(groupText([])).toBe("");
  });

  it("writes SKUs and descriptions as literal text, with their source row", () => {
    expect(groupCells(items)).toEqual([
      ["SKU", "Description", "Source row"],
      [{ text: "00123" }, { text: "Bolt" }, 2],
      [{ text: "PLB-10001" }, { text: "=X" }, 7],
    ]);
  });

  it("writes the whole list on a new sheet each time, never over a filled cell", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Items", cells: { A1: "SKU" } }] });
    const many = Array.from({ length: 1200 }, (_, k) => ({ sku: `SKU-${k}`, description: "", row: k + 2 }));
    expect(await writeGroupSheet(workbook, "Intermittent", many)).toBe("Intermittent!A1:C1201");
    expect(await writeGroupSheet(workbook, "Intermittent", items)).toBe("'Intermittent (2)'!A1:C3");
    expect(workbook.contentAt("Intermittent!A1201")).toBe("SKU-1199");
    expect(workbook.contentAt("'Intermittent (2)'!A2")).toBe("00123");
    expect(workbook.contentAt("Items!A1")).toBe("SKU");
  });
});
