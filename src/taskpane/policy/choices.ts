/**
 * The wizard's choices as the user made them (texts where the user types), the
 * defaults, and reading them into numbers with a message per field that is not
 * right. Saved in the workbook as JSON (see settings.ts).
 */
import { ABC_DEFAULT_CUTOFFS, type AbcBasis } from "../../core/classification/abcClassification";
import { XYZ_DEFAULT_CUTOFFS } from "../../core/classification/xyzClassification";
import { formatValue } from "../../core/shared/inputError";
import { asPercent, fieldMessage } from "../shared/fieldMessage";
import type { ClassifyChoices } from "./classify";
import type { CurrencyCode } from "./currency";
import {
  demandPeriodHint,
  historyPeriodHint,
  leadTimeUnitHint,
  mapColumns,
  type ColumnMapping,
  EMPTY_FIELDS,
} from "./columns";
import { FIELD_LABEL, targetLabel } from "./labels";
import type { PolicyBasis } from "./policy";
import type { Layout } from "./sheetPlan";
import { readEntry } from "../shared/parseEntry";
import {
  DEFAULT_CARRYING_RATE,
  DEFAULT_ORDER_COST,
  DEFAULT_TARGET_TEXTS,
  cutoffOrderMessage,
  parseCarryingRate,
  parseCount,
  parseCutoff,
  parseCvCutoff,
  parseOrderCost,
  parseTarget,
  targetClasses,
  type Parsed,
  type ServiceMeasure,
} from "./serviceLevels";
import { DEFAULT_UNITS, type DemandPeriod, type LeadTimeUnit, type UnitChoices } from "./units";

export interface UnitTexts {
  demandPeriod: DemandPeriod;
  historyPeriod: DemandPeriod;
  leadTimeUnit: LeadTimeUnit;
  workingDays: string;
}

export interface ClassifyTexts {
  basis: AbcBasis;
  aCutoff: string;
  bCutoff: string;
  xyz: boolean;
  xCutoff: string;
  yCutoff: string;
}

export interface ServiceTexts {
  measure: ServiceMeasure;
  /** Target text per class: A, B, C and AX … CZ. */
  targets: Record<string, string>;
  carryingRate: string;
  defaultOrderCost: string;
  /** "service" (EOQ + safety stock for the class targets) or "cost" (cost-optimal (r,Q) for the backorder cost). */
  basis: PolicyBasis;
  /** With basis "cost": the backorder cost per unit short per year, as a % of unit cost ("200%" or "2"). */
  backorderRate: string;
}

export interface WriteChoices {
  layout: Layout;
  valuesOnly: boolean;
  /** Order quantities and reorder points rounded up to whole units, in the preview and on the sheet. */
  roundUp?: boolean;
  /** The currency money is shown in, in the pane and on the sheet ("" or absent for none). */
  currency?: CurrencyCode;
}

