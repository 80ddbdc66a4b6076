import { detectHost, openedByOffice, themeForBackground, type OfficeGlobal, type PageSignals } from "./detectHost";

const office = (host: unknown, bodyBackgroundColor?: string): OfficeGlobal => ({
  onReady: () => Promise.resolve({ host }),
  context: { officeTheme: { bodyBackgroundColor } },
});

describe("detectHost", () => {
  it("is the browser when office.js is not loaded", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    await expect(detectHost()).resolves.toEqual({
      host: "browser",
      officeTheme: undefined,
      reason: "office.js is not loaded",
    });
  });

  it("is the browser when office.js reports no host (a plain browser tab)", async () => {
    await expect(detectHost(office(null))).resolves.toMatchObject({ host: "browser", reason: "no Office host" });
  });

  it("is the browser in another Office host", async () => {
    await expect(detectHost(office("Word"))).resolves.toMatchObject({ host: "browser", reason: "the host is Word" });
  });

  it("is Excel when Office says so, with its theme", async () => {
    await expect(detectHost(office("Excel", "#1F1F1F"))).resolves.toEqual({ host: "excel", officeTheme: "dark" });
    await expect(detectHost(office("Excel", "#ffffff"))).resolves.toEqual({ host: "excel", officeTheme: "light" });
    await expect(detectHost(office("Excel"))).resolves.toEqual({ host: "excel", officeTheme: undefined });
  });

  it("survives a host that throws when asked for its theme", async () => {
    const throwing: OfficeGlobal = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      get context(): OfficeGlobal["context"] {
        throw new Error("officeTheme is not supported");
      },
    };
    await expect(detectHost(throwing)).resolves.toEqual({ host: "excel", officeTheme: undefined });
  });

  it("outside Office, gives up waiting for an Office that never answers", async () => {
    const silent: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(silent, 5, false)).resolves.toMatchObject({
      host: "browser",
      reason: "Office did not answer",
    });
  });

  it("inside Office, waits past the timeout for Office to answer: Excel, not the browser", async () => {
    const slow: OfficeGlobal = {
      onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel" }), 30)),
    };
    await expect(detectHost(slow, 5, true)).resolves.toEqual({ host: "excel", officeTheme: undefined });
  });

  it("inside Office without office.js, never answers (the pane must not show the demo there)", async () => {
    const answer = await Promise.race([
      detectHost(undefined, 5, true),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 30)),
    ]);
    expect(answer).toBe("still waiting");
  });
});

describe("openedByOffice: what Office hands the page, as office.js looks for it", () => {
  const plain: PageSignals = { search: "", windowName: "", savedHostInfo: null, hasHostBridge: false };

  it("is false for a plain browser tab, even with a query string or a window name", () => {
    expect(openedByOffice(plain)).toBe(false);
    expect(openedByOffice({ ...plain, search: "?demoItems=300", windowName: "preview" })).toBe(false);
    expect(openedByOffice({ ...plain, windowName: '{"other":1}' })).toBe(false);
  });

  it.each<[string, Partial<PageSignals>]>([
    ["the _host_Info query parameter (desktop, Mac)", { search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" }],
    ["the parameter after another", { search: "?et=&_host_info=Excel|Web|16.00|en-US" }],
    ["hostInfo in window.name (Office on the web)", { windowName: '{"hostInfo":"Excel|Web|16.00|en-US"}' }],
    ["the host info office.js saved in this tab", { savedHostInfo: "Excel$Win32$16.01$en-US" }],
    ["a host bridge (window.external.GetHostInfo, agaveHost)", { hasHostBridge: true }],
  ])("is true with %s", (_label, signals) => {
    expect(openedByOffice({ ...plain, ...signals })).toBe(true);
  });
});

describe("themeForBackground", () => {
  it.each([
    ["#000000", "dark"],
    ["#292929", "dark"],
    ["#444444", "dark"],
    ["#E6E6E6", "light"],
    ["ffffff", "light"],
    ["red", undefined],
  ])("%s is %s", (color, theme) => {
    expect(themeForBackground(color)).toBe(theme);
  });
});
