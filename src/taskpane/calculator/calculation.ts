/**
 * One calculation of the calculator: the typed entries read by their kinds,
 * then the function's explainer (from core's registry, the same one
 * INV.EXPLAIN uses), and core's {@link InputError} placed at the field it is
 * about, in that field's words. Pure: no React, no Office.
 */
import type { Explanation } from "../../core/explain/explanation";
import type { ExplainArgs, ExplainArgument, Explainer, ExplainValue } from "../../core/explain/registry";
import { InputError } from "../../core/shared/inputError";
import { explainFormula, functionFormula } from "./excelFormula";
import { readArgument, type ArgumentEntry } from "./readArgument";

/** What was typed into each field, by Excel argument name. */
export type Entries = Readonly<Record<string, ArgumentEntry>>;

export interface CalculationResult {
  /** The explanation, built by core: its `result` is what the function returns. */
  explanation: Explanation;
  /** The function's own call: "=INV.EOQ(1300, 8, 0.225)". */
  formula: string;
  /** The call that spills the same explanation: '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)'. */
  explainFormula: string;
}

export interface Calculation {
  /** A message per field (by argument name): an entry that cannot be read, or core's message about that input. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Core's message about the inputs as a whole (no one field to show it at). */
  error?: string;
  /** Required arguments still empty (not an error: the user has not got there yet). */
  missing: string[];
  result?: CalculationResult;
}

/**
 * Reads every field; when every required one is there and every entry reads,
 * explains the calculation. An {@link InputError} goes to its field; anything
 * else thrown is a bug in the explainer, said as such rather than as an input error.
 */
export function calculate(explainer: Explainer, entries: Entries): Calculation {
  const fieldErrors: Record<string, string> = {};
  const missing: string[] = [];
  const args: Record<string, ExplainValue> = {};
  for (const argument of explainer.arguments) {
    const read = readArgument(argument, entries[argument.name]);
    if (read.kind === "invalid") fieldErrors[argument.name] = read.message;
    else if (read.kind === "value") args[argument.name] = read.value;
    else if (!argument.optional) missing.push(argument.name);
  }
  if (missing.length > 0 || Object.keys(fieldErrors).length > 0) return { fieldErrors, missing };
  const typed: ExplainArgs = args;
  try {
    return {
      fieldErrors,
      missing,
      result: {
        explanation: explainer.explain(typed),
        formula: functionFormula(explainer.fn, explainer.arguments, typed),
        explainFormula: explainFormula(explainer.fn, explainer.arguments, typed),
      },
    };
  } catch (error) {
    if (!(error instanceof InputError)) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        fieldErrors,
        missing,
        error: `${explainer.fn} could not be explained (a bug, not your input): ${message}`,
      };
    }
    const field = fieldOf(error.argument, explainer.arguments);
    return field
      ? { fieldErrors: { [field]: inFieldWords(error, field) }, missing }
      : { fieldErrors, missing, error: inExcelWords(error.message) };
  }
}

/**
 * The argument a core error is about: its Excel name given as is, or core's
 * camelCase field name written the Excel way ("orderCost" → "order_cost").
 */
export function fieldOf(name: string, parameters: readonly ExplainArgument[]): string | undefined {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return parameters.find((parameter) => parameter.name === name || parameter.name === snake)?.name;
}

/** Core's message with the field's name for core's: "order_cost must be zero or more (got -8)". */
function inFieldWords(error: InputError, field: string): string {
  const { message, argument } = error;
  return message.startsWith(argument) ? field + inExcelWords(message.slice(argument.length)) : inExcelWords(message);
}

/**
 * Every core field name in a message written the way the calculator labels its
 * fields, the Excel way: "b_cutoff must be at least a_cutoff (0.7)", never "aCutoff".
 */
function inExcelWords(message: string): string {
  return message.replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (name) =>
    name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase(),
  );
}
