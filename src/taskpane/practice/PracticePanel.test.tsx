/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { PracticePanel } from "./PracticePanel";

function renderPanel(workbook: WorkbookPort | undefined) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PracticePanel workbook={workbook} />
    </FluentProvider>,
  );
}

const seedField = () => screen.getByRole<HTMLInputElement>("textbox", { name: /^Seed/ });
const countField = () => screen.getByRole<HTMLInputElement>("textbox", { name: /^Problems/ });
const insertButton = () => screen.getByRole<HTMLButtonElement>("button", { name: /Insert practice set/ });

describe("PracticePanel", () => {
  it("shows a seed, gives a new one on request, and keeps a typed one", () => {
    renderPanel(new MemoryWorkbook());
    const first = seedField().value;
    expect(first).toMatch(/^\d+$/);
    fireEvent.click(screen.getByRole("button", { name: "New seed" }));
    expect(seedField().value).toMatch(/^\d+$/);
    fireEvent.change(seedField(), { target: { value: "2026" } });
    expect(seedField().value).toBe("2026");
  });

  it("inserts the chosen type, number and seed, and reports the two sheets", async () => {
    const workbook = new MemoryWorkbook();
    renderPanel(workbook);
    fireEvent.change(screen.getByRole("combobox", { name: /Problem type/ }), { target: { value: "turnover" } });
    expect(screen.getByText(/names turnover on sales and on ending inventory/)).toBeTruthy();
    fireEvent.change(countField(), { target: { value: "4" } });
    fireEvent.change(seedField(), { target: { value: "2026" } });
    fireEvent.click(insertButton());
    await screen.findByText("Practice set inserted");
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Turnover practice", "Turnover practice key"]);
    expect(
      screen.getByText(
        /4 problems \(seed 2026\) on "Turnover practice", the answer key on "Turnover practice key" in the demo workbook/,
      ),
    ).toBeTruthy();
    expect(workbook.contentAt("'Turnover practice'!B2")).toBe(2026);
  });

  it("asks for a number of problems from 1 to 50 before inserting", () => {
    renderPanel(new MemoryWorkbook());
    fireEvent.change(countField(), { target: { value: "80" } });
    expect(screen.getByText("Enter a whole number of problems from 1 to 50.")).toBeTruthy();
    expect(insertButton().disabled).toBe(true);
  });

  it("waits for the workbook, and shows the port's message when inserting fails", async () => {
    const { unmount } = render(
      <FluentProvider theme={webLightTheme}>
        <PracticePanel workbook={undefined} />
      </FluentProvider>,
    );
    expect(insertButton().disabled).toBe(true);
    expect(screen.getByText("Waiting for the workbook…")).toBeTruthy();
    unmount();

    const workbook = new MemoryWorkbook();
    workbook.addSheet = () => Promise.reject(new Error("The workbook is protected."));
    renderPanel(workbook);
    fireEvent.click(insertButton());
    await waitFor(() =>
      expect(screen.getByText(/The practice set was not written: The workbook is protected\./)).toBeTruthy(),
    );
  });
});
