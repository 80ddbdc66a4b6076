/**
 * What the wizard needs for the items a normal model does not fit: the SBA
 * demand rate of an intermittent item (from core's Croston model), and the
 * median coefficient of variation a new item borrows from its class.
 */
import { coefficientOfVariation } from "../../core/classification/coefficientOfVariation";
import { crostonRate } from "../../core/intermittent/croston";
import { InputError } from "../../core/shared/inputError";
import type { ItemRecord } from "./validation";

/** α, the smoothing constant of the SBA rate the wizard uses (INV.CROSTON's default). */
export const SBA_ALPHA = 0.1;

/**
 * An intermittent item's SBA demand rate per period (Syntetos & Boylan 2005: Croston's rate × (1 − α/2)),
 * by core's crostonRate with α = {@link SBA_ALPHA}; `null` without a period with demand.
 */
export function sbaRate(history: ReadonlyArray<number | null>): number | null {
  const result = crostonRate({ demand: history, alpha: SBA_ALPHA, method: "sba" });
  return result && result.periodsWithDemand > 0 ? result.rate : null;
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
