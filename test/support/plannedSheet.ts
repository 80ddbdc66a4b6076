/*
 * A planned policy sheet and its source table as the engine (test/support/engine.ts) takes them, written
 * the way the port writes them: literal text stays text, "" is an empty cell, each block at its top-left.
 */
import type { RawCellContent } from "hyperformula";
import { DEFAULT_CLASSIFY } from "../../src/taskpane/policy/classify";
import type { PlanSettings, SheetPlan } from "../../src/taskpane/policy/sheetPlan";
import type { ItemTable } from "../../src/taskpane/policy/validation";
import { parseBlock } from "../../src/taskpane/workbook/cellAddress";
import type { CellWrite } from "../../src/taskpane/workbook/workbookPort";
import { text } from "./engine";

/** The plan settings the engine tests start from: ABC by value, cycle service 98/95/90%, i = 0.25, S = 50. */
export const BASE_SETTINGS: PlanSettings = {
  classify: DEFAULT_CLASSIFY,
  measure: "cycle",
  targets: { A: 0.98, B: 0.95, C: 0.9 },
  carryingRate: 0.25,
  defaultOrderCost: 50,
  layout: "spill",
  valuesOnly: false,
};

/** The source sheet's contents: the table at its corner, text as literal text, "" as empty. */
export function sourceSheet(table: ItemTable): RawCellContent[][] {
  const cell = (value: string | number | boolean): RawCellContent =>
    value === "" ? null : typeof value === "string" ? text(value) : value;
  const lines = [table.headers, ...table.rows].map((row) => [
    ...new Array<RawCellContent>(table.left - 1).fill(null),
    ...row.map(cell),
  ]);
  return [...Array.from({ length: table.top - 1 }, () => []), ...lines];
}

/** A planned cell as the engine takes it, as the port writes it: literal text stays text. */
export function rawContent(write: CellWrite): RawCellContent {
  if (write === null) return null;
  if (typeof write === "object") return "text" in write ? text(write.text) : write.formula;
  return write;
}

/** The plan's blocks on one sheet. */
export function policySheet(plan: SheetPlan): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const block of plan.blocks) {
    const { top, left } = parseBlock(block.topLeft);
    block.cells.forEach((cells, r) => {
      const row = (rows[top + r] ??= []);
      cells.forEach((write, c) => {
        if (write !== null) {
          while (row.length < left + c) row.push(null);
          row[left + c] = rawContent(write);
        }
      });
    });
  }
  return Array.from(rows, (row) => row ?? []);
}
