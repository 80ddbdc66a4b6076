/**
 * Numbers the way course problems print them: drawn in the ranges textbooks
 * use, rounded to the step a textbook would print at that size (12,000 units,
 * not 11,873; $45, not $44.87), and written into statements in en-US style.
 */
import type { Random } from "../demo/random";

/** A rounding step by size: the step of the first entry whose bound is above the value. */
export type Steps = ReadonlyArray<readonly [below: number, step: number]>;

/** Annual demand, units: 1,250; 3,600; 24,500; 52,000. */
export const DEMAND_STEPS: Steps = [
  [2_000, 50],
  [10_000, 100],
  [40_000, 500],
  [Infinity, 1_000],
];
/** Smaller counts of units (per week, per month, a standard deviation): 35; 240; 1,450. */
export const UNIT_STEPS: Steps = [
  [100, 5],
  [1_000, 10],
  [Infinity, 50],
];
/** Cost per order or setup: $8, $45, $150. */
export const ORDER_COST_STEPS: Steps = [
  [20, 1],
  [100, 5],
  [Infinity, 10],
];
/** Unit prices and costs: $4.25, $12.50, $80. */
export const PRICE_STEPS: Steps = [
  [10, 0.25],
  [40, 0.5],
  [Infinity, 1],
];
/** Holding cost per unit per period: $0.35, $1.20. */
export const CENTS_STEPS: Steps = [[Infinity, 0.05]];
/** Whole percents: 22%. */
export const PERCENT_STEPS: Steps = [[Infinity, 0.01]];

/** The step for `value`. */
export function stepFor(value: number, steps: Steps): number {
  for (const [below, step] of steps) if (Math.abs(value) < below) return step;
  return steps[steps.length - 1]?.[1] ?? 1;
}

/** Decimals a step has: 0.25 → 2, 0.5 → 1, 50 → 0. */
function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** `value` rounded to a multiple of `step`, without floating-point tails (0.1 + 0.2 gives 0.3). */
export function roundToStep(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(decimalsOf(step)));
}

/** Whether `value` is a multiple of its step (what a test of a drawn given checks). */
export function isRoundedTo(value: number, steps: Steps): boolean {
  const step = stepFor(value, steps);
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** `value` rounded to its step, kept within [min, max] (a bound that is itself rounded stays reachable). */
export function rounded(value: number, min: number, max: number, steps: Steps): number {
  const step = stepFor(value, steps);
  let result = roundToStep(value, step);
  if (result < min) result = roundToStep(Math.ceil(min / step) * step, step);
  if (result > max) result = roundToStep(Math.floor(max / step) * step, step);
  return result;
}

/** Uniform in [min, max], rounded. */
export function drawUniform(random: Random, min: number, max: number, steps: Steps): number {
  return rounded(random.between(min, max), min, max, steps);
}

/** Log-uniform in [min, max] (as many small figures as large ones), rounded. */
export function drawSpread(random: Random, min: number, max: number, steps: Steps): number {
  return rounded(Math.exp(random.between(Math.log(min), Math.log(max))), min, max, steps);
}

/** Three significant figures, as money figures in a case are printed: $1,230,000; $48,500. */
export function threeFigures(value: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 2);
  return roundToStep(value, step);
}

const number = (decimals: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: decimals });

/** Words for a number in a statement: "12,000", "2.5". */
export function units(value: number, decimals = 2): string {
  return number(decimals).format(value);
}

/** Money in a statement: "$45", "$14.50", "$1,230,000". */
export function money(value: number): string {
  const cents = Number.isInteger(value) ? 0 : 2;
  return `$${new Intl.NumberFormat("en-US", { minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value)}`;
}

/** A rate in a statement: "22%", "97.5%". */
export function percent(value: number): string {
  return `${number(2).format(Number((value * 100).toFixed(4)))}%`;
}

/** Number formats of the cells. */
export const FORMATS = {
  units: "#,##0",
  unitsExact: "#,##0.00",
  money: "$#,##0.00",
  rate: "0%",
  serviceLevel: "0.0%",
  ratio: "0.00",
  fraction: "0.0000",
} as const;
