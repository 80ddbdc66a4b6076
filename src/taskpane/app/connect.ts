import { detectHost, type HostInfo } from "../host/detectHost";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import { createDemoWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface Connection {
  info: HostInfo;
  workbook: WorkbookPort;
}

/** Detects the host and picks the workbook: Excel's, or the in-memory demo sheet outside Excel. */
export async function connect(detect: () => Promise<HostInfo> = detectHost): Promise<Connection> {
  let info: HostInfo;
  try {
    info = await detect();
  } catch (error) {
    info = { host: "browser", officeTheme: undefined, reason: `Office failed to start: ${String(error)}` };
  }
  return { info, workbook: info.host === "excel" ? new ExcelWorkbook() : createDemoWorkbook() };
}
