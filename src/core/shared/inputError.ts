/**
 * The one error type of the core: an input that the model cannot accept.
 *
 * `argument` is the core field name of the offending input (camelCase, as in the
 * model's input object), `rule` says what the input must satisfy, and `value` is
 * what was given. The Excel layer turns the field name into the Excel argument
 * name and prefixes the function name; the task pane shows `message` as is.
 *
 * Anything else thrown from core is a bug, not an input error.
 */
export class InputError extends Error {
  readonly argument: string;
  readonly rule: string;
  readonly value: unknown;
  /** Extra advice appended after the value, e.g. "for 95% enter 0.95 or 95%". */
  readonly hint: string | undefined;
  /** For list inputs: the 0-based position of the offending element. */
  readonly index: number | undefined;

  constructor(argument: string, rule: string, value: unknown, options: { hint?: string; index?: number } = {}) {
    const where = options.index === undefined ? "" : ` at item ${options.index + 1}`;
    super(`${argument}${where} ${rule} (got ${formatValue(value)}${options.hint ? `; ${options.hint}` : ""})`);
    this.name = "InputError";
    this.argument = argument;
    this.rule = rule;
    this.value = value;
    this.hint = options.hint;
    this.index = options.index;
  }
}

/** Formats a value for an error message: numbers up to 10 significant digits, text quoted. */
export function formatValue(value: unknown): string {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : String(Number(value.toPrecision(10)));
  }
  if (typeof value === "string") return `text "${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "a blank";
  return String(value);
}
