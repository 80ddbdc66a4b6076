/*
 * The wizard's cost-optimal option end to end in demo mode (the built pane in
 * headless Chromium at 320 px, the in-memory demo workbook): on the sample item
 * list, choose the least-cost (r,Q) for a backorder cost of 200% of unit cost a
 * year; the Service step shows both policies' expected cost and the service the
 * cost-optimal reorder points achieve; the preview says "Cost-optimal (r,Q)" for
 * the regular items; the written sheet calls INV.RQPOLICY ("exact") over a
 * backorder-cost assumption cell, and the values it writes are INV.RQPOLICY's.
 */
import type { Browser, Page } from "playwright-core";
import {
  launchBrowser,
  openPane,
  sidewaysOverflow,
  type PaneSession,
  demoCell,
  screenshot,
} from "../support/browserPane";

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
  await page?.context().close();
  await browser?.close();
});

const shot = (step: string) => screenshot(page, `cost-${step}`);
const number = (text: string | null) => Number((text ?? "").replace(/,/g, ""));

const cell = (address: string) => demoCell(page, address);

/** Calls an INV function the way Excel would, through the functions the bundle associated in this page. */
function callInv(id: string, args: unknown[]): Promise<unknown[][]> {
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

/** The figure beside `label` in the list of figures named `list`. */
const figure = (list: string, label: string) => page.getByLabel(list).locator(`dt:text-is("${label}") + dd`);

describe("the cost-optimal option on the sample item list", () => {
  let usable = 0;

  it("reaches the Service step with the sample", async () => {
    await page.getByRole("button", { name: "Use the sample item list" }).click();
    const report = page.getByRole("region", { name: "Validation report" });
    await report.waitFor();
    const summary = await report.getByText(/^\d+ of \d+ rows can be used/).innerText();
    usable = Number(/^(\d+) of/.exec(summary)?.[1]);
    await page.getByRole("button", { name: `Continue with the valid rows (${usable} items)` }).click();
    await page.getByRole("heading", { name: "Step 2 of 5: Classify" }).waitFor();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 3 of 5: Service levels" }).waitFor();
    expect(await page.getByLabel("Cost-optimal against the targets").count()).toBe(0);
  });

  it("asks for the backorder cost in % of unit cost per year, then shows both costs and the service achieved", async () => {
    await page.getByRole("radio", { name: /cost-optimal \(r,Q\)/ }).check();
    const field = page.getByRole("textbox", { name: /^Backorder cost per unit short per year, % of unit cost/ });
    await field.waitFor();
    await field.fill("200%");
    const list = "Cost-optimal against the targets";
    await page.getByLabel(list).waitFor();
    const targets = number(await figure(list, "Expected cost per year, class targets").innerText());
    const optimal = number(await figure(list, "Expected cost per year, cost-optimal").innerText());
    const saving = number(await figure(list, "Saving per year").innerText());
    expect(optimal).toBeGreaterThan(0);
    expect(optimal).toBeLessThan(targets);
    expect(Math.abs(saving - (targets - optimal))).toBeLessThanOrEqual(1.5);
    const achieved = await figure(list, "Cycle service level achieved, weighted by value").innerText();
    const targeted = await figure(list, "Cycle service level targeted, weighted by value").innerText();
    expect(achieved).toMatch(/^\d+(\.\d)?%$/);
    expect(targeted).toMatch(/^\d+(\.\d)?%$/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot("service");
  });

  it("previews every usable row, the regular ones as Cost-optimal (r,Q)", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 4 of 5: Policy" }).waitFor();
    const withPolicy = page.getByLabel("Portfolio totals").locator("dt:text('Items with a policy') + dd");
    expect(number(await withPolicy.innerText())).toBe(usable);
    expect(await page.getByText(/could not be computed/).count()).toBe(0);
    for (let more = page.getByRole("button", { name: /^Show \d+ more$/ }); (await more.count()) > 0;) {
      await more.click();
    }
    const methods = await page.getByRole("table", { name: "Policy preview" }).locator("tbody tr").allInnerTexts();
    expect(methods).toHaveLength(usable);
    const costOptimal = methods.filter((row) => row.includes("Cost-optimal (r,Q)"));
    expect(costOptimal.length).toBeGreaterThan(usable / 2);
    expect(methods.filter((row) => /EOQ \+ safety stock$/.test(row.trim()))).toEqual([]);
    await shot("policy");
  });

  it("writes INV.RQPOLICY formulas over a backorder-cost cell, and as values the numbers INV.RQPOLICY gives", async () => {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 5 of 5: Write" }).waitFor();
    await page.getByRole("button", { name: /^Write the policy for \d+ items to a new sheet$/ }).click();
    const where = page.getByRole("list", { name: "What was written where" });
    await where.waitFor();
    const eoq = String(await cell("Policy!H2"));
    const rop = String(await cell("Policy!J2"));
    expect(eoq).toMatch(
      /^=IF\(C2:C\d+="Policy",INV\.RQPOLICY\(.*, \$T\$11\*'Items'!D2:D\d+, "exact", "order_quantity"\)/,
    );
    expect(rop).toMatch(/^=IF\(C2:C\d+="Policy",INV\.RQPOLICY\(.*, "exact", "reorder_point"\)/);
    expect(String(await cell("Policy!M2"))).toContain('"Cost-optimal (r,Q)"');
    expect(await cell("Policy!S11")).toBe("Backorder cost (per unit short per year)");
    expect(await cell("Policy!T11")).toBe(2);

    await page.getByRole("checkbox", { name: /^Values only/ }).check();
    await page.getByRole("button", { name: /^Write the policy for \d+ items to a new sheet$/ }).click();
    await where.getByText(/^The policy: 'Policy \(2\)'!A1:Q\d+$/).waitFor();
    let checked = 0;
    for (let row = 2; row < 80 && checked < 4; row++) {
      if ((await cell(`'Policy (2)'!C${row}`)) !== "Policy") continue;
      const [usage, unitCost, lead, leadStd, orderCostCell] = await Promise.all(
        ["C", "D", "E", "F", "G"].map((column) => cell(`Items!${column}${row}`)),
      );
      const months = await Promise.all("HIJKLMNOPQRS".split("").map((column) => cell(`Items!${column}${row}`)));
      const figures = months.filter((value): value is number => typeof value === "number");
      const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
      const variance = figures.reduce((a, b) => a + (b - mean) ** 2, 0) / (figures.length - 1);
      // Per year: L in years, σ_LT² = (L/F)σd² + D²σL² with F = 1/12, and τ = σ_LT/√L.
      const years = Number(lead) / 250;
      const leadYears = leadStd === "" ? 0 : Number(leadStd) / 250;
      const deviation = Math.sqrt(years * 12 * variance + Number(usage) ** 2 * leadYears ** 2);
      const tau = years > 0 ? deviation / Math.sqrt(years) : 0;
      const orderCost = orderCostCell === "" ? 50 : orderCostCell;
      const numbers = [usage, tau, years, orderCost, 0.25 * Number(unitCost), 2 * Number(unitCost)];
      const call = (result: string) => callInv("RQPOLICY", [...numbers.map((value) => [[value]]), "exact", result]);
      const [[[r]], [[q]]] = (await Promise.all([call("reorder_point"), call("order_quantity")])) as [
        [[number]],
        [[number]],
      ];
      expect(await cell(`'Policy (2)'!J${row}`)).toBeCloseTo(r, 6);
      expect(await cell(`'Policy (2)'!H${row}`)).toBeCloseTo(q, 6);
      expect(await cell(`'Policy (2)'!M${row}`)).toBe("Cost-optimal (r,Q)");
      checked++;
    }
    expect(checked).toBe(4);
  });
});
