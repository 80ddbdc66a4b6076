/**
 * The wizard's choices saved in the workbook (WorkbookPort.saveSettings), so
 * reopening the pane restores them. The mapping is saved by header text, not
 * by column position, so it still applies when columns move; a saved choice
 * that no longer fits (a header gone, an unknown value) is dropped and the
 * default or the header-based guess stands.
 */
import { DEFAULT_TARGET_TEXTS, type ServiceMeasure } from "./serviceLevels";
import { EMPTY_FIELDS, FIELDS, type ColumnMapping, type FieldKey } from "./columns";
import type { WizardChoices } from "./choices";
import { CURRENCY_CODES } from "./currency";
import { DEMAND_PERIODS, LEAD_TIME_UNITS } from "./units";

export const SETTINGS_VERSION = 1;

interface SavedMapping {
  fields: Partial<Record<FieldKey, string | null>>;
  history: { first: string; last: string } | null;
}

interface SavedChoices extends Omit<WizardChoices, "mapping"> {
  version: number;
  mapping: SavedMapping;
}

/** The choices as JSON, the mapping by header text. */
export function serializeChoices(choices: WizardChoices, headers: readonly string[]): string {
  const byHeader = (column: number | null) => (column === null ? null : (headers[column] ?? null));
  const fields: Partial<Record<FieldKey, string | null>> = {};
  for (const spec of FIELDS) fields[spec.key] = byHeader(choices.mapping.fields[spec.key]);
  const history = choices.mapping.history;
  const saved: SavedChoices = {
    version: SETTINGS_VERSION,
    mapping: {
      fields,
      history: history ? { first: headers[history.first] ?? "", last: headers[history.last] ?? "" } : null,
    },
    units: choices.units,
    classify: choices.classify,
    service: choices.service,
    write: choices.write,
  };
  return JSON.stringify(saved);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
const flag = (value: unknown, fallback: boolean) => (typeof value === "boolean" ? value : fallback);
function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/**
 * Applies saved choices over `base` (the defaults with the header-based guesses
 * for this table). Returns `base` unchanged for text that is not saved choices.
 */
export function restoreChoices(
  json: string | undefined,
  headers: readonly string[],
  base: WizardChoices,
): WizardChoices {
  if (json === undefined) return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return base;
  }
  if (!isObject(parsed) || parsed.version !== SETTINGS_VERSION) return base;
  const units = isObject(parsed.units) ? parsed.units : {};
  const classify = isObject(parsed.classify) ? parsed.classify : {};
  const service = isObject(parsed.service) ? parsed.service : {};
  const write = isObject(parsed.write) ? parsed.write : {};
  const savedTargets = isObject(service.targets) ? service.targets : {};
  const targets: Record<string, string> = {};
  for (const [label, fallback] of Object.entries(DEFAULT_TARGET_TEXTS)) {
    targets[label] = text(savedTargets[label], base.service.targets[label] ?? fallback);
  }
  return {
    mapping: restoreMapping(parsed.mapping, headers, base.mapping),
    units: {
      demandPeriod: oneOf(units.demandPeriod, DEMAND_PERIODS, base.units.demandPeriod),
      historyPeriod: oneOf(units.historyPeriod, DEMAND_PERIODS, base.units.historyPeriod),
      leadTimeUnit: oneOf(units.leadTimeUnit, LEAD_TIME_UNITS, base.units.leadTimeUnit),
      workingDays: text(units.workingDays, base.units.workingDays),
    },
    classify: {
      basis: oneOf(classify.basis, ["value", "count"] as const, base.classify.basis),
      aCutoff: text(classify.aCutoff, base.classify.aCutoff),
      bCutoff: text(classify.bCutoff, base.classify.bCutoff),
      xyz: flag(classify.xyz, base.classify.xyz),
      xCutoff: text(classify.xCutoff, base.classify.xCutoff),
      yCutoff: text(classify.yCutoff, base.classify.yCutoff),
    },
    service: {
      measure: oneOf<ServiceMeasure>(service.measure, ["cycle", "fillRate"], base.service.measure),
      targets,
      carryingRate: text(service.carryingRate, base.service.carryingRate),
      defaultOrderCost: text(service.defaultOrderCost, base.service.defaultOrderCost),
      basis: oneOf(service.basis, ["service", "cost"] as const, base.service.basis),
      backorderRate: text(service.backorderRate, base.service.backorderRate),
    },
    write: {
      layout: oneOf(write.layout, ["spill", "table"] as const, base.write.layout),
      valuesOnly: flag(write.valuesOnly, base.write.valuesOnly),
      roundUp: flag(write.roundUp, base.write.roundUp ?? false),
      // A saved "none" is the default, not a choice: the currency of the table's unit costs (in `base`) stands.
      currency: oneOf(write.currency, CURRENCY_CODES, "") || (base.write.currency ?? ""),
    },
  };
}

/** The saved mapping where every header it names is in this table; else the base mapping. */
function restoreMapping(saved: unknown, headers: readonly string[], base: ColumnMapping): ColumnMapping {
  if (!isObject(saved) || !isObject(saved.fields)) return base;
  const column = (header: unknown): number | null | undefined => {
    if (header === null) return null;
    if (typeof header !== "string") return undefined;
    const index = headers.indexOf(header);
    return index < 0 ? undefined : index;
  };
  const fields = { ...EMPTY_FIELDS };
  for (const spec of FIELDS) {
    const found = column(saved.fields[spec.key]);
    if (found === undefined) return base;
    fields[spec.key] = found;
  }
  let history: ColumnMapping["history"] = null;
  if (saved.history !== null) {
    if (!isObject(saved.history)) return base;
    const first = column(saved.history.first);
    const last = column(saved.history.last);
    if (first === undefined || last === undefined || first === null || last === null || last < first) return base;
    history = { first, last };
  }
  return { fields, history };
}
