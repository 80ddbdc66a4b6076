/*
 * The task pane's calculator and start-up in a plain browser: the built pane in
 * headless Chromium (no Office host, no network), opened through
 * test/support/browserPane.ts, which answers every request from disk or blocks
 * and records it. Also with office.js unreachable and in the dark theme.
 * Screenshots go to test-output/taskpane-<view>.png.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { distDir } from "../support/bundle";
import {
  OFFICE_HOSTED,
  expectCleanSession,
  launchBrowser,
  openPane,
  outputDir,
  sidewaysOverflow,
  type PaneSession,
} from "../support/browserPane";

let browser: Browser;
let metadataIds: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const metadata = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as {
    functions: Array<{ id: string }>;
  };
  metadataIds = metadata.functions.map((fn) => fn.id.toUpperCase()).sort();
});

afterAll(async () => {
  await browser?.close();
});

const field = (page: Page, name: RegExp) => page.getByRole("textbox", { name });

/** The pane opens on the policy wizard; the calculator is the second view. */
async function openCalculator(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Calculator" }).click();
}

/** Ids the functions bundle associated in the page, upper case, sorted. */
async function associatedIds(page: Page, where: "office.js" | "fallback"): Promise<string[]> {
  const ids = await page.evaluate((source) => {
    const runtime = (globalThis as { CustomFunctions?: Record<string, unknown> }).CustomFunctions;
    // office.js keeps associations in _association.mappings; without office.js, runtimeFallback.ts in .associated.
    const mappings =
      source === "office.js"
        ? (runtime?._association as { mappings?: Record<string, unknown> } | undefined)?.mappings
        : (runtime?.associated as Record<string, unknown> | undefined);
    return Object.keys(mappings ?? {}).filter((id) => typeof mappings?.[id] === "function");
  }, where);
  return ids.map((id) => id.toUpperCase()).sort();
}

async function typeEoqExample(page: Page): Promise<void> {
  await field(page, /^demand/).fill("1300");
  await field(page, /^order_cost/).fill("8");
  await field(page, /^holding_cost/).fill("0.225");
}

/** Types into the calculator's function picker from the keyboard, over what it showed; returns the picker. */
async function searchFunctions(page: Page, text: string) {
  const picker = page.getByRole("combobox", { name: /^Function/ });
  await picker.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
  return picker;
}

/** What the demo workbook holds at a cell of a sheet, and what its grid shows there. */
async function demoCell(page: Page, sheet: string, row: number, column: number) {
  return page.evaluate(
    ([name, r, c]) => {
      const view = window.__inventoryPolicyDemo?.cellView(name, r, c);
      return view && { content: view.content, value: view.value };
    },
    [sheet, row, column] as const,
  );
}

