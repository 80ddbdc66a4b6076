/**
 * The {@link WorkbookPort} against Excel: the only module in the add-in that
 * calls `Excel.run` (ESLint enforces it). Each operation is one `Excel.run`
 * batch with one `context.sync()` per read and one per write, never per cell.
 */
import {
  isEmptyContent,
  refuse,
  requireFormula,
  type Host,
  type SelectionInfo,
  type WorkbookPort,
} from "./workbookPort";

/** Office's error for "the selection is a chart, shape or other non-range object". */
function isInvalidSelection(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "InvalidSelection";
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (isInvalidSelection(error)) throw refuse.noCellSelected();
    throw error;
  }
}

export class ExcelWorkbook implements WorkbookPort {
  readonly host: Host = "excel";

  getSelection(): Promise<SelectionInfo> {
    return run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, cellCount");
      // Values only: a formatted but empty cell is empty; a formula cell is not.
      const used = range.getUsedRangeOrNullObject(true);
      await context.sync();
      return { address: range.address, cellCount: range.cellCount, isEmpty: used.isNullObject };
    });
  }

  async insertFormula(formula: string): Promise<{ address: string }> {
    requireFormula(formula);
    return run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, cellCount");
      const cell = range.getCell(0, 0);
      cell.load("address, formulas, values");
      await context.sync(); // the read
      if (range.cellCount !== 1) throw refuse.notSingleCell(range.address, range.cellCount);
      // `formulas` shows a formula or a constant; `values` also catches a cell that a spill fills.
      if (!isEmptyContent(cell.formulas[0]?.[0]) || !isEmptyContent(cell.values[0]?.[0])) {
        throw refuse.notEmpty(cell.address);
      }
      cell.formulas = [[formula]];
      await context.sync(); // the write
      return { address: cell.address };
    });
  }
}
