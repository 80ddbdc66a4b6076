import type { InsertStatus } from "./calculatorState";

/** What a calculator needs to offer "Insert formula into the selected cell". */
export interface InsertControls {
  /** False while there is no workbook to write to yet (the host is still being detected). */
  available: boolean;
  status: InsertStatus;
  onInsert(formula: string): void;
  /** Appended to the address in the success message, e.g. " on the demo sheet". */
  whereInserted: string;
}
