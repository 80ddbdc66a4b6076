/**
 * The wizard's computations in the order the steps make them, each a pure
 * function of the step's inputs, so the pane can memoize them step by step and
 * the benchmark can time them end to end.
 */
import { classify, type Classification, type ClassifyChoices } from "./classify";
import type { ColumnMapping } from "./columns";
import { DEFAULT_GROUP_OPTIONS, setApart, type GroupOptions, type Grouping } from "./groups";
import { type Policy, type PolicySettings } from "./policy";
import { portfolioPolicy } from "./portfolioPolicy";
import { sbaRate } from "./slowMovers";
import { buildSheetPlan, type PlanSettings, type SheetPlan } from "./sheetPlan";
import { PERIODS_PER_YEAR, type UnitChoices } from "./units";
import { readItems, type ItemRead, type ItemTable } from "./validation";

export interface DataStage {
  read: ItemRead;
  grouping: Grouping;
  /** The SBA demand rate per history period of each intermittent item, by item index. */
  sbaRates: ReadonlyMap<number, number>;
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
  for (const item of grouping.groups.intermittent) {
    const rate = item.history ? sbaRate(item.history) : null;
    if (rate !== null) sbaRates.set(item.index, rate);
  }
  const perYear = PERIODS_PER_YEAR[units.historyPeriod];
  const planned = grouping.planned.map((item) => {
    const rate = sbaRates.get(item.index);
    return rate === undefined ? item : { ...item, annualDemand: rate * perYear };
  });
  return { read, grouping: { ...grouping, planned }, sbaRates };
}

/** Classify: the items with demand (grouping.planned), by class. */
export function classifyStage(data: DataStage, choices: ClassifyChoices): Classification {
  return classify(data.grouping.planned, choices);
}

/** Policy: every usable item's policy by its method (see {@link portfolioPolicy}), and the totals. */
export function policyStage(data: DataStage, classification: Classification, settings: PolicySettings): Policy {
  return portfolioPolicy(data, classification.classes, settings);
}

export interface Portfolio extends DataStage {
  classification: Classification;
  policy: Policy;
}

/** Every stage at once: table to policy preview. */
export function buildPortfolio(
  table: ItemTable,
  options: { mapping: ColumnMapping; units: UnitChoices; classify: ClassifyChoices; policy: PolicySettings },
): Portfolio {
  const data = dataStage(table, options.mapping, options.units);
  const classification = classifyStage(data, options.classify);
  return { ...data, classification, policy: policyStage(data, classification, options.policy) };
}

/** Every stage, then the sheet plan the Write step hands to the workbook: table to written sheet. */
export function planPolicySheet(
  table: ItemTable,
  options: { mapping: ColumnMapping; units: UnitChoices; settings: PlanSettings },
): { portfolio: Portfolio; plan: SheetPlan } {
  const { mapping, units, settings } = options;
  const portfolio = buildPortfolio(table, { mapping, units, classify: settings.classify, policy: settings });
  return { portfolio, plan: buildSheetPlan({ table, mapping, units, ...portfolio, settings }) };
}
