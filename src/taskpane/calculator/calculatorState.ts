/**
 * The calculator's state as a pure reducer: which function is picked, what was
 * typed into each function's fields (kept when switching between functions),
 * the last insertion into the workbook and where it went. The components
 * render it and dispatch actions; nothing here touches React or Office.
 */
import type { Entries } from "./calculation";
import type { InsertedAt } from "./insertFormula";
import type { ArgumentEntry } from "./readArgument";

/** What Insert writes: the function's own formula, or its INV.EXPLAIN table. */
export type InsertKind = "formula" | "explanation";

export type InsertStatus =
  | { kind: "idle" }
  | { kind: "inserting"; what: InsertKind; formula: string }
  | { kind: "inserted"; what: InsertKind; formula: string; address: string; instead?: string }
  | { kind: "refused"; message: string };

export interface CalculatorState {
  /** The picked function's name ("EOQ"). */
  fn: string;
  /** What was typed, by function, then by argument name. */
  entries: Readonly<Record<string, Entries>>;
  insert: InsertStatus;
  /** Where the last insert went (in the demo the next one goes below it). */
  lastInsert?: InsertedAt;
}

export type CalculatorAction =
  | { type: "pick"; fn: string }
  | { type: "edit"; argument: string; entry: ArgumentEntry | undefined }
  | { type: "insertStarted"; what: InsertKind; formula: string }
  | { type: "inserted"; what: InsertKind; formula: string; at: InsertedAt }
  | { type: "insertFailed"; message: string };

/** The calculator as it opens: `fn` picked, nothing typed. */
export function initialCalculatorState(fn: string): CalculatorState {
  return { fn, entries: {}, insert: { kind: "idle" } };
}

/** What was typed into the picked function's fields. */
export function currentEntries(state: CalculatorState): Entries {
  return state.entries[state.fn] ?? {};
}

const idle: InsertStatus = { kind: "idle" };

export function calculatorReducer(state: CalculatorState, action: CalculatorAction): CalculatorState {
  switch (action.type) {
    case "pick":
      return action.fn === state.fn ? state : { ...state, fn: action.fn, insert: idle };
    case "edit": {
      const entries: Record<string, ArgumentEntry> = { ...currentEntries(state) };
      if (action.entry === undefined) delete entries[action.argument];
      else entries[action.argument] = action.entry;
      // An edit makes the last insertion's message stale.
      return { ...state, entries: { ...state.entries, [state.fn]: entries }, insert: idle };
    }
    case "insertStarted":
      return { ...state, insert: { kind: "inserting", what: action.what, formula: action.formula } };
    case "inserted":
      return {
        ...state,
        insert: {
          kind: "inserted",
          what: action.what,
          formula: action.formula,
          address: action.at.address,
          ...(action.at.instead !== undefined && { instead: action.at.instead }),
        },
        lastInsert: action.at,
      };
    case "insertFailed":
      return { ...state, insert: { kind: "refused", message: action.message } };
  }
}
