/**
 * Where the pane runs. In Excel, office.js reports the host through
 * `Office.onReady`; in a plain browser office.js reports no host, or is not
 * there at all (offline, blocked), in which case `Office` is undefined.
 * Every reference to `Office` is guarded.
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
  return typeof Office !== "undefined" ? (Office as unknown as OfficeGlobal) : undefined;
}

export async function detectHost(office = officeGlobal(), timeoutMs = 10_000): Promise<HostInfo> {
  if (!office) return { host: "browser", officeTheme: undefined, reason: "office.js is not loaded" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") {
      return { host: "browser", officeTheme: undefined, reason: "Office did not answer" };
    }
    // Office.HostType.Excel is the string "Excel"; compared as text so that no enum from office.js is needed.
    if (String(info.host) !== "Excel") {
      return {
        host: "browser",
        officeTheme: undefined,
        reason: info.host ? `the host is ${String(info.host)}` : "no Office host",
      };
    }
    return { host: "excel", officeTheme: themeOf(office) };
  } finally {
    clearTimeout(timer);
  }
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
