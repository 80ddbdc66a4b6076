/**
 * What a practice problem is, as data: the statement a student reads, the
 * givens laid out in cells, the answer the key holds (with the range of
 * answers the check accepts) and the classic mistakes the check names. The
 * problem types (one file each) make problems; practiceSheets.ts lays them out.
 * Nothing here touches a workbook.
 */
import type { Random } from "../demo/random";
import type { NumberFormat } from "../workbook/workbookPort";

/** The problem types a practice set can hold. */
export const PRACTICE_KINDS = [
  "eoq",
  "safetyStock",
  "reorderPoint",
  "abc",
  "lotSizing",
  "epq",
  "newsvendor",
  "turnover",
] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** The answers a check accepts: every number from `from` to `to`, both included. */
export interface Accepted {
  from: number;
  to: number;
}

/** One given on its own row: its symbol, its value and what it is (with its unit). */
export interface GivenValue {
  kind: "value";
  /** How the key formula names it: `{D}`. */
  name: string;
  /** The textbook symbol, short enough for a narrow column: "D", "S", "σ", "CSL". */
  symbol: string;
  /** A number, or text written as literal text (a rule's code, "SM"). */
  value: number | string;
  /** What it is and its unit: "annual demand, units a year". */
  description: string;
  format?: NumberFormat;
}

/** A series laid across a row under a row of period numbers (requirements per period). */
export interface GivenSeries {
  kind: "series";
  name: string;
  /** The label of the row of values: "Units". */
  label: string;
  values: number[];
  format?: NumberFormat;
}

/** A column of an item table, named for the key formula: `{units}` is its range of values. */
export interface ItemColumn {
  name: string;
  header: string;
  format?: NumberFormat;
}

/** A small table of items: a header row, then one row per item (its label, then one number per column). */
export interface GivenItems {
  kind: "items";
  /** The header over the items' labels: "Item". */
  labelHeader: string;
  columns: ItemColumn[];
  rows: Array<{ label: string; values: number[] }>;
}

export type Given = GivenValue | GivenSeries | GivenItems;

/** A numeric answer: the core's value, the key's printed answer and the answers the check accepts. */
export interface NumericAnswer {
  type: "number";
  /** The value the core computes. */
  exact: number;
  /** The answer as a key prints it: a reorder point rounded up, a quantity to a unit, money to the cent. */
  printed: number;
  accepted: Accepted;
  /** Number formats of the exact value and of the printed answer on the key sheet. */
  exactFormat: NumberFormat;
  printedFormat: NumberFormat;
}

/** A text answer (an ABC class), checked without regard to case or surrounding spaces. */
export interface TextAnswer {
  type: "text";
  exact: string;
}

export type Answer = NumericAnswer | TextAnswer;

/** A classic mistake: what the check says, and the answer it gives (with its accepted range for a number). */
export interface NamedMistake {
  /** What the check column says after "Wrong: ". */
  message: string;
  value: number | string;
  /** For a numeric answer: the answers that read as this mistake, rounded as the right answer may be. */
  accepted?: Accepted;
}

export interface PracticeProblem {
  kind: PracticeKind;
  /** Which form of the problem type (an EOQ from monthly demand, a safety stock for a new lead time, …). */
  variant: string;
  /** The problem as a student reads it, numbers included. */
  statement: string;
  givens: Given[];
  /** The question in a few words, for the key: "EOQ, units". */
  question: string;
  answer: Answer;
  mistakes: NamedMistake[];
  /**
   * The key's formula over the givens' cells: `{name}` stands for a given's cell
   * (a value), its range (a series, an item column). It recomputes the answer
   * with the add-in's functions, e.g. "=INV.EOQ({D},{S},{i},{C})".
   */
  keyFormula: string;
}

/** A problem type: its names and how it draws a problem of each of its forms. */
export interface ProblemType {
  kind: PracticeKind;
  /** Its short name, in the pane and in sheet names: "EOQ", "Safety stock". */
  label: string;
  /** Its title on the sheets: "Economic order quantity (EOQ)". */
  title: string;
  /** What its problems ask and the mistakes their checks name, in a sentence for the pane. */
  summary: string;
  /** The forms of the problem, taken in turn (problem k has form k mod their number). */
  variants: readonly string[];
  /** A problem of form `variant`, its inputs drawn from `random`. */
  draw(random: Random, variant: string): PracticeProblem;
}

/** A given on its own row. */
export function given(
  name: string,
  symbol: string,
  value: number | string,
  description: string,
  format?: NumberFormat,
): GivenValue {
  return { kind: "value", name, symbol, value, description, ...(format === undefined ? {} : { format }) };
}

/** The value of a problem's given named `name` (a given on its own row), or undefined. */
export function givenValue(problem: PracticeProblem, name: string): number | string | undefined {
  for (const g of problem.givens) if (g.kind === "value" && g.name === name) return g.value;
  return undefined;
}
