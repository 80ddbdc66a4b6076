/*
 * The policy wizard by keyboard only, in the built pane (demo mode, 320 px):
 * Tab to a control, Enter or Space to press it, the arrow keys in radio groups,
 * typing into fields; no mouse click anywhere. Each time the step changes,
 * focus lands on the new step's heading.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { expectCleanSession, launchBrowser, openPane, type PaneSession } from "../support/browserPane";

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

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus; fails after 60 presses. */
async function tabTo(target: Locator, back = false): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 60; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Focus is on the heading "Step n of 5: label". */
async function expectHeadingFocused(step: number, label: string): Promise<void> {
  const heading = page.getByRole("heading", { name: `Step ${step} of 5: ${label}` });
  await heading.waitFor();
  await page.waitForFunction(
    (text) => document.activeElement?.tagName === "H2" && document.activeElement.textContent === text,
    `Step ${step} of 5: ${label}`,
  );
}

const button = (name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });

describe("the wizard by keyboard only", () => {
  it("reads the sample (Tab, Enter) and moves focus to step 2's heading on Continue", async () => {
    await tabTo(button("Use the sample item list"));
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "Validation report" }).waitFor();
    await tabTo(button(/^Continue with the valid rows/));
    await page.keyboard.press("Enter");
    await expectHeadingFocused(2, "Classify");
  });

  it("changes the basis with the arrow keys and a cut-off by typing, then continues with Space", async () => {
    const value = page.getByRole("radio", { name: /^Value/ });
    const count = page.getByRole("radio", { name: /^Count of items/ });
    await tabTo(value);
    await page.keyboard.press("ArrowDown");
    expect(await count.isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await value.isChecked()).toBe(true);
    await tabTo(page.getByRole("textbox", { name: /^Class A up to/ }));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("75%");
    expect(await page.getByRole("textbox", { name: /^Class A up to/ }).inputValue()).toBe("75%");
    await tabTo(button("Continue"));
    await page.keyboard.press(" ");
    await expectHeadingFocused(3, "Service levels");
  });

  it("switches the service measure with the arrow keys, types a target, and continues", async () => {
    const cycle = page.getByRole("radio", { name: /^Cycle service level/ });
    const fill = page.getByRole("radio", { name: /^Fill rate/ });
    await tabTo(cycle);
    await page.keyboard.press("ArrowDown");
    expect(await fill.isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await cycle.isChecked()).toBe(true);
    const target = page.getByRole("textbox", { name: /^Class AX/ });
    await tabTo(target);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("99%");
    expect(await target.inputValue()).toBe("99%");
    await tabTo(button("Continue"));
    await page.keyboard.press("Enter");
    await expectHeadingFocused(4, "Policy");
  });

  it("continues from the policy preview to the write step", async () => {
    await page.getByRole("table", { name: "Policy preview" }).waitFor();
    await tabTo(button("Continue"));
    await page.keyboard.press("Enter");
    await expectHeadingFocused(5, "Write");
  });

  it("chooses an Excel table with the arrow keys, ticks Values only with Space, and writes with Enter", async () => {
    const table = page.getByRole("radio", { name: /^Excel table/ });
    await tabTo(page.getByRole("radio", { name: /^Spill/ }));
    await page.keyboard.press("ArrowDown");
    expect(await table.isChecked()).toBe(true);
    const valuesOnly = page.getByRole("checkbox", { name: /^Values only/ });
    await tabTo(valuesOnly);
    await page.keyboard.press(" ");
    expect(await valuesOnly.isChecked()).toBe(true);
    await tabTo(button(/^Write the policy for [\d,]+ items to a new sheet$/));
    await page.keyboard.press("Enter");
    const where = page.getByRole("list", { name: "What was written where" });
    await where.waitFor();
    expect(await where.getByRole("listitem").allInnerTexts()).toContain("The Excel table InventoryPolicy");
  });

  it("goes back to a step from the step buttons (Shift+Tab, Enter), focus on its heading", async () => {
    await tabTo(
      page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "2. Classify" }),
      true,
    );
    await page.keyboard.press("Enter");
    await expectHeadingFocused(2, "Classify");
  });

  it("never clicked: no page errors, no console errors, no unexpected request", async () => {
    await expectCleanSession(session);
  });
});
