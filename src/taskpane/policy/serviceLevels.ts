/**
 * Service targets per class and the other money settings, typed as text in the
 * pane and read here. Percent and fraction both work ("98%" or "0.98"); a bare
 * "98" where a fraction is meant is refused with core's message, which suggests
 * 98%, and never clamped. The text rules are parseEntry's; the range rules are
 * core's guards; the messages name the field by its label (labels.ts).
 */
import { requireNonNegative, requireOpenFraction, requirePositive, requireShare } from "../../core/shared/guards";
import { InputError } from "../../core/shared/inputError";
import { fieldMessage } from "../shared/fieldMessage";
import { readEntry } from "../shared/parseEntry";
import { ABC_CLASSES, MATRIX_CLASSES } from "./classify";
import { FIELD_LABEL } from "./labels";

/** Cycle service level (probability of no stockout per cycle) or fill rate (share of demand met from stock). */
export type ServiceMeasure = "cycle" | "fillRate";

export const MEASURE_LABEL: Readonly<Record<ServiceMeasure, string>> = {
  cycle: "Cycle service level",
  fillRate: "Fill rate",
};

/** Defaults per ABC class: A 98%, B 95%, C 90%. */
export const ABC_DEFAULT_TARGETS: Readonly<Record<(typeof ABC_CLASSES)[number], string>> = {
  A: "98%",
  B: "95%",
  C: "90%",
};

/** Defaults for the ABC/XYZ matrix: stepped down with value and with variability, as ERP planners ship them. */
export const MATRIX_DEFAULT_TARGETS: Readonly<Record<(typeof MATRIX_CLASSES)[number], string>> = {
  AX: "98%",
  AY: "96%",
  AZ: "95%",
  BX: "94%",
  BY: "93%",
  BZ: "90%",
  CX: "90%",
  CY: "87%",
  CZ: "85%",
};

/** Every class's target text: the three ABC classes and the nine matrix cells. */
export const DEFAULT_TARGET_TEXTS: Readonly<Record<string, string>> = {
  ...ABC_DEFAULT_TARGETS,
  ...MATRIX_DEFAULT_TARGETS,
};

export const DEFAULT_CARRYING_RATE = "25%";
export const DEFAULT_ORDER_COST = "50";

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads one field's text and checks the value with core's guard. A message
 * names the field by its label and states the rule as the field shows values
 * (`rule`: "must be more than 0% and less than 100%" for a percentage), with
 * the text as typed and core's advice ("for 98% enter 0.98 or 98%").
 */
function parse(text: string, label: string, percent: boolean, rule: string, check: (value: number) => number): Parsed {
  const entry = readEntry(text, { percent });
  if (entry.kind === "invalid")
    return { ok: false, message: fieldMessage(label, entry.rule, `"${text.trim()}"`, entry.hint) };
  if (entry.kind === "empty") return { ok: false, message: fieldMessage(label, "is required", "a blank") };
  try {
    return { ok: true, value: check(entry.value) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: fieldMessage(label, rule, text.trim(), error.hint) };
    throw error;
  }
}

const OPEN_PERCENT = "must be more than 0% and less than 100%";
const SHARE_PERCENT = "must be more than 0% and at most 100%";

/** A service target, 0 < target < 1: "98%" or "0.98"; "98" is refused with "for 98% enter 0.98 or 98%". */
export function parseTarget(text: string, measure: ServiceMeasure, label = MEASURE_LABEL[measure]): Parsed {
  return parse(text, label, true, OPEN_PERCENT, (value) => requireOpenFraction(value, measure));
}

/** The carrying rate per year, 0 < i ≤ 1: "25%" or "0.25"; "25" is refused with a hint. */
export function parseCarryingRate(text: string, label: string = FIELD_LABEL.carryingRate): Parsed {
  return parse(text, label, true, SHARE_PERCENT, (value) => requireShare(value, "carryingRate"));
}

/** The default cost per order, ≥ 0 (no percent). */
export function parseOrderCost(text: string, label: string = FIELD_LABEL.defaultOrderCost): Parsed {
  return parse(text, label, false, "must be zero or more", (value) => requireNonNegative(value, "orderCost"));
}

/** A classification cut-off, 0 < share ≤ 1 (the order of a and b is checked with {@link cutoffOrderMessage}). */
export function parseCutoff(text: string, label: string): Parsed {
  return parse(text, label, true, SHARE_PERCENT, (value) => requireShare(value, "cutoff"));
}

/** An XYZ cut-off on the coefficient of variation, > 0 (no percent: a CV of 0.5 is not 50%). */
export function parseCvCutoff(text: string, label: string): Parsed {
  return parse(text, label, false, "must be greater than 0", (value) => requirePositive(value, "cutoff"));
}

/** A whole number in a range, for settings such as working days per year. */
export function parseCount(text: string, label: string, min: number, max: number): Parsed {
  const rule = `must be a whole number from ${min} to ${max}`;
  return parse(text, label, false, rule, (value) => {
    if (!Number.isInteger(value) || value < min || value > max) throw new InputError(label, rule, value);
    return value;
  });
}

/**
 * Two cut-offs out of order, each as its field shows it:
 * "Class B up to must be at least Class A up to (70%); got 60%".
 */
export function cutoffOrderMessage(label: string, lowerLabel: string, lower: string, got: string): string {
  return fieldMessage(label, `must be at least ${lowerLabel} (${lower})`, got);
}

/** The classes whose targets apply: A, B, C, or the nine matrix cells. */
export function targetClasses(xyz: boolean): readonly string[] {
  return xyz ? MATRIX_CLASSES : ABC_CLASSES;
}
