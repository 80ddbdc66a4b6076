/*
 * Screenshots of every view of the pane (each wizard step, the calculator,
 * lessons, practice and sheets tabs; test/support/paneTour.ts) at the Office
 * pane's 320 px and at 800 px, in the light and the dark theme, on the demo's
 * sample: test-output/screens/<theme>-<width>-<view>.png. The README's pictures
 * (docs/images/) are chosen from these.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPane, outputDir } from "../support/browserPane";
import { TOUR } from "../support/paneTour";

const screens = path.join(outputDir, "screens");
const WIDTHS = [320, 800] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(screens, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, file: string): Promise<void> {
  const where = path.join(screens, file);
  await page.screenshot({ path: where, fullPage: true });
  expect(fs.statSync(where).size).toBeGreaterThan(1000);
}

describe.each(["light", "dark"] as const)("screenshots in the %s theme", (colorScheme) => {
  let page: Page;

  beforeAll(async () => {
    page = (await openPane(browser, { colorScheme })).page;
    await page.getByText("Running outside Excel").waitFor();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it.each(TOUR.map((stop) => [stop.name, stop] as const))("%s at 320 px and 800 px", async (name, stop) => {
    await stop.reach(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Charts follow their container's width a frame later (ResizeObserver).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await shoot(page, `${colorScheme}-${width}-${name}.png`);
    }
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  });
});
