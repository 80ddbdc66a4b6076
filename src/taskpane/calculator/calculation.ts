/**
 * The shape every calculator computes to, and the one place that turns typed
 * entries into core inputs and core's {@link InputError} into messages at the
 * right field. Pure: no React, no Office.
 */
import { InputError } from "../../core/shared/inputError";
import { excelNumber } from "./format";
import { parseEntry, type EntryRules } from "./parseEntry";

export interface FieldSpec<F extends string> {
  name: F;
  required: boolean;
  rules: EntryRules;
}

export interface CalculationResult {
  /** The main number, formatted, with its label and unit: "Q*" "304.05" "units". */
  headline: { label: string; value: string; unit: string };
  /** The formula with symbols, then with the numbers, then the result. */
  formulaLines: string[];
  /** Other numbers the model returns. */
  details: Array<{ label: string; value: string }>;
  /** The matching custom-function call, e.g. "=INV.EOQ(1300, 8, 0.225)". */
  excelFormula: string;
}

export interface Calculation<F extends string> {
  /** A message per field: an entry that is not a number, or core's message about that input. */
  fieldErrors: Partial<Record<F, string>>;
  /** Core's message about the inputs as a whole (no one field to show it at). */
  error?: string;
  /** Required fields still empty (not an error: the user has not got there yet). */
  missing: F[];
  result?: CalculationResult;
}

/**
 * Reads every field; if all required ones are there and every entry is a
 * number, runs `compute` (which calls core) and places any InputError at its
 * field. Anything else thrown is a bug and is not caught.
 */
export function calculate<F extends string>(
  specs: ReadonlyArray<FieldSpec<F>>,
  entries: Readonly<Record<F, string>>,
  compute: (values: Partial<Record<F, number>>) => CalculationResult,
): Calculation<F> {
  const fieldErrors: Partial<Record<F, string>> = {};
  const missing: F[] = [];
  const values: Partial<Record<F, number>> = {};
  for (const spec of specs) {
    const entry = parseEntry(entries[spec.name], spec.name, spec.rules);
    if (entry.kind === "invalid") fieldErrors[spec.name] = entry.message;
    else if (entry.kind === "number") values[spec.name] = entry.value;
    else if (spec.required) missing.push(spec.name);
  }
  if (missing.length > 0 || Object.keys(fieldErrors).length > 0) return { fieldErrors, missing };
  try {
    return { fieldErrors, missing, result: compute(values) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const field = specs.find((spec) => spec.name === error.argument);
    return field
      ? { fieldErrors: { [field.name]: error.message } as Partial<Record<F, string>>, missing }
      : { fieldErrors, missing, error: error.message };
  }
}

/** Arguments of a custom-function call: trailing omitted ones dropped, inner ones left empty. */
export function excelCall(name: string, args: ReadonlyArray<number | undefined>): string {
  const kept = [...args];
  while (kept.length > 0 && kept[kept.length - 1] === undefined) kept.pop();
  return `=${name}(${kept.map((value) => (value === undefined ? "" : excelNumber(value))).join(", ")})`;
}

/** A required value inside `compute` (present by construction: `calculate` checked it). */
export function required<F extends string>(values: Partial<Record<F, number>>, name: F): number {
  const value = values[name];
  if (value === undefined) throw new Error(`${name} was checked as required but is missing`);
  return value;
}
