/**
 * What the user typed into a calculator field, read as a number. The pane's
 * only rules about text live here; every rule about the model's inputs is
 * core's, and its {@link InputError} message is shown as is.
 */
import { InputError } from "../../core/shared/inputError";

export type Entry = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid"; message: string };

export interface EntryRules {
  /** Whether "25%" may be typed for 0.25: only where the model expects a fraction (a rate, a service level). */
  percent: boolean;
  /** Advice appended when a percentage is typed where it is not allowed. */
  percentAdvice?: string;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads one field. "" is empty; "1300", "0.225", "1.5e3", "-2" are numbers;
 * "95%" is 0.95 where percentages are allowed. Anything else is invalid, with
 * a message in core's form ("demand must be a number (got text "abc")").
 * Out-of-range numbers are not judged here: core judges them.
 *
 * @param argument the core field name, so that messages match core's
 */
export function parseEntry(text: string, argument: string, rules: EntryRules): Entry {
  const trimmed = text.trim().replace(/\u2212/g, "-");
  if (trimmed === "") return { kind: "empty" };
  if (NUMBER.test(trimmed)) return { kind: "number", value: Number(trimmed) };
  const percent = /^(.*?)\s*%$/.exec(trimmed)?.[1];
  if (percent !== undefined && NUMBER.test(percent)) {
    if (!rules.percent) {
      const advice = rules.percentAdvice ?? `enter ${percent} without %`;
      return invalid(argument, "is not a rate, so it takes no %", text, advice);
    }
    // 15 significant digits: "14.3%" is 0.143, not 0.14300000000000002.
    return { kind: "number", value: Number((Number(percent) / 100).toPrecision(15)) };
  }
  const advice = /\d,\d/.test(trimmed)
    ? "use a point for decimals and no thousands separators"
    : rules.percent
      ? "for example 0.95 or 95%"
      : undefined;
  return invalid(argument, "must be a number", text, advice);
}

function invalid(argument: string, rule: string, text: string, hint: string | undefined): Entry {
  return { kind: "invalid", message: new InputError(argument, rule, text, hint ? { hint } : {}).message };
}
