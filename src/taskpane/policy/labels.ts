/**
 * The labels the wizard shows for its typed settings. Messages name a field by
 * these words ("Class B up to"), never by its id (shared/fieldMessage.ts), and
 * the steps label their fields from here, so the two cannot drift apart.
 */
import { formatValue, type InputError } from "../../core/shared/inputError";
import { fieldMessage } from "../shared/fieldMessage";

/** The label of each typed setting, by its id among the wizard's field messages. */
export const FIELD_LABEL = {
  workingDays: "Days in a year of lead time",
  aCutoff: "Class A up to",
  bCutoff: "Class B up to",
  xCutoff: "X up to CV",
  yCutoff: "Y up to CV",
  carryingRate: "Carrying rate per year",
  defaultOrderCost: "Default order cost",
} as const;

/** The label of a class's service target field: "Class A", "Class BY". */
export function targetLabel(itemClass: string): string {
  return `Class ${itemClass}`;
}

/** What the wizard calls the models' inputs, for a model's message about one item. */
const MODEL_WORDS: Readonly<Record<string, string>> = {
  demand: "Demand",
  annualDemand: "Demand",
  averageDemand: "Demand",
  demandStdDev: "Demand std",
  demandHistory: "Demand history",
  unitCost: "Unit cost",
  orderCost: "Order cost",
  holdingCost: FIELD_LABEL.carryingRate,
  carryingRate: FIELD_LABEL.carryingRate,
  leadTime: "Lead time",
  leadTimeStdDev: "Lead time std",
  forecastInterval: "Demand period",
  serviceLevel: "Cycle service level",
  fillRate: "Fill rate",
  orderQuantity: "Order quantity",
  safetyStock: "Safety stock",
  backorderCost: "Backorder cost",
  aCutoff: FIELD_LABEL.aCutoff,
  bCutoff: FIELD_LABEL.bCutoff,
  xCutoff: FIELD_LABEL.xCutoff,
  yCutoff: FIELD_LABEL.yCutoff,
};

/**
 * Text with every model identifier in it ("leadTime", "serviceLevel") written in
 * the wizard's words ("Lead time", "Cycle service level"); an identifier it does
 * not know is split into words ("reviewPeriod" → "review period").
 */
export function inPlainWords(text: string): string {
  return text.replace(
    /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g,
    (name) => MODEL_WORDS[name] ?? name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase(),
  );
}

/**
 * A model's {@link InputError} about one item, in the wizard's words:
 * "Lead time must be zero or more; got -2".
 */
export function itemMessage(error: InputError): string {
  const where = error.index === undefined ? "" : ` at period ${error.index + 1}`;
  const label = inPlainWords(error.argument) + where;
  return fieldMessage(label, inPlainWords(error.rule), formatValue(error.value), error.hint);
}
