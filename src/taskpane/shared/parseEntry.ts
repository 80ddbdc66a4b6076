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
  /**
   * Advice appended when the text is not a number at all; default "for example
   * 0.95 or 95%" where percentages are allowed, none elsewhere; "" for none.
   */
  numberAdvice?: string;
  /** Whether "75,000" may be typed for 75000 (commas between groups of three digits before the point). */
  thousands?: boolean;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** An entry that is not a number: the rule it breaks, in words, and advice where some helps. */
export interface EntryProblem {
  kind: "invalid";
  rule: string;
  hint?: string;
}

/**
 * Reads one field. "" is empty; "1300", "0.225", "1.5e3", "-2" are numbers;
 * "95%" is 0.95 where percentages are allowed; "75,000" is 75000 where
 * thousands separators are. Anything else is invalid, with
 * a message in core's form ("demand must be a number (got text "abc")").
 * Out-of-range numbers are not judged here: core judges them.
 *
 * @param argument the input's name in the messages: core's field name, or in
 *   the calculator the Excel argument's name, the field's own words
 */
export function parseEntry(text: string, argument: string, rules: EntryRules): Entry {
  const entry = readEntry(text, rules);
  if (entry.kind !== "invalid") return entry;
  const options = entry.hint ? { hint: entry.hint } : {};
  return { kind: "invalid", message: new InputError(argument, entry.rule, text, options).message };
}

/**
 * {@link parseEntry} without the message: what is wrong with the text, for a
 * caller that words its messages itself (the wizard names the field by its label).
 */
export function readEntry(
  text: string,
  rules: EntryRules,
): { kind: "empty" } | { kind: "number"; value: number } | EntryProblem {
  const typed = text.trim().replace(/\u2212/g, "-");
  if (typed === "") return { kind: "empty" };
  const trimmed = rules.thousands ? ungrouped(typed) : typed;
  if (NUMBER.test(trimmed)) return { kind: "number", value: Number(trimmed) };
  const percent = /^(.*?)\s*%$/.exec(trimmed)?.[1];
  if (percent !== undefined && NUMBER.test(percent)) {
    if (!rules.percent) {
      return problem("is not a rate, so it takes no %", rules.percentAdvice ?? `enter ${percent} without %`);
    }
    // 15 significant digits: "14.3%" is 0.143, not 0.14300000000000002.
    return { kind: "number", value: Number((Number(percent) / 100).toPrecision(15)) };
  }
  const advice = /\d,\d/.test(trimmed)
    ? rules.thousands
      ? "use a point for decimals, and commas only between groups of three digits"
      : "use a point for decimals and no thousands separators"
    : (rules.numberAdvice ?? (rules.percent ? "for example 0.95 or 95%" : "")) || undefined;
  return problem("must be a number", advice);
}

/** "75,000.5" → "75000.5", "12,5%" and "1,2,3" as typed: commas go only where they group thousands. */
function ungrouped(text: string): string {
  const percent = /^(.*?)(\s*%)$/.exec(text);
  const number = percent?.[1] ?? text;
  return GROUPED.test(number) ? number.replace(/,/g, "") + (percent?.[2] ?? "") : text;
}

function problem(rule: string, hint: string | undefined): EntryProblem {
  return hint ? { kind: "invalid", rule, hint } : { kind: "invalid", rule };
}
