/**
 * The calculator's state as a pure reducer: which calculator is open, what was
 * typed into each, and the last insertion into the workbook. The components
 * render it and dispatch actions; nothing here touches React or Office.
 */
import { emptyEoqEntries, type EoqEntries, type EoqField } from "./eoqCalculation";
import { emptySafetyStockEntries, type SafetyStockEntries, type SafetyStockField } from "./safetyStockCalculation";

export type CalculatorTab = "eoq" | "safetyStock";

export type InsertStatus =
  | { kind: "idle" }
  | { kind: "inserting"; formula: string }
  | { kind: "inserted"; formula: string; address: string }
  | { kind: "refused"; message: string };

export interface CalculatorState {
  tab: CalculatorTab;
  eoq: EoqEntries;
  safetyStock: SafetyStockEntries;
  insert: InsertStatus;
}

export type CalculatorAction =
  | { type: "selectTab"; tab: CalculatorTab }
  | { type: "editEoq"; field: EoqField; text: string }
  | { type: "editSafetyStock"; field: SafetyStockField; text: string }
  | { type: "insertStarted"; formula: string }
  | { type: "inserted"; formula: string; address: string }
  | { type: "insertFailed"; message: string };

export const initialCalculatorState: CalculatorState = {
  tab: "eoq",
  eoq: emptyEoqEntries,
  safetyStock: emptySafetyStockEntries,
  insert: { kind: "idle" },
};

const idle: InsertStatus = { kind: "idle" };

export function calculatorReducer(state: CalculatorState, action: CalculatorAction): CalculatorState {
  switch (action.type) {
    case "selectTab":
      return action.tab === state.tab ? state : { ...state, tab: action.tab, insert: idle };
    case "editEoq":
      // An edit makes the last insertion's message stale.
      return { ...state, eoq: { ...state.eoq, [action.field]: action.text }, insert: idle };
    case "editSafetyStock":
      return { ...state, safetyStock: { ...state.safetyStock, [action.field]: action.text }, insert: idle };
    case "insertStarted":
      return { ...state, insert: { kind: "inserting", formula: action.formula } };
    case "inserted":
      return { ...state, insert: { kind: "inserted", formula: action.formula, address: action.address } };
    case "insertFailed":
      return { ...state, insert: { kind: "refused", message: action.message } };
  }
}
