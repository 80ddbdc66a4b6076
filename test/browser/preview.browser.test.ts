/*
 * What an analyst reads in the wizard at the Office pane's 320 px, in the
 * built pane in headless Chromium on the demo workbook: the groups set apart
 * shown whole, copied and written to a sheet, and the problems of the rows
 * left out written to a sheet; the class summary with its
 * values and a total row; the policy preview with the reorder point beside
 * the SKU (measured by bounding boxes, also when the table is scrolled
 * sideways), SKUs on one line, sorting by any column (mouse and keyboard),
 * filters by class and method, one number format per column, the currency
 * and rounding choices; and a write of 10,000 items that says what it is
 * doing. Screenshots go to test-output/preview-*.png.
 */
import type { Browser, Page } from "playwright-core";
import {
  expectCleanSession,
  launchBrowser,
  openPane,
  sidewaysOverflow,
  type PaneSession,
  demoCell,
  screenshot,
} from "../support/browserPane";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => screenshot(page, `preview-${name}`);

const cell = demoCell;

const number = (text: string) => Number(text.replace(/[^\d.-]/g, ""));
const WHOLE = /^-?[\d,]+$/;

/** The preview's header labels, in order. */
async function headers(page: Page): Promise<string[]> {
  const texts = await page.getByRole("table", { name: "Policy preview" }).locator("thead th").allInnerTexts();
  return texts.map((text) => text.trim());
}

