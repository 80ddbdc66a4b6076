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
    const { workbook } = await connect(async () => browserInfo).connection;
    expect(await itemCount(workbook as MemoryWorkbook)).toBe(SAMPLE_COUNT);
  });

  it("takes ?demoItems=N from the page address in the demo", async () => {
    window.history.replaceState(null, "", "/taskpane.html?demoItems=1234");
    const { workbook } = await connect(async () => browserInfo).connection;
    expect(await itemCount(workbook as MemoryWorkbook)).toBe(1234);
    expect(window.__inventoryPolicyDemo).toBe(workbook);
  });

  it("takes a query string given to it, and ignores one out of range", async () => {
    const asked = await connect(async () => browserInfo, { search: "?demoItems=300" }).connection;
    expect(await itemCount(asked.workbook as MemoryWorkbook)).toBe(300);
    const tooMany = await connect(async () => browserInfo, { search: "?demoItems=50001" }).connection;
    expect(await itemCount(tooMany.workbook as MemoryWorkbook)).toBe(SAMPLE_COUNT);
  });

  it("never makes a demo workbook in Excel, whatever the address says", async () => {
    window.history.replaceState(null, "", "/taskpane.html?demoItems=10000");
    delete window.__inventoryPolicyDemo;
    const connection = await connect(async () => excelInfo).connection;
    expect(connection.workbook).toBeInstanceOf(ExcelWorkbook);
    expect(connection.selectSample).toBeUndefined();
    expect(window.__inventoryPolicyDemo).toBeUndefined();
  });
});

/** A detect function that answers when the test says so. */
function lateDetect() {
  let answer: (info: HostInfo) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const detect = () =>
    new Promise<HostInfo>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  return { detect, answer: (info: HostInfo) => answer(info), fail: (error: Error) => fail(error) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("connect: a slow start inside Excel", () => {
  beforeEach(() => delete window.__inventoryPolicyDemo);

  it("says Excel is slow, keeps waiting, and connects to Excel when Office answers: never the demo", async () => {
    const late = lateDetect();
    const connecting = connect(late.detect, { slowAfterMs: 5, insideOffice: () => true });
    const seen: string[] = [];
    connecting.subscribe(() => seen.push(connecting.getState().kind));
    expect(connecting.getState()).toEqual({ kind: "detecting" });
    await wait(20);
    expect(connecting.getState()).toEqual({ kind: "slow" });
    late.answer(excelInfo);
    const connection = await connecting.connection;
    expect(connection.workbook).toBeInstanceOf(ExcelWorkbook);
    expect(connecting.getState()).toEqual({ kind: "connected", connection });
    expect(seen).toEqual(["slow", "connected"]);
    expect(window.__inventoryPolicyDemo).toBeUndefined();
  });

  it("in a plain browser, a slow detection is not news: no slow state, then the demo", async () => {
    const late = lateDetect();
    const connecting = connect(late.detect, { slowAfterMs: 5, insideOffice: () => false });
    await wait(20);
    expect(connecting.getState()).toEqual({ kind: "detecting" });
    late.answer(browserInfo);
    expect((await connecting.connection).workbook.host).toBe("browser");
  });

  it("says so when starting Office fails inside Excel, and shows no demo", async () => {
    const late = lateDetect();
    const connecting = connect(late.detect, { slowAfterMs: 5, insideOffice: () => true });
    late.fail(new Error("Office.js could not reach the host"));
    await wait(0);
    expect(connecting.getState()).toEqual({ kind: "failed", message: "Office.js could not reach the host" });
    const settled = await Promise.race([connecting.connection.then(() => "connected"), wait(20).then(() => "waiting")]);
    expect(settled).toBe("waiting");
    expect(window.__inventoryPolicyDemo).toBeUndefined();
  });

  it("retries by starting the pane again", () => {
    const reload = jest.fn();
    connect(lateDetect().detect, { insideOffice: () => true, reload }).retry();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