describe("task pane in a plain browser (no Office host, no network)", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPane(browser);
    page = session.page;
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("says it is running outside Excel", async () => {
    await page.getByText("Running outside Excel").waitFor();
    expect(await page.getByRole("heading", { name: "Inventory Policy" }).isVisible()).toBe(true);
  });

  it("associates every function of functions.json (through office.js's CustomFunctions)", async () => {
    expect(metadataIds.length).toBeGreaterThan(0);
    expect(await associatedIds(page, "office.js")).toEqual(metadataIds);
  });

  it("computes EOQ and shows its work as the user types (Snyder & Shen Example 3.1: 1300, 8, 0.225 → 304.05)", async () => {
    await openCalculator(page);
    expect(await page.getByRole("combobox", { name: /^Function/ }).inputValue()).toBe("INV.EOQ");
    await typeEoqExample(page);
    const result = page.getByRole("region", { name: "INV.EOQ result" });
    await result.getByText("304.05 units").waitFor();
    expect(await result.getByLabel("Formula in symbols").innerText()).toMatch(/^Q\* = √\(2DS\/H\)/);
    await result.getByRole("region", { name: "Steps" }).getByText("20,800 $ per period").waitFor();
    expect(await result.getByRole("textbox", { name: /^Excel formula/ }).inputValue()).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(await result.getByRole("textbox", { name: /^Explanation formula/ }).inputValue()).toBe(
      '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)',
    );
    await page.screenshot({ path: path.join(outputDir, "taskpane-eoq.png"), fullPage: true });
  });

  it("shows core's message at an invalid entry, in the field's words, and no number", async () => {
    await field(page, /^order_cost/).fill("-8");
    await page.getByText("order_cost must be zero or more (got -8)").waitFor();
    expect(await field(page, /^order_cost/).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("304.05 units").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|Infinity/);
    await field(page, /^order_cost/).fill("8");
    await page.getByText("304.05 units").waitFor();
  });

  it("inserts the formula into the demo sheet, then the explanation into the next empty cell below", async () => {
    await page.getByRole("button", { name: "Insert formula" }).click();
    // The demo opens with the selection in its item list: the insert goes to the demo's sheet and says so.
    await page
      .getByText(
        "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A1 on the demo sheet, not into Items!B2: that cell is not empty.",
      )
      .waitFor();
    await page.getByRole("button", { name: "Insert explanation" }).click();
    await page.getByText('Inserted =INV.EXPLAIN("EOQ", 1300, 8, 0.225) into Sheet1!A2 on the demo sheet.').waitFor();
    const a1 = await demoCell(page, "Sheet1", 0, 0);
    expect(a1?.content).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(a1?.value).toBeCloseTo(304.0468, 4);
    expect(await demoCell(page, "Sheet1", 1, 0)).toEqual({
      content: '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)',
      value: "EOQ",
    });
  });

  it("picks safety stock from the keyboard, by typing its name", async () => {
    const picker = await searchFunctions(page, "safetystock");
    await page.getByRole("option", { name: /^INV\.SAFETYSTOCKFR\b/ }).waitFor();
    await page.keyboard.press("Enter");
    expect(await picker.inputValue()).toBe("INV.SAFETYSTOCK");
    // Tab passes the picker's open button, then reaches the first argument.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await field(page, /^service_level/).evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it("computes safety stock, refusing a bare 95 with core's advice", async () => {
    await field(page, /^service_level/).fill("95");
    await field(page, /^demand_std/).fill("10");
    await field(page, /^lead_time$/).fill("4");
    await page.getByText(/^service_level must be between 0 and 1.*for 95% enter 0\.95 or 95%/).waitFor();
    await field(page, /^service_level/).fill("95%");
    const result = page.getByRole("region", { name: "INV.SAFETYSTOCK result" });
    await result.getByText("32.90 units").waitFor();
    expect(await result.getByRole("textbox", { name: /^Excel formula/ }).inputValue()).toBe(
      "=INV.SAFETYSTOCK(0.95, 10, 4)",
    );
    await page.screenshot({ path: path.join(outputDir, "taskpane-safety-stock.png"), fullPage: true });
  });

  it("takes a list and shows a table of the work (Snyder & Shen Example 3.6: 800 units at $0.68)", async () => {
    await searchFunctions(page, "discount");
    await page.getByRole("option", { name: /^INV\.EOQDISCOUNT\b/ }).click();
    await field(page, /^demand$/).fill("1300");
    await field(page, /^order_cost$/).fill("8");
    await field(page, /^carrying_rate/).fill("30%");
    await field(page, /^break_quantities/).fill("0, 400, 800");
    await field(page, /^unit_prices/).fill("0.75\n0.72\n0.68");
    const result = page.getByRole("region", { name: "INV.EOQDISCOUNT result" });
    await result.getByText("800 units").first().waitFor();
    expect(await result.locator("table").count()).toBeGreaterThan(0);
    expect(await result.getByRole("textbox", { name: /^Excel formula/ }).inputValue()).toBe(
      "=INV.EOQDISCOUNT(1300, 8, 0.3, {0;400;800}, {0.75;0.72;0.68})",
    );
    await page.screenshot({ path: path.join(outputDir, "taskpane-discount.png"), fullPage: true });
  });

  it("fits a 320 px pane without scrolling sideways", async () => {
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("had no page errors, no console errors and made no unexpected request", async () => {
    expect(session.served).toContain(`${OFFICE_HOSTED}office.js`);
    await expectCleanSession(session);
  });
});

describe("task pane when office.js cannot be reached", () => {
  it("still loads, says why it runs outside Excel, computes, and registers the functions through the fallback", async () => {
    const session = await openPane(browser, { officeJsOffline: true });
    try {
      const { page } = session;
      await page.getByText("Running outside Excel").waitFor();
      await page.getByText("(office.js is not loaded)", { exact: false }).waitFor();
      await openCalculator(page);
      await typeEoqExample(page);
      await page.getByText("304.05 units").waitFor();
      expect(await associatedIds(page, "fallback")).toEqual(metadataIds);
      expect(session.expectedBlocked).toEqual([`${OFFICE_HOSTED}office.js`]);
      // The one console error is Chromium reporting that office.js could not be fetched.
      await expectCleanSession(session, [
        /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED @ \S+\/office\.js$/,
      ]);
    } finally {
      await session.page.context().close();
    }
  });
});

describe("task pane with a dark system theme", () => {
  it("uses the dark theme when the browser prefers it", async () => {
    const session = await openPane(browser, { colorScheme: "dark" });
    try {
      await session.page.getByText("Running outside Excel").waitFor();
      const background = await session.page.evaluate(() => {
        const provider = document.querySelector("#root > div");
        return provider ? getComputedStyle(provider).backgroundColor : "";
      });
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r, g, b)).toBeLessThan(80);
      await session.page.screenshot({ path: path.join(outputDir, "taskpane-dark.png"), fullPage: true });
      await expectCleanSession(session);
    } finally {
      await session.page.context().close();
    }
  });
});
