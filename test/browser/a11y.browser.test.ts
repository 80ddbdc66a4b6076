/*
 * Accessibility, measured: axe-core (through @axe-core/playwright) checks every
 * view of the pane (each wizard step, the calculator, lessons, practice and
 * sheets tabs; test/support/paneTour.ts) at the Office pane's 320 px, in the
 * light and the dark theme. No serious or critical violation may remain. Only
 * Fluent UI's focus-trap guards ([data-tabster-dummy]: aria-hidden and focusable
 * by design) are left out of the check.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPane, type PaneSession } from "../support/browserPane";
import { TOUR } from "../support/paneTour";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The serious and critical violations on the page as shown, one line per rule: "rule (impact): where, …". */
async function seriousViolations(page: Page): Promise<string[]> {
  // Colours are measured as they settle: a step button still fading from "subtle" to "primary" is not what a user reads.
  await page.waitForFunction(
    () => document.getAnimations().filter((animation) => animation instanceof CSSTransition).length === 0,
    undefined,
    { timeout: 5000 },
  );
  const results = await new AxeBuilder({ page })
    .exclude("[data-tabster-dummy]")
    // Only the violations are read: axe skips describing every pass, which halves its time.
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}; at ` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(" ")} ${node.html.slice(0, 160)}`)
          .join(", "),
    );
}

describe.each(["light", "dark"] as const)("the pane in the %s theme at 320 px", (colorScheme) => {
  let session: PaneSession;

  beforeAll(async () => {
    // A demo of 60 items: the same views as the full sample's, with less for axe to walk through.
    session = await openPane(browser, { colorScheme, search: "?demoItems=60" });
    await session.page.getByText("Running outside Excel").waitFor();
  });

  afterAll(async () => {
    await session?.page.context().close();
  });

  it(`draws in the ${colorScheme} theme`, async () => {
    const background = await session.page
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    if (colorScheme === "dark") expect(Math.max(r, g, b)).toBeLessThan(80);
    else expect(Math.min(r, g, b)).toBeGreaterThan(200);
  });

  it("finds a violation when there is one: a button without a name", async () => {
    await session.page.evaluate(() => document.querySelector("main")?.append(document.createElement("button")));
    expect(await seriousViolations(session.page)).toEqual([expect.stringMatching(/^button-name \(critical\): /)]);
    await session.page.evaluate(() => document.querySelector("main > button:last-child")?.remove());
  });

  it.each(TOUR.map((stop) => [stop.name, stop] as const))(
    "%s: no serious or critical axe violations",
    async (_name, stop) => {
      await stop.reach(session.page);
      expect(await seriousViolations(session.page)).toEqual([]);
    },
  );
});
