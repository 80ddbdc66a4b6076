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
  await field(page, /^Demand per period/).fill("1300");
  await field(page, /^Order cost/).fill("8");
  await field(page, /^Holding cost/).fill("0.225");
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

  it("computes EOQ as the user types (Snyder & Shen Example 3.1: 1300, 8, 0.225 → 304.05)", async () => {
    await openCalculator(page);
    await typeEoqExample(page);
    const result = page.getByRole("region", { name: "EOQ result" });
    await result.getByText("304.05 units").waitFor();
    await result.getByText("Q* = √(2·D·S/H) = √(2·1300·8/0.225) = 304.05").waitFor();
    expect(await result.getByRole("textbox", { name: /^Excel formula/ }).inputValue()).toBe("=INV.EOQ(1300, 8, 0.225)");
    await page.screenshot({ path: path.join(outputDir, "taskpane-eoq.png"), fullPage: true });
  });

  it("shows core's message at an invalid entry, and no number", async () => {
    await field(page, /^Order cost/).fill("-8");
    await page.getByText("orderCost must be zero or more (got -8)").waitFor();
    expect(await field(page, /^Order cost/).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("304.05 units").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|Infinity/);
    await field(page, /^Order cost/).fill("8");
    await page.getByText("304.05 units").waitFor();
  });

  it("inserts the formula into the demo sheet once, then refuses to overwrite the cell", async () => {
    const insert = page.getByRole("button", { name: "Insert formula into the selected cell" });
    await insert.click();
    await page.getByText("Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A1 on the demo sheet.").waitFor();
    await insert.click();
    await page.getByText("Sheet1!A1 is not empty, so nothing was written").waitFor();
  });

  it("switches to safety stock from the keyboard", async () => {
    await page.getByRole("tab", { name: "EOQ" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Safety stock" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await field(page, /^Cycle service level/).evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it("computes safety stock, refusing a bare 95 with core's advice", async () => {
    await field(page, /^Cycle service level/).fill("95");
    await field(page, /^Demand standard deviation/).fill("10");
    await field(page, /^Lead time \(L\)/).fill("4");
    await page
      .getByText("serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)")
      .waitFor();
    await field(page, /^Cycle service level/).fill("95%");
    const result = page.getByRole("region", { name: "Safety stock result" });
    await result.getByText("32.90 units").waitFor();
    expect(await result.getByRole("textbox", { name: /^Excel formula/ }).inputValue()).toBe(
      "=INV.SAFETYSTOCK(0.95, 10, 4)",
    );
    await page.screenshot({ path: path.join(outputDir, "taskpane-safety-stock.png"), fullPage: true });
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
