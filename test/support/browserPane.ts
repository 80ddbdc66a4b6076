/*
 * The built task pane (dist/taskpane.html, or $INV_DIST_DIR) in headless
 * Chromium (Debian's package, driven by playwright-core), opened the way a
 * plain browser opens it: no Office host, no network. Every request is
 * answered here: the add-in's own files from the dist folder, office.js and
 * the files it asks for from node_modules/@microsoft/office-js/dist; anything
 * else is blocked, recorded, and fails the test unless it is listed below
 * with the reason it happens. Shared by the browser tests in test/browser.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { distDir } from "./bundle";

export const CHROMIUM = "/usr/bin/chromium";
export const APP_ORIGIN = "https://localhost:3000/";
export const OFFICE_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const root = path.resolve(__dirname, "../..");
const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
export const outputDir = path.join(root, "test-output");

/**
 * Requests that are blocked like everything else but expected. office.js, loaded
 * outside an Office client, opens its telemetry frame 3 s after it starts
 * (ULSEndpointProxy in o15apptofilemappingtable.js); the add-in itself asks for nothing.
 */
const EXPECTED_BLOCKED: ReadonlyArray<{ url: RegExp; why: string }> = [
  {
    url: /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html$/,
    why: "office.js telemetry frame",
  },
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface PaneSession {
  page: Page;
  /** Requests answered from disk. */
  served: string[];
  /** Requests blocked that nothing above explains: each one fails the test. */
  unexpected: string[];
  /** Requests blocked that EXPECTED_BLOCKED (or `officeJsOffline`) explains. */
  expectedBlocked: string[];
  pageErrors: string[];
  consoleErrors: string[];
  openedAt: number;
}

/** A file inside `dir` for a URL path, or undefined (never a path outside `dir`). */
function fileIn(dir: string, urlPath: string): string | undefined {
  const file = path.resolve(dir, decodeURIComponent(urlPath));
  if (!file.startsWith(dir + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** The file that answers a request: the add-in's from the dist folder, office.js's from its package. */
function localFile(url: string, officeJsOffline: boolean): string | undefined {
  const { pathname } = new URL(url);
  if (url.startsWith(APP_ORIGIN)) return fileIn(distDir, pathname.slice(1));
  if (url.startsWith(OFFICE_HOSTED) && !officeJsOffline) {
    return fileIn(officeDist, pathname.slice(new URL(OFFICE_HOSTED).pathname.length));
  }
  return undefined;
}

/** Launches Debian's Chromium, after checking that it and the build are there. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the browser tests need Debian's Chromium (apt-get install chromium)`);
  }
  for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json"]) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(`${path.join(distDir, file)} is missing: build first (npx webpack --mode production)`);
    }
  }
  fs.mkdirSync(outputDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/**
 * Opens the pane at 320 px wide, every request answered from disk or blocked.
 * `officeJsOffline`: office.js cannot be reached (offline, or blocked by a proxy);
 * its request is blocked, as expected. `search`: the page address's query string,
 * e.g. "?demoItems=10000" for a demo of 10,000 items.
 */
export async function openPane(
  browser: Browser,
  options: BrowserContextOptions & { officeJsOffline?: boolean; search?: string } = {},
): Promise<PaneSession> {
  const { officeJsOffline = false, search = "", ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 320, height: 1000 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const session: Omit<PaneSession, "page"> = {
    served: [],
    unexpected: [],
    expectedBlocked: [],
    pageErrors: [],
    consoleErrors: [],
    openedAt: Date.now(),
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const file = localFile(url, officeJsOffline);
    if (file) {
      session.served.push(url);
      const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      return route.fulfill({ status: 200, contentType, body: fs.readFileSync(file) });
    }
    const offlineOffice = officeJsOffline && url.startsWith(OFFICE_HOSTED);
    if (offlineOffice || EXPECTED_BLOCKED.some((expected) => expected.url.test(url))) session.expectedBlocked.push(url);
    else session.unexpected.push(url);
    return route.abort(offlineOffice ? "internetdisconnected" : "blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => session.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") session.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  await page.goto(`${APP_ORIGIN}taskpane.html${search}`);
  return { page, ...session };
}

/**
 * Page errors, console errors and unexpected requests of a whole session. Waits
 * until office.js has made its delayed telemetry request, so that what it does
 * outside Office is part of what is checked. `explainedConsoleErrors` are console
 * errors a test expects (each pattern states one).
 */
export async function expectCleanSession(session: PaneSession, explainedConsoleErrors: RegExp[] = []): Promise<void> {
  await session.page.waitForTimeout(Math.max(0, session.openedAt + 4_000 - Date.now()));
  expect(session.pageErrors).toEqual([]);
  expect(session.unexpected).toEqual([]);
  // The blocked telemetry frame is an iframe navigation: Chromium reports no console error for it.
  const unexplained = session.consoleErrors.filter((text) => !explainedConsoleErrors.some((known) => known.test(text)));
  expect(unexplained).toEqual([]);
  expect(session.served).toEqual(expect.arrayContaining([`${APP_ORIGIN}taskpane.html`, `${APP_ORIGIN}taskpane.js`]));
}

/** A cell of the demo workbook, as the page holds it ("" when empty); throws when the page has no demo workbook. */
export function demoCell(page: Page, address: string): Promise<string | number | boolean> {
  return page.evaluate((where) => {
    const demo = window.__inventoryPolicyDemo;
    if (!demo) throw new Error("no demo workbook on the page");
    return demo.contentAt(where);
  }, address);
}

/** Saves a full-page screenshot as test-output/<name>.png. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: true });
}

/** How far the page scrolls sideways beyond a 320 px pane (≤ 0 when it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
