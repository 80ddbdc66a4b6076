/**
 * The wizard's computations in the order the steps make them, each a pure
 * function of the step's inputs, so the pane can memoize them step by step and
 * the benchmark can time them end to end.
 */
import { classify, type Classification, type ClassifyChoices } from "./classify";
import type { ColumnMapping } from "./columns";
import { DEFAULT_GROUP_OPTIONS, setApart, type GroupOptions, type Grouping } from "./groups";
import { computePolicy, type Policy, type PolicySettings } from "./policy";
import { buildSheetPlan, type PlanSettings, type SheetPlan } from "./sheetPlan";
import type { UnitChoices } from "./units";
import { readItems, type ItemRead, type ItemTable } from "./validation";

export interface DataStage {
  read: ItemRead;
  grouping: Grouping;
}

/** Data: the table read into items, the invalid rows reported, the special groups set apart. */
export function dataStage(
  table: ItemTable,
  mapping: ColumnMapping,
  units: UnitChoices,
  groupOptions: GroupOptions = DEFAULT_GROUP_OPTIONS,
): DataStage {
  const read = readItems(table, { mapping, units });
  return { read, grouping: setApart(read.items, groupOptions) };
}

/** Classify: the items that get a policy, by class. */
export function classifyStage(data: DataStage, choices: ClassifyChoices): Classification {
  return classify(data.grouping.policy, choices);
}

/** Policy: EOQ, safety stock, reorder point per item, and the totals. */
export function policyStage(data: DataStage, classification: Classification, settings: PolicySettings): Policy {
  return computePolicy(data.grouping.policy, classification.classes, settings);
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
