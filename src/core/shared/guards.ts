/**
 * Guards shared by every core model. Each one throws an {@link InputError} naming
 * the argument, the rule and the value, so that the arithmetic after the guards
 * never sees an impossible input and never produces NaN or Infinity.
 */
import { InputError } from "./inputError";

/** Rejects NaN and ±Infinity. */
export function requireFinite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw new InputError(argument, "must be a finite number", value);
  return value;
}

/** value ≥ 0 */
export function requireNonNegative(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value < 0) throw new InputError(argument, "must be zero or more", value);
  return value;
}

/** value ≥ 0 for item `index` of a list, so that the error names the item. */
export function requireNonNegativeItem(value: number, argument: string, index: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new InputError(argument, "must be a finite number, zero or more", value, { index });
  }
  return value;
}

/** value > 0 */
export function requirePositive(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0)) throw new InputError(argument, "must be greater than 0", value);
  return value;
}

/** Suggests the percent form when a fraction was entered as a whole percent (95 for 95%). */
function percentHint(value: number): { hint?: string } {
  return value > 1 && value <= 100 ? { hint: `for ${value}% enter ${value / 100} or ${value}%` } : {};
}

/** 0 < value < 1, for probabilities such as a service level. */
export function requireOpenFraction(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0 && value < 1)) {
    throw new InputError(argument, "must be between 0 and 1, both excluded", value, percentHint(value));
  }
  return value;
}

/** 0 < value ≤ 1, for shares such as a classification cut-off. */
export function requireShare(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0 && value <= 1)) {
    throw new InputError(argument, "must be greater than 0 and at most 1", value, percentHint(value));
  }
  return value;
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
