/**
 * Reads the item table into item records, per year, and reports every row it
 * cannot use: the row number on the sheet, the column and why. Nothing is
 * dropped silently: each data row of the table is either an item or has at
 * least one issue.
 */
import { demandStatistics } from "../../core/classification/demandStatistics";
import type { CellValue, TableRead } from "../workbook/workbookPort";
import { columnLetter, type ColumnMapping, type FieldKey } from "./columns";
import { demandMultiplier, leadTimeDivisor, PERIODS_PER_YEAR, type UnitChoices } from "./units";

/** The part of a table read that the policy needs. */
export type ItemTable = Pick<TableRead, "sheetName" | "top" | "left" | "headers" | "rows">;

export interface ItemRecord {
  /** Position among the table's data rows, 0-based. */
  index: number;
  /** Row number on the sheet. */
  row: number;
  sku: string;
  description: string;
  /** D, demand per year, units (converted from the demand period, or the history's mean). */
  annualDemand: number;
  /** C, cost per unit. */
  unitCost: number;
  /** S, cost per order; `null` where the cell is blank or there is no column: the default order cost applies. */
  orderCost: number | null;
  /** L, years. */
  leadTime: number;
  /** σL, years (0 when blank or not mapped). */
  leadTimeStd: number;
  /** σd, units per forecast interval F. */
  demandStd: number;
  /** F, the forecast interval σd is measured over, years (1/12 for monthly history). */
  forecastInterval: number;
  /** Demand per history period, oldest first, `null` for blanks; `null` when no history is mapped. */
  history: Array<number | null> | null;
}

export interface ValidationIssue {
  /** Row number on the sheet. */
  row: number;
  /** The column, as "Unit cost (D)". */
  column: string;
  reason: string;
}

export interface ItemRead {
  items: ItemRecord[];
  issues: ValidationIssue[];
  /** Sheet row numbers of the rows with an issue, ascending. */
  invalidRows: number[];
  /** Data rows in the table (items + invalid rows). */
  rowCount: number;
}

export interface ReadOptions {
  mapping: ColumnMapping;
  units: UnitChoices;
}

/** What the mapping still lacks before items can be read, in words; empty when it is complete. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const { fields } = mapping;
  if (fields.sku === null) problems.push("Choose the column that identifies the item (SKU).");
  if (fields.demand === null && mapping.history === null) {
    problems.push("Choose the demand column, or the demand-history columns.");
  }
  if (fields.unitCost === null) problems.push("Choose the unit cost column.");
  if (fields.leadTime === null) problems.push("Choose the lead time column.");
  const columns = Object.values(fields).filter((column): column is number => column !== null);
  if (new Set(columns).size !== columns.length) problems.push("Each column can be used for one field only.");
  const history = mapping.history;
  if (history && columns.some((column) => column >= history.first && column <= history.last)) {
    problems.push("A history column is also mapped to a field.");
  }
  return problems;
}

type NumberRead = { kind: "blank" } | { kind: "number"; value: number } | { kind: "invalid"; reason: string };

/** A cell as a number, the way the INV functions read it: text is not a number, even "12". */
export function readNumber(cell: CellValue | undefined): NumberRead {
  if (cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "invalid", reason: "is not a finite number" };
  }
  if (typeof cell === "boolean")
    return { kind: "invalid", reason: `is a logical value (${cell ? "TRUE" : "FALSE"}), not a number` };
  const text = cell.trim();
  if (text === "") return { kind: "blank" };
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  if (Number.isFinite(Number(text))) {
    return { kind: "invalid", reason: `holds the number as text ("${shown}"); convert it with VALUE()` };
  }
  return { kind: "invalid", reason: `is not a number ("${shown}")` };
}

type Rule = "nonNegative" | "positive";

/**
 * Reads the table. Each data row becomes an item, or gets an issue for every
 * cell that stops it from being one. Call it with a complete mapping
 * ({@link mappingProblems} empty).
 */
