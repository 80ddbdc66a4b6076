/**
 * An explainer declared from one list of its arguments: each argument's Excel
 * name, kind and optionality (the `arguments` the registry lists) beside the
 * words, textbook symbol and unit its input row shows. The explanation's
 * `fn`, `title`, `inputs` and `source` come from the declaration; `explain`
 * gives the rest from the core model.
 */
import { InputError } from "../shared/inputError";
import type { ExplainedInput, ExplainedValue, Explanation } from "./explanation";
import { listSummary } from "./parts";
import type { ArgumentKind, ExplainArgs, ExplainArgument, Explainer } from "./registry";

/** One argument of an INV function, as the registry reads it and as its input row shows it. */
export interface DescribedArgument extends ExplainArgument {
  /** In words: "Cycle service level". */
  label: string;
  /** The textbook symbol: "CSL" ("" when there is none). */
  symbol: string;
  /** "units per period", "fraction", … ("" for a pure number); for a list or history, what its items are. */
  unit: string;
}

/** An argument's words, symbol and unit, before its name, kind and optionality are given. */
export type ArgumentText = Pick<DescribedArgument, "label" | "symbol" | "unit">;

/** A required argument named `name`, of `kind` (default "number"). */
export function required(name: string, text: ArgumentText, kind: ArgumentKind = "number"): DescribedArgument {
  return { name, kind, optional: false, ...text };
}

/** An optional argument named `name`, of `kind` (default "number"); for a choice, its options. */
export function optional(
  name: string,
  text: ArgumentText,
  kind: ArgumentKind = "number",
  choices?: readonly string[],
): DescribedArgument {
  return choices === undefined
    ? { name, kind, optional: true, ...text }
    : { name, kind, optional: true, choices, ...text };
}

/** What {@link defineExplainer} takes: the function, its arguments described, and how to explain one call. */
export interface ExplainerDefinition {
  fn: string;
  title: string;
  arguments: readonly DescribedArgument[];
  /** Where the model comes from, as the model's doc comment cites it. */
  source: string;
  /** The formula, steps, tables, result and output, from the core model. */
  explain(args: ExplainArgs): Omit<Explanation, "fn" | "title" | "inputs" | "source">;
}

/** An {@link Explainer} whose inputs are the arguments given, each shown with its words, symbol and unit. */
export function defineExplainer(definition: ExplainerDefinition): Explainer {
  const described = definition.arguments;
  return {
    fn: definition.fn,
    arguments: described.map(({ name, kind, optional: isOptional, choices }) =>
      choices === undefined ? { name, kind, optional: isOptional } : { name, kind, optional: isOptional, choices },
    ),
    explain(args) {
      const explained = definition.explain(args);
      return {
        fn: definition.fn,
        title: definition.title,
        inputs: inputsOf(described, args),
        ...explained,
        source: definition.source,
      };
    },
  };
}

/** The input rows of the arguments given (an omitted optional argument has none). */
function inputsOf(described: readonly DescribedArgument[], args: ExplainArgs): ExplainedInput[] {
  const inputs: ExplainedInput[] = [];
  for (const argument of described) {
    const value = args[argument.name];
    if (value === undefined) continue;
    const { name, label, symbol, unit } = argument;
    inputs.push({ argument: name, label, symbol, value: shownValue(value, unit), unit });
  }
  return inputs;
}

/** An argument's value in one cell: a number or text as given, TRUE/FALSE, a list or history summed up. */
function shownValue(value: Exclude<ExplainArgs[string], undefined>, unit: string): number | string {
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const rows = value as ReadonlyArray<number | null | ReadonlyArray<number | null>>;
  if (rows.some(Array.isArray)) {
    const periods = rows.reduce<number>((widest, row) => Math.max(widest, Array.isArray(row) ? row.length : 1), 0);
    return `${rows.length.toLocaleString("en-US")} × ${periods.toLocaleString("en-US")}`;
  }
  return listSummary(rows as ReadonlyArray<number | null>, unit);
}

/** A cell of a range as an explainer receives it: a number or a blank. */
export const isNumberOrBlank = (cell: unknown): cell is number | null => cell === null || typeof cell === "number";

/**
 * A range of numbers as given: a list (read row by row; one number is a list of
 * one), or rows of cells, whose shape the function's spill then keeps.
 */
export interface RangeArgument {
  /** Every cell, row by row, blanks as `null`. */
  values: Array<number | null>;
  /** The range's rows and columns; a list counts as one column. */
  rows: number;
  columns: number;
}

/** Reads a "list" argument as a {@link RangeArgument}; anything else is an input error naming it. */
export function rangeArg(args: ExplainArgs, name: string): RangeArgument {
  const value = args[name];
  if (typeof value === "number") return { values: [value], rows: 1, columns: 1 };
  if (Array.isArray(value) && value.every(isNumberOrBlank)) return { values: value, rows: value.length, columns: 1 };
  if (Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row))) {
    const rows = value;
    const columns = rows[0]?.length ?? 0;
    if (columns > 0 && rows.every((row) => row.length === columns && row.every(isNumberOrBlank))) {
      return { values: rows.flat(), rows: rows.length, columns };
    }
  }
  throw new InputError(name, "must be a range of numbers", value);
}

/** Per-item results laid out in a range's shape, row by row, as a function spills them (blanks as ""). */
export function laidOut(results: ReadonlyArray<ExplainedValue | null>, columns: number): ExplainedValue[][] {
  const rows: ExplainedValue[][] = [];
  for (let start = 0; start < results.length; start += columns) {
    rows.push(results.slice(start, start + columns).map((cell) => cell ?? ""));
  }
  return rows;
}
