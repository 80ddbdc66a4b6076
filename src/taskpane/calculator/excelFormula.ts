/**
 * The cell formulas of one calculation: the INV function's own call, and the
 * INV.EXPLAIN call that spills its work. Pure: the values are the ones the
 * explanation was computed from, so the formula computes the same thing.
 */
import type { ExplainArgs, ExplainArgument, ExplainValue } from "../../core/explain/registry";
import { excelNumber } from "../shared/format";

/**
 * `=INV.EOQ(1300, 8, 0.225)`: numbers with every digit, lists as a column
 * array constant `{10;20;30}`, histories as rows `{10,12,14;20,20,26}`,
 * choices quoted, logicals TRUE/FALSE; an omitted argument is left empty, and
 * trailing omitted ones are dropped.
 */
export function functionFormula(fn: string, parameters: readonly ExplainArgument[], args: ExplainArgs): string {
  return `=INV.${fn}(${argumentList(parameters, args).join(", ")})`;
}

/** `=INV.EXPLAIN("EOQ", 1300, 8, 0.225)`: the function's name, then its own arguments. */
export function explainFormula(fn: string, parameters: readonly ExplainArgument[], args: ExplainArgs): string {
  return `=INV.EXPLAIN(${[excelText(fn), ...argumentList(parameters, args)].join(", ")})`;
}

function argumentList(parameters: readonly ExplainArgument[], args: ExplainArgs): string[] {
  const written = parameters.map((parameter) => excelLiteral(args[parameter.name]));
  while (written.length > 0 && written[written.length - 1] === "") written.pop();
  return written;
}

/** One argument as Excel formula text ("" when omitted). */
export function excelLiteral(value: ExplainValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return excelNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return excelText(value);
  const rows = value.map((item) => (Array.isArray(item) ? item : [item]));
  const isColumn = value.every((item) => !Array.isArray(item));
  // An array constant is rectangular and has no blanks: a blank cell is written as "", which reads as blank.
  const width = Math.max(1, ...rows.map((row) => row.length));
  const cells = rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      return cell === null || cell === undefined ? '""' : excelNumber(cell);
    }),
  );
  return isColumn ? `{${cells.map((row) => row[0]).join(";")}}` : `{${cells.map((row) => row.join(",")).join(";")}}`;
}

/** A text constant: quoted, inner quotes doubled. */
function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
