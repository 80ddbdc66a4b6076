/**
 * The two sheets of a practice set, planned as cells (no workbook access):
 *
 * - the problems: the seed, then each problem's statement, its givens in
 *   cells, a blank Answer cell (column B) and beside it a Check formula that
 *   says "Right", "Wrong", or "Wrong: " and the classic mistake the answer
 *   matches ("" while the answer is blank);
 * - the key: per problem the core's exact value, the answer as a key prints
 *   it, the range of answers accepted, a "By formula" cell that recomputes the
 *   answer from the problem sheet's givens with the INV functions, and each
 *   named mistake with the answer it gives and its accepted range.
 *
 * The checks read the key's cells (the sheet name always quoted), so editing a
 * range on the key changes what the checks accept. Formulas use only
 * functions Excel 2021 has. Every formula is written with the value the core
 * computes for it while the answers are blank (a check is "", a "By formula"
 * cell the core's answer), so the demo's grid shows what Excel would.
 */
import { cellName, columnName, quotedSheetPrefix } from "../workbook/cellAddress";
import type { CellValue, CellWrite, NumberFormat } from "../workbook/workbookPort";
import type { PracticeSet } from "./practiceSet";
import type { Given, PracticeProblem } from "./problem";

export interface PlannedSheet {
  sheetName: string;
  /** Cells from A1, row by row; `null` leaves a cell empty. */
  cells: CellWrite[][];
  /** Number formats laid out like `cells`. */
  numberFormats: NumberFormat[][];
}

/** Where one problem's answer, check and key row are. */
export interface ProblemCells {
  /** The answer cell and the check cell on the problems sheet: "B12", "C12". */
  answer: string;
  check: string;
  /** The problem's row on the key sheet (1-based). */
  keyRow: number;
}

export interface PracticeSheets {
  problems: PlannedSheet;
  key: PlannedSheet;
  cells: ProblemCells[];
  /** Formula cells written, on both sheets. */
  formulaCount: number;
}

/** The check's words. */
export const CHECK = { right: "Right", wrong: "Wrong", notANumber: "Enter a number" } as const;

/** The key's columns (0-based): problem, question, exact, key, accepted from and to, by formula, then 4 per mistake. */
const KEY = { problem: 0, question: 1, exact: 2, printed: 3, from: 4, to: 5, byFormula: 6, mistakes: 7 } as const;
const MISTAKE_COLUMNS = 4;
/** The key's header row (0-based) and its first problem row. */
const KEY_HEADER_ROW = 4;

/** Statement lines of about this many characters, so that a statement reads without wrapping. */
const LINE_LENGTH = 100;

/** A sheet being laid out: cells and formats set one by one, rows grown as needed. */
class Layout {
  readonly cells: CellWrite[][] = [];
  readonly numberFormats: NumberFormat[][] = [];

  set(row: number, column: number, write: CellWrite, format: NumberFormat = null): void {
    const cells = (this.cells[row] ??= []);
    const formats = (this.numberFormats[row] ??= []);
    while (cells.length < column) cells.push(null);
    while (formats.length < column) formats.push(null);
    cells[column] = write;
    formats[column] = format;
  }

  /** Text that Excel never parses. */
  text(row: number, column: number, text: string): void {
    this.set(row, column, { text });
  }

  sheet(sheetName: string): PlannedSheet {
    const rows = Array.from(this.cells, (row) => row ?? []);
    const formats = Array.from(this.numberFormats, (row) => row ?? []);
    return { sheetName, cells: rows, numberFormats: formats };
  }
}

/**
 * A statement (after `prefix`, its number) cut into lines of at most about {@link LINE_LENGTH}
 * characters, so that it reads without wrapping: each sentence starts a line unless it fits after
 * the one before; a longer sentence breaks between words.
 */
