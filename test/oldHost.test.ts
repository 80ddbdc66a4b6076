/*
 * The built task pane page (dist/taskpane.html, or $INV_DIST_DIR) on a host too
 * old for the bundle. The bundle is ES2022; Internet Explorer and the original
 * Edge cannot parse it, so the page itself carries a plain-HTML message and an
 * inline ES5 script that shows it when the bundle never ran. Here: the message
 * survives the production build, the inline script parses as ES5 (acorn, the
 * parser webpack itself uses, at ecmaVersion 5), and in jsdom, where the
 * external scripts are never loaded (as on a host that cannot run them), the
 * message appears once the page has loaded, unless the bundle removed it.
 * test/browser/oldHost.browser.test.ts checks that a current browser never shows it.
 */
import { parse } from "acorn";
import fs from "fs";
import { JSDOM } from "jsdom";
import path from "path";
import { distDir } from "./support/bundle";

const PAGE_URL = "https://localhost:3000/taskpane.html";
let html: string;

beforeAll(() => {
  html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
});

/**
 * The page in jsdom with its inline scripts run and its external ones never
 * fetched. `beforeLoad` runs after parsing and before the load event, the
 * moment deferred scripts (the bundle) run in a browser. Resolves after load.
 */
async function loadPage(beforeLoad: (window: JSDOM["window"]) => void = () => {}): Promise<Document> {
  const dom = new JSDOM(html, { url: PAGE_URL, runScripts: "dangerously" });
  beforeLoad(dom.window);
  await new Promise<void>((resolve) => dom.window.addEventListener("load", () => setTimeout(resolve, 0)));
  return dom.window.document;
}

const shown = (document: Document, id: string): boolean => {
  const element = document.getElementById(id);
  return element !== null && document.defaultView?.getComputedStyle(element).display !== "none";
};

describe("the built taskpane.html keeps the old-host message and its check", () => {
  test("the message is in the page, before the pane's root, and names what the add-in needs", () => {
    const document = new JSDOM(html).window.document;
    const message = document.getElementById("unsupported-host");
    expect(message?.parentElement?.tagName).toBe("BODY");
    expect(message?.nextElementSibling?.id).toBe("root");
    expect(message?.getAttribute("role")).toBe("alert");
    expect(document.getElementById("unsupported-host-engine")?.textContent).toMatch(/needs Microsoft Edge WebView2/);
    expect(document.getElementById("unsupported-host-load")?.textContent).toMatch(/could not load its program files/);
  });

  test("the inline check runs before the bundle's scripts", () => {
    const document = new JSDOM(html).window.document;
    const scripts = [...document.querySelectorAll("script")].map((script) => script.getAttribute("src") ?? "inline");
    expect(scripts.filter((src) => src === "inline")).toHaveLength(1);
    expect(scripts.indexOf("inline")).toBeLessThan(scripts.indexOf("functions.js"));
    expect(scripts.indexOf("inline")).toBeLessThan(scripts.indexOf("taskpane.js"));
  });

  test("the inline check is ES5: it parses at ecmaVersion 5 (no =>, let, const, template literals, trailing commas)", () => {
    const document = new JSDOM(html).window.document;
    const source = document.querySelector("script:not([src])")?.textContent ?? "";
    expect(source).toMatch(/unsupported-host/);
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The check itself must be able to fail: ES2015 syntax is refused at ecmaVersion 5.
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });
});

describe("the page on a host that cannot run the bundle (jsdom: external scripts never run)", () => {
  test("before the page has loaded, the message is hidden", () => {
    const document = new JSDOM(html, { url: PAGE_URL, runScripts: "dangerously" }).window.document;
    expect(shown(document, "unsupported-host")).toBe(false);
  });

  test("after load, the 'too old' message is shown and the 'cannot load' one is not", async () => {
    const document = await loadPage();
    expect(shown(document, "unsupported-host")).toBe(true);
    expect(shown(document, "unsupported-host-engine")).toBe(true);
    expect(shown(document, "unsupported-host-load")).toBe(false);
  });

  test("when one of the add-in's own scripts failed to download, the 'cannot load' message is shown instead", async () => {
    const document = await loadPage((window) => {
      window.document.querySelector('script[src="taskpane.js"]')?.dispatchEvent(new window.Event("error"));
    });
    expect(shown(document, "unsupported-host")).toBe(true);
    expect(shown(document, "unsupported-host-load")).toBe(true);
    expect(shown(document, "unsupported-host-engine")).toBe(false);
  });

  test("office.js failing to download (offline) is not the add-in's own script: still the 'too old' message", async () => {
    const document = await loadPage((window) => {
      window.document.querySelector('script[src*="appsforoffice"]')?.dispatchEvent(new window.Event("error"));
    });
    expect(shown(document, "unsupported-host-engine")).toBe(true);
    expect(shown(document, "unsupported-host-load")).toBe(false);
  });

  test("when the bundle ran (it removes the message before load), nothing is shown and nothing fails", async () => {
    const errors: string[] = [];
    const document = await loadPage((window) => {
      window.addEventListener("error", (event) => errors.push(String(event.message)));
      window.document.getElementById("unsupported-host")?.remove();
    });
    expect(document.getElementById("unsupported-host")).toBeNull();
    expect(errors).toEqual([]);
  });
});
