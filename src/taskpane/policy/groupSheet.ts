/**
 * The lists the Data step lets the user take away, as sheet cells and as
 * lines for the clipboard: a group set apart (zero demand, new,
 * intermittent), and the problems of the rows left out. A list is written on
 * a new sheet named after it ("Zero demand", "Zero demand (2)", …), so no
 * cell that holds anything is written over; the port refuses that anyway.
 */
import type { CellWrite, WorkbookPort } from "../workbook/workbookPort";
import type { ItemRecord, ValidationIssue } from "./validation";

/** The rows written: a header, then each item's SKU (as literal text), description and row on the source sheet. */
export function groupCells(items: readonly Pick<ItemRecord, "sku" | "description" | "row">[]): CellWrite[][] {
  return [
    ["SKU", "Description", "Source row"],
    ...items.map((item): CellWrite[] => [{ text: item.sku }, { text: item.description }, item.row]),
  ];
}

/** The problems of the rows left out: the row on the source sheet, the column, and what is wrong (literal text). */
export function issueCells(issues: readonly ValidationIssue[]): CellWrite[][] {
  return [
    ["Source row", "Column", "Problem"],
    ...issues.map((issue): CellWrite[] => [issue.row, { text: issue.column }, { text: issue.reason }]),
  ];
}

/** One problem per line, its row, column and reason separated by tabs: they paste into three columns. */
export function issueLines(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${issue.row}\t${issue.column}\t${issue.reason}`);
}

/** Writes a list's cells on a new sheet named `name`; returns the address written ("'New item'!A1:C41"). */
export async function writeListSheet(port: WorkbookPort, name: string, cells: CellWrite[][]): Promise<string> {
  const sheetName = await port.addSheet(name);
  return (await port.writeCells(sheetName, "A1", cells)).address;
}
