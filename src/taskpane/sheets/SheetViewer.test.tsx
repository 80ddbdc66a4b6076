/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { SheetViewer, moveFor } from "./SheetViewer";

async function workbookWithLesson(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook({ sheets: [{ name: "Items", rows: [["SKU"], ["A-1"]] }] });
  const sheet = await workbook.addSheet("EOQ lesson");
  await workbook.writeCells(
    sheet,
    "A1",
    [
      ["Demand", 1300],
      ["Order cost", 8],
      ["Holding cost", 0.225],
      ["EOQ", { formula: "=INV.EOQ(B1, B2, B3)", value: 304.04678 }],
      ["Cost", "=INV.EOQCOST(B1, B2, B3)"],
    ],
    [
      [null, "#,##0"],
      [null, "$0.00"],
      [null, "0.000"],
      [null, "0.00"],
    ],
  );
  return workbook;
}

/** The viewer with its sheet choice held as App holds it. */
function Viewer({ workbook, first }: { workbook: MemoryWorkbook; first?: string }) {
  const [sheetName, setSheetName] = useState(first);
  return <SheetViewer source={workbook} sheetName={sheetName} onSheetNameChange={setSheetName} />;
}

const rowTexts = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole("row")
    .map((row) =>
      within(row)
        .queryAllByRole("gridcell")
        .map((cell) => cell.textContent),
    );

describe("SheetViewer", () => {
  it("shows the newest sheet as a grid: column letters, row numbers, values formatted, … for a formula without a value", async () => {
    render(<Viewer workbook={await workbookWithLesson()} />);
    const grid = screen.getByRole("grid", { name: "Sheet EOQ lesson, A1:B5" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Row", "A", "B"]);
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["1", "2", "3", "4", "5"]);
    expect(rowTexts(grid).slice(1)).toEqual([
      ["Demand", "1,300"],
      ["Order cost", "$8.00"],
      ["Holding cost", "0.225"],
      ["EOQ", "304.05"],
      ["Cost", "…"],
    ]);
    expect(
      screen.getByText("5 rows × 2 columns; 2 formulas; 1 without a value here (…): Excel computes them."),
    ).toBeTruthy();
    expect(within(grid).getByRole("gridcell", { name: "B5: no value in the demo" })).toBeTruthy();
  });

  it("draws the sheet's chart from its values, below the grid", async () => {
    const workbook = await workbookWithLesson();
    await workbook.addChart("EOQ lesson", {
      type: "columnClustered",
      title: "Inputs",
      series: [{ name: "Input", values: "B1:B3", categories: "A1:A3" }],
      anchor: "D2",
    });
    render(<Viewer workbook={workbook} />);
    const charts = screen.getByRole("region", { name: "Charts on EOQ lesson" });
    expect(within(charts).getByText("The sheet's chart, drawn from its values (Excel places it at D2).")).toBeTruthy();
    const chart = within(charts).getByRole("img", { name: "Inputs: Columns of Input, 3 points." });
    expect(chart.querySelectorAll("rect")).toHaveLength(3);
    expect(within(charts).getByRole("list", { name: "Series of Inputs" }).textContent).toBe("Input");
  });

  it("shows the formulas on demand", async () => {
    render(<Viewer workbook={await workbookWithLesson()} />);
    fireEvent.click(screen.getByRole("switch", { name: "Show formulas" }));
    const grid = screen.getByRole("grid");
    expect(rowTexts(grid).map((row) => row[1])).toEqual([
      undefined,
      "1,300",
      "$8.00",
      "0.225",
      "=INV.EOQ(B1, B2, B3)",
      "=INV.EOQCOST(B1, B2, B3)",
    ]);
  });

  it("moves by keyboard from one tab stop, and says the selected cell's formula and value", async () => {
    render(<Viewer workbook={await workbookWithLesson()} />);
    const grid = screen.getByRole("grid");
    const focusable = within(grid)
      .getAllByRole("gridcell")
      .filter((cell) => cell.tabIndex === 0);
    expect(focusable.map((cell) => cell.textContent)).toEqual(["Demand"]);
    act(() => focusable[0]?.focus());
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    fireEvent.keyDown(grid, { key: "PageDown" });
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    expect(document.activeElement?.textContent).toBe("304.05");
    expect(screen.getByRole("group", { name: "Selected cell" }).textContent).toBe("B4=INV.EOQ(B1, B2, B3) → 304.05");
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    expect(screen.getByRole("group", { name: "Selected cell" }).textContent).toBe(
      "B5=INV.EOQCOST(B1, B2, B3) → no value in the demo (Excel computes it)",
    );
  });

  it("picks another sheet, and follows the workbook as it changes", async () => {
    const workbook = await workbookWithLesson();
    render(<Viewer workbook={workbook} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet" }), { target: { value: "Items" } });
    expect(screen.getByRole("grid", { name: "Sheet Items, A1:A2" })).toBeTruthy();
    await act(async () => {
      workbook.setCell("Items", 2, 1, 7);
    });
    expect(screen.getByRole("grid", { name: "Sheet Items, A1:B3" })).toBeTruthy();
    await act(async () => {
      await workbook.addSheet("Practice");
    });
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Items",
      "EOQ lesson",
      "Practice",
    ]);
    expect(screen.getByRole("grid", { name: "Sheet Items, A1:B3" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet" }), { target: { value: "Practice" } });
    expect(screen.getByText("This sheet is empty.")).toBeTruthy();
    expect(screen.queryByRole("grid")).toBeNull();
  });

  it("draws the first rows of a long sheet, and more on demand", async () => {
    const rows = Array.from({ length: 450 }, (_, r) => [r]);
    render(<Viewer workbook={new MemoryWorkbook({ sheets: [{ name: "Long", rows }] })} />);
    expect(screen.getByRole("grid", { name: "Sheet Long, A1:A200" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show 200 more rows (of 450)" }));
    fireEvent.click(screen.getByRole("button", { name: "Show 50 more rows (of 450)" }));
    expect(screen.getByRole("grid", { name: "Sheet Long, A1:A450" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /more rows/ })).toBeNull();
  });
});

describe("moveFor", () => {
  const size = { rows: 30, columns: 5 };
  const at = { row: 3, column: 2 };
  const key = (name: string, ctrlKey = false) => moveFor({ key: name, ctrlKey, metaKey: false }, at, size);

  it("moves as Excel's keys do, and stays inside the grid", () => {
    expect(key("ArrowUp")).toEqual({ row: 2, column: 2 });
    expect(key("ArrowLeft", true)).toEqual({ row: 3, column: 0 });
    expect(key("End")).toEqual({ row: 3, column: 4 });
    expect(key("End", true)).toEqual({ row: 29, column: 4 });
    expect(key("Home", true)).toEqual({ row: 0, column: 0 });
    expect(key("PageUp")).toEqual({ row: 0, column: 2 });
    expect(key("PageDown")).toEqual({ row: 13, column: 2 });
    expect(moveFor({ key: "ArrowRight", ctrlKey: false, metaKey: false }, { row: 0, column: 4 }, size)).toEqual({
      row: 0,
      column: 4,
    });
    expect(key("a")).toBeUndefined();
  });
});
