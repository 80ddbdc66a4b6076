/*
 * For trainers, end to end in demo mode: the built pane in headless Chromium
 * (no Office host, no network) at 320 px, on the in-memory demo workbook.
 * Inserts each of the 15 lessons from the Lessons tab and a practice set from
 * the Practice tab, and opens each sheet in the Sheets tab's grid, where the
 * key cells must show the numbers the core computes (formatted as the sheet
 * formats them), not "…", and a lesson's chart is drawn. A screenshot of each
 * sheet goes to test-output/trainers-<sheet>.png; INV_UPDATE_IMAGES=1 copies
 * two of them to docs/images for the README.
 */
import fs from "fs";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { LESSONS } from "../../src/taskpane/lessons/catalog";
import type { LessonPlan } from "../../src/taskpane/lessons/lesson";
import { generatePracticeSet } from "../../src/taskpane/practice/practiceSet";
import { planPracticeSheets, type PlannedSheet } from "../../src/taskpane/practice/practiceSheets";
import { formattedValue } from "../../src/taskpane/sheets/cellFormat";
import { PENDING } from "../../src/taskpane/sheets/sheetGrid";
import { parseCell } from "../../src/taskpane/workbook/cellAddress";
import { isFormulaCell, type CellWrite, type NumberFormat } from "../../src/taskpane/workbook/workbookPort";
import {
  expectCleanSession,
  launchBrowser,
  openPane,
  outputDir,
  sidewaysOverflow,
  type PaneSession,
  screenshot,
} from "../support/browserPane";

const fileName = (sheetName: string) => sheetName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const shot = (page: Page, sheetName: string) => screenshot(page, `trainers-${fileName(sheetName)}`);

/** A cell the grid must show: 0-based row and column, and the text the core's value reads as. */
interface KeyCell {
  row: number;
  column: number;
  text: string;
  /** Whether the core's value is a number (else text, such as a class letter). */
  isNumber: boolean;
}

/**
 * The cells of planned rows that hold numbers, formulas (by the value the core computed for them) or
 * constants: what the grid must show for each.
 */
function numberCells(
  cells: readonly (readonly CellWrite[])[],
  formats: readonly (readonly NumberFormat[])[],
  which: "formulas" | "constants",
  top = 0,
  left = 0,
): KeyCell[] {
  const found: KeyCell[] = [];
  cells.forEach((row, r) =>
    row.forEach((write, c) => {
      const value = which === "formulas" ? (isFormulaCell(write) ? write.value : undefined) : write;
      if (typeof value === "number") {
        const text = formattedValue(value, formats[r]?.[c] ?? undefined);
        found.push({ row: top + r, column: left + c, text, isNumber: true });
      }
    }),
  );
  return found;
}

/** A lesson's key results (its plan's key cells): what the grid must show for each. */
function lessonKeyCells(plan: LessonPlan): KeyCell[] {
  return Object.values(plan.keyCells).map((address) => {
    const { row, column } = parseCell(address);
    const block = plan.blocks.find((each) => {
      const top = parseCell(each.topLeft);
      return each.cells[row - top.row]?.[column - top.column] != null;
    });
    const top = parseCell(block?.topLeft ?? "A1");
    const write = block?.cells[row - top.row]?.[column - top.column];
    if (!isFormulaCell(write)) throw new Error(`${address} is not a formula`);
    const format = block?.numberFormats[row - top.row]?.[column - top.column] ?? undefined;
    return { row, column, text: formattedValue(write.value, format), isNumber: typeof write.value === "number" };
  });
}

/** A few of them: the first three and the last. */
const aFew = (cells: KeyCell[]) => [...cells.slice(0, 3), ...cells.slice(3).slice(-1)];

/** A cell of the grid (0-based row and column; the grid's first row is its column letters). */
const gridCell = (grid: Locator, cell: KeyCell) =>
  grid
    .getByRole("row")
    .nth(cell.row + 1)
    .getByRole("gridcell")
    .nth(cell.column);

/** Opens a sheet in the Sheets tab and checks its key cells; returns the grid. */
async function viewSheet(page: Page, sheetName: string, keyCells: KeyCell[]): Promise<Locator> {
  const panel = page.getByRole("tabpanel", { name: "Sheets" });
  const picker = panel.getByRole("combobox", { name: "Sheet" });
  if ((await picker.inputValue()) !== sheetName) await picker.selectOption(sheetName);
  const grid = panel.getByRole("grid", { name: new RegExp(`^Sheet ${sheetName.replace(/[()]/g, "\\$&")}, A1:`) });
  await grid.waitFor();
  expect(keyCells.filter((cell) => cell.isNumber).length).toBeGreaterThan(0);
  for (const cell of keyCells) {
    const text = await gridCell(grid, cell).innerText();
    expect(text).not.toBe(PENDING);
    if (cell.isNumber) expect(text).toMatch(/\d/);
    expect(text).toBe(cell.text);
  }
  // Every formula on the sheet came with its value: none shows "…".
  expect(await panel.getByText(/without a value here/).count()).toBe(0);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  // Select the first key cell, as a user clicking it: the grid scrolls to it, and the bar above shows its formula.
  const first = keyCells[0] as KeyCell;
  await gridCell(grid, first).click();
  expect(await panel.getByRole("group", { name: "Selected cell" }).innerText()).toContain(first.text);
  return grid;
}