export function statementLines(statement: string, prefix = ""): string[] {
  const lines: string[] = [];
  const sentences = statement.split(/(?<=[.?!])\s+(?=[A-Z(])/);
  sentences[0] = `${prefix}${sentences[0] ?? ""}`;
  for (const sentence of sentences) {
    let line = "";
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + sentence.length <= LINE_LENGTH) {
      lines[lines.length - 1] = `${last} ${sentence}`;
      continue;
    }
    for (const word of sentence.split(" ")) {
      if (line !== "" && line.length + 1 + word.length > LINE_LENGTH) {
        lines.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

/** Lays out a problem's givens from `row`; returns the next free row and each given's address by name. */
function layGivens(layout: Layout, givens: readonly Given[], row: number, refs: Map<string, string>): number {
  for (const given of givens) {
    if (given.kind === "value") {
      layout.text(row, 0, given.symbol);
      const value = typeof given.value === "string" ? { text: given.value } : given.value;
      layout.set(row, 1, value, given.format ?? null);
      layout.text(row, 2, given.description);
      refs.set(given.name, cellName(row, 1));
      row += 1;
    } else if (given.kind === "series") {
      layout.text(row, 0, "Period");
      layout.text(row + 1, 0, given.label);
      given.values.forEach((value, t) => {
        layout.set(row, 1 + t, t + 1);
        layout.set(row + 1, 1 + t, value, given.format ?? null);
      });
      refs.set(given.name, `${cellName(row + 1, 1)}:${cellName(row + 1, given.values.length)}`);
      row += 2;
    } else {
      layout.text(row, 0, given.labelHeader);
      given.columns.forEach((column, c) => layout.text(row, 1 + c, column.header));
      given.rows.forEach((item, k) => {
        layout.text(row + 1 + k, 0, item.label);
        item.values.forEach((value, c) => layout.set(row + 1 + k, 1 + c, value, given.columns[c]?.format ?? null));
      });
      given.columns.forEach((column, c) =>
        refs.set(column.name, `${cellName(row + 1, 1 + c)}:${cellName(row + given.rows.length, 1 + c)}`),
      );
      row += 1 + given.rows.length;
    }
  }
  return row;
}

/** The key formula with each `{name}` replaced by its cell or range on the problems sheet. */
export function keyFormula(problem: PracticeProblem, refs: ReadonlyMap<string, string>, problemsSheet: string): string {
  return problem.keyFormula.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const ref = refs.get(name);
    if (ref === undefined)
      throw new Error(`practice: the key formula of a ${problem.kind} problem names {${name}}, no given`);
    return `${quotedSheetPrefix(problemsSheet)}${ref}`;
  });
}

/**
 * The check formula for the answer in `answer`: "" while it is blank; for a number, "Right" within
 * the key's accepted range, "Wrong: <mistake>" within a mistake's, else "Wrong" ("Enter a number"
 * for text); for a class letter, the same without regard to case or spaces. Ranges compare to 6
 * decimals, so that a value on a bound is within it whatever the floating point.
 */
export function checkFormula(problem: PracticeProblem, answer: string, keySheet: string, keyRow: number): string {
  const key = (column: number) => `${quotedSheetPrefix(keySheet)}${columnName(column)}${keyRow}`;
  const mistakeColumn = (j: number, offset: number) => KEY.mistakes + j * MISTAKE_COLUMNS + offset;
  const wrongAs = (j: number) => `"${CHECK.wrong}: "&${key(mistakeColumn(j, 0))}`;
  if (problem.answer.type === "text") {
    const typed = `UPPER(TRIM(${answer}))`;
    let tail = `"${CHECK.wrong}"`;
    for (let j = problem.mistakes.length - 1; j >= 0; j--) {
      tail = `IF(${typed}=${key(mistakeColumn(j, 1))},${wrongAs(j)},${tail})`;
    }
    return `=IF(${answer}="","",IF(${typed}=${key(KEY.printed)},"${CHECK.right}",${tail}))`;
  }
  const inside = (from: number, to: number) =>
    `AND(ROUND(${answer}-${key(from)},6)>=0,ROUND(${key(to)}-${answer},6)>=0)`;
  let tail = `"${CHECK.wrong}"`;
  for (let j = problem.mistakes.length - 1; j >= 0; j--) {
    if (problem.mistakes[j]?.accepted === undefined) continue;
    tail = `IF(${inside(mistakeColumn(j, 2), mistakeColumn(j, 3))},${wrongAs(j)},${tail})`;
  }
  const numeric = `IF(${inside(KEY.from, KEY.to)},"${CHECK.right}",${tail})`;
  return `=IF(${answer}="","",IF(ISNUMBER(${answer}),${numeric},"${CHECK.notANumber}"))`;
}

/** A formula with the value the core computed for it. */
const formula = (text: string, value: CellValue): CellWrite => ({ formula: text, value });

/** Plans both sheets of `set`, to go on the sheets named `names.problems` and `names.key`. */
export function planPracticeSheets(set: PracticeSet, names: { problems: string; key: string }): PracticeSheets {
  const sheet = new Layout();
  const key = new Layout();
  const { type, problems, seed } = set;

  sheet.text(0, 0, `Practice set: ${type.title} (${problems.length} problem${problems.length === 1 ? "" : "s"})`);
  sheet.text(1, 0, "Seed");
  sheet.set(1, 1, seed, "0");
  sheet.text(1, 2, "The same seed gives the same problems.");
  sheet.text(2, 0, "Key");
  sheet.text(
    2,
    1,
    `on the sheet '${names.key}'. Hide it before sharing: the Check cells read it, and deleting it breaks them.`,
  );
  sheet.text(
    3,
    0,
    "Type each answer in column B beside Answer; the cell to its right says Right, Wrong, or names the mistake it looks like.",
  );

  key.text(0, 0, `Answer key: ${type.title}`);
  key.text(1, 0, "Seed");
  key.set(1, 1, seed, "0");
  key.text(
    2,
    0,
    `For the sheet '${names.problems}', computed by the add-in's models. "By formula" recomputes each answer from ` +
      `that sheet's givens; its Check cells read the Accepted and mistake columns.`,
  );
  const mostMistakes = Math.max(0, ...problems.map((p) => p.mistakes.length));
  const headers = ["Problem", "Question", "Exact", "Key", "Accepted from", "Accepted to", "By formula"];
  for (let j = 1; j <= mostMistakes; j++) headers.push(`Mistake ${j}`, "Gives", "From", "To");
  headers.forEach((header, c) => key.text(KEY_HEADER_ROW, c, header));

  const cells: ProblemCells[] = [];
  let formulaCount = 0;
  let row = 5;
  problems.forEach((problem, k) => {
    for (const line of statementLines(problem.statement, `${k + 1}. `)) sheet.text(row++, 0, line);
    const refs = new Map<string, string>();
    row = layGivens(sheet, problem.givens, row, refs);

    const keyRowIndex = KEY_HEADER_ROW + 1 + k;
    const answer = cellName(row, 1);
    const check = cellName(row, 2);
    sheet.text(row, 0, "Answer");
    sheet.set(row, 2, formula(checkFormula(problem, answer, names.key, keyRowIndex + 1), ""));
    cells.push({ answer, check, keyRow: keyRowIndex + 1 });
    row += 2;

    const a = problem.answer;
    key.set(keyRowIndex, KEY.problem, k + 1);
    key.text(keyRowIndex, KEY.question, problem.question);
    const byFormula = formula(keyFormula(problem, refs, names.problems), a.exact);
    if (a.type === "number") {
      key.set(keyRowIndex, KEY.exact, a.exact, a.exactFormat);
      key.set(keyRowIndex, KEY.printed, a.printed, a.printedFormat);
      key.set(keyRowIndex, KEY.from, a.accepted.from, a.printedFormat);
      key.set(keyRowIndex, KEY.to, a.accepted.to, a.printedFormat);
      key.set(keyRowIndex, KEY.byFormula, byFormula, a.exactFormat);
    } else {
      key.text(keyRowIndex, KEY.exact, a.exact);
      key.text(keyRowIndex, KEY.printed, a.exact);
      key.set(keyRowIndex, KEY.byFormula, byFormula);
    }
    problem.mistakes.forEach((mistake, j) => {
      const column = KEY.mistakes + j * MISTAKE_COLUMNS;
      key.text(keyRowIndex, column, mistake.message);
      if (typeof mistake.value === "string") key.text(keyRowIndex, column + 1, mistake.value);
      else key.set(keyRowIndex, column + 1, mistake.value, a.type === "number" ? a.exactFormat : null);
      if (mistake.accepted) {
        const format = a.type === "number" ? a.printedFormat : null;
        key.set(keyRowIndex, column + 2, mistake.accepted.from, format);
        key.set(keyRowIndex, column + 3, mistake.accepted.to, format);
      }
    });
    formulaCount += 2;
  });

  return { problems: sheet.sheet(names.problems), key: key.sheet(names.key), cells, formulaCount };
}
