/**
 * The pane's messages about a field, in the user's words: the field's label,
 * the rule in the unit the field shows ("must be more than 0% and at most
 * 100%", a bound as a percentage), and the value as it was typed. The line
 * under a field shows the brief form; the whole message is there on demand.
 */
import { formatValue } from "../../core/shared/inputError";

/**
 * A message about one field: "Class B up to must be at least Class A up to (70%); got 60%".
 *
 * @param label the field's label
 * @param rule what the value must satisfy, in the field's unit
 * @param got the value as the field shows it (as typed, or quoted text)
 * @param hint advice appended in brackets: "for 98% enter 0.98 or 98%"
 */
export function fieldMessage(label: string, rule: string, got: string, hint?: string): string {
  return `${label} ${rule}; got ${got}${hint ? ` (${hint})` : ""}`;
}

/** A share as a percentage field shows it: 0.7 → "70%", 0.125 → "12.5%". */
export function asPercent(share: number): string {
  return `${formatValue(share * 100)}%`;
}

/**
 * The short form of a field message, for the line under the field (whose label
 * is just above it): the advice when there is some, else the rule.
 * "Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)"
 * → "For 98% enter 0.98 or 98%". A message in another form comes back as it is.
 */
export function briefMessage(message: string, label: string): string {
  if (!message.startsWith(`${label} `)) return message;
  const match = /^(.*?); got (.*?)(?: \((.*)\))?$/s.exec(message.slice(label.length + 1));
  if (!match) return message;
  return capitalized(match[3] ?? match[1] ?? message);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
