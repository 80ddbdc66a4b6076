/**
 * The wizard's computations in the order the steps make them, each a pure
 * function of the step's inputs, so the pane can memoize them step by step and
 * the benchmark can time them end to end. (Tests run them all at once with
 * test/support/portfolio.ts.)
 */
import { demandStatistics } from "../../core/classification/demandStatistics";
import { classify, type Classification, type ClassifyChoices } from "./classify";
import type { ColumnMapping } from "./columns";
import { DEFAULT_GROUP_OPTIONS, setApart, type GroupOptions, type Grouping } from "./groups";
import { type Policy, type PolicySettings } from "./policy";
import { portfolioPolicy } from "./portfolioPolicy";
import { sbaRate } from "./slowMovers";
import { PERIODS_PER_YEAR, type UnitChoices } from "./units";
import { readItems, type ItemRead, type ItemTable } from "./validation";

export interface DataStage {
  read: ItemRead;
  grouping: Grouping;
  /** The SBA demand rate per history period of each intermittent item, by item index. */
  sbaRates: ReadonlyMap<number, number>;
  /** The sample standard deviation of each intermittent item's demand per history period (INV.DEMANDSTATS "std"). */
  historyStds: ReadonlyMap<number, number>;
  /** History periods per year (12 for months). */
  periodsPerYear: number;
}

/** Data: the table read into items, the invalid rows reported, the special groups set apart. */
export function dataStage(
  table: ItemTable,
  mapping: ColumnMapping,
  units: UnitChoices,
  groupOptions: GroupOptions = DEFAULT_GROUP_OPTIONS,
): DataStage {
  const read = readItems(table, { mapping, units });
  const grouping = setApart(read.items, groupOptions);
  // An intermittent item is planned (classified, valued, ordered) at its SBA rate: D = rate × periods per year.
  const sbaRates = new Map<number, number>();
  const historyStds = new Map<number, number>();
  for (const item of grouping.groups.intermittent) {
    const rate = item.history ? sbaRate(item.history) : null;
    if (rate !== null) sbaRates.set(item.index, rate);
    const statistics = item.history ? demandStatistics(item.history) : null;
    if (statistics) historyStds.set(item.index, statistics.standardDeviation);
  }
  const perYear = PERIODS_PER_YEAR[units.historyPeriod];
  const planned = grouping.planned.map((item) => {
    const rate = sbaRates.get(item.index);
    return rate === undefined ? item : { ...item, annualDemand: rate * perYear };
  });
  return { read, grouping: { ...grouping, planned }, sbaRates, historyStds, periodsPerYear: perYear };
}

/** Classify: the items with demand (grouping.planned), by class. */
export function classifyStage(data: DataStage, choices: ClassifyChoices): Classification {
  return classify(data.grouping.planned, choices);
}

/** Policy: every usable item's policy by its method (see {@link portfolioPolicy}), and the totals. */
export function policyStage(data: DataStage, classification: Classification, settings: PolicySettings): Policy {
  return portfolioPolicy(data, classification.classes, settings);
}
