/**
 * Guards shared by every core model. Each one throws an {@link InputError} naming
 * the argument, the rule and the value, so that the arithmetic after the guards
 * never sees an impossible input and never produces NaN or Infinity.
 *
 * Every guard returns the value it was given, so a model reads its input and
 * checks it in one line. For an element of a list, pass its 0-based `index`:
 * the error then names the element (" at item 3" in core; the funnel turns it
 * into the cell). A list element's rule states the whole condition at once
 * ("must be a finite number, zero or more"); a single value's rule names the
 * condition it failed ("must be a finite number", or "must be zero or more").
 *
 * A guard does no work but the comparison when the value is fine: the message,
 * its hint and the error's options are built only on the way to the throw.
 */
import { InputError, formatValue } from "./inputError";

/** A guard: returns `value` when it satisfies the rule, else throws an {@link InputError}. */
export type Guard = (value: number, argument: string, index?: number) => number;

/** Rejects NaN and ±Infinity. */
export function requireFinite(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value)) return value;
  throw new InputError(argument, "must be a finite number", value, { index });
}

/** value ≥ 0 */
export function requireNonNegative(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value) && value >= 0) return value;
  throw rangeError(argument, value, index, "must be zero or more", "must be a finite number, zero or more");
}

/** value > 0 */
export function requirePositive(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value) && value > 0) return value;
  throw rangeError(argument, value, index, "must be greater than 0", "must be a finite number greater than 0");
}

/** The error of {@link requireNonNegative} and {@link requirePositive}: one rule for a list element, two for a single value. */
function rangeError(
  argument: string,
  value: number,
  index: number | undefined,
  rule: string,
  elementRule: string,
): InputError {
  if (index !== undefined) return new InputError(argument, elementRule, value, { index });
  return new InputError(argument, Number.isFinite(value) ? rule : "must be a finite number", value);
}

/** 0 ≤ value ≤ 1, for fractions such as a tolerance, a probability or a variability factor. */
export function requireFraction(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value) && value >= 0 && value <= 1) return value;
  throw fractionError(argument, value, index, "must be between 0 and 1");
}

/** 0 < value < 1, for probabilities such as a service level. */
export function requireOpenFraction(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value) && value > 0 && value < 1) return value;
  throw fractionError(argument, value, index, "must be between 0 and 1, both excluded");
}

/** 0 < value ≤ 1, for shares such as a classification cut-off. */
export function requireShare(value: number, argument: string, index?: number): number {
  if (Number.isFinite(value) && value > 0 && value <= 1) return value;
  throw fractionError(argument, value, index, "must be greater than 0 and at most 1");
}

/** The error of the fraction guards: not finite, or out of range with the {@link percentHint}. */
function fractionError(argument: string, value: number, index: number | undefined, rule: string): InputError {
  if (!Number.isFinite(value)) return new InputError(argument, "must be a finite number", value, { index });
  return new InputError(argument, rule, value, { index, hint: percentHint(value) });
}

/**
 * The advice for a fraction entered as a whole percent (95 for 95%): "for 95% enter
 * 0.95 or 95%"; `undefined` outside 1 < value ≤ 100, where it cannot be a percent.
 */
export function percentHint(value: number): string | undefined {
  if (!(value > 1 && value <= 100)) return undefined;
  return `for ${formatValue(value)}% enter ${formatValue(value / 100)} or ${formatValue(value)}%`;
}

/**
 * An optional input: `fallback` when it is omitted (`undefined`), else the value
 * checked by `guard`. The fallback is not checked: it is the model's own default.
 *
 * @example withDefault(input.orderCycle, 0, requireNonNegative, "orderCycle")
 */
export function withDefault<D>(value: number | undefined, fallback: D, guard: Guard, argument: string): number | D {
  return value === undefined ? fallback : guard(value, argument);
}

/**
 * Checks a computed result. Inputs that each pass their guards can still be too
 * large together (1e308 × 1e308); the model reports that as an input error on
 * the inputs as a whole rather than returning Infinity.
 */
export function requireFiniteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new InputError("inputs", `are too large for a finite ${what}`, value);
  return value;
}
