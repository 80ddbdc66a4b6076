/*
 * The old-host message of taskpane.html in headless Chromium (through
 * test/support/browserPane.ts). A current browser runs the bundle, which removes
 * the message: it must never show. A host too old for the bundle (Internet
 * Explorer or the original Edge cannot parse ES2022) is stood in for by serving
 * the real bundles with one stray closing brace appended, so that Chromium,
 * too, refuses to parse them; and a failed download by a 404 for taskpane.js.
 * Screenshot of the old-host message: test-output/taskpane-old-host.png.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { distDir } from "../support/bundle";
import {
  APP_ORIGIN,
  expectCleanSession,
  launchBrowser,
  openPane,
  outputDir,
  type PaneSession,
} from "../support/browserPane";

const OWN_BUNDLES = new RegExp(`^${APP_ORIGIN.replace(/[.]/g, "\\.")}(functions|taskpane)\\.js$`);
const TOO_OLD = "Inventory Policy cannot run in this version of Office.";
const CANNOT_LOAD = "Inventory Policy could not load its program files.";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs `check` on a freshly opened pane, then closes it. */
async function withPane(check: (session: PaneSession, page: Page) => Promise<void>): Promise<void> {
  const session = await openPane(browser);
  try {
    await check(session, session.page);
  } finally {
    await session.page.context().close();
  }
}

/** Whether an element with this text is visible in the page. */
const visible = (page: Page, text: string) => page.getByText(text, { exact: true }).isVisible();

test("a current browser runs the bundle, which removes the message: it never shows", async () => {
  await withPane(async (session, page) => {
    await page.getByText("Running outside Excel").waitFor();
    await page.waitForLoadState("load");
    expect(await page.locator("#unsupported-host").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain("WebView2");
    await expectCleanSession(session);
  });
});

test("when the bundles cannot be parsed (as on Internet Explorer), the 'too old' message shows in place of the pane", async () => {
  await withPane(async (session, page) => {
    // Page routes take precedence over the session's own: the real bundles, made unparsable.
    await page.route(OWN_BUNDLES, (route) => {
      const file = path.join(distDir, path.basename(new URL(route.request().url()).pathname));
      return route.fulfill({ contentType: "text/javascript", body: `${fs.readFileSync(file, "utf8")}\n}` });
    });
    await page.reload({ waitUntil: "load" });
    await page.getByText(TOO_OLD).waitFor();
    expect(await page.getByText(/needs Microsoft Edge WebView2/).isVisible()).toBe(true);
    expect(await visible(page, CANNOT_LOAD)).toBe(false);
    expect(await page.locator("#root").innerHTML()).toBe("");
    expect(session.pageErrors.filter((error) => !/SyntaxError/.test(error))).toEqual([]);
    expect(session.pageErrors.length).toBeGreaterThanOrEqual(2); // both bundles were refused
    expect(session.unexpected).toEqual([]);
    await page.screenshot({ path: path.join(outputDir, "taskpane-old-host.png"), fullPage: true });
  });
});

test("when taskpane.js cannot be downloaded, the 'cannot load' message shows instead", async () => {
  await withPane(async (session, page) => {
    await page.route(`${APP_ORIGIN}taskpane.js`, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.reload({ waitUntil: "load" });
    await page.getByText(CANNOT_LOAD).waitFor();
    expect(await visible(page, TOO_OLD)).toBe(false);
    expect(await page.locator("#root").innerHTML()).toBe("");
    expect(session.unexpected).toEqual([]);
  });
});
