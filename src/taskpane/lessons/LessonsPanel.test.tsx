/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { LESSONS } from "./catalog";
import { LessonsPanel } from "./LessonsPanel";

function renderPanel(workbook: WorkbookPort | undefined) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LessonsPanel workbook={workbook} />
    </FluentProvider>,
  );
}

const insertButton = (number: number) =>
  screen.getByRole<HTMLButtonElement>("button", { name: new RegExp(`^Insert lesson ${number}: `) });

describe("LessonsPanel", () => {
  it("lists the fifteen lessons, each with its title, one line, CPIM purpose and an Insert button", () => {
    renderPanel(new MemoryWorkbook());
    const items = within(screen.getByRole("list", { name: "Lessons" })).getAllByRole("listitem");
    expect(items).toHaveLength(15);
    LESSONS.forEach((lesson, k) => {
      const item = items[k] as HTMLElement;
      expect(item.textContent).toContain(`${lesson.number}. ${lesson.title}`);
      expect(item.textContent).toContain(lesson.summary);
      expect(item.textContent).toContain(`Purpose of inventory (CPIM): ${lesson.purpose}`);
      expect(
        within(item).getByRole("button", { name: `Insert lesson ${lesson.number}: ${lesson.title}` }),
      ).toBeTruthy();
    });
  });

  it("inserts a lesson on a new sheet and reports it under the lesson; a second insert gets a new sheet", async () => {
    const workbook = new MemoryWorkbook();
    renderPanel(workbook);
    fireEvent.click(insertButton(1));
    await screen.findByText("Inserted on “Lesson 1 EOQ”");
    expect(
      screen.getByText(
        /80 live formulas and a chart in the demo workbook: open it in the Sheets tab\. Try this: change C10/,
      ),
    ).toBeTruthy();
    fireEvent.click(insertButton(1));
    await screen.findByText("Inserted on “Lesson 1 EOQ (2)”");
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Lesson 1 EOQ", "Lesson 1 EOQ (2)"]);
    expect(workbook.charts()).toHaveLength(2);
  });

  it("waits for the workbook: no insert before it is there", () => {
    renderPanel(undefined);
    expect(screen.getByText("Waiting for the workbook…")).toBeTruthy();
    expect(LESSONS.every((lesson) => insertButton(lesson.number).disabled)).toBe(true);
  });

  it("shows the port's message under the lesson when inserting fails", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet = async () => {
      throw new Error("The workbook is protected.");
    };
    renderPanel(workbook);
    fireEvent.click(insertButton(7));
    expect(await screen.findByText("Lesson 7 was not written: The workbook is protected.")).toBeTruthy();
  });

  it("says when the chart could not be added, and that the lesson is written", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addChart = async () => {
      throw new Error("Charts are not available here");
    };
    renderPanel(workbook);
    fireEvent.click(insertButton(4));
    await screen.findByText("Inserted on “Lesson 4 Safety stock”");
    expect(
      screen.getByText(/The chart could not be added: Charts are not available here\. The lesson is written/),
    ).toBeTruthy();
  });
});
