/**
 * Every usable item's policy, each by the method that fits its demand: the
 * normal model (EOQ + safety stock, or with basis "cost" the cost-optimal
 * (r,Q)) for items with enough regular history; EOQ + safety stock with an
 * estimated CV (the class's median) for new items; an SBA rate and a Poisson
 * (intermittent) or negative binomial (lumpy: variance above the mean) reorder
 * point for intermittent items; and no replenishment, for an obsolescence
 * review, for items without demand.
 */
import type { Grouping } from "./groups";
import {
  costOptimalItemPolicy,
  itemPolicy,
  obsoleteItemPolicy,
  poissonItemPolicy,
  policyTotals,
  type ItemPolicy,
  type Policy,
  type PolicySettings,
} from "./policy";
import { medianCvByClass } from "./slowMovers";
import type { ItemRead, ItemRecord } from "./validation";

/** What {@link portfolioPolicy} reads from the data stage. */
export interface PortfolioInput {
  read: ItemRead;
  grouping: Grouping;
  sbaRates: ReadonlyMap<number, number>;
  historyStds: ReadonlyMap<number, number>;
  periodsPerYear: number;
}

/**
 * The policy of every item read, in table order: the planned items as `grouping.planned` holds them (an
 * intermittent item's demand is its SBA rate), the others without demand. `classes` is aligned with
 * `grouping.planned`.
 *
 * @see Syntetos, Boylan & Croston (2005) for the groups; {@link poissonItemPolicy}, {@link itemPolicy} and
 *      {@link obsoleteItemPolicy} for each method.
 */
export function portfolioPolicy(data: PortfolioInput, classes: readonly string[], settings: PolicySettings): Policy {
  const { grouping } = data;
  const classOf = new Map<number, string>();
  const plannedItem = new Map<number, ItemRecord>();
  grouping.planned.forEach((item, index) => {
    classOf.set(item.index, classes[index] ?? "");
    plannedItem.set(item.index, item);
  });
  const regular = grouping.policy;
  const cvs = medianCvByClass(
    regular,
    regular.map((item) => classOf.get(item.index) ?? ""),
  );
  const zero = new Set(grouping.groups.zeroDemand.map((item) => item.index));
  const fresh = new Set(grouping.groups.newItem.map((item) => item.index));
  const intermittent = new Set(grouping.groups.intermittent.map((item) => item.index));

  const rows: ItemPolicy[] = data.read.items.map((read) => {
    const item = plannedItem.get(read.index);
    if (!item || zero.has(item.index)) return obsoleteItemPolicy(read);
    const itemClass = classOf.get(item.index) ?? "";
    if (fresh.has(item.index)) {
      return itemPolicy(item, itemClass, settings, { cv: cvs.byClass.get(itemClass) ?? cvs.all });
    }
    if (intermittent.has(item.index)) {
      const perPeriod = data.sbaRates.get(item.index);
      if (perPeriod === undefined) return obsoleteItemPolicy(item);
      const stdPerPeriod = data.historyStds.get(item.index) ?? null;
      return poissonItemPolicy(item, itemClass, settings, {
        ratePerPeriod: perPeriod,
        stdPerPeriod,
        periodsPerYear: data.periodsPerYear,
      });
    }
    return settings.basis === "cost"
      ? costOptimalItemPolicy(item, itemClass, settings)
      : itemPolicy(item, itemClass, settings);
  });
  return { rows, totals: policyTotals(rows) };
}
