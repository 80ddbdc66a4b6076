/** @jest-environment jsdom */
import { SAMPLE_COUNT } from "../demo/sampleItems";
import type { HostInfo } from "../host/detectHost";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import type { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { connect } from "./connect";

const browserInfo: HostInfo = { host: "browser", officeTheme: undefined, reason: "no Office host" };
const excelInfo: HostInfo = { host: "excel", officeTheme: undefined };

/** How many item rows the demo's Items sheet holds. */
async function itemCount(workbook: MemoryWorkbook): Promise<number> {
  workbook.select("Items!A1");
  return (await workbook.readTableAroundSelection()).rows.length;
}

describe("connect: the demo's sample size from the page address", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("opens the demo on the sample's default size", async () => {
    const { workbook } = await connect(async () => browserInfo);
    expect(await itemCount(workbook as MemoryWorkbook)).toBe(SAMPLE_COUNT);
  });

  it("takes ?demoItems=N from the page address in the demo", async () => {
    window.history.replaceState(null, "", "/taskpane.html?demoItems=1234");
    const { workbook } = await connect(async () => browserInfo);
    expect(await itemCount(workbook as MemoryWorkbook)).toBe(1234);
    expect(window.__inventoryPolicyDemo).toBe(workbook);
  });

  it("takes a query string given to it, and ignores one out of range", async () => {
    const asked = await connect(async () => browserInfo, "?demoItems=300");
    expect(await itemCount(asked.workbook as MemoryWorkbook)).toBe(300);
    const tooMany = await connect(async () => browserInfo, "?demoItems=50001");
    expect(await itemCount(tooMany.workbook as MemoryWorkbook)).toBe(SAMPLE_COUNT);
  });

  it("never makes a demo workbook in Excel, whatever the address says", async () => {
    window.history.replaceState(null, "", "/taskpane.html?demoItems=10000");
    delete window.__inventoryPolicyDemo;
    const connection = await connect(async () => excelInfo);
    expect(connection.workbook).toBeInstanceOf(ExcelWorkbook);
    expect(connection.selectSample).toBeUndefined();
    expect(window.__inventoryPolicyDemo).toBeUndefined();
  });
});
