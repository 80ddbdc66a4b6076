/*
 * The policy wizard end to end in demo mode: the built pane in headless
 * Chromium (no Office host, no network), at 320 px, on the in-memory demo
 * workbook. Reads the sample item list, fixes a mapping, reads the validation
 * report, changes a cut-off and a service level and watches what they change,
 * previews a policy for every usable row with its method, writes the policy,
 * and checks the written sheet: its formulas, and its values against the INV
 * functions evaluated in the same page. A screenshot of each
 * step goes to test-output/wizard-<step>.png.
 */
import path from "path";
import type { Browser, Page } from "playwright-core";
import {
  expectCleanSession,
  launchBrowser,
  openPane,
  outputDir,
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

const shot = (page: Page, step: string) => screenshot(page, `wizard-${step}`);

const cell = demoCell;

/** Calls an INV function the way Excel would, through the functions the bundle associated in this page. */
function callInv(page: Page, id: string, args: unknown[][][]): Promise<unknown[][]> {
  return page.evaluate(
    ({ id, args }) => {
      const runtime = (globalThis as { CustomFunctions?: { _association?: { mappings?: Record<string, unknown> } } })
        .CustomFunctions;
      const mappings = runtime?._association?.mappings ?? {};
      const key = Object.keys(mappings).find((name) => name.toUpperCase() === id);
      const fn = key === undefined ? undefined : mappings[key];
      if (typeof fn !== "function") throw new Error(`${id} is not associated`);
      return (fn as (...a: unknown[]) => unknown[][])(...args);
    },
    { id, args },
  );
}

const number = (text: string | null) => Number((text ?? "").replace(/,/g, ""));

/** What the preview's Method column starts with, per method. */
const METHODS = [
  "EOQ + safety stock",
  "EOQ + safety stock, estimated CV",
  "SBA rate + Poisson reorder point",
  "SBA rate + negative binomial reorder point",
  "No replenishment: review for obsolescence",
];

describe("the policy wizard in demo mode (no Office host, no network)", () => {
  let session: PaneSession;
  let page: Page;
  /** The rows the validation report says can be used. */
  let usable = 0;

  beforeAll(async () => {
    session = await openPane(browser);
    page = session.page;
    await page.getByText("Running outside Excel").waitFor();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("opens on the wizard's data step", async () => {
    expect(await page.getByRole("tab", { name: "Policy wizard" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("heading", { name: "Step 1 of 5: Data" }).waitFor();
  });

  it("reads the sample item list, and says which column it could not map", async () => {
    // The sample's unit-cost header is renamed to one the pane cannot place: a mapping to fix.
    await page.evaluate(() => window.__inventoryPolicyDemo?.setCell("Items", 0, 3, "Std. unit cost"));
    await page.getByRole("button", { name: "Use the sample item list" }).click();
    await page.getByText(/^Read Items!A1:S\d+: \d+ rows under 19 headers\.$/).waitFor();
    await page.getByText("Choose the unit cost column.").waitFor();
    expect(await page.getByRole("combobox", { name: /^Unit cost/ }).inputValue()).toBe("none");
    expect(await page.getByRole("region", { name: "Validation report" }).count()).toBe(0);
  });

  it("fixes the mapping, then shows the validation report and the groups set apart", async () => {
    await page.getByRole("combobox", { name: /^Unit cost/ }).selectOption({ label: "D: Std. unit cost" });
    const report = page.getByRole("region", { name: "Validation report" });
    await report.waitFor();
    const summary = report.getByText(/^\d+ of \d+ rows can be used; \d+ rows? cannot, and (is|are) left out:$/);
    expect(await summary.count()).toBe(1);
    usable = Number(/^(\d+) of/.exec(await summary.innerText())?.[1]);
    expect(usable).toBeGreaterThan(200);
    const problems = await report.getByRole("listitem").allInnerTexts();
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^Row \d+, .+ \([A-S]\): .+/);
    const groups = await page.getByRole("list", { name: "Groups set apart" }).getByRole("listitem").allInnerTexts();
    expect(groups.map((group) => /^[^:]+: \d+/.exec(group)?.[0].replace(/\d+$/, "n"))).toEqual([
      "Zero demand: n",
      "New item: n",
      "Intermittent: n",
    ]);
    for (const group of groups) expect(Number(/: (\d+)/.exec(group)?.[1])).toBeGreaterThan(0);
    expect(await page.getByLabel("Conversions").innerText()).toContain("Lead time: days ÷ 250 days per year = years");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "data");
  });

  it("classifies, and the class summary follows the A cut-off", async () => {
    await page.getByRole("button", { name: `Continue with the valid rows (${usable} items)` }).click();
    await page.getByRole("heading", { name: "Step 2 of 5: Classify" }).waitFor();
    const rows = () => page.getByRole("table", { name: "Items and value per class" }).getByRole("row").allInnerTexts();
    const before = await rows();
    expect(before.map((row) => row.split(/\s+/)[0])).toEqual([
      "Class",
      "AX",
      "AY",
      "AZ",
      "BX",
      "BY",
      "BZ",
      "CX",
      "CY",
      "CZ",
      "Total",
    ]);
    const aItems = (texts: string[]) => texts.slice(1, 4).reduce((sum, row) => sum + Number(row.split(/\s+/)[1]), 0);
    await page.getByRole("textbox", { name: /^Class A up to/ }).fill("60%");
    await page.waitForFunction((previous) => {
      const table = document.querySelector('[aria-label="Items and value per class"]');
      return table !== null && (table as HTMLElement).innerText !== previous;
    }, before.join("\n"));
    const after = await rows();
    expect(aItems(after)).toBeLessThan(aItems(before));
    expect(await page.getByRole("img", { name: /^Pareto chart of \d+ items: class A: / }).count()).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "classify");
  });

  it("sets service levels per class, refusing a bare 98, and the investment follows", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 3 of 5: Service levels" }).waitFor();
    expect(await page.getByRole("textbox", { name: /^Class / }).count()).toBe(9);
    expect(await page.getByRole("textbox", { name: /^Class AX/ }).inputValue()).toBe("98%");
    expect(await page.getByRole("textbox", { name: /^Class CZ/ }).inputValue()).toBe("85%");
    const investment = page.getByLabel("Investment figures").locator("dt:text('Safety stock investment') + dd");
    const before = number(await investment.innerText());
    expect(before).toBeGreaterThan(0);
    await page.getByRole("textbox", { name: /^Class AX/ }).fill("98");
    await page.getByText("For 98% enter 0.98 or 98%", { exact: true }).waitFor();
    await page.getByRole("textbox", { name: /^Class AX/ }).fill("99.5%");
    await page.waitForFunction((previous) => {
      const dd = [...document.querySelectorAll('[aria-label="Investment figures"] dt')].find(
        (dt) => dt.textContent === "Safety stock investment",
      )?.nextElementSibling;
      return dd !== undefined && dd !== null && Number((dd.textContent ?? "").replace(/,/g, "")) > previous;
    }, before);
    expect(number(await investment.innerText())).toBeGreaterThan(before);
    expect(
      await page.getByRole("img", { name: /^Safety-stock investment against a cycle service level/ }).count(),
    ).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "service");
  });

  it("previews a policy for every usable row, each with its method, and the portfolio totals", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 4 of 5: Policy" }).waitFor();
    const totals = await page.getByLabel("Portfolio totals").innerText();
    expect(totals).toMatch(/Inventory value\s+[\d,.]+/);
    expect(totals).toMatch(/Expected turns per year\s+[\d.]+/);
    const withPolicy = page.getByLabel("Portfolio totals").locator("dt:text('Items with a policy') + dd");
    expect(number(await withPolicy.innerText())).toBe(usable);
    expect(await page.getByText(/could not be computed/).count()).toBe(0);
    const preview = page.getByRole("table", { name: "Policy preview" });
    // SKU, reorder point, EOQ, safety stock, class, safety stock value, cycle stock value, max stock, method.
    const first = await preview.getByRole("row").nth(1).innerText();
    expect(first).toMatch(
      /^\S+\s+[\d,]+\s+[\d,]+\s+[\d,-]+\s+[ABC][XYZ]\s+[\d,-]+\s+[\d,]+\s+[\d,]+\s+EOQ \+ safety stock/,
    );
    await shot(page, "policy");
    // Every row shown, each with one of the five methods, all five on the sample.
    for (let more = page.getByRole("button", { name: /^Show \d+ more$/ }); (await more.count()) > 0;) {
      await more.click();
    }
    const methods = await preview.locator("tbody tr td:nth-child(9)").allInnerTexts();
    expect(methods).toHaveLength(usable);
    const kinds = methods.map((text) => [...METHODS].reverse().find((method) => text.startsWith(method)));
    expect(kinds).not.toContain(undefined);
    expect(new Set(kinds)).toEqual(new Set(METHODS));
    expect(
      methods.filter((text) => text.includes("estimated CV")).every((text) => /\(the class's median\)$/.test(text)),
    ).toBe(true);
    expect(
      methods
        .filter((text) => text.startsWith("No replenishment"))
        .every((text) => /value at stake [\d,.]+ per unit held$/.test(text)),
    ).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("writes the policy as live formulas to a new sheet, and reports what went where", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 5 of 5: Write" }).waitFor();
    await page.getByRole("button", { name: /^Write the policy for \d+ items to a new sheet$/ }).click();
    const where = page.getByRole("list", { name: "What was written where" });
    await where.waitFor();
    const lines = await where.getByRole("listitem").allInnerTexts();
    expect(lines[0]).toMatch(/^The policy: Policy!A1:Q\d+$/);
    expect(lines[1]).toMatch(/^The summary: Policy!S1:W39$/);
    expect(lines[2]).toMatch(/^The Pareto chart source: Policy!Z1:AB\d+$/);
    expect(lines).toContain("A Pareto chart (Excel's Pareto chart)");
    await shot(page, "write");

    const last = Number(/Q(\d+)$/.exec(lines[0] ?? "")?.[1]);
    const c = `C2:C${last}`;
    expect(await cell(page, "Policy!A1")).toBe("Row");
    expect(await cell(page, "Policy!B2")).toBe(`='Items'!A2:A${last}&""`);
    expect(await cell(page, "Policy!E2")).toBe(
      `=IF(${c}="Policy",INDEX($T$31:$T$39,MATCH(D2:D${last},$S$31:$S$39,0)),` +
        `IF(${c}="New item",INDEX($T$31:$T$39,MATCH(D2:D${last},$S$31:$S$39,0)),` +
        `IF(${c}="Intermittent",INDEX($T$31:$T$39,MATCH(D2:D${last},$S$31:$S$39,0)),"")))`,
    );
    const orderCost = String(await cell(page, "Policy!H2")).includes("IF('Items'!G")
      ? `IF('Items'!G2:G${last}="",$T$11,'Items'!G2:G${last})`
      : `'Items'!G2:G${last}`;
    const lead = `'Items'!E2:E${last}/$T$12`;
    // Each column's formula has a branch per method: the normal model's, then the others'.
    expect(await cell(page, "Policy!H2")).toContain(
      `=IF(${c}="Policy",INV.EOQ(F2:F${last}, ${orderCost}, $T$10, 'Items'!D2:D${last}),`,
    );
    expect(await cell(page, "Policy!I2")).toContain(
      `=IF(${c}="Policy",INV.SAFETYSTOCK(E2:E${last}, INV.DEMANDSTATS('Items'!H2:S${last}, "std"), ${lead}, F2:F${last}, 'Items'!F2:F${last}/$T$12, 1/12),` +
        `IF(${c}="New item",INV.SAFETYSTOCK(E2:E${last}, Q2:Q${last}*F2:F${last}/12, ${lead},`,
    );
    expect(await cell(page, "Policy!J2")).toContain(
      `=IF(${c}="Policy",INV.REORDERPOINT(F2:F${last}, ${lead}, I2:I${last}),`,
    );
    expect(await cell(page, "Policy!J2")).toContain(
      `IF(${c}="Intermittent",INV.NEWSVENDORNEGBIN(F2:F${last}*${lead}, INV.DEMANDSTATS('Items'!H2:S${last}, "std")*SQRT(${lead}*12), E2:E${last}, 1-E2:E${last}),IF(${c}="Zero demand",0,""))`,
    );
    expect(await cell(page, "Policy!M1")).toBe("Method");
    // Spilled formulas: one per column, the rest of the column left to the spill.
    expect(await cell(page, "Policy!H3")).toBe("");
    expect(await cell(page, "Policy!T31")).toBe(0.995);
    expect(await cell(page, "Policy!S31")).toBe("AX");
    expect(await cell(page, "Policy!T19")).toBe(`=ROWS(${c})-COUNTIF(${c},"Invalid*")`);
    const charts = await page.evaluate(() => window.__inventoryPolicyDemo?.charts().map((chart) => chart.kind));
    expect(charts).toEqual(["pareto"]);
  });

  it("writes it again as values in an Excel table, the numbers those formulas give", async () => {
    await page.getByRole("radio", { name: /^Excel table/ }).check();
    await page.getByRole("checkbox", { name: /^Values only/ }).check();
    await page.getByRole("button", { name: /^Write the policy for \d+ items to a new sheet$/ }).click();
    const where = page.getByRole("list", { name: "What was written where" });
    await where.getByText(/^The policy: 'Policy \(2\)'!A1:Q\d+$/).waitFor();
    expect(await where.getByRole("listitem").allInnerTexts()).toContain("The Excel table InventoryPolicy");
    expect(await cell(page, "'Policy (2)'!H2")).not.toEqual(expect.stringMatching(/^=/));

    // For the first few items with a policy: the written value is what the INV function gives for the source row.
    let checked = 0;
    for (let row = 2; row < 60 && checked < 5; row++) {
      if ((await cell(page, `'Policy (2)'!C${row}`)) !== "Policy") continue;
      const [usage, unitCost, lead, leadStd, orderCostCell] = await Promise.all(
        ["C", "D", "E", "F", "G"].map((column) => cell(page, `Items!${column}${row}`)),
      );
      const history = await Promise.all(
        ["H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S"].map((column) =>
          cell(page, `Items!${column}${row}`),
        ),
      );
      const orderCost = orderCostCell === "" ? 50 : orderCostCell;
      const [[eoq]] = (await callInv(page, "EOQ", [
        [[usage]],
        [[orderCost]],
        [[0.25]],
        [[unitCost]],
      ])) as number[][] as [[number]];
      expect(await cell(page, `'Policy (2)'!H${row}`)).toBeCloseTo(eoq, 9);

      const figures = history.filter((value): value is number => typeof value === "number");
      const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
      const std = Math.sqrt(figures.reduce((a, b) => a + (b - mean) ** 2, 0) / (figures.length - 1));
      const target = await cell(page, `'Policy (2)'!E${row}`);
      const [[safety]] = (await callInv(page, "SAFETYSTOCK", [
        [[target]],
        [[std]],
        [[Number(lead) / 250]],
        [[usage]],
        [[leadStd === "" ? null : Number(leadStd) / 250]],
        [[1 / 12]],
      ])) as number[][] as [[number]];
      expect(await cell(page, `'Policy (2)'!I${row}`)).toBeCloseTo(safety, 6);
      checked++;
    }
    expect(checked).toBe(5);

    // An intermittent item: its reorder point is INV.NEWSVENDORNEGBIN of its lead-time demand at the SBA rate, with
    // the variance of its monthly history over the lead time (the Poisson's when that is at most the mean).
    let intermittent = 0;
    for (let row = 2; row < 400 && intermittent < 3; row++) {
      if ((await cell(page, `'Policy (2)'!C${row}`)) !== "Intermittent") continue;
      const [rate, target, lead] = await Promise.all([
        cell(page, `'Policy (2)'!P${row}`),
        cell(page, `'Policy (2)'!E${row}`),
        cell(page, `Items!E${row}`),
      ]);
      const months = "HIJKLMNOPQRS".split("").map((column) => cell(page, `Items!${column}${row}`));
      const history = (await Promise.all(months)).filter((value) => value !== "").map(Number);
      const average = history.reduce((sum, value) => sum + value, 0) / history.length;
      const variance = history.reduce((sum, value) => sum + (value - average) ** 2, 0) / (history.length - 1);
      const years = Number(lead) / 250;
      const mean = Number(rate) * 12 * years;
      const std = Math.sqrt(variance * years * 12);
      const [[rop]] = (await callInv(page, "NEWSVENDORNEGBIN", [
        [[mean]],
        [[std]],
        [[target]],
        [[1 - Number(target)]],
      ])) as number[][] as [[number]];
      expect(await cell(page, `'Policy (2)'!J${row}`)).toBe(rop);
      expect(await cell(page, `'Policy (2)'!M${row}`)).toBe(
        std * std > mean ? "SBA rate + negative binomial reorder point" : "SBA rate + Poisson reorder point",
      );
      intermittent++;
    }
    expect(intermittent).toBe(3);
    const tables = await page.evaluate(() => window.__inventoryPolicyDemo?.tables().map((table) => table.name));
    expect(tables).toEqual(["InventoryPolicy"]);
  });

  it("is keyboard accessible: the steps are buttons reached with Tab and opened with Enter", async () => {
    const data = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "1. Data" });
    await data.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Step 2 of 5: Classify" }).waitFor();
  });

  it("had no page errors, no console errors and made no unexpected request", async () => {
    await expectCleanSession(session);
  });
});

describe("the policy wizard in the dark theme", () => {
  it("draws its Pareto chart in light ink on a dark page", async () => {
    const session = await openPane(browser, { colorScheme: "dark" });
    try {
      const { page } = session;
      await page.getByRole("button", { name: "Use the sample item list" }).click();
      await page.getByRole("button", { name: /^Continue with the valid rows/ }).click();
      const chart = page.getByRole("img", { name: /^Pareto chart/ });
      await chart.waitFor();
      const ink = await chart
        .locator("text")
        .first()
        .evaluate((text) => getComputedStyle(text).fill);
      const [r = 0, g = 0, b = 0] = (ink.match(/\d+/g) ?? []).map(Number);
      expect(Math.min(r, g, b)).toBeGreaterThan(150);
      await page.screenshot({ path: path.join(outputDir, "wizard-dark.png"), fullPage: true });
      await expectCleanSession(session);
    } finally {
      await session.page.context().close();
    }
  });
});
