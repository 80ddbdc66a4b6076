/*
 * The built task pane in headless Chromium (Debian's package, driven by
 * playwright-core), opened the way a plain browser opens it: no Office host, no
 * network. Every request is answered here: the add-in's own files from the dist
 * folder, office.js and the files it asks for from
 * node_modules/@microsoft/office-js/dist; anything else is blocked and recorded.
 * The same rules as test/browser/taskpane.browser.test.ts, for the other browser tests.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { distDir } from "./bundle";

export const CHROMIUM = "/usr/bin/chromium";
export const APP_ORIGIN = "https://localhost:3000/";
const OFFICE_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const root = path.resolve(__dirname, "../..");
const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
export const outputDir = path.join(root, "test-output");

/** office.js, outside an Office client, opens its telemetry frame 3 s after it starts; it is blocked like the rest. */
const EXPECTED_BLOCKED = [
  /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html$/,
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
  served: string[];
  /** Requests blocked that nothing explains: each one fails the test. */
  unexpected: string[];
  pageErrors: string[];
  consoleErrors: string[];
  openedAt: number;
}

function fileIn(dir: string, urlPath: string): string | undefined {
  const file = path.resolve(dir, decodeURIComponent(urlPath));
  if (!file.startsWith(dir + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

function localFile(url: string): string | undefined {
  const { pathname } = new URL(url);
  if (url.startsWith(APP_ORIGIN)) return fileIn(distDir, pathname.slice(1));
  if (url.startsWith(OFFICE_HOSTED)) return fileIn(officeDist, pathname.slice(new URL(OFFICE_HOSTED).pathname.length));
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

/** Opens the pane at 320 px wide, every request answered from disk or blocked. */
export async function openPane(browser: Browser, options: BrowserContextOptions = {}): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: { width: 320, height: 1000 }, ...options });
  context.setDefaultTimeout(10_000);
  const session: Omit<PaneSession, "page"> = {
    served: [],
    unexpected: [],
    pageErrors: [],
    consoleErrors: [],
    openedAt: Date.now(),
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const file = localFile(url);
    if (file) {
      session.served.push(url);
      const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      return route.fulfill({ status: 200, contentType, body: fs.readFileSync(file) });
    }
    if (!EXPECTED_BLOCKED.some((expected) => expected.test(url))) session.unexpected.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => session.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") session.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  await page.goto(`${APP_ORIGIN}taskpane.html`);
  return { page, ...session };
}

/** No page errors, console errors or unexpected requests, once office.js has made its delayed request. */
export async function expectCleanSession(session: PaneSession): Promise<void> {
  await session.page.waitForTimeout(Math.max(0, session.openedAt + 4_000 - Date.now()));
  expect(session.pageErrors).toEqual([]);
  expect(session.unexpected).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.served).toEqual(expect.arrayContaining([`${APP_ORIGIN}taskpane.html`, `${APP_ORIGIN}taskpane.js`]));
}

/** How far the page scrolls sideways beyond a 320 px pane (≤ 0 when it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
