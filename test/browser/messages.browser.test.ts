/*
 * The pane as a newcomer meets it, in the built bundle at the Office pane's
 * 320 px (headless Chromium, demo mode): the demo's first read works, the
 * wizard's messages name fields by their labels (no identifier in any message
 * shown), a field in error leaves its neighbours' size alone, the calculator's
 * Insert works twice, its formula fits the pane, and a large list shows
 * progress while it is read and checked.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import {
  expectCleanSession,
  launchBrowser,
  openPane,
  sidewaysOverflow,
  type PaneSession,
} from "../support/browserPane";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A camelCase identifier: a lower-case word run into a capitalised one ("bCutoff", "serviceLevel"). */
const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;

/** Every message the pane shows under a field, and behind each field's "Details", opened. */
async function shownMessages(page: Page): Promise<string[]> {
  for (const details of await page.getByRole("button", { name: /: details$/ }).all()) {
    if ((await details.getAttribute("aria-expanded")) === "false") await details.click();
  }
  return page.evaluate(() =>
    [...document.querySelectorAll(".fui-Field__validationMessage, [role=alert], [role=status], p[id]")]
      .map((element) => (element as HTMLElement).innerText.trim())
      .filter((text) => text !== ""),
  );
}

/** The size of the box an element draws. */
async function size(page: Page, name: RegExp): Promise<{ width: number; height: number }> {
  const box = await page.getByRole("textbox", { name }).boundingBox();
  if (!box) throw new Error(`no box for ${String(name)}`);
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

describe("a newcomer in demo mode at 320 px", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPane(browser);
    page = session.page;
    await page.getByText("Running outside Excel").waitFor();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("reads the demo's item table with the first button, the selection already inside it", async () => {
    await page.getByRole("button", { name: "Read the table around the selection" }).click();
    await page.getByText(/^Read Items!A1:S\d+: \d+ rows under 19 headers\.$/).waitFor();
    expect(await page.getByText(/There is no data/).count()).toBe(0);
  });

  it("names the field by its label in a cut-off's message, its bound as a percentage", async () => {
    await page.getByRole("button", { name: /^Continue with the valid rows/ }).click();
    await page.getByRole("heading", { name: "Step 2 of 5: Classify" }).waitFor();
    await page.getByRole("textbox", { name: /^Class A up to/ }).fill("70%");
    await page.getByRole("textbox", { name: /^Class B up to/ }).fill("60%");
    await page.getByText("Must be at least Class A up to (70%)", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Class B up to: details" }).click();
    await page.getByText("Class B up to must be at least Class A up to (70%); got 60%").waitFor();
    for (const message of await shownMessages(page)) expect(message).not.toMatch(IDENTIFIER);
    await page.getByRole("textbox", { name: /^Class A up to/ }).fill("bad");
    for (const message of await shownMessages(page)) expect(message).not.toMatch(IDENTIFIER);
    await page.getByRole("textbox", { name: /^Class A up to/ }).fill("80%");
    await page.getByRole("textbox", { name: /^Class B up to/ }).fill("95%");
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("heading", { name: "Step 3 of 5: Service levels" }).waitFor();
  });

  it("keeps the grid of targets stable under an error, with a short message and the rest on demand", async () => {
    const names = [/^Class AX/, /^Class AY/, /^Class AZ/, /^Class BX/];
    const before = await Promise.all(names.map((name) => size(page, name)));
    await page.getByRole("textbox", { name: /^Class AY/ }).fill("98");
    const brief = page.getByText("For 98% enter 0.98 or 98%", { exact: true });
    await brief.waitFor();
    const after = await Promise.all(names.map((name) => size(page, name)));
    // The field in error and its neighbours keep their width and height (they used to grow to ~75 px).
    expect(after).toEqual(before);
    const lineHeight = await brief.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    const briefBox = await brief.boundingBox();
    expect(briefBox?.height ?? Infinity).toBeLessThanOrEqual(2 * lineHeight + 1);
    const details = page.getByRole("button", { name: "Class AY: details" });
    expect(await details.getAttribute("aria-expanded")).toBe("false");
    await details.focus();
    await page.keyboard.press("Enter");
    expect(await details.getAttribute("aria-expanded")).toBe("true");
    await page
      .getByText("Class AY must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)")
      .waitFor();
    for (const field of [/^Carrying rate per year/, /^Default order cost/]) {
      await page.getByRole("textbox", { name: field }).fill("-5%");
    }
    const messages = await shownMessages(page);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(message).not.toMatch(IDENTIFIER);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // Fields in error, their details open: still no serious or critical accessibility violation.
    const axe = await new AxeBuilder({ page })
      .include("main")
      .exclude("[data-tabster-dummy]")
      .options({ resultTypes: ["violations"] })
      .analyze();
    const serious = axe.violations.filter(({ impact }) => impact === "serious" || impact === "critical");
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
    await page.getByRole("textbox", { name: /^Class AY/ }).fill("96%");
    await page.getByRole("textbox", { name: /^Carrying rate per year/ }).fill("25%");
    await page.getByRole("textbox", { name: /^Default order cost/ }).fill("50");
    // The edits apply a moment later (deferred): then no field is in error.
    await page
      .getByRole("button", { name: /: details$/ })
      .first()
      .waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: /: details$/ }).count()).toBe(0);
  });

  it("inserts from the calculator twice, never over the item list, and says where", async () => {
    await page.getByRole("tab", { name: "Calculator" }).click();
    await page.getByRole("textbox", { name: /^demand/ }).fill("1300");
    await page.getByRole("textbox", { name: /^order_cost/ }).fill("8");
    await page.getByRole("textbox", { name: /^holding_cost/ }).fill("0.225");
    const insert = page.getByRole("button", { name: "Insert formula" });
    await insert.click();
    await page
      .getByText(/^Inserted =INV\.EOQ\(1300, 8, 0\.225\) into Sheet1!A1 on the demo sheet, not into /)
      .waitFor();
    await insert.click();
    await page.getByText("Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A2 on the demo sheet.").waitFor();
    const cells = await page.evaluate(() => [
      window.__inventoryPolicyDemo?.contentAt("Sheet1!A1"),
      window.__inventoryPolicyDemo?.contentAt("Sheet1!A2"),
      window.__inventoryPolicyDemo?.contentAt("Items!A1"),
    ]);
    expect(cells).toEqual(["=INV.EOQ(1300, 8, 0.225)", "=INV.EOQ(1300, 8, 0.225)", "SKU"]);
  });

  it("shows the whole formula inside the 320 px pane, with a copy button", async () => {
    await page.getByRole("combobox", { name: /^Function/ }).focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("safetystock");
    await page.getByRole("option", { name: /^INV\.SAFETYSTOCKFR\b/ }).waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: /^service_level/ }).fill("0.98");
    await page.getByRole("textbox", { name: /^demand_std/ }).fill("12.5");
    await page.getByRole("textbox", { name: /^lead_time$/ }).fill("0.25");
    const formula = page.getByRole("textbox", { name: /^Explanation formula/ });
    await formula.waitFor();
    const fit = await formula.evaluate((box) => ({
      text: (box as HTMLTextAreaElement).value.length,
      wide: box.scrollWidth - box.clientWidth,
      tall: box.scrollHeight - box.clientHeight,
      right: box.getBoundingClientRect().right,
    }));
    expect(fit.text).toBeGreaterThan(40);
    expect(fit.wide).toBeLessThanOrEqual(0);
    expect(fit.tall).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(320);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Copy the explanation formula" }).click();
    await page.getByText(/^(Copied\.|Could not copy here: the formula is selected, press Ctrl\+C\.)$/).waitFor();
  });

  it("is a clean session", async () => {
    await expectCleanSession(session);
  });
});

