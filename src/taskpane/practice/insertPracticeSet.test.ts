/*
 * insertPracticeSet without React: against the memory workbook (the browser
 * demo) and through the Excel port against the fake Excel, made to fail.
 */
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import { installFakeExcel, uninstallFakeExcel } from "../../../test/support/fakeExcel";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { insertPracticeSet, PracticeWriteError } from "./insertPracticeSet";
import { generatePracticeSet } from "./practiceSet";
import { planPracticeSheets } from "./practiceSheets";

afterEach(uninstallFakeExcel);

describe("insertPracticeSet", () => {
  it('adds the problems and key sheets and writes them, the checks showing "" and the key its answers', async () => {
    const workbook = new MemoryWorkbook();
    const report = await insertPracticeSet(workbook, { kind: "eoq", count: 5, seed: 7 });
    expect(report).toMatchObject({ problemsSheet: "EOQ practice", keySheet: "EOQ practice key", problems: 5, seed: 7 });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "EOQ practice", "EOQ practice key"]);
    expect(report.written).toEqual([
      expect.stringMatching(/^'EOQ practice'!A1:/),
      expect.stringMatching(/^'EOQ practice key'!A1:/),
    ]);
    expect(report.formulaCount).toBe(10);

    const plan = planPracticeSheets(generatePracticeSet({ kind: "eoq", count: 5, seed: 7 }), {
      problems: "EOQ practice",
      key: "EOQ practice key",
    });
    const first = plan.cells[0] as (typeof plan.cells)[number];
    const check = workbook.contentAt(`'EOQ practice'!${first.check}`);
    expect(String(check)).toMatch(/^=IF\(/);
    const view = workbook.cellView("EOQ practice", Number(first.check.slice(1)) - 1, 2);
    expect(view).toMatchObject({ isFormula: true, value: "" });
    const byFormula = workbook.cellView("EOQ practice key", first.keyRow - 1, 6);
    expect(byFormula.value).toBe(generatePracticeSet({ kind: "eoq", count: 1, seed: 7 }).problems[0]?.answer.exact);
    expect(workbook.contentAt(`'EOQ practice'!${first.answer}`)).toBe("");
  });

  it("names a second set of the same type uniquely, its key after it", async () => {
    const workbook = new MemoryWorkbook();
    await insertPracticeSet(workbook, { kind: "abc", count: 2, seed: 1 });
    const second = await insertPracticeSet(workbook, { kind: "abc", count: 2, seed: 1 });
    expect([second.problemsSheet, second.keySheet]).toEqual(["ABC practice (2)", "ABC practice (2) key"]);
    expect(workbook.contentAt("'ABC practice (2)'!A1")).toBe("Practice set: ABC classification (2 problems)");
    expect(workbook.contentAt("'ABC practice (2)'!A3")).toBe("Key");
    expect(String(workbook.contentAt("'ABC practice (2)'!B3"))).toContain("'ABC practice (2) key'");
  });

  it("refuses options out of range before adding any sheet", async () => {
    const workbook = new MemoryWorkbook();
    await expect(insertPracticeSet(workbook, { kind: "turnover", count: 60, seed: 1 })).rejects.toThrow(/1 to 50/);
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("writes the same cells through the Excel port (formulas without their values)", async () => {
    const document = new MemoryWorkbook();
    installFakeExcel(document);
    const report = await insertPracticeSet(new ExcelWorkbook(), { kind: "lotSizing", count: 3, seed: 5 });
    expect(document.sheetNames()).toEqual(["Sheet1", report.problemsSheet, report.keySheet]);
    const plan = planPracticeSheets(generatePracticeSet({ kind: "lotSizing", count: 3, seed: 5 }), {
      problems: report.problemsSheet,
      key: report.keySheet,
    });
    const first = plan.cells[0] as (typeof plan.cells)[number];
    expect(document.contentAt(`'${report.problemsSheet}'!${first.check}`)).toMatch(/^=IF\(/);
    expect(document.contentAt(`'${report.keySheet}'!G${first.keyRow}`)).toMatch(/^=INV\.LOTSIZECOST\(/);
    // The rule's code is literal text, which INV.LOTSIZECOST reads as the method.
    const rule = plan.problems.cells.findIndex((row) => row.some((cell) => JSON.stringify(cell) === '{"text":"POQ"}'));
    expect(document.contentAt(`'${report.problemsSheet}'!B${rule + 1}`)).toBe("POQ");
    expect(document.formatAt(`'${report.problemsSheet}'!B${rule + 1}`)).toBe("@");
  });

  it("says which sheets were added when a write fails", async () => {
    const document = new MemoryWorkbook();
    installFakeExcel(document, {
      fail: (operation) => operation.kind === "write" && operation.address.includes("key"),
    });
    const attempt = insertPracticeSet(new ExcelWorkbook(), { kind: "newsvendor", count: 2, seed: 3 });
    await expect(attempt).rejects.toBeInstanceOf(PracticeWriteError);
    await expect(attempt).rejects.toThrow(
      /not written: .*Added before it failed: "Newsvendor practice" and "Newsvendor practice key"/,
    );
  });
});
