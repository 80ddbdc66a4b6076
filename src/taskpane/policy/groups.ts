/**
 * Items that need another treatment than an (s, Q) policy from a normal model,
 * set apart before classifying, each group with its count: zero demand in the
 * window (candidates for obsolescence, not silently class C), new items without
 * enough history, and intermittent items (demand in few periods).
 */
import { averageDemandInterval, INTERMITTENT_ADI } from "../../core/classification/averageDemandInterval";
import type { ItemRecord } from "./validation";

export type GroupKey = "zeroDemand" | "newItem" | "intermittent";
export const GROUP_KEYS: readonly GroupKey[] = ["zeroDemand", "newItem", "intermittent"];

export interface GroupOptions {
  /** An item is new while it has fewer periods than this since its first demand. At least 2. */
  minHistoryPeriods: number;
  /** Average demand interval from which an item is intermittent. */
  intermittentAdi: number;
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = { minHistoryPeriods: 6, intermittentAdi: INTERMITTENT_ADI };

/** What each group is called on the sheet (its status) and in the pane. */
export const GROUP_STATUS: Readonly<Record<GroupKey, string>> = {
  zeroDemand: "Zero demand",
  newItem: "New item",
  intermittent: "Intermittent",
};

export function groupExplanation(key: GroupKey, options: GroupOptions): string {
  switch (key) {
    case "zeroDemand":
      return "No demand in the window: no replenishment (reorder point 0, order quantity 0) and a review for obsolescence; not put in class C.";
    case "newItem":
      return `Fewer than ${options.minHistoryPeriods} periods since their first demand: their demand is used with an estimated CV (their class's median).`;
    case "intermittent":
      return (
        `Demand in few periods (an average interval of ${options.intermittentAdi} periods or more): a normal model fits ` +
        "them poorly; they get an SBA demand rate and a Poisson reorder point."
      );
  }
}

export interface Grouping {
  /** The items the normal model fits (EOQ + safety stock from their own deviation), in table order. */
  policy: ItemRecord[];
  /** The items with demand, which get a class and a replenishment policy: the normal ones, new and intermittent, in table order. */
  planned: ItemRecord[];
  /** The items set apart, per group, in table order. */
  groups: Record<GroupKey, ItemRecord[]>;
}

/**
 * Which group an item belongs to, or undefined when it gets a policy. Checked
 * in this order: zero demand (in the demand figure, or in every period of the
 * history that has a figure); then, with a history, new (no figure at all, or
 * fewer periods since the first demand than the minimum, or than the history
 * has columns when it is shorter) and intermittent (ADI over the periods since
 * the first demand ≥ the cut-off).
 */
export function groupOf(item: ItemRecord, options: GroupOptions): GroupKey | undefined {
  if (item.annualDemand === 0) return "zeroDemand";
  if (item.history === null) return undefined;
  const figures = item.history.filter((value): value is number => value !== null);
  if (figures.length === 0) return "newItem";
  const first = figures.findIndex((value) => value > 0);
  if (first < 0) return "zeroDemand";
  const active = figures.slice(first);
  const needed = Math.max(2, Math.min(options.minHistoryPeriods, item.history.length));
  if (active.length < needed) return "newItem";
  const interval = averageDemandInterval(active);
  return interval !== null && interval >= options.intermittentAdi ? "intermittent" : undefined;
}

export function setApart(items: readonly ItemRecord[], options: GroupOptions): Grouping {
  const groups: Record<GroupKey, ItemRecord[]> = { zeroDemand: [], newItem: [], intermittent: [] };
  const policy: ItemRecord[] = [];
  const planned: ItemRecord[] = [];
  for (const item of items) {
    const group = groupOf(item, options);
    if (group) groups[group].push(item);
    else policy.push(item);
    if (group !== "zeroDemand") planned.push(item);
  }
  return { policy, planned, groups };
}