describe("a large item list", () => {
  it("shows progress while 20,000 items are read and checked", async () => {
    const session = await openPane(browser, { search: "?demoItems=20000" });
    const { page } = session;
    await page.getByText("Running outside Excel").waitFor();
    // Any progress bar from the click until the report is shown.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll("[role=progressbar]")) {
          seen.push(bar.getAttribute("aria-label") ?? "");
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await page.getByRole("button", { name: "Read the table around the selection" }).click();
    await page.getByRole("region", { name: "Validation report" }).waitFor({ timeout: 60_000 });
    const took = Date.now() - started;
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    console.log(`20,000 items: read and checked in ${took} ms; progress shown: ${[...new Set(seen)].join(", ")}`);
    expect(seen.length).toBeGreaterThan(0);
    const timed = async (button: RegExp, heading: string) => {
      const start = Date.now();
      await page.getByRole("button", { name: button }).click();
      await page.getByRole("heading", { name: heading }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
      return Date.now() - start;
    };
    const classify = await timed(/^Continue with the valid rows/, "Step 2 of 5: Classify");
    const service = await timed(/^Continue$/, "Step 3 of 5: Service levels");
    const policy = await timed(/^Continue$/, "Step 4 of 5: Policy");
    const opened = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    console.log(
      `20,000 items: to Classify ${classify} ms, to Service levels ${service} ms, to Policy ${policy} ms; ` +
        `progress shown: ${[...new Set(opened)].join(", ")}`,
    );
    // Opening the policy of 20,000 items takes longer than a blink: a progress bar says so meanwhile.
    expect(opened).toContain("Opening Policy");
    // So does an edit, which applies to every item: the field takes the keystroke at once.
    await page.evaluate(() => ((window as unknown as { progressSeen: string[] }).progressSeen.length = 0));
    await page.getByRole("button", { name: /^Back$/ }).click();
    await page.getByRole("heading", { name: "Step 3 of 5: Service levels" }).waitFor();
    const target = page.getByRole("textbox", { name: /^Class AX/ });
    const start = Date.now();
    await target.fill("99%");
    const typed = Date.now() - start;
    await page.getByRole("progressbar", { name: "Updating the classes and the policy" }).waitFor({ state: "detached" });
    const applied = Date.now() - start;
    const updating = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    console.log(
      `20,000 items: a target typed in ${typed} ms, applied in ${applied} ms; progress: ${[...new Set(updating)].join(", ")}`,
    );
    expect(await target.inputValue()).toBe("99%");
    expect(updating).toContain("Updating the classes and the policy");
    await page.context().close();
  }, 120_000);
});
