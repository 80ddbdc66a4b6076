/**
 * A group set apart (zero demand, new, intermittent, …) as a list: the text
 * the clipboard gets, and the sheet it is written to. The sheet is a new one
 * ("Zero demand", "Zero demand (2)", …), so no cell that holds anything is
 * written over; the port refuses that anyway.
 */
import type { CellWrite, WorkbookPort } from "../workbook/workbookPort";
import type { ItemRecord } from "./validation";

/** One SKU per line, in table order: what pastes into a column of Excel or an ERP's list. */
export function groupText(items: readonly Pick<ItemRecord, "sku">[]): string {
  return items.map((item) => item.sku).join("\n");
}

/** The rows written: a header, then each item's SKU (as literal text), description and row on the source sheet. */
export function groupCells(items: readonly Pick<ItemRecord, "sku" | "description" | "row">[]): CellWrite[][] {
  return [
    ["SKU", "Description", "Source row"],
    ...items.map((item): CellWrite[] => [{ text: item.sku }, { text: item.description }, item.row]),
  ];
}

/** Writes the group's list on a new sheet named after the group; returns the address written ("'New item'!A1:C41"). */
export async function writeGroupSheet(
  port: WorkbookPort,
  name: string,
  items: readonly Pick<ItemRecord, "sku" | "description" | "row">[],
): Promise<string> {
  const sheetName = await port.addSheet(name);
  return (await port.writeCells(sheetName, "A1", groupCells(items))).address;
}
