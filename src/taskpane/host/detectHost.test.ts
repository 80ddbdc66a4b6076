import { detectHost, themeForBackground, type OfficeGlobal } from "./detectHost";

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

  it("gives up waiting for an Office that never answers", async () => {
    const silent: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(silent, 5)).resolves.toMatchObject({ host: "browser", reason: "Office did not answer" });
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
