import {
  blockName,
  columnName,
  onSheet,
  parseBlock,
  parseCell,
  quotedSheetPrefix,
  sheetPrefix,
  splitSheet,
} from "./cellAddress";

describe("cellAddress", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s, and back", (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(parseCell(`${name}1`).column).toBe(index);
  });

  it("reads absolute references and round-trips blocks", () => {
    expect(parseCell("$B$3")).toEqual({ row: 2, column: 1 });
    expect(blockName(parseBlock("b2:d4"))).toBe("B2:D4");
    expect(blockName(parseBlock("D4"))).toBe("D4");
  });

  it("rejects what is not an address", () => {
    expect(() => parseCell("A0")).toThrow("outside the sheet");
    expect(() => parseCell("XFE1")).toThrow("outside the sheet");
    expect(() => parseBlock("A1:B2:C3")).toThrow("not a range address");
    expect(() => parseCell("1A")).toThrow("not a cell address");
  });

  it("quotes sheet names that need it, as Excel writes addresses", () => {
    expect(sheetPrefix("Sheet1")).toBe("Sheet1!");
    expect(sheetPrefix("Items_2024.v2")).toBe("Items_2024.v2!");
    expect(sheetPrefix("Bob's items")).toBe("'Bob''s items'!");
    expect(sheetPrefix("2024")).toBe("'2024'!");
  });

  it.each(["Q1", "FY2024", "Jan24", "XFD1", "R1C1", "R2", "C3", "R", "C", "RC", "r1c1"])(
    "quotes %s, which would read as a cell reference",
    (name) => expect(sheetPrefix(name)).toBe(`'${name}'!`),
  );

  it("quotes every sheet name in a formula, doubling apostrophes", () => {
    expect(quotedSheetPrefix("Items")).toBe("'Items'!");
    expect(quotedSheetPrefix("Q1")).toBe("'Q1'!");
    expect(quotedSheetPrefix("My Items")).toBe("'My Items'!");
    expect(quotedSheetPrefix("Bob's 'best'")).toBe("'Bob''s ''best'''!");
    expect(splitSheet(`${quotedSheetPrefix("Bob's 'best'")}A1`)).toEqual({ sheetName: "Bob's 'best'", address: "A1" });
  });

  it("splits an address from its sheet, quoted or not", () => {
    expect(splitSheet("Items!B2")).toEqual({ sheetName: "Items", address: "B2" });
    expect(splitSheet("'Bob''s items'!A1:C3")).toEqual({ sheetName: "Bob's items", address: "A1:C3" });
    expect(splitSheet("Wow!!A1")).toEqual({ sheetName: "Wow!", address: "A1" });
    expect(splitSheet("B2")).toEqual({ sheetName: undefined, address: "B2" });
  });

  it("takes an address on the given sheet, with or without the sheet, and no other", () => {
    expect(onSheet("Policy", "policy!A1:B2")).toBe("A1:B2");
    expect(onSheet("Policy", "A1:B2")).toBe("A1:B2");
    expect(() => onSheet("Policy", "Items!A1")).toThrow('Items!A1 is not on the sheet "Policy"');
  });
});
