import { createSampleWorkbook, DEMO_SHEET } from "../demo/demoWorkbook";
import { demoItemCount } from "../demo/demoSize";
import { detectHost, type HostInfo } from "../host/detectHost";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import type { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface Connection {
  info: HostInfo;
  workbook: WorkbookPort;
  /** In the browser demo: selects the sample item list, for the wizard to read. */
  selectSample?: () => void;
}

/** The demo workbook, reachable from the page in a plain browser (for people trying it, and the browser tests). */
declare global {
  interface Window {
    __inventoryPolicyDemo?: MemoryWorkbook;
  }
}

/** The sheet the demo opens on, empty, with A1 selected: where the calculator inserts. */
export const DEMO_START_SHEET = "Sheet1";

/**
 * The demo workbook: the sample item list on "Items" (`count` items, default
 * the sample's size), and an empty "Sheet1" that is active with A1 selected,
 * as a new workbook opens.
 */
export function createDemoWorkbook(count?: number): MemoryWorkbook {
  const workbook = createSampleWorkbook({ count });
  workbook.createSheet(DEMO_START_SHEET);
  workbook.select(`${DEMO_START_SHEET}!A1`);
  return workbook;
}

/** The page address's query string ("" outside a browser). */
const pageSearch = () => (typeof window !== "undefined" ? window.location.search : "");

/**
 * Detects the host and picks the workbook: Excel's, or the in-memory demo
 * workbook outside Excel. Only the demo reads the page address's query string
 * (`search`, default the page's): `?demoItems=10000` sets its sample size (see
 * demoSize.ts). In Excel the address is not looked at.
 */
export async function connect(detect: () => Promise<HostInfo> = detectHost, search?: string): Promise<Connection> {
  let info: HostInfo;
  try {
    info = await detect();
  } catch (error) {
    info = { host: "browser", officeTheme: undefined, reason: `Office failed to start: ${String(error)}` };
  }
  if (info.host === "excel") return { info, workbook: new ExcelWorkbook() };
  const demo = createDemoWorkbook(demoItemCount(search ?? pageSearch()));
  if (typeof window !== "undefined") window.__inventoryPolicyDemo = demo;
  return { info, workbook: demo, selectSample: () => demo.select(`${DEMO_SHEET}!A1`) };
}
