/**
 * What the user typed into one argument's field, read as the value an
 * explainer takes (see the registry's `ArgumentKind`). The pane's rules about
 * text live here and in parseEntry; every rule about the model's inputs is
 * core's. Messages name the Excel argument, as the field does.
 */
import type { ExplainArgument, ExplainValue } from "../../core/explain/registry";
import { InputError } from "../../core/shared/inputError";
import { parseEntry, type EntryRules } from "../shared/parseEntry";

/** A field's entry: text, or for a logical its switch (absent while never switched: the argument is omitted). */
export type ArgumentEntry = string | boolean;

export type ReadArgument =
  { kind: "empty" } | { kind: "value"; value: Exclude<ExplainValue, undefined> } | { kind: "invalid"; message: string };

/**
 * Numbers as Excel reads them in a formula: "98%" is 0.98 in any argument
 * (the explanation shows the value used), "75,000" is 75000.
 */
const NUMBER_RULES: EntryRules = { percent: true, thousands: true, numberAdvice: "" };

const EMPTY = { kind: "empty" } as const;

/**
 * Reads one argument's entry by its kind:
 * - number: "1300", "0.225", "98%", "75,000";
 * - list: "10, 20, 30", or one number per line (then "1,300" is one number);
 *   a blank between separators is a blank cell (null);
 * - history: one item per line, its periods separated by commas, spaces or tabs
 *   (a block pasted from Excel reads as it was); one figure per line is one
 *   item's periods, as a single-column range is;
 * - choice: one of the argument's choices (any case), written as the choice is spelled;
 * - logical: the switch (a required one never switched is FALSE, an optional one is left out).
 */
export function readArgument(argument: ExplainArgument, entry: ArgumentEntry | undefined): ReadArgument {
  if (argument.kind === "logical") {
    if (typeof entry === "boolean") return { kind: "value", value: entry };
    return argument.optional ? EMPTY : { kind: "value", value: false };
  }
  const text = typeof entry === "string" ? entry.trim() : "";
  if (text === "") return EMPTY;
  switch (argument.kind) {
    case "number": {
      const read = parseEntry(text, argument.name, NUMBER_RULES);
      return read.kind === "number" ? { kind: "value", value: read.value } : read;
    }
    case "list": {
      const read = readCells([listItems(text)], argument.name, (_row, column) => `item ${column + 1}`);
      return Array.isArray(read) ? { kind: "value", value: read[0] ?? [] } : read;
    }
    case "history": {
      const read = readCells(
        historyRows(text),
        argument.name,
        (row, column) => `item ${row + 1}, period ${column + 1}`,
      );
      if (!Array.isArray(read)) return read;
      // A single column (one figure per line) is one item's periods, as a single-column range is in Excel.
      const column = read.length > 1 && read.every((row) => row.length === 1);
      return { kind: "value", value: column ? [read.flat()] : padded(read) };
    }
    case "choice": {
      const choices = argument.choices ?? [];
      const choice = choices.find((option) => option.toLowerCase() === text.toLowerCase());
      if (choice !== undefined) return { kind: "value", value: choice };
      const message = new InputError(argument.name, `must be ${oneOf(choices)}`, text).message;
      return { kind: "invalid", message };
    }
  }
}

/** The items of a list: split at line breaks, tabs or semicolons when there are any, else at commas, else at spaces. */
function listItems(text: string): string[] {
  if (/[\n\t;]/.test(text)) return trimBlankEnds(text.split(/\r?\n|\t|;/));
  if (text.includes(",")) return trimBlankEnds(text.split(","));
  return text.split(/\s+/);
}

/** The rows of a history: one per non-blank line, its periods split at tabs, else commas or semicolons, else spaces. */
function historyRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      if (line.includes("\t")) return trimBlankEnds(line.split("\t"));
      if (/[,;]/.test(line)) return trimBlankEnds(line.split(/[,;]/));
      return line.trim().split(/\s+/);
    });
}

/** Drops blank pieces at either end ("10, 20," is two items); blanks between pieces stay blank cells. */
function trimBlankEnds(pieces: string[]): string[] {
  let start = 0;
  let end = pieces.length;
  while (start < end && pieces[start]?.trim() === "") start++;
  while (end > start && pieces[end - 1]?.trim() === "") end--;
  return pieces.slice(start, end);
}

/** Rows as long as the longest, filled with blanks, as a range would be. */
function padded(rows: Array<Array<number | null>>): Array<Array<number | null>> {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
}

/**
 * Reads every piece as a number or a blank (null): the rows, or the message
 * about the first piece that is not a number, or empty when every piece is blank.
 */
function readCells(
  pieces: string[][],
  name: string,
  where: (row: number, column: number) => string,
): Array<Array<number | null>> | Exclude<ReadArgument, { kind: "value" }> {
  const rows: Array<Array<number | null>> = [];
  for (const [r, line] of pieces.entries()) {
    const row: Array<number | null> = [];
    for (const [c, piece] of line.entries()) {
      const read = parseEntry(piece.trim(), `${name} at ${where(r, c)}`, NUMBER_RULES);
      if (read.kind === "invalid") return read;
      row.push(read.kind === "number" ? read.value : null);
    }
    rows.push(row);
  }
  return rows.some((row) => row.some((cell) => cell !== null)) ? rows : EMPTY;
}

/** "\"value\" or \"count\"", as a rule's words. */
function oneOf(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `"${choice}"`);
  if (quoted.length <= 1) return `one of ${quoted.join("")}`;
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
