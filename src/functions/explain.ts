/*
 * INV.EXPLAIN: one calculation of another INV function, shown with its work.
 *
 * It runs the function's own wrapper first, so that a wrong argument gives the
 * function's own `#VALUE!` message (a spill holding an error gives its first
 * error; blank inputs, the function's ""); a range where the explainer takes a
 * single number is refused, since EXPLAIN shows one calculation. Then it reads
 * the same arguments with the funnel by the kinds the function's explainer
 * declares, and spills the explanation's rows (core/explain/layout.ts). The
 * explanation is built from
 * the core model, and its answer must be the function's own: if it is not,
 * that is a bug, and EXPLAIN throws a plain Error rather than pass it off as
 * an input error.
 */
import { explanationRows } from "../core/explain/layout";
import type { ExplainArgument, ExplainArgs, ExplainValue, Explainer } from "../core/explain/registry";
import { explainerFor } from "../core/explain/registry";
import { InputError, formatValue } from "../core/shared/inputError";
import { WRAPPERS } from "./catalog";
import { type ArgumentReader, type Binding, type Cell, type Output, guarded, oneCell, valueError } from "./funnel";

const FN = "EXPLAIN";
const PREFIX = "INV.";

/**
 * Shows the work of one INV calculation as a table: each input with its textbook symbol and unit, the formula, each intermediate value and the result, equal to the function's own. Example: =INV.EXPLAIN("EOQ", 1300, 8, 0.225).
 * @customfunction EXPLAIN
 * @param {any} function_name The INV function to explain, such as "EOQ" or "LOTSIZE" (any case, with or without INV.).
 * @param {any[][][]} argument That function's arguments in its order, as you would give them to it: single values for one calculation, ranges where it takes a list.
 * @returns {any[][]} Rows of section, label, symbol, value and unit: inputs, formula, steps, tables, result and source.
 */
export function explain(function_name: any, argument: any[][][]): any[][] {
  const name = functionName(function_name);
  const explainer = explainerFor(name);
  const wrapper = WRAPPERS.get(name);
  if (explainer === undefined || wrapper === undefined) {
    throw valueError(
      `${FN}: function_name must be the name of an INV function that EXPLAIN covers (got ${formatValue(function_name)})`,
    );
  }
  const given: unknown[] = Array.isArray(argument)
    ? argument
    : argument === null || argument === undefined
      ? []
      : [argument];
  if (given.length > explainer.arguments.length) {
    throw valueError(`${FN}: ${name} takes at most ${explainer.arguments.length} arguments (got ${given.length})`);
  }
  const values = explainer.arguments.map((_, k) => given[k] ?? null);

  // The function's own answer first: its errors, with its own messages, are EXPLAIN's.
  const output = asMatrix(wrapper(...values));
  for (const [k, parameter] of explainer.arguments.entries()) {
    if (parameter.kind === "number" && cellCount(values[k]) > 1) {
      throw valueError(`${FN} explains one calculation: ${parameter.name} must be a single value`);
    }
  }
  const error = output.flat().find(isError);
  if (error !== undefined) return oneCell(error);
  if (output.length === 1 && output[0]?.length === 1 && output[0][0] === "") return oneCell(null);

  const explanation = explainCall(name, explainer, readArguments(name, explainer, values));
  const own = explanation.output ?? [[explanation.result.value]];
  if (!sameCells(own, output)) {
    throw new Error(
      `${FN}: the explanation of ${name} gives ${describe(own)} but ${name} gives ${describe(output)}: a bug in its explainer`,
    );
  }
  return explanationRows(explanation);
}

/** The function's id from what was typed: "eoq", " INV.EOQ " → "EOQ"; anything but text → "". */
function functionName(value: unknown): string {
  if (typeof value !== "string") return "";
  const name = value.trim().toUpperCase();
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name;
}

/** What a wrapper returned, as rows of cells (a single value as one cell). */
function asMatrix(result: unknown): Output[][] {
  if (!Array.isArray(result)) return [[result as Output]];
  return result.map((row: unknown) => (Array.isArray(row) ? (row as Output[]) : [row as Output]));
}

/** The cells in an argument as Excel passed it: 1 for a single value. */
function cellCount(value: unknown): number {
  if (!Array.isArray(value)) return 1;
  return value.reduce<number>((count, row: unknown) => count + (Array.isArray(row) ? row.length : 1), 0);
}

/** A CustomFunctions.Error (the only objects a wrapper's cells hold). */
const isError = (cell: Output): cell is CustomFunctions.Error => typeof cell === "object" && cell !== null;

/**
 * The arguments by Excel name, read by the explainer's kinds with the funnel.
 * The function has just accepted them, so a refusal here means the kinds
 * disagree with the function: a bug, not an input error.
 */
function readArguments(name: string, explainer: Explainer, values: readonly Cell[]): ExplainArgs {
  try {
    const bindings = Object.fromEntries(
      explainer.arguments.map((parameter, k): [string, Binding] => [parameter.name, [parameter.name, values[k]]]),
    );
    return guarded(name, bindings, (read) =>
      Object.fromEntries(explainer.arguments.map((parameter) => [parameter.name, readArgument(read, parameter)])),
    );
  } catch (error) {
    throw new Error(
      `${FN}: ${name} accepted arguments its explainer cannot read (${String((error as Error)?.message)})`,
    );
  }
}

/**
 * One argument by its kind. A list is read as the wrappers read lists: numbers,
 * with TRUE/FALSE as 1/0 for a list of yes/no flags (a list of numbers holds no
 * logical value once its function has accepted it).
 */
function readArgument(read: ArgumentReader, parameter: ExplainArgument): ExplainValue {
  switch (parameter.kind) {
    case "number":
      return read.optionalNumber(parameter.name);
    case "list":
      return read.flags(parameter.name).values;
    case "history":
      return read.history(parameter.name).rows;
    case "choice":
      return read.optionalChoice(parameter.name, parameter.choices ?? []);
    case "logical":
      return read.optionalLogical(parameter.name);
  }
}

/** The explanation; the model refusing what the function accepted is a bug in the explainer. */
function explainCall(name: string, explainer: Explainer, args: ExplainArgs) {
  try {
    return explainer.explain(args);
  } catch (error) {
    if (error instanceof InputError) {
      throw new Error(`${FN}: the explainer of ${name} refused what ${name} accepted (${error.message})`);
    }
    throw error;
  }
}

/**
 * The same cells row by row, or the transposed layout's: a function's spill
 * takes the shape and orientation of its input range (a row of periods spills
 * across, a block of values as a block), which the explainer, reading a list,
 * does not see.
 */
function sameCells(a: ReadonlyArray<readonly unknown[]>, b: ReadonlyArray<readonly unknown[]>): boolean {
  const left = a.flat();
  const same = (right: readonly unknown[]) =>
    left.length === right.length && left.every((cell, k) => cell === right[k]);
  const columns = b[0]?.length ?? 0;
  const transposed = Array.from({ length: columns }, (_, c) => b.map((row) => row[c])).flat();
  return same(b.flat()) || same(transposed);
}

function describe(cells: ReadonlyArray<readonly unknown[]>): string {
  const flat = cells.flat();
  // Numbers in full: two answers may differ in the last digits only.
  const shown = flat.slice(0, 5).map((cell) => (typeof cell === "number" ? String(cell) : formatValue(cell)));
  return `[${shown.join(", ")}${flat.length > 5 ? ", …" : ""}]`;
}
