/**
 * The workbook the pane opens in a plain browser (demo mode): the sample item
 * list on a sheet "Items", header in row 1, a cell inside it selected, so the
 * wizard finds the table as it would in Excel.
 */
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { SAMPLE_COUNT, SAMPLE_SEED, generateSampleItems } from "./sampleItems";

export const DEMO_SHEET = "Items";

export interface DemoWorkbookOptions {
  /** How many items; default {@link SAMPLE_COUNT}. */
  count?: number;
  seed?: number;
  /** The selected cell; default "B2" (the first item's description). */
  selection?: string;
}

export function createSampleWorkbook(options: DemoWorkbookOptions = {}): MemoryWorkbook {
  const items = generateSampleItems(options.count ?? SAMPLE_COUNT, options.seed ?? SAMPLE_SEED);
  return new MemoryWorkbook({
    sheets: [{ name: DEMO_SHEET, rows: [items.headers, ...items.rows] }],
    selection: `${DEMO_SHEET}!${options.selection ?? "B2"}`,
  });
}
