/**
 * Inserting a practice set through the {@link WorkbookPort}: two new sheets
 * with unique names ("EOQ practice" and "EOQ practice key", or "EOQ practice
 * (2)" … when taken), the problems on the first and the answer key on the
 * second, then a report of what went where. The Practice panel calls this one
 * function; nothing here knows React or Office.
 */
import type { WorkbookPort } from "../workbook/workbookPort";
import { generatePracticeSet, type PracticeSetOptions } from "./practiceSet";
import { planPracticeSheets } from "./practiceSheets";

export interface PracticeReport {
  problemsSheet: string;
  keySheet: string;
  problems: number;
  seed: number;
  /** The addresses written, with their sheets: "'EOQ practice'!A1:M60", … */
  written: string[];
  formulaCount: number;
}

/** A write that failed after adding sheets: the message says which, so the user can delete them. */
export class PracticeWriteError extends Error {
  constructor(
    message: string,
    readonly sheetsAdded: string[],
  ) {
    super(message);
    this.name = "PracticeWriteError";
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Draws the set (a RangeError for options out of range, before anything is
 * written), adds its two sheets and writes them. Rejects with a
 * {@link PracticeWriteError} naming the sheets added when a later step fails.
 */
export async function insertPracticeSet(port: WorkbookPort, options: PracticeSetOptions): Promise<PracticeReport> {
  const set = generatePracticeSet(options);
  const added: string[] = [];
  try {
    const problemsSheet = await port.addSheet(`${set.type.label} practice`);
    added.push(problemsSheet);
    const keySheet = await port.addSheet(`${problemsSheet} key`);
    added.push(keySheet);
    const plan = planPracticeSheets(set, { problems: problemsSheet, key: keySheet });
    const written: string[] = [];
    for (const sheet of [plan.problems, plan.key]) {
      const { address } = await port.writeCells(sheet.sheetName, "A1", sheet.cells, sheet.numberFormats);
      written.push(address);
    }
    return {
      problemsSheet,
      keySheet,
      problems: set.problems.length,
      seed: set.seed,
      written,
      formulaCount: plan.formulaCount,
    };
  } catch (error) {
    const sheets = added.map((name) => `"${name}"`).join(" and ");
    const left = added.length === 0 ? "" : ` Added before it failed: ${sheets} (delete them if you do not want them).`;
    throw new PracticeWriteError(`The practice set was not written: ${messageOf(error)}.${left}`, added);
  }
}
