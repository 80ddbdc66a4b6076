/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { HostInfo } from "../host/detectHost";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { App } from "./App";
import { connect, type Connection } from "./connect";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to choose a layout.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const browserInfo: HostInfo = { host: "browser", officeTheme: undefined, reason: "no Office host" };

async function renderApp(connection: Promise<Connection>) {
  render(<App connection={connection} />);
  await act(async () => {
    await connection;
  });
}

/** The calculator is the second view: open its tab. */
function openCalculator() {
  fireEvent.click(screen.getByRole("tab", { name: "Calculator" }));
}

function typeInto(name: RegExp, text: string) {
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value: text } });
}

describe("App", () => {
  it("says it runs outside Excel, and the calculator works", async () => {
    await renderApp(connect(async () => browserInfo));
    expect(screen.getByText("Running outside Excel")).toBeTruthy();
    openCalculator();
    typeInto(/^Demand per period/, "1300");
    typeInto(/^Order cost/, "8");
    typeInto(/^Holding cost/, "0.225");
    const result = screen.getByRole("region", { name: "EOQ result" });
    expect(within(result).getByText("304.05 units")).toBeTruthy();
    expect(within(result).getByText("Q* = √(2·D·S/H) = √(2·1300·8/0.225) = 304.05")).toBeTruthy();
    expect(within(result).getByRole<HTMLInputElement>("textbox", { name: /^Excel formula/ }).value).toBe(
      "=INV.EOQ(1300, 8, 0.225)",
    );
  });

  it("opens on the policy wizard, which reads the demo's sample item list", async () => {
    await renderApp(connect(async () => browserInfo));
    expect(screen.getByRole("tab", { name: "Policy wizard" }).getAttribute("aria-selected")).toBe("true");
    expect(window.__inventoryPolicyDemo?.sheetNames()).toEqual(["Items", "Sheet1"]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use the sample item list" })));
    expect(screen.getByText(/^Read Items!A1:S\d+: \d+ rows under 19 headers\.$/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Validation report" })).toBeTruthy();
  });

  it("shows no notice in Excel", async () => {
    const workbook = new MemoryWorkbook();
    await renderApp(Promise.resolve({ info: { host: "excel", officeTheme: "dark" }, workbook }));
    expect(screen.queryByText("Running outside Excel")).toBeNull();
  });

  it("inserts the formula into the demo sheet, then refuses to overwrite it", async () => {
    const workbook = new MemoryWorkbook({ selection: "B2" });
    await renderApp(Promise.resolve({ info: browserInfo, workbook }));
    openCalculator();
    typeInto(/^Demand per period/, "1300");
    typeInto(/^Order cost/, "8");
    typeInto(/^Holding cost/, "0.225");
    const insert = screen.getByRole("button", { name: "Insert formula into the selected cell" });
    await act(async () => fireEvent.click(insert));
    expect(workbook.contentAt("B2")).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!B2 on the demo sheet.",
    );
    await act(async () => fireEvent.click(insert));
    expect(screen.getByRole("status").textContent).toBe(
      "Sheet1!B2 is not empty, so nothing was written: select an empty cell. The pane never overwrites a cell.",
    );
    expect(workbook.contentAt("B2")).toBe("=INV.EOQ(1300, 8, 0.225)");
  });

  it("works before the host is known, with Insert disabled until then", async () => {
    render(<App connection={new Promise(() => undefined)} />);
    openCalculator();
    typeInto(/^Demand per period/, "1300");
    typeInto(/^Order cost/, "8");
    typeInto(/^Holding cost/, "0.225");
    expect(screen.getByText("304.05 units")).toBeTruthy();
    const insert = screen.getByRole<HTMLButtonElement>("button", { name: "Insert formula into the selected cell" });
    expect(insert.disabled).toBe(true);
  });

  it("falls back to the demo sheet when detecting the host fails", async () => {
    const connection = await connect(() => Promise.reject(new Error("boom")));
    expect(connection.workbook.host).toBe("browser");
    expect(connection.info.reason).toBe("Office failed to start: Error: boom");
  });
});
