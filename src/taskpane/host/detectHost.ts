/**
 * Where the pane runs. In Excel, office.js reports the host through
 * `Office.onReady`; in a plain browser office.js reports no host, or is not
 * there at all (offline, blocked), in which case `Office` is undefined.
 * Every reference to `Office` is guarded.
 *
 * Whether Office opened the page is known before `Office.onReady` answers,
 * from what Office hands the page (see {@link openedByOffice}). Inside Office
 * the pane waits for Office however long it takes, and never falls back to
 * the demo; only a plain browser is given up on after a timeout.
 */
import type { Host } from "../workbook/workbookPort";

export type ThemeName = "light" | "dark";

export interface HostInfo {
  host: Host;
  /** The Office theme when the host reports one; otherwise the pane follows prefers-color-scheme. */
  officeTheme: ThemeName | undefined;
  /** Why the pane runs outside Excel, in words for the notice. */
  reason?: string;
}

/** The part of office.js this module uses (a fake in tests). */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

/** The global `Office`, or undefined when office.js did not load. */
export function officeGlobal(): OfficeGlobal | undefined {
  return typeof Office !== "undefined" ? Office : undefined;
}

/** What a page can see of who opened it (a fake in tests). */
export interface PageSignals {
  /** The page address's query string. */
  search: string;
  /** `window.name`: Office on the web passes the host's details there, as JSON with `hostInfo`. */
  windowName: string;
  /** What office.js saved of the host in this tab's session storage ("hostInfoValue"), if anything. */
  savedHostInfo: string | null;
  /** Whether the page has an Office host's bridge: `window.external.GetHostInfo` (Windows) or `agaveHost` (Mac, iPad). */
  hasHostBridge: boolean;
}

/** The page's signals; none outside a browser. */
export function pageSignals(): PageSignals {
  if (typeof window === "undefined") return { search: "", windowName: "", savedHostInfo: null, hasHostBridge: false };
  const page = window as unknown as { external?: { GetHostInfo?: unknown }; agaveHost?: unknown };
  let savedHostInfo: string | null = null;
  let hasHostBridge = false;
  try {
    savedHostInfo = window.sessionStorage.getItem("hostInfoValue");
  } catch {
    // Storage can be blocked (third-party iframes): then it tells nothing.
  }
  try {
    hasHostBridge = typeof page.external?.GetHostInfo === "function" || page.agaveHost !== undefined;
  } catch {
    // Old hosts throw on reading window.external's members: it tells nothing.
  }
  return { search: window.location.search, windowName: window.name, savedHostInfo, hasHostBridge };
}

/**
 * Whether Office opened this page, decided as office.js decides where to look
 * for its host (its `_retrieveHostInfo`): a host bridge (desktop), the
 * `_host_Info` query parameter, `hostInfo` in `window.name` (Office on the
 * web), or the host info office.js saved earlier in this tab's session.
 */
export function openedByOffice(page: PageSignals = pageSignals()): boolean {
  if (page.hasHostBridge || /[?&]_host_info=/i.test(page.search) || page.savedHostInfo) return true;
  try {
    const parsed: unknown = JSON.parse(page.windowName);
    return typeof parsed === "object" && parsed !== null && "hostInfo" in parsed;
  } catch {
    return false;
  }
}

/**
 * The host, as office.js reports it. Outside Office (`opened` false) it gives
 * up after `timeoutMs` and reports the browser. Inside Office it waits for
 * `Office.onReady` however long it takes (the pane says meanwhile that Excel
 * is slow); without office.js there it never resolves, since the pane cannot
 * work and must not show the demo (a reload may load office.js).
 */
export async function detectHost(
  office = officeGlobal(),
  timeoutMs = 10_000,
  opened = openedByOffice(),
): Promise<HostInfo> {
  if (!office) {
    if (opened) return new Promise<HostInfo>(() => undefined);
    return { host: "browser", officeTheme: undefined, reason: "office.js is not loaded" };
  }
  if (opened) return hostOf(office, await office.onReady());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { host: "browser", officeTheme: undefined, reason: "Office did not answer" };
    return hostOf(office, info);
  } finally {
    clearTimeout(timer);
  }
}

/** The host info for what `Office.onReady` reported. */
function hostOf(office: OfficeGlobal, info: { host: unknown }): HostInfo {
  // Office.HostType.Excel is the string "Excel"; compared as text so that no enum from office.js is needed.
  if (String(info.host) !== "Excel") {
    return {
      host: "browser",
      officeTheme: undefined,
      reason: info.host ? `the host is ${String(info.host)}` : "no Office host",
    };
  }
  return { host: "excel", officeTheme: themeOf(office) };
}

/** Dark or light from the Office theme's body background, when the host has one. */
function themeOf(office: OfficeGlobal): ThemeName | undefined {
  let color: string | undefined;
  try {
    color = office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // hosts without theme support throw on access
  }
  return color ? themeForBackground(color) : undefined;
}

/** "#1f1f1f" → dark, "#ffffff" → light, by relative luminance; undefined for anything else. */
export function themeForBackground(color: string): ThemeName | undefined {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? "dark" : "light";
}
