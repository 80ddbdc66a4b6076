import { createSampleWorkbook, DEMO_SHEET } from "../demo/demoWorkbook";
import { demoItemCount } from "../demo/demoSize";
import { detectHost, openedByOffice, type HostInfo } from "../host/detectHost";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import type { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface Connection {
  info: HostInfo;
  workbook: WorkbookPort;
  /** In the browser demo: selects the sample item list, for the wizard to read. */
  selectSample?: () => void;
  /** In the browser demo: where the calculator inserts when the selection is not an empty cell ("Sheet1!A1"). */
  demoInsertAt?: string;
}

/**
 * How connecting goes. `slow` and `failed` happen only inside Office, where
 * the pane never falls back to the demo: it says what happened and waits.
 */
export type ConnectState =
  | { kind: "detecting" }
  /** Office opened the pane but has not said it is ready after `slowAfterMs`: still waiting. */
  | { kind: "slow" }
  /** Office opened the pane, and starting it failed: `message` says how. */
  | { kind: "failed"; message: string }
  | { kind: "connected"; connection: Connection };

/** Connecting to the host, watched by the pane (React's useSyncExternalStore). */
export interface Connecting {
  /** The current state (the same object until it changes). */
  getState(): ConnectState;
  /** Calls `listener` on each change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Starts the pane again (a reload of the page, so that office.js starts afresh); meanwhile the wait goes on. */
  retry(): void;
  /** Resolves once connected (never while Office is slow or failed to start). */
  readonly connection: Promise<Connection>;
}

export interface ConnectOptions {
  /** The page address's query string; default the page's. Only the demo reads it. */
  search?: string;
  /** After how long without an answer, inside Office, the pane says Excel is slow. Default 5 s. */
  slowAfterMs?: number;
  /** Whether Office opened the page; default {@link openedByOffice}. */
  insideOffice?: () => boolean;
  /** What Retry does; default reloading the page. */
  reload?: () => void;
}

/** The demo workbook, reachable from the page in a plain browser (for people trying it, and the browser tests). */
declare global {
  interface Window {
    __inventoryPolicyDemo?: MemoryWorkbook;
  }
}

/** The demo's empty sheet: where the calculator inserts while the selection is in the item list. */
export const DEMO_START_SHEET = "Sheet1";

/**
 * The demo workbook: the sample item list on "Items" (`count` items, default
 * the sample's size) with a cell inside it selected, so that the wizard's
 * first "Read the table around the selection" finds it; and an empty "Sheet1"
 * for the calculator's inserts.
 */
export function createDemoWorkbook(count?: number): MemoryWorkbook {
  const workbook = createSampleWorkbook({ count });
  workbook.createSheet(DEMO_START_SHEET);
  return workbook;
}

/** The page address's query string ("" outside a browser). */
const pageSearch = () => (typeof window !== "undefined" ? window.location.search : "");

/**
 * Detects the host and picks the workbook: Excel's, or the in-memory demo
 * workbook in a plain browser. Inside Office (see {@link openedByOffice}) the
 * demo is never used: while Office is slow to answer the state says so, and
 * the pane connects when it answers; when starting Office fails there, the
 * state says that. Only the demo reads the page address's query string
 * (`?demoItems=10000` sets its sample size, see demoSize.ts).
 */
export function connect(detect: () => Promise<HostInfo> = detectHost, options: ConnectOptions = {}): Connecting {
  // Whether Office opened the page is known from the start (see openedByOffice).
  const inside = (options.insideOffice ?? (() => openedByOffice()))();
  let state: ConnectState = { kind: "detecting" };
  const listeners = new Set<() => void>();
  const set = (next: ConnectState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const slow = inside
    ? setTimeout(() => state.kind === "detecting" && set({ kind: "slow" }), options.slowAfterMs ?? 5_000)
    : undefined;

  const connection = (async () => {
    let info: HostInfo;
    try {
      info = await detect();
    } catch (error) {
      if (inside) {
        clearTimeout(slow);
        set({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
        return new Promise<Connection>(() => undefined);
      }
      info = { host: "browser", officeTheme: undefined, reason: `Office failed to start: ${String(error)}` };
    }
    clearTimeout(slow);
    const connected = connectTo(info, options.search);
    set({ kind: "connected", connection: connected });
    return connected;
  })();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry: options.reload ?? (() => window.location.reload()),
    connection,
  };
}

/** The connection for a detected host: Excel's workbook, or the demo's. */
function connectTo(info: HostInfo, search: string | undefined): Connection {
  if (info.host === "excel") return { info, workbook: new ExcelWorkbook() };
  const demo = createDemoWorkbook(demoItemCount(search ?? pageSearch()));
  if (typeof window !== "undefined") window.__inventoryPolicyDemo = demo;
  return {
    info,
    workbook: demo,
    selectSample: () => demo.select(`${DEMO_SHEET}!A1`),
    demoInsertAt: `${DEMO_START_SHEET}!A1`,
  };
}