/** The texts of one column of the preview's rows shown, by its header label. */
async function column(page: Page, label: string): Promise<string[]> {
  const index = (await headers(page)).indexOf(label);
  if (index < 0) throw new Error(`no column "${label}"`);
  const cells = page.getByRole("table", { name: "Policy preview" }).locator(`tbody tr td:nth-child(${index + 1})`);
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

const header = (page: Page, label: string) =>
  page.getByRole("table", { name: "Policy preview" }).getByRole("columnheader", { name: label, exact: true });

const isSorted = (values: number[], direction: "ascending" | "descending") =>
  values.every(
    (value, k) => k === 0 || (direction === "ascending" ? values[k - 1]! <= value : values[k - 1]! >= value),
  );

describe("the wizard as an analyst reads it at 320 px", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPane(browser);
    page = session.page;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://localhost:3000" });
    await page.getByText("Running outside Excel").waitFor();
    await page.getByRole("button", { name: "Use the sample item list" }).click();
    await page.getByRole("region", { name: "Validation report" }).waitFor();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("shows each group set apart whole, copies it and writes it to a new sheet", async () => {
    const groups = page.getByRole("list", { name: "Groups set apart" });
    const show = groups.getByRole("button", { name: /^Show the list: Zero demand \(\d+\)$/ });
    const zero = Number(/\((\d+)\)/.exec((await show.getAttribute("aria-label")) ?? "")?.[1]);
    expect(zero).toBeGreaterThan(3);
    await show.click();
    const list = page.getByRole("list", { name: "Zero demand items" });
    expect(await list.getByRole("listitem").count()).toBe(zero);
    const hide = groups.getByRole("button", { name: /^Hide the list: Zero demand/ });
    expect(await hide.getAttribute("aria-expanded")).toBe("true");

    await groups.getByRole("button", { name: /^Copy: Zero demand/ }).click();
    const copied = groups.getByText(/^(Copied \d+ SKUs, one per line\.|Could not copy .*)$/);
    await copied.waitFor();
    if ((await copied.innerText()).startsWith("Copied")) {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text.split("\n")).toHaveLength(zero);
      expect(text.split("\n")).toEqual(await list.locator("li > span:first-child").allInnerTexts());
    }

    const write = groups.getByRole("button", { name: /^Write to a sheet: Intermittent \(\d+\)$/ });
    const intermittent = Number(/\((\d+)\)/.exec((await write.getAttribute("aria-label")) ?? "")?.[1]);
    await write.click();
    await groups.getByText(`Wrote the list to Intermittent!A1:C${intermittent + 1}.`).waitFor();
    expect(await cell(page, "Intermittent!A1")).toBe("SKU");
    expect(String(await cell(page, `Intermittent!A${intermittent + 1}`))).not.toBe("");
    expect(await cell(page, `Intermittent!A${intermittent + 2}`)).toBe("");

    // The rows left out: their problems, one per line, written to a sheet of their own.
    const report = page.getByRole("region", { name: "Validation report" });
    const problems = await report.getByRole("list", { name: "Rows with problems" }).getByRole("listitem").count();
    await report.getByRole("button", { name: `Write to a sheet: Rows with problems (${problems})` }).click();
    await report.getByText(`Wrote the list to 'Invalid rows'!A1:C${problems + 1}.`).waitFor();
    expect(await cell(page, "'Invalid rows'!C1")).toBe("Problem");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "groups");
  });

  it("sums the class summary in a total row, shares to one decimal on either basis", async () => {
    await page.getByRole("button", { name: /^Continue with the valid rows/ }).click();
    await page.getByRole("heading", { name: "Step 2 of 5: Classify" }).waitFor();
    const table = page.getByRole("table", { name: "Items and value per class" });
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["Class", "Items", "% items", "Value", "% value"]);
    const rows = async () =>
      (await table
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
        )) as string[][];
    for (const basis of ["Value (annual usage × unit cost)", "Count of items"]) {
      await page.getByRole("radio", { name: basis }).check();
      const body = await rows();
      const total = body.at(-1) ?? [];
      const classes = body.slice(0, -1);
      expect(total[0]).toBe("Total");
      expect(number(total[1] ?? "")).toBe(classes.reduce((sum, row) => sum + number(row[1] ?? ""), 0));
      expect([total[2], total[4]]).toEqual(["100.0%", "100.0%"]);
      // Whole currency units, each rounded: the sum of the classes is the total within half a unit per class.
      const values = classes.map((row) => number(row[3] ?? ""));
      expect(Math.abs(values.reduce((a, b) => a + b, 0) - number(total[3] ?? ""))).toBeLessThanOrEqual(classes.length);
      for (const row of body) {
        expect(row[2]).toMatch(/^\d{1,3}\.\d%$/);
        expect(row[4]).toMatch(/^\d{1,3}\.\d%$/);
        expect(row[3]).toMatch(WHOLE);
      }
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "classify");
    await page.getByRole("radio", { name: "Value (annual usage × unit cost)" }).check();
  });

  it("keeps the reorder point beside the SKU, also scrolled sideways, and SKUs on one line", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 3 of 5: Service levels" }).waitFor();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 4 of 5: Policy" }).waitFor();
    expect((await headers(page)).slice(0, 2)).toEqual(["SKU", "Reorder point"]);
    const table = page.getByRole("table", { name: "Policy preview" });
    const firstRow = table.locator("tbody tr").first();
    const width = page.viewportSize()?.width ?? 320;
    const inView = async () => {
      const sku = await firstRow.locator("td").nth(0).boundingBox();
      const rop = await firstRow.locator("td").nth(1).boundingBox();
      if (!sku || !rop) throw new Error("no box");
      expect(sku.x).toBeGreaterThanOrEqual(0);
      expect(rop.x).toBeGreaterThanOrEqual(sku.x + sku.width - 1);
      expect(rop.x + rop.width).toBeLessThanOrEqual(width);
      return sku;
    };
    const before = await inView();
    // Scrolled sideways to the method column, the SKU column stays where it was.
    const scroller = page.getByRole("region", { name: "Policy per item, scrolls sideways" });
    await scroller.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    const sku = await firstRow.locator("td").nth(0).boundingBox();
    expect(Math.abs((sku?.x ?? -1) - before.x)).toBeLessThanOrEqual(1);
    await shot(page, "policy-scrolled");
    await scroller.evaluate((element) => (element.scrollLeft = 0));
    await inView();

    // SKUs never wrap, not even at their hyphen: each SKU cell is one line high.
    const skus = table.locator("tbody tr td:nth-child(1)");
    expect((await skus.allInnerTexts()).some((text) => text.includes("-"))).toBe(true);
    const lines = await skus.evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return range.getClientRects().length;
      }),
    );
    expect(lines.every((count) => count === 1)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "policy");
  });

  it("sorts by the largest safety-stock value first, then by any column, with the mouse or Enter", async () => {
    expect(await header(page, "Safety stock value").getAttribute("aria-sort")).toBe("descending");
    expect(isSorted((await column(page, "Safety stock value")).map(number), "descending")).toBe(true);

    await header(page, "Reorder point").getByRole("button").click();
    expect(await header(page, "Reorder point").getAttribute("aria-sort")).toBe("descending");
    expect(await header(page, "Safety stock value").getAttribute("aria-sort")).toBe("none");
    expect(isSorted((await column(page, "Reorder point")).map(number), "descending")).toBe(true);
    await header(page, "Reorder point").getByRole("button").click();
    expect(await header(page, "Reorder point").getAttribute("aria-sort")).toBe("ascending");
    expect(isSorted((await column(page, "Reorder point")).map(number), "ascending")).toBe(true);

    await header(page, "SKU").getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header(page, "SKU").getAttribute("aria-sort")).toBe("ascending");
    const skus = await column(page, "SKU");
    const collator = new Intl.Collator("en-US", { numeric: true, sensitivity: "base" });
    expect(skus).toEqual([...skus].sort(collator.compare));
  });

  it("filters by class and by method", async () => {
    await page.getByRole("combobox", { name: "Class" }).selectOption("AX");
    const classes = await column(page, "Class");
    expect(classes.length).toBeGreaterThan(0);
    expect(new Set(classes)).toEqual(new Set(["AX"]));
    await page.getByText(/^Showing \d+ of \d+ items? \(filtered from \d+\)/).waitFor();
    await page.getByRole("combobox", { name: "Class" }).selectOption("all");
    await page.getByRole("combobox", { name: "Method" }).selectOption({ label: "SBA rate + Poisson reorder point" });
    const methods = await column(page, "Method");
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods)).toEqual(new Set(["SBA rate + Poisson reorder point"]));
    await page.getByRole("combobox", { name: "Method" }).selectOption("all");
  });

  it("shows quantities in whole units and money in the chosen currency, and rounds up on request", async () => {
    for (const label of ["Reorder point", "EOQ", "Safety stock", "Max stock"]) {
      for (const text of await column(page, label)) expect(text).toMatch(WHOLE);
    }
    for (const text of await column(page, "Safety stock value")) expect(text).toMatch(WHOLE);
    await page.getByRole("combobox", { name: /^Currency/ }).selectOption("EUR");
    for (const text of await column(page, "Cycle stock value")) expect(text).toMatch(/^-?€[\d,]+$/);
    expect(await page.getByLabel("Portfolio totals").innerText()).toMatch(/Inventory value\s+€[\d,]+/);

    // Rounded up, every EOQ is at least what it was (the shown value is the model's, rounded to a whole unit).
    await header(page, "SKU").getByRole("button").click();
    const before = (await column(page, "EOQ")).map(number);
    await page.getByRole("checkbox", { name: /^Round reorder points and order quantities up/ }).check();
    await page.waitForFunction(() => document.querySelector('input[type="checkbox"]:checked') !== null);
    const after = (await column(page, "EOQ")).map(number);
    after.forEach((value, k) => expect(value).toBeGreaterThanOrEqual(before[k] ?? Infinity));
    await shot(page, "policy-rounded");

    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("button", { name: /^Write the policy for \d+ items to a new sheet$/ }).click();
    await page.getByRole("list", { name: "What was written where" }).waitFor();
    expect(String(await cell(page, "Policy!H2"))).toMatch(/^=IF\(C2:C\d+="Policy",ROUNDUP\(INV\.EOQ\(/);
    expect(String(await cell(page, "Policy!J2"))).toMatch(/^=IF\(C2:C\d+="Policy",ROUNDUP\(INV\.REORDERPOINT\(/);
  });

  it("had no page errors, no console errors and made no unexpected request", async () => {
    await expectCleanSession(session);
  });
});

describe("a write of 10,000 items", () => {
  it("says what it is doing, part by part, then what went where", async () => {
    const session = await openPane(browser, { search: "?demoItems=10000" });
    const { page } = session;
    try {
      await page.getByRole("button", { name: "Use the sample item list" }).click();
      await page.getByRole("button", { name: /^Continue with the valid rows/ }).click({ timeout: 60_000 });
      for (const step of ["Classify", "Service levels", "Policy"]) {
        await page.getByRole("heading", { name: new RegExp(`: ${step}$`) }).waitFor({ timeout: 60_000 });
        await page.getByRole("button", { name: "Continue", exact: true }).click({ timeout: 60_000 });
      }
      await page.getByRole("heading", { name: "Step 5 of 5: Write" }).waitFor({ timeout: 60_000 });
      // Every text the write shows while it runs, as it shows them.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { progressSeen: string[] }).progressSeen = seen;
        new MutationObserver(() => {
          for (const status of document.querySelectorAll('[role="status"]')) {
            const text = (status.textContent ?? "").trim();
            if (text.endsWith("…") && !seen.includes(text)) seen.push(text);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole("button", { name: /^Write the policy for [\d,]+ items to a new sheet$/ }).click();
      await page.getByRole("list", { name: "What was written where" }).waitFor({ timeout: 120_000 });
      const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      expect(seen).toEqual([
        "Planning the formulas for 10,000 rows…",
        "Adding a new sheet…",
        "Writing the policy: 10,001 rows…",
        "Writing the summary: 39 rows…",
        expect.stringMatching(/^Writing the Pareto chart source: [\d,]+ rows…$/),
        "Adding the Pareto chart…",
        "Saving the choices in the workbook…",
      ]);
      expect([session.pageErrors, session.unexpected, session.consoleErrors]).toEqual([[], [], []]);
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
