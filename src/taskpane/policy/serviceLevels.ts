/**
 * Service targets per class and the other money settings, typed as text in the
 * pane and read here. Percent and fraction both work ("98%" or "0.98"); a bare
 * "98" where a fraction is meant is refused with core's message, which suggests
 * 98%, and never clamped. The text rules are parseEntry's; the range rules are
 * core's guards.
 */
import { requireNonNegative, requireOpenFraction, requireShare } from "../../core/shared/guards";
import { InputError } from "../../core/shared/inputError";
import { parseEntry } from "../shared/parseEntry";
import { ABC_CLASSES, MATRIX_CLASSES } from "./classify";

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

function parse(text: string, argument: string, percent: boolean, check: (value: number) => number): Parsed {
  const entry = parseEntry(text, argument, { percent });
  if (entry.kind === "invalid") return { ok: false, message: entry.message };
  if (entry.kind === "empty") return { ok: false, message: `${argument} is required (got a blank)` };
  try {
    return { ok: true, value: check(entry.value) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A service target, 0 < target < 1: "98%" or "0.98"; "98" is refused with "for 98% enter 0.98 or 98%". */
export function parseTarget(text: string, measure: ServiceMeasure): Parsed {
  const argument = measure === "cycle" ? "serviceLevel" : "fillRate";
  return parse(text, argument, true, (value) => requireOpenFraction(value, argument));
}

/** The carrying rate per year, 0 < i ≤ 1: "25%" or "0.25"; "25" is refused with a hint. */
export function parseCarryingRate(text: string): Parsed {
  return parse(text, "carryingRate", true, (value) => requireShare(value, "carryingRate"));
}

/** The default cost per order, ≥ 0 (no percent). */
export function parseOrderCost(text: string): Parsed {
  return parse(text, "orderCost", false, (value) => requireNonNegative(value, "orderCost"));
}

/** A classification cut-off, 0 < share ≤ 1 (core checks the order of a and b). */
export function parseCutoff(text: string, argument: string): Parsed {
  return parse(text, argument, true, (value) => requireShare(value, argument));
}

/** An XYZ cut-off on the coefficient of variation, > 0 (no percent: a CV of 0.5 is not 50%). */
export function parseCvCutoff(text: string, argument: string): Parsed {
  return parse(text, argument, false, (value) => {
    if (!(value > 0)) throw new InputError(argument, "must be greater than 0", value);
    return value;
  });
}

/** A whole number in a range, for settings such as working days per year. */
export function parseCount(text: string, argument: string, min: number, max: number): Parsed {
  return parse(text, argument, false, (value) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InputError(argument, `must be a whole number from ${min} to ${max}`, value);
    }
    return value;
  });
}

/** The classes whose targets apply: A, B, C, or the nine matrix cells. */
export function targetClasses(xyz: boolean): readonly string[] {
  return xyz ? MATRIX_CLASSES : ABC_CLASSES;
}
