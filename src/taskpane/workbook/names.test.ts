import { cleanSheetName, cleanTableName, isValidSheetName, uniqueSheetName, uniqueTableName } from "./names";

describe("sheet names", () => {
  it("uses the name when it is free, else numbers it, comparing regardless of case", () => {
    expect(uniqueSheetName("Policy", ["Items"])).toBe("Policy");
    expect(uniqueSheetName("Policy", ["Items", "POLICY"])).toBe("Policy (2)");
    expect(uniqueSheetName("Policy", ["Policy", "Policy (2)", "policy (3)"])).toBe("Policy (4)");
  });

  it("never uses History, which Excel reserves", () => {
    expect(uniqueSheetName("history", [])).toBe("history (2)");
    expect(isValidSheetName("History")).toBe(false);
  });

  it("keeps the numbered name within 31 characters by shortening the base", () => {
    const base = "Safety stock and reorder points";
    expect(base).toHaveLength(31);
    expect(uniqueSheetName(base, [])).toBe(base);
    const second = uniqueSheetName(base, [base]);
    expect(second).toBe("Safety stock and reorder po (2)");
    expect(second).toHaveLength(31);
    expect(uniqueSheetName(base, [base, second])).toBe("Safety stock and reorder po (3)");
  });

  it("cleans what Excel refuses: [ ] : * ? / \\, apostrophes at the ends, blank names", () => {
    expect(cleanSheetName("Q1/Q2: [draft]?")).toBe("Q1 Q2 draft");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("  ")).toBe("Sheet");
    expect(cleanSheetName("***")).toBe("Sheet");
    expect(isValidSheetName("Bob's items")).toBe(true);
    expect(isValidSheetName("a/b")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
  });
});

describe("table names", () => {
  it.each([
    ["Policy", "Policy"],
    ["Policy table", "Policy_table"],
    ["2025 policy", "_2025_policy"],
    ["A1", "_A1"],
    ["R1C1", "_R1C1"],
    ["c", "_c"],
    ["(ABC) classes", "ABC_classes"],
    ["", "Table"],
  ])("%j becomes %j", (name, cleaned) => {
    expect(cleanTableName(name)).toBe(cleaned);
  });

  it("numbers a taken name, comparing regardless of case", () => {
    expect(uniqueTableName("Policy", ["policy"])).toBe("Policy_2");
    expect(uniqueTableName("Policy", ["Policy", "Policy_2"])).toBe("Policy_3");
  });
});
