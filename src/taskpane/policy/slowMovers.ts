/**
 * What the wizard needs for the items a normal model does not fit: the SBA
 * demand rate of an intermittent item, and the median coefficient of variation
 * a new item borrows from its class. Pure functions of the item records.
 */
import { coefficientOfVariation } from "../../core/classification/coefficientOfVariation";
import { InputError } from "../../core/shared/inputError";
import type { ItemRecord } from "./validation";

/** α, the smoothing constant of the SBA rate the wizard uses. */
export const SBA_ALPHA = 0.1;

/**
 * The SBA (Syntetos–Boylan approximation) demand rate per period: Croston's
 * method with the bias correction.
 *
 * After each period with demand d > 0, q periods after the previous one:
 * z ← z + α(d − z), p ← p + α(q − p); the first demand sets z = d and p = its
 * period's position (1-based). Rate = (1 − α/2) × z / p.
 *
 * Blank periods (`null`) are skipped, as in the ADI.
 *
 * @param history demand per period (≥ 0), oldest first
 * @param alpha   α (0 < α ≤ 1), 0.1 by default
 * @returns the rate per period, or `null` when no period has demand
 * @see Croston, J. D. (1972), "Forecasting and stock control for intermittent demands", ORQ 23(3), 289–303.
 * @see Syntetos, A. A. & Boylan, J. E. (2005), "The accuracy of intermittent demand estimates",
 *      International Journal of Forecasting 21(2), 303–314 (the factor 1 − α/2).
 * @example sbaRate([0, 0, 6, 0, 4]) //=> 0.95 × (5.8 / 2.9) = 1.9
 */
export function sbaRate(history: ReadonlyArray<number | null>, alpha = SBA_ALPHA): number | null {
  if (!(alpha > 0 && alpha <= 1)) throw new InputError("alpha", "must be greater than 0 and at most 1", alpha);
  let size: number | null = null;
  let interval = 0;
  let sinceLast = 0;
  for (const demand of history) {
    if (demand === null) continue;
    sinceLast++;
    if (demand <= 0) continue;
    if (size === null) {
      size = demand;
      interval = sinceLast;
    } else {
      size += alpha * (demand - size);
      interval += alpha * (sinceLast - interval);
    }
    sinceLast = 0;
  }
  return size === null ? null : (1 - alpha / 2) * (size / interval);
}

/** The median of a list of numbers, `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** An item's coefficient of variation: of its history when it has one, else σd / (D × F); `null` when undefined. */
export function itemCv(item: ItemRecord): number | null {
  if (item.history) {
    try {
      return coefficientOfVariation(item.history);
    } catch (error) {
      if (error instanceof InputError) return null;
      throw error;
    }
  }
  const mean = item.annualDemand * item.forecastInterval;
  return mean > 0 ? item.demandStd / mean : null;
}

/**
 * The CV a new item borrows: the median CV of the items of its class that have enough history, or of all of
 * them when its class has none, or 0 when no item has a CV.
 *
 * @param items   the items with enough history (the normal model's)
 * @param classes their classes, aligned with `items`
 * @returns the median CV per class, and `all` over every item
 */
export function medianCvByClass(
  items: readonly ItemRecord[],
  classes: readonly string[],
): { byClass: Map<string, number>; all: number } {
  const lists = new Map<string, number[]>();
  const every: number[] = [];
  items.forEach((item, index) => {
    const cv = itemCv(item);
    if (cv === null) return;
    const label = classes[index] ?? "";
    const list = lists.get(label) ?? [];
    list.push(cv);
    lists.set(label, list);
    every.push(cv);
  });
  const byClass = new Map<string, number>();
  for (const [label, list] of lists) byClass.set(label, median(list) ?? 0);
  return { byClass, all: median(every) ?? 0 };
}