export interface WizardChoices {
  mapping: ColumnMapping;
  units: UnitTexts;
  classify: ClassifyTexts;
  service: ServiceTexts;
  write: WriteChoices;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function defaultCutoffTexts(basis: AbcBasis): { aCutoff: string; bCutoff: string } {
  return { aCutoff: pct(ABC_DEFAULT_CUTOFFS[basis].a), bCutoff: pct(ABC_DEFAULT_CUTOFFS[basis].b) };
}

export const DEFAULT_CHOICES: WizardChoices = {
  mapping: { fields: { ...EMPTY_FIELDS }, history: null },
  units: {
    demandPeriod: DEFAULT_UNITS.demandPeriod,
    historyPeriod: DEFAULT_UNITS.historyPeriod,
    leadTimeUnit: DEFAULT_UNITS.leadTimeUnit,
    workingDays: String(DEFAULT_UNITS.workingDaysPerYear),
  },
  classify: {
    basis: "value",
    ...defaultCutoffTexts("value"),
    xyz: false,
    xCutoff: String(XYZ_DEFAULT_CUTOFFS.x),
    yCutoff: String(XYZ_DEFAULT_CUTOFFS.y),
  },
  service: {
    measure: "cycle",
    targets: { ...DEFAULT_TARGET_TEXTS },
    carryingRate: DEFAULT_CARRYING_RATE,
    defaultOrderCost: DEFAULT_ORDER_COST,
    basis: "service",
    backorderRate: "",
  },
  write: { layout: "spill", valuesOnly: false, roundUp: false, currency: "" },
};

/**
 * Choices for a freshly read table: the mapping from its headers, and the units
 * its headers suggest ("Annual usage" → per year, "Lead time (days)" → days,
 * month names → monthly history). XYZ is on when there is a history.
 */
export function choicesForHeaders(headers: readonly string[], base: WizardChoices = DEFAULT_CHOICES): WizardChoices {
  const mapping = mapColumns(headers);
  const header = (column: number | null) => (column === null ? "" : (headers[column] ?? ""));
  return {
    ...base,
    mapping,
    units: {
      ...base.units,
      demandPeriod: demandPeriodHint(header(mapping.fields.demand)) ?? base.units.demandPeriod,
      historyPeriod: historyPeriodHint(headers, mapping.history) ?? base.units.historyPeriod,
      leadTimeUnit: leadTimeUnitHint(header(mapping.fields.leadTime)) ?? base.units.leadTimeUnit,
    },
    classify: { ...base.classify, xyz: mapping.history !== null },
  };
}

/** Messages per field id ("workingDays", "aCutoff", "target.A", "carryingRate", …). */
export type ChoiceErrors = Record<string, string>;

export type Read<T> = { value: T; errors: ChoiceErrors } | { value: undefined; errors: ChoiceErrors };

function collect<T>(parts: Record<string, Parsed>, build: (values: Record<string, number>) => T): Read<T> {
  const errors: ChoiceErrors = {};
  const values: Record<string, number> = {};
  for (const [id, parsed] of Object.entries(parts)) {
    if (parsed.ok) values[id] = parsed.value;
    else errors[id] = parsed.message;
  }
  return Object.keys(errors).length > 0 ? { value: undefined, errors } : { value: build(values), errors };
}

const num = (values: Record<string, number>, id: string) => values[id] as number;

export function readUnits(texts: UnitTexts): Read<UnitChoices> {
  return collect({ workingDays: parseCount(texts.workingDays, FIELD_LABEL.workingDays, 1, 366) }, (values) => ({
    demandPeriod: texts.demandPeriod,
    historyPeriod: texts.historyPeriod,
    leadTimeUnit: texts.leadTimeUnit,
    workingDaysPerYear: num(values, "workingDays"),
  }));
}

/** The classification choices; the order of the cut-offs is checked by core (a ≤ b, x ≤ y). */
export function readClassify(texts: ClassifyTexts, hasHistory: boolean): Read<ClassifyChoices> {
  const parts: Record<string, Parsed> = {
    aCutoff: parseCutoff(texts.aCutoff, FIELD_LABEL.aCutoff),
    bCutoff: parseCutoff(texts.bCutoff, FIELD_LABEL.bCutoff),
  };
  const xyz = texts.xyz && hasHistory;
  if (xyz) {
    parts.xCutoff = parseCvCutoff(texts.xCutoff, FIELD_LABEL.xCutoff);
    parts.yCutoff = parseCvCutoff(texts.yCutoff, FIELD_LABEL.yCutoff);
  }
  const read = collect(parts, (values) => ({
    basis: texts.basis,
    aCutoff: num(values, "aCutoff"),
    bCutoff: num(values, "bCutoff"),
    xyz,
    xCutoff: xyz ? num(values, "xCutoff") : XYZ_DEFAULT_CUTOFFS.x,
    yCutoff: xyz ? num(values, "yCutoff") : XYZ_DEFAULT_CUTOFFS.y,
  }));
  if (read.value) {
    const { aCutoff, bCutoff, xCutoff, yCutoff } = read.value;
    if (bCutoff < aCutoff) {
      const { aCutoff: aLabel, bCutoff: bLabel } = FIELD_LABEL;
      const message = cutoffOrderMessage(bLabel, aLabel, asPercent(aCutoff), asPercent(bCutoff));
      return { value: undefined, errors: { bCutoff: message } };
    }
    if (xyz && yCutoff < xCutoff) {
      const { xCutoff: xLabel, yCutoff: yLabel } = FIELD_LABEL;
      const message = cutoffOrderMessage(yLabel, xLabel, formatValue(xCutoff), formatValue(yCutoff));
      return { value: undefined, errors: { yCutoff: message } };
    }
  }
  return read;
}

export interface ServiceChoices {
  measure: ServiceMeasure;
  targets: Record<string, number>;
  carryingRate: number;
  defaultOrderCost: number;
  basis: PolicyBasis;
  /** b, with basis "cost": p = b × C per unit short per year. */
  backorderRate?: number;
}

/**
 * The backorder cost's label, its unit stated plainly: the cost-optimal (r,Q) works per year (λ = annual demand,
 * h = carrying rate × unit cost, L in years), so p = this share × unit cost, per unit short, per year short.
 */
export const BACKORDER_RATE_LABEL = "Backorder cost per unit short per year, % of unit cost";

/** b, the backorder cost as a share of unit cost per year, > 0: "200%" or "2" (no upper limit). */
export function parseBackorderRate(text: string): Parsed {
  const label = BACKORDER_RATE_LABEL;
  const entry = readEntry(text, { percent: true, numberAdvice: "for example 200% or 2" });
  if (entry.kind === "invalid")
    return { ok: false, message: fieldMessage(label, entry.rule, `"${text.trim()}"`, entry.hint) };
  if (entry.kind === "empty") {
    return { ok: false, message: fieldMessage(label, "is required for the cost-optimal policy", "a blank") };
  }
  if (!(entry.value > 0 && Number.isFinite(entry.value))) {
    return { ok: false, message: fieldMessage(label, "must be more than 0%", text.trim()) };
  }
  return { ok: true, value: entry.value };
}

/** The service settings, with a target for each class that applies (A–C, or AX–CZ). */
export function readService(texts: ServiceTexts, xyz: boolean): Read<ServiceChoices> {
  const parts: Record<string, Parsed> = {
    carryingRate: parseCarryingRate(texts.carryingRate),
    defaultOrderCost: parseOrderCost(texts.defaultOrderCost),
  };
  if (texts.basis === "cost") parts.backorderRate = parseBackorderRate(texts.backorderRate);
  for (const label of targetClasses(xyz))
    parts[`target.${label}`] = parseTarget(texts.targets[label] ?? "", texts.measure, targetLabel(label));
  return collect(parts, (values) => {
    const targets: Record<string, number> = {};
    for (const label of targetClasses(xyz)) targets[label] = num(values, `target.${label}`);
    return {
      measure: texts.measure,
      targets,
      carryingRate: num(values, "carryingRate"),
      defaultOrderCost: num(values, "defaultOrderCost"),
      basis: texts.basis,
      ...(texts.basis === "cost" ? { backorderRate: num(values, "backorderRate") } : {}),
    };
  });
}