describe("for trainers in demo mode (no Office host, no network)", () => {
  let browser: Browser;
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openPane(browser);
    page = session.page;
    await page.getByText("Running outside Excel").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the sample item list in the Sheets tab as a grid, keyboard first", async () => {
    await page.getByRole("tab", { name: "Sheets" }).click();
    const panel = page.getByRole("tabpanel", { name: "Sheets" });
    await panel.getByRole("combobox", { name: "Sheet" }).selectOption("Items");
    const grid = panel.getByRole("grid", { name: /^Sheet Items, A1:S\d+$/ });
    await grid.waitFor();
    expect(await grid.getByRole("columnheader").first().innerText()).toBe("Row");
    expect(await grid.getByRole("gridcell").first().innerText()).toBe("SKU");
    // One tab stop; the arrows move from cell to cell, and the bar above says where.
    await grid.getByRole("gridcell").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await panel.getByRole("group", { name: "Selected cell" }).innerText()).toMatch(/^B2\s/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it.each(LESSONS.map((lesson) => [lesson.number, lesson.title, lesson] as const))(
    "inserts lesson %i (%s), and shows its sheet and chart with the core's numbers",
    async (number, title, lesson) => {
      await page.getByRole("tab", { name: "Lessons" }).click();
      const lessons = page.getByRole("tabpanel", { name: "Lessons" });
      await lessons.getByRole("button", { name: `Insert lesson ${number}: ${title}` }).click();
      const plan = lesson.plan();
      await lessons.getByText(`Inserted on “${plan.sheetBaseName}”`).waitFor();
      // The Sheets tab opens on the lesson just inserted.
      await page.getByRole("tab", { name: "Sheets" }).click();
      const panel = page.getByRole("tabpanel", { name: "Sheets" });
      expect(await panel.getByRole("combobox", { name: "Sheet" }).inputValue()).toBe(plan.sheetBaseName);
      const keys = lessonKeyCells(plan);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      const grid = await viewSheet(page, plan.sheetBaseName, keys);
      expect(await grid.getByRole("gridcell").first().innerText()).toBe(`Lesson ${number}. ${title}`);
      // The lesson's chart, drawn from the sheet's values.
      const charts = panel.getByRole("region", { name: `Charts on ${plan.sheetBaseName}` });
      expect(await charts.getByRole("img").count()).toBe(1);
      // Its text is drawn at the body's size (the SVG is sized in CSS pixels, never scaled to the pane).
      const sizes = await charts.evaluate((region) => {
        // The pane's body text size, as the chart's region inherits it from the pane (Fluent's 14 px).
        const body = parseFloat(getComputedStyle(region).fontSize);
        const drawn = [...region.querySelectorAll("svg text")].map(
          (text) =>
            parseFloat(getComputedStyle(text).fontSize) * ((text as SVGGraphicsElement).getScreenCTM()?.a ?? NaN),
        );
        return { body, drawn };
      });
      expect(sizes.body).toBeGreaterThanOrEqual(12);
      expect(sizes.drawn.length).toBeGreaterThan(2);
      for (const px of sizes.drawn) expect(Math.abs(px - sizes.body)).toBeLessThanOrEqual(0.5);
      await shot(page, plan.sheetBaseName);
    },
  );

  it("inserts a practice set, and shows its problems and its key in the grid with the core's numbers", async () => {
    const options = { kind: "eoq" as const, count: 5, seed: 2026 };
    await page.getByRole("tab", { name: "Practice" }).click();
    const practice = page.getByRole("tabpanel", { name: "Practice" });
    await practice.getByRole("combobox", { name: /^Problem type/ }).selectOption(options.kind);
    await practice.getByRole("textbox", { name: /^Problems/ }).fill(String(options.count));
    await practice.getByRole("textbox", { name: /^Seed/ }).fill(String(options.seed));
    await practice.getByRole("button", { name: "Insert practice set" }).click();
    await practice.getByText("Practice set inserted").waitFor();

    const plan = planPracticeSheets(generatePracticeSet(options), {
      problems: "EOQ practice",
      key: "EOQ practice key",
    });
    const sheetCells = (sheet: PlannedSheet, which: "formulas" | "constants") =>
      numberCells(sheet.cells, sheet.numberFormats, which);
    // The Sheets tab opens on what was just inserted: the problems first.
    await page.getByRole("tab", { name: "Sheets" }).click();
    const panel = page.getByRole("tabpanel", { name: "Sheets" });
    expect(await panel.getByRole("combobox", { name: "Sheet" }).inputValue()).toBe("EOQ practice");
    // The problems: their givens (the Check cells stay blank until a student answers).
    await viewSheet(page, "EOQ practice", aFew(sheetCells(plan.problems, "constants")));
    await shot(page, "EOQ practice");
    // The key: the answers the INV functions compute from the problems' givens.
    await viewSheet(page, "EOQ practice key", aFew(sheetCells(plan.key, "formulas")));
    await shot(page, "EOQ practice key");
  });

  it("leaves the session clean", async () => {
    await expectCleanSession(session);
  });
});

afterAll(() => {
  // The README's pictures (one lesson with its chart, one practice set), refreshed only on request
  // (INV_UPDATE_IMAGES=1), so that a test run leaves the repository as it was.
  if (process.env.INV_UPDATE_IMAGES !== "1") return;
  const copies: [string, string][] = [
    [`trainers-${fileName(LESSONS[0]?.plan().sheetBaseName ?? "")}.png`, "trainers-lesson.png"],
    ["trainers-eoq-practice.png", "trainers-practice.png"],
  ];
  for (const [from, to] of copies) {
    const source = path.join(outputDir, from);
    if (fs.existsSync(source)) fs.copyFileSync(source, path.join(__dirname, "../../docs/images", to));
  }
});
