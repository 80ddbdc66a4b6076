/**
 * The answers a check accepts: those an answer key's own rounding allows.
 *
 * - a quantity to a unit: any whole or decimal answer from the exact value
 *   rounded down to the exact value rounded up (304.05 accepts 304 to 305);
 * - a reorder point (or a count) rounded up: the same range, the key printing
 *   the value rounded up;
 * - money to the cent; a ratio or a fraction to two decimals;
 * - z read from a two-decimal table: a value computed with z rounded down or
 *   up to two decimals (1.64 or 1.65 for 1.6449) is right too, so the range
 *   runs from the result at the lower z to the result at the upper one.
 */
import { roundToStep } from "./textbook";
import type { Accepted, NamedMistake, NumericAnswer } from "./problem";
import type { NumberFormat } from "../workbook/workbookPort";

export type Rounding = "unit" | "unitUp" | "cent" | "hundredth";

const STEP: Readonly<Record<Rounding, number>> = { unit: 1, unitUp: 1, cent: 0.01, hundredth: 0.01 };

/** Floating-point slack when a value sits on a step: 3.0000000000000004 is 3. */
const SLACK = 1e-9;

/** From `low` rounded down to `high` rounded up, to the rounding's step. */
export function acceptedRange(low: number, high: number, rounding: Rounding): Accepted {
  const step = STEP[rounding];
  const from = Math.floor(low / step + SLACK) * step;
  const to = Math.ceil(high / step - SLACK) * step;
  return { from: roundToStep(from, step), to: roundToStep(to, step) };
}

/** The answer as the key prints it: up for "unitUp", else to the nearest step. */
export function printed(exact: number, rounding: Rounding): number {
  const step = STEP[rounding];
  if (rounding === "unitUp") return roundToStep(Math.ceil(exact / step - SLACK) * step, step);
  return roundToStep(exact, step);
}

/** z rounded down and up to two decimals, as a printed table gives it. */
export function zFromTable(z: number): { low: number; high: number } {
  return { low: Math.floor(z * 100 + SLACK) / 100, high: Math.ceil(z * 100 - SLACK) / 100 };
}

/**
 * The answers for a value computed at z, accepting any z from a two-decimal
 * table: `at(z)` is the value at a given z (increasing or decreasing in z).
 */
export function acceptedWithTableZ(at: (z: number) => number, z: number, rounding: Rounding): Accepted {
  const table = zFromTable(z);
  const values = [at(table.low), at(table.high), at(z)];
  return acceptedRange(Math.min(...values), Math.max(...values), rounding);
}

/** A numeric answer: the core's value, its printed form, and the range accepted (default: the value's rounding). */
export function numericAnswer(
  exact: number,
  rounding: Rounding,
  formats: { exact: NumberFormat; printed: NumberFormat },
  accepted: Accepted = acceptedRange(exact, exact, rounding),
): NumericAnswer {
  return {
    type: "number",
    exact,
    printed: printed(exact, rounding),
    accepted,
    exactFormat: formats.exact,
    printedFormat: formats.printed,
  };
}

/** A named mistake with a numeric answer, accepted as the right answer's rounding allows (default: around the value). */
export function numericMistake(
  message: string,
  value: number,
  rounding: Rounding,
  accepted: Accepted = acceptedRange(value, value, rounding),
): NamedMistake {
  return { message, value, accepted };
}

/** Whether two accepted ranges share no answer. */
export function apart(a: Accepted, b: Accepted): boolean {
  return a.to < b.from || b.to < a.from;
}

/** Whether `value` is in `range`, with the same slack as the check formula (6 decimals). */
export function within(value: number, range: Accepted): boolean {
  const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return round6(value - range.from) >= 0 && round6(range.to - value) >= 0;
}