export function readItems(table: ItemTable, options: ReadOptions): ItemRead {
  const { mapping, units } = options;
  const problems = mappingProblems(mapping);
  if (problems.length > 0) throw new Error(`readItems: the mapping is incomplete: ${problems.join(" ")}`);
  const { fields, history } = mapping;
  const label = (index: number) => `${table.headers[index] || "(no header)"} (${columnLetter(table.left, index)})`;
  const demandFactor = demandMultiplier(units.demandPeriod);
  const historyFactor = demandMultiplier(units.historyPeriod);
  const leadDivisor = leadTimeDivisor(units);
  const items: ItemRecord[] = [];
  const issues: ValidationIssue[] = [];
  const invalidRows: number[] = [];

  table.rows.forEach((cells, index) => {
    const row = table.top + 1 + index;
    const rowIssues: ValidationIssue[] = [];
    const issue = (column: number, reason: string) => rowIssues.push({ row, column: label(column), reason });

    if (cells.every((cell) => readNumber(cell).kind === "blank")) {
      issues.push({ row, column: "(whole row)", reason: "is empty" });
      invalidRows.push(row);
      return;
    }

    /** The field's number; `null` when the cell is blank or the field not mapped (an issue if `required`). */
    const numberAt = (key: FieldKey, rule: Rule, required: boolean): number | null => {
      const column = fields[key];
      if (column === null) return null;
      const read = readNumber(cells[column]);
      if (read.kind === "invalid") {
        issue(column, read.reason);
        return NaN;
      }
      if (read.kind === "blank") {
        if (required) issue(column, "is empty");
        return required ? NaN : null;
      }
      if (rule === "positive" && !(read.value > 0)) issue(column, `must be greater than 0 (got ${read.value})`);
      else if (read.value < 0) issue(column, `is negative (got ${read.value})`);
      return read.value;
    };
    /** A required field's number (NaN after an issue; the row is then not an item). */
    const requiredAt = (key: FieldKey, rule: Rule): number => numberAt(key, rule, true) ?? NaN;

    const skuColumn = fields.sku;
    const skuCell = skuColumn === null ? "" : cells[skuColumn];
    const sku = skuCell === undefined ? "" : String(skuCell).trim();
    if (skuColumn !== null && sku === "") issue(skuColumn, "is empty");
    const descriptionColumn = fields.description;
    const description = descriptionColumn === null ? "" : String(cells[descriptionColumn] ?? "").trim();

    let historyRow: Array<number | null> | null = null;
    if (history) {
      historyRow = [];
      for (let column = history.first; column <= history.last; column++) {
        const read = readNumber(cells[column]);
        if (read.kind === "invalid") issue(column, read.reason);
        else if (read.kind === "number" && read.value < 0) issue(column, `is negative (got ${read.value})`);
        historyRow.push(read.kind === "number" ? read.value : null);
      }
    }
    const figures = historyRow?.filter((value): value is number => value !== null && value >= 0) ?? [];
    const stats = figures.length >= 2 ? demandStatistics(figures) : null;

    let annualDemand: number;
    if (fields.demand !== null) {
      annualDemand = requiredAt("demand", "nonNegative") * demandFactor;
    } else if (figures.length > 0) {
      annualDemand = (stats ? stats.mean : (figures[0] as number)) * historyFactor;
    } else {
      issue(history?.first ?? 0, "has no demand figure in any period (and no demand column is mapped)");
      annualDemand = NaN;
    }
    const unitCost = requiredAt("unitCost", "positive");
    const leadTime = requiredAt("leadTime", "nonNegative") / leadDivisor;
    const leadTimeStd = (numberAt("leadTimeStd", "nonNegative", false) ?? 0) / leadDivisor;
    const orderCost = numberAt("orderCost", "nonNegative", false);

    let demandStd = 0;
    let forecastInterval = 1;
    if (fields.demandStd !== null) {
      demandStd = requiredAt("demandStd", "nonNegative");
      forecastInterval = 1 / PERIODS_PER_YEAR[units.demandPeriod];
    } else if (historyRow) {
      demandStd = stats ? stats.standardDeviation : 0;
      forecastInterval = 1 / historyFactor;
    }

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      invalidRows.push(row);
      return;
    }
    items.push({
      index,
      row,
      sku,
      description,
      annualDemand,
      unitCost,
      orderCost,
      leadTime,
      leadTimeStd,
      demandStd,
      forecastInterval,
      history: historyRow,
    });
  });
  return { items, issues, invalidRows, rowCount: table.rows.length };
}
