/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { HostInfo } from "../host/detectHost";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { App } from "./App";
import { connect, type Connecting, type Connection } from "./connect";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to choose a layout.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const browserInfo: HostInfo = { host: "browser", officeTheme: undefined, reason: "no Office host" };

async function renderApp(connecting: Connecting) {
  render(<App connection={connecting} />);
  await act(async () => {
    await connecting.connection;
  });
}

/** Connected from the start to `connection` (its own workbook). */
function connectedTo(connection: Connection): Connecting {
  const state = { kind: "connected" as const, connection };
  return {
    getState: () => state,
    subscribe: () => () => undefined,
    retry: () => undefined,
    connection: Promise.resolve(connection),
  };
}

/** The calculator is the second view: open its tab. */
function openCalculator() {
  fireEvent.click(screen.getByRole("tab", { name: "Calculator" }));
}

function typeInto(name: RegExp, text: string) {
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value: text } });
}

/** Snyder & Shen Example 3.1 in the calculator's EOQ fields. */
function enterEoqExample() {
  typeInto(/^demand/, "1300");
  typeInto(/^order_cost/, "8");
  typeInto(/^holding_cost/, "0.225");
}

describe("App", () => {
  it("says it runs outside Excel, and the calculator works", async () => {
    await renderApp(connect(async () => browserInfo));
    expect(screen.getByText("Running outside Excel")).toBeTruthy();
    openCalculator();
    enterEoqExample();
    const result = screen.getByRole("region", { name: "INV.EOQ result" });
    expect(within(result).getByText("304.05 units")).toBeTruthy();
    expect(within(result).getByLabelText("Formula in symbols").textContent).toMatch(/^Q\* = √\(2DS\/H\)/);
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

  it("opens the demo with the selection in its item list: the first read of the table works", async () => {
    await renderApp(connect(async () => browserInfo));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Read the table around the selection" })));
    expect(screen.getByText(/^Read Items!A1:S\d+: \d+ rows under 19 headers\.$/)).toBeTruthy();
    expect(screen.queryByText(/There is no data/)).toBeNull();
  });

  it("in the demo, the calculator inserts into the demo's sheet while the selection is in the item list", async () => {
    await renderApp(connect(async () => browserInfo));
    openCalculator();
    enterEoqExample();
    const insert = screen.getByRole("button", { name: "Insert formula" });
    await act(async () => fireEvent.click(insert));
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A1 on the demo sheet, not into Items!B2: that cell is not empty.",
    );
    await act(async () => fireEvent.click(insert));
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A2 on the demo sheet.",
    );
    expect(window.__inventoryPolicyDemo?.cellView("Items", 1, 1).content).not.toMatch(/^=INV/);
  });

  it("shows no notice in Excel, and no Sheets tab: Excel shows its own sheets", async () => {
    // An in-memory workbook standing for Excel's.
    const workbook = Object.create(new MemoryWorkbook(), { host: { value: "excel" } }) as MemoryWorkbook;
    await renderApp(connectedTo({ info: { host: "excel", officeTheme: "dark" }, workbook }));
    expect(screen.queryByText("Running outside Excel")).toBeNull();
    expect(screen.queryByRole("tab", { name: "Sheets" })).toBeNull();
  });

  it("in demo mode, shows the demo workbook's sheets as a grid in the Sheets tab", async () => {
    await renderApp(connect(async () => browserInfo));
    fireEvent.click(screen.getByRole("tab", { name: "Sheets" }));
    const panel = screen.getByRole("tabpanel", { name: "Sheets" });
    const picker = within(panel).getByRole<HTMLSelectElement>("combobox", { name: "Sheet" });
    expect(picker.value).toBe("Sheet1");
    expect(within(panel).getByText("This sheet is empty.")).toBeTruthy();
    await act(async () => {
      await window.__inventoryPolicyDemo?.writeCells("Sheet1", "B2", [
        ["EOQ", { formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.04678 }],
      ]);
    });
    const grid = within(panel).getByRole("grid", { name: "Sheet Sheet1, A1:C2" });
    expect(
      within(grid)
        .getAllByRole("gridcell")
        .map((cell) => cell.textContent),
    ).toEqual(["", "", "", "", "EOQ", "304.04678"]);
    expect(
      within(picker)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Items", "Sheet1"]);
  });

  it("has the trainers' tabs: the lesson gallery and the practice sets", async () => {
    await renderApp(connect(async () => browserInfo));
    fireEvent.click(screen.getByRole("tab", { name: "Lessons" }));
    const lessons = screen.getByRole("tabpanel", { name: "Lessons" });
    expect(within(lessons).getAllByRole("button", { name: /^Insert lesson \d+: / })).toHaveLength(15);
    fireEvent.click(screen.getByRole("tab", { name: "Practice" }));
    const practice = screen.getByRole("tabpanel", { name: "Practice" });
    expect(within(practice).getByRole("button", { name: "Insert practice set" })).toBeTruthy();
  });

  it("in demo mode, opens the Sheets tab on the practice set just inserted, problems before the key", async () => {
    await renderApp(connect(async () => browserInfo));
    fireEvent.click(screen.getByRole("tab", { name: "Practice" }));
    const practice = screen.getByRole("tabpanel", { name: "Practice" });
    await act(async () => fireEvent.click(within(practice).getByRole("button", { name: /Insert practice set/ })));
    await within(practice).findByText("Practice set inserted");
    fireEvent.click(screen.getByRole("tab", { name: "Sheets" }));
    const sheets = screen.getByRole("tabpanel", { name: "Sheets" });
    expect(within(sheets).getByRole<HTMLSelectElement>("combobox", { name: "Sheet" }).value).toBe("EOQ practice");
    expect(within(sheets).getByRole("grid", { name: /^Sheet EOQ practice, A1:/ })).toBeTruthy();
    // Back again with nothing new: the sheet the user chose stays.
    fireEvent.change(within(sheets).getByRole("combobox", { name: "Sheet" }), { target: { value: "Items" } });
    fireEvent.click(screen.getByRole("tab", { name: "Practice" }));
    fireEvent.click(screen.getByRole("tab", { name: "Sheets" }));
    expect(within(sheets).getByRole<HTMLSelectElement>("combobox", { name: "Sheet" }).value).toBe("Items");
  });

  it("inserts the formula into the demo sheet, then a second insert below it, never overwriting", async () => {
    const workbook = new MemoryWorkbook({ selection: "B2" });
    await renderApp(connectedTo({ info: browserInfo, workbook }));
    openCalculator();
    enterEoqExample();
    const insert = screen.getByRole("button", { name: "Insert formula" });
    await act(async () => fireEvent.click(insert));
    expect(workbook.contentAt("B2")).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!B2 on the demo sheet.",
    );
    await act(async () => fireEvent.click(insert));
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!B3 on the demo sheet.",
    );
    expect(workbook.contentAt("B2")).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(workbook.contentAt("B3")).toBe("=INV.EOQ(1300, 8, 0.225)");
  });

  it("works before the host is known, with Insert disabled until then", async () => {
    render(<App connection={connect(() => new Promise(() => undefined), { insideOffice: () => false })} />);
    openCalculator();
    enterEoqExample();
    expect(screen.getByText("304.05 units")).toBeTruthy();
    const insert = screen.getByRole<HTMLButtonElement>("button", { name: "Insert formula" });
    expect(insert.disabled).toBe(true);
  });

  it("outside Office, falls back to the demo sheet when detecting the host fails", async () => {
    const connection = await connect(() => Promise.reject(new Error("boom")), { insideOffice: () => false }).connection;
    expect(connection.workbook.host).toBe("browser");
    expect(connection.info.reason).toBe("Office failed to start: Error: boom");
  });

  it("inside Excel, says Excel is slow (with Retry) instead of showing the demo, then connects when Office answers", async () => {
    let answer: (info: HostInfo) => void = () => undefined;
    const reload = jest.fn();
    const connecting = connect(() => new Promise<HostInfo>((resolve) => (answer = resolve)), {
      slowAfterMs: 5,
      insideOffice: () => true,
      reload,
    });
    render(<App connection={connecting} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByText("Excel is taking long to start the add-in…")).toBeTruthy();
    expect(screen.queryByText("Running outside Excel")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(reload).toHaveBeenCalledTimes(1);
    openCalculator();
    enterEoqExample();
    const insert = screen.getByRole<HTMLButtonElement>("button", { name: "Insert formula" });
    expect(insert.disabled).toBe(true);

    await act(async () => {
      answer({ host: "excel", officeTheme: undefined });
      await connecting.connection;
    });
    expect(screen.queryByText("Excel is taking long to start the add-in…")).toBeNull();
    expect(screen.queryByText("Running outside Excel")).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Insert formula" }).disabled).toBe(false);
  });

  it("inside Excel, says so when Office fails to start, with Retry, and no demo", async () => {
    const reload = jest.fn();
    const connecting = connect(() => Promise.reject(new Error("The host did not respond")), {
      insideOffice: () => true,
      reload,
    });
    render(<App connection={connecting} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByText("Excel could not start the add-in")).toBeTruthy();
    expect(screen.getByText(/^The host did not respond\. Retry starts the pane again/)).toBeTruthy();
    expect(screen.queryByText("Running outside Excel")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
