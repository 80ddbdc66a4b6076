/*
 * The Excel implementation of the WorkbookPort against office-addin-mock: the
 * shared contract, plus what only Excel has: one Excel.run per operation, one
 * sync per read and per write, loads before reads, and Office's errors.
 */
import { OfficeMockObject } from "office-addin-mock";
import { blockName, cellName, parseBlock } from "./cellAddress";
import { ExcelWorkbook } from "./excelWorkbook";
import { workbookPortContract, type ContractSheet } from "./workbookContract";
import { WorkbookRefusal, isEmptyContent } from "./workbookPort";

interface Counters {
  runs: number;
  syncs: number;
}

/** A fake Excel with one sheet, "Sheet1": `Excel.run` hands the batch a mock request context. */
function installExcel(
  sheet: ContractSheet,
  shownValue?: unknown,
): { counters: Counters; firstCell: () => OfficeMockObject } {
  const block = parseBlock(sheet.selection);
  const cells = sheet.cells ?? {};
  const firstName = cellName(block.top, block.left);
  const first = cells[firstName] ?? "";
  const anyContent = Object.entries(cells).some(([name, content]) => {
    const cell = parseBlock(name);
    const inside =
      cell.top >= block.top && cell.top <= block.bottom && cell.left >= block.left && cell.left <= block.right;
    return inside && !isEmptyContent(content);
  });
  // What Excel shows as a cell's value: a formula's result, else the constant.
  const valueOf = (content: unknown): unknown => (typeof content === "string" && content.startsWith("=") ? 6 : content);
  const counters: Counters = { runs: 0, syncs: 0 };
  const context = new OfficeMockObject({
    workbook: {
      selection: {
        address: `Sheet1!${blockName(block)}`,
        cellCount: (block.bottom - block.top + 1) * (block.right - block.left + 1),
        firstCell: { address: `Sheet1!${firstName}`, formulas: [[first]], values: [[shownValue ?? valueOf(first)]] },
        getCell(this: OfficeMockObject, row: number, column: number) {
          if (row !== 0 || column !== 0) throw new Error("this fake only knows the first cell");
          return this.firstCell;
        },
        getUsedRangeOrNullObject(valuesOnly?: boolean) {
          if (valuesOnly !== true) throw new Error("a formatted empty cell must count as empty: pass valuesOnly");
          return { isNullObject: !anyContent };
        },
      },
      getSelectedRange(this: OfficeMockObject) {
        return this.selection;
      },
    },
  });
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    counters.syncs += 1;
    await mockSync();
  };
  const excel = {
    run: async <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> => {
      counters.runs += 1;
      return batch(context);
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return { counters, firstCell: () => context.workbook.selection.firstCell as OfficeMockObject };
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

workbookPortContract("ExcelWorkbook (office-addin-mock)", (sheet) => {
  const excel = installExcel(sheet);
  return {
    port: new ExcelWorkbook(),
    firstSelectedCell: () => {
      const formulas: unknown = excel.firstCell().formulas;
      return Array.isArray(formulas) && Array.isArray(formulas[0]) ? formulas[0][0] : formulas;
    },
  };
});

describe("ExcelWorkbook batching", () => {
  it("is the excel host", () => {
    expect(new ExcelWorkbook().host).toBe("excel");
  });

  it("reads the selection in one Excel.run with one sync", async () => {
    const { counters } = installExcel({ selection: "A1:B2", cells: { A1: 1 } });
    await new ExcelWorkbook().getSelection();
    expect(counters).toEqual({ runs: 1, syncs: 1 });
  });

  it("inserts with one Excel.run: one sync for the read, one for the write", async () => {
    const { counters } = installExcel({ selection: "B2" });
    await new ExcelWorkbook().insertFormula("=INV.EOQ(1300, 8, 0.225)");
    expect(counters).toEqual({ runs: 1, syncs: 2 });
  });

  it("refuses a non-empty cell after the read alone: nothing is queued or synced for a write", async () => {
    const excel = installExcel({ selection: "B2", cells: { B2: "=A1" } });
    await expect(new ExcelWorkbook().insertFormula("=INV.EOQ(1300, 8, 0.225)")).rejects.toBeInstanceOf(WorkbookRefusal);
    expect(excel.counters).toEqual({ runs: 1, syncs: 1 });
    expect(excel.firstCell().formulas).toEqual([["=A1"]]);
  });

  it("refuses a cell that shows a value without holding a formula (a spilled cell)", async () => {
    installExcel({ selection: "B2" }, 42);
    await expect(new ExcelWorkbook().insertFormula("=1")).rejects.toThrow("Sheet1!B2 is not empty");
  });

  it("checks the formula before touching Excel", async () => {
    const { counters } = installExcel({ selection: "B2" });
    await expect(new ExcelWorkbook().insertFormula("1300")).rejects.toThrow('does not start with "="');
    expect(counters).toEqual({ runs: 0, syncs: 0 });
  });

  it("turns Office's InvalidSelection (a chart or shape selected) into a refusal", async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        throw Object.assign(new Error("The current selection is invalid for this operation."), {
          code: "InvalidSelection",
        });
      },
    };
    await expect(new ExcelWorkbook().getSelection()).rejects.toThrow("Select a cell on a worksheet first");
  });

  it("lets any other Office error through unchanged", async () => {
    const failure = Object.assign(new Error("The cell or chart is protected."), { code: "AccessDenied" });
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        throw failure;
      },
    };
    await expect(new ExcelWorkbook().insertFormula("=1")).rejects.toBe(failure);
  });
});
