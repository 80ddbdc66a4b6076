/**
 * Small parts the explainers are built from: reading an argument by its Excel
 * name, and figures that only show when the doubles can hold them.
 *
 * An explanation shows intermediate values beside the model's answer. A model
 * keeps its answer finite for inputs as large as 1e308 (EOQ computes √(2DS/H)
 * without ever forming 2DS), but a step such as "2DS" can overflow where the
 * answer does not; such a step is left out rather than shown as Infinity.
 */
import type { ExplainedInput, ExplainedStep, ExplainedValue } from "./explanation";
import type { ExplainArgs } from "./registry";
import { InputError, formatValue } from "../shared/inputError";

/** A required single number; anything else is an input error naming the argument. */
export function numberArg(args: ExplainArgs, name: string): number {
  const value = args[name];
  if (typeof value !== "number") throw new InputError(name, "is blank; enter a number", value);
  return value;
}

/**
 * Several required numbers at once, keyed as the model names them:
 * `numberArgs(args, { demand: "demand", orderCost: "order_cost" })` gives
 * `{ demand, orderCost }`, ready to hand to the model.
 */
export function numberArgs<K extends string>(args: ExplainArgs, names: Record<K, string>): Record<K, number> {
  const numbers = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) numbers[key] = numberArg(args, names[key]);
  return numbers;
}

/** An optional single number: `undefined` when omitted. */
export function optionalNumberArg(args: ExplainArgs, name: string): number | undefined {
  const value = args[name];
  if (value === undefined) return undefined;
  return numberArg(args, name);
}

/** A list of numbers (blanks as `null`): a single number is a list of one. */
export function listArg(args: ExplainArgs, name: string): Array<number | null> {
  const value = args[name];
  if (typeof value === "number") return [value];
  if (Array.isArray(value) && value.every((item) => item === null || typeof item === "number")) {
    return value;
  }
  throw new InputError(name, "must be a list of numbers", value);
}

/** A choice among `choices` (any case), or `fallback` when omitted; without a fallback the choice is required. */
export function choiceArg<C extends string>(args: ExplainArgs, name: string, choices: readonly C[], fallback?: C): C {
  const value = args[name];
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new InputError(name, `is blank; enter one of ${choices.join(", ")}`, value);
  }
  const match = choices.find((choice) => typeof value === "string" && choice.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw new InputError(name, `must be one of ${choices.join(", ")}`, value);
  return match;
}

/** An optional TRUE/FALSE: `fallback` when omitted. */
export function logicalArg(args: ExplainArgs, name: string, fallback: boolean): boolean {
  const value = args[name];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new InputError(name, "must be TRUE or FALSE", value);
  return value;
}

/**
 * The model's result, or `undefined` when the model refuses the inputs (an
 * {@link InputError}): for a model that gives more than the function needs,
 * such as a cost that overflows beside an order quantity that does not.
 */
export function unlessRefused<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** A figure that shows: a finite number or text. */
const shows = (value: ExplainedValue | undefined): value is ExplainedValue =>
  typeof value === "string" || (typeof value === "number" && Number.isFinite(value));

/** One input of the explanation. */
export function input(
  argument: string,
  label: string,
  symbol: string,
  value: ExplainedValue,
  unit: string,
): ExplainedInput {
  return { argument, label, symbol, value, unit };
}

/**
 * One step of the explanation; `undefined` (left out by {@link presentSteps})
 * when its value is missing or not finite.
 */
export function step(
  label: string,
  symbol: string,
  value: ExplainedValue | undefined,
  unit: string,
): ExplainedStep | undefined {
  return shows(value) ? { label, symbol, value, unit } : undefined;
}

/** The steps that show, in order. */
export function presentSteps(...steps: Array<ExplainedStep | undefined>): ExplainedStep[] {
  return steps.filter((s): s is ExplainedStep => s !== undefined);
}

/** A table cell: the figure, or "" when it is missing or not finite. */
export function tableCell(value: ExplainedValue | undefined): ExplainedValue {
  return shows(value) ? value : "";
}

/** The most items a list input shows in its own cell; a longer list is summed up by its count. */
const LISTED_ITEMS = 12;

/**
 * A list input's value for its row: the items ("0; 400; 800", blanks after the
 * last item dropped), or "24 periods" when there are more than twelve (the
 * explanation's table shows them).
 */
export function listSummary(values: ReadonlyArray<number | null>, noun: string): string {
  let count = values.length;
  while (count > 0 && values[count - 1] === null) count--;
  if (count > LISTED_ITEMS) return `${count.toLocaleString("en-US")} ${noun}`;
  return values
    .slice(0, count)
    .map((value) => (value === null ? "blank" : formatValue(value)))
    .join("; ");
}

/**
 * For a function whose `[result]` argument picks one of several outputs: the
 * chosen output is the explanation's result and the others stay steps, in
 * their order. The chosen output is always there (the model computed it); a
 * missing one is a bug.
 */
export function chooseResult<K extends string>(
  outputs: Record<K, ExplainedStep | undefined>,
  choice: K,
): { result: ExplainedStep; others: ExplainedStep[] } {
  const result = outputs[choice];
  if (result === undefined) throw new Error(`explain: the model gave no ${choice}`);
  const others = (Object.keys(outputs) as K[]).filter((key) => key !== choice).map((key) => outputs[key]);
  return { result, others: presentSteps(...others) };
}
