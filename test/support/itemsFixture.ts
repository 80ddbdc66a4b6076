/**
 * A small item table for the tests of the policy modules and the wizard's
 * components, shaped like the demo's "Items" sheet: SKU, Description, Annual
 * usage, Unit cost, Lead time (days), Lead time std (days), Order cost, and 12
 * monthly history columns. Eight data rows (sheet rows 2–9) with one of each case.
 */
import type { CellValue, TableRead } from "../../src/taskpane/workbook/workbookPort";

export const FIXTURE_HEADERS = [
  "SKU",
  "Description",
  "Annual usage",
  "Unit cost",
  "Lead time (days)",
  "Lead time std (days)",
  "Order cost",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

const steady = [100, 110, 90, 105, 95, 100, 120, 80, 100, 100, 95, 105];

export const FIXTURE_ROWS: CellValue[][] = [
  // Row 2: a steady, high-value item.
  ["P-100", "Pump", 1200, 10, 10, 2, 50, ...steady],
  // Row 3: the unit cost is text: invalid.
  ["P-200", "Valve", 600, "n/a", 5, 1, 40, ...steady.map((d) => d / 2)],
  // Row 4: no demand in the window: set apart as an obsolescence candidate.
  ["P-300", "Old gasket", 0, 3, 7, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  // Row 5: new item, demand in the last 3 months only.
  ["P-400", "New sensor", 480, 25, 15, 3, 60, "", "", "", "", "", "", "", "", "", 30, 45, 45],
  // Row 6: intermittent, demand in 5 of 12 months.
  ["P-500", "Spare motor", 60, 80, 20, 5, 75, 0, 12, 0, 0, 15, 0, 0, 10, 0, 0, 23, 0],
  // Row 7: a cheaper, more variable item; no order cost (the default applies).
  ["P-600", "Filter", 2400, 2, 5, 0, "", 150, 250, 180, 220, 160, 240, 200, 210, 190, 170, 230, 200],
  // Row 8: lead time negative and SKU missing: two issues on one row.
  ["", "Unknown", 100, 4, -3, 0, 30, ...steady],
  // Row 9: a third valid item, mid value.
  ["P-800", "Bearing", 3000, 1.5, 10, 2, 25, 240, 260, 250, 255, 245, 250, 250, 240, 260, 250, 245, 255],
];

/** The fixture as the port reads it: sheet "Items", header in row 1, from column A. */
export function fixtureTable(rows: CellValue[][] = FIXTURE_ROWS): TableRead {
  return {
    sheetName: "Items",
    address: `Items!A1:S${rows.length + 1}`,
    top: 1,
    left: 1,
    headers: [...FIXTURE_HEADERS],
    rows: rows.map((row) => [...row]),
  };
}
