/**
 * The wizard's stages (src/taskpane/policy/pipeline.ts) run all at once, for tests: table to
 * policy preview, and table to the sheet plan the Write step hands to the workbook. The pane
 * itself runs the stages one step at a time (wizard/derive.ts).
 */
import type { Classification, ClassifyChoices } from "../../src/taskpane/policy/classify";
import type { ColumnMapping } from "../../src/taskpane/policy/columns";
import { classifyStage, dataStage, policyStage, type DataStage } from "../../src/taskpane/policy/pipeline";
import type { Policy, PolicySettings } from "../../src/taskpane/policy/policy";
import { buildSheetPlan, type PlanSettings, type SheetPlan } from "../../src/taskpane/policy/sheetPlan";
import type { UnitChoices } from "../../src/taskpane/policy/units";
import type { ItemTable } from "../../src/taskpane/policy/validation";

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
