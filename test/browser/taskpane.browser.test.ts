/*
 * The built task pane (dist/taskpane.html, or $INV_DIST_DIR) in headless
 * Chromium (Debian's package, driven by playwright-core), opened the way a
 * plain browser opens it: no Office host, no network. Every request is
 * answered here: the add-in's own files from the dist folder, office.js and
 * the files it asks for from node_modules/@microsoft/office-js/dist; anything
 * else is blocked, recorded, and fails the test unless it is listed below
 * with the reason it happens.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { distDir } from "../support/bundle";

const CHROMIUM = "/usr/bin/chromium";
const APP_ORIGIN = "https://localhost:3000/";
const OFFICE_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const root = path.resolve(__dirname, "../..");
const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
const outputDir = path.join(root, "test-output");

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

interface Session {
  page: Page;
  /** Requests answered from disk. */
  served: string[];
  /** Requests blocked that nothing above explains: each one fails the test. */
  unexpected: string[];
  /** Requests blocked that EXPECTED_BLOCKED explains. */
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

let browser: Browser;
let metadataIds: string[];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the browser tests need Debian's Chromium (apt-get install chromium)`);
  }
  for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json"]) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(`${path.join(distDir, file)} is missing: build first (npx webpack --mode production)`);
    }
  }
  const metadata = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as {
    functions: Array<{ id: string }>;
  };
  metadataIds = metadata.functions.map((fn) => fn.id.toUpperCase()).sort();
  fs.mkdirSync(outputDir, { recursive: true });
  browser = await chromium.launch({
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
});

afterAll(async () => {
  await browser?.close();
});

/** `officeJsOffline`: office.js cannot be reached (offline, or blocked by a proxy); its request is blocked, as expected. */
async function openPane(options: BrowserContextOptions & { officeJsOffline?: boolean } = {}): Promise<Session> {
  const { officeJsOffline = false, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 320, height: 1000 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const session: Omit<Session, "page"> = {
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
  await page.goto(`${APP_ORIGIN}taskpane.html`);
  return { page, ...session };
}

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

/**
 * Page errors, console errors and unexpected requests of a whole session. Waits
 * until office.js has made its delayed telemetry request, so that what it does
 * outside Office is part of what is checked.
 */
async function expectCleanSession(session: Session, explainedConsoleErrors: RegExp[] = []): Promise<void> {
  await session.page.waitForTimeout(Math.max(0, session.openedAt + 4_000 - Date.now()));
  expect(session.pageErrors).toEqual([]);
  expect(session.unexpected).toEqual([]);
  // The blocked telemetry frame is an iframe navigation: Chromium reports no console error for it.
  const unexplained = session.consoleErrors.filter((text) => !explainedConsoleErrors.some((known) => known.test(text)));
  expect(unexplained).toEqual([]);
  expect(session.served).toEqual(expect.arrayContaining([`${APP_ORIGIN}taskpane.html`, `${APP_ORIGIN}taskpane.js`]));
}

describe("task pane in a plain browser (no Office host, no network)", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openPane();
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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("had no page errors, no console errors and made no unexpected request", async () => {
    expect(session.served).toContain(`${OFFICE_HOSTED}office.js`);
    await expectCleanSession(session);
  });
});

describe("task pane when office.js cannot be reached", () => {
  it("still loads, says why it runs outside Excel, computes, and registers the functions through the fallback", async () => {
    const session = await openPane({ officeJsOffline: true });
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
    const session = await openPane({ colorScheme: "dark" });
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
