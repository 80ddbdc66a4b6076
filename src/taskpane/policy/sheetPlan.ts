/**
 * The sheet plan: the policy choices turned into the cells to write on a new
 * worksheet, without touching the workbook (the Write step hands the plan to
 * the WorkbookPort). Three things go on the sheet:
 *
 * - the policy block at A1, one row per data row of the source table, in the
 *   same order, so that formulas can reference the source rows directly; every
 *   usable row has a policy and says its method (the Method column): each
 *   column's formula chooses, by the row's status, the normal model (EOQ,
 *   SAFETYSTOCK, REORDERPOINT; or with basis "cost" the cost-optimal (r,Q),
 *   RQPOLICY "exact", with the backorder cost an assumption cell), the same
 *   with an estimated CV for a new item, an SBA rate with a negative binomial
 *   reorder point (NEWSVENDORNEGBIN at the class's target, with the history's
 *   variance; the Poisson's when that is at most the mean) for an intermittent
 *   item, or no replenishment for an item without demand (with its value at
 *   stake per unit). The SBA rate is INV.CROSTON's;
 *   the CV a new item borrows is the pane's value (no Excel 2021 function gives
 *   a class's median per row of a spill);
 * - a summary block to its right: the assumptions (carrying rate, default
 *   order cost, days per year, ABC basis and cut-offs, XYZ cut-offs, the target
 *   per class), then counts and totals;
 * - the Pareto chart's source (items ranked by value), and the chart.
 *
 * Layouts: "spill" (one broadcasting formula per column over the source rows,
 * e.g. =IF(C2:C201="Policy",INV.EOQ(F2:F201, 'Items'!G2:G201, $O$10, 'Items'!D2:D201),""));
 * "table" (one formula per row, for an Excel table); and, with either, values only
 * (the numbers the pane computed, no formulas).
 *
 * What the sheet says is what it computes: every assumption shown in the
 * summary is a cell that the formulas reference (absolutely), so editing it
 * recomputes the sheet; the class is a formula over the block's annual values
 * (INV.ABCCLASS, and INV.XYZCLASS over the history with XYZ), so a changed unit
 * cost can move an item between classes. Unit conversions that are facts of
 * the calendar appear as plain factors (*12, /52, 1/12); working days per
 * year, a choice, is an assumption cell.
 *
 * The formulas use only functions Excel 2021 has, and INV functions: no
 * LAMBDA, BYROW, LET or XLOOKUP (the mean and deviation of each history row
 * come from INV.DEMANDSTATS, targets from INDEX/MATCH). Every reference to the
 * source sheet is quoted ('Q1'!C2:C201), whatever its name. Data from the
 * source (SKUs, headers, the reasons a row is invalid) is written as literal
 * text ({ text }), so "00123", "1-2" or "=X" stay what the source holds.
 */
import { quotedSheetPrefix } from "../workbook/cellAddress";
import { moneyFormat } from "./currency";
import type { CellWrite, NumberFormat, ParetoChartSpec } from "../workbook/workbookPort";
import type { ClassifyChoices, Classification } from "./classify";
import { columnLetter, type ColumnMapping } from "./columns";
import { GROUP_KEYS, GROUP_STATUS, type GroupKey, type Grouping } from "./groups";
import { METHOD_LABEL, type ItemPolicy, type Policy, type PolicyBasis, type PolicyMethod } from "./policy";
import { SBA_ALPHA } from "./slowMovers";
import { MEASURE_LABEL, targetClasses, type ServiceMeasure } from "./serviceLevels";
import {
  describeDemandConversion,
  describeLeadTimeConversion,
  divideSuffix,
  leadTimeDivisor,
  PERIODS_PER_YEAR,
  periodWord,
  timesSuffix,
  type UnitChoices,
} from "./units";
import type { ItemRead, ItemTable } from "./validation";

export type Layout = "spill" | "table";

export interface PlanSettings {
  classify: ClassifyChoices;
  measure: ServiceMeasure;
  /** Target per class, a fraction. */
  targets: Readonly<Record<string, number>>;
  carryingRate: number;
  defaultOrderCost: number;
  layout: Layout;
  valuesOnly: boolean;
  /** EOQ and reorder points rounded up to whole units: ROUNDUP(…,0) around their formulas. */
  roundUp?: boolean;
  /** "cost": the regular items' rows are INV.RQPOLICY's cost-optimal (r,Q) ("exact"); default "service". */
  basis?: PolicyBasis;
  /** b, with basis "cost": the backorder cost per unit short per year as a share of unit cost (an assumption cell). */
  backorderRate?: number;
  /** The currency of the money columns' number format (see currency.ts); none when empty or absent. */
  currency?: string;
}

export interface PlanInput {
  table: ItemTable;
  mapping: ColumnMapping;
  units: UnitChoices;
  read: ItemRead;
  grouping: Grouping;
  /** Aligned with grouping.policy. */
  classification: Classification;
  /** Rows aligned with grouping.policy. */
  policy: Policy;
  settings: PlanSettings;
}

export interface PlannedBlock {
  /** Top-left cell on the new sheet. */
  topLeft: string;
  /** Rows of cells; `null` leaves a cell empty (a spill's range). */
  cells: CellWrite[][];
  /**
   * Number formats laid out like `cells` (a row may be shorter; `null` leaves
   * a cell's format as it is). A spill's format covers its whole area: the
   * cells under the formula are `null` in `cells` but get a format here.
   */
  numberFormats?: NumberFormat[][];
  /** What the block is, for the report: "policy", "summary", "Pareto chart source". */
  what: string;
  /** The block's address on the new sheet, "A1:L201". */
  address: string;
}

export interface SheetPlan {
  /** The new sheet's name, or "Policy (2)" … when taken. */
  sheetBaseName: string;
  blocks: PlannedBlock[];
  /** For the table layout: the policy block as an Excel table. */
  table: { address: string; name: string } | undefined;
  /** Undefined when no item has a value to rank. */
  chart: ParetoChartSpec | undefined;
  /** Formula cells written (a spill counts once). */
  formulaCount: number;
}

export const POLICY_SHEET_NAME = "Policy";
export const POLICY_TABLE_NAME = "InventoryPolicy";

/** Number formats: rates, service levels and shares; whole units; money; ratios such as a CV. */
export const FORMAT = { share: "0.0%", units: "#,##0", money: "#,##0.00", ratio: "0.00" } as const;

/** The policy block's columns, A to Q. */
export function policyHeaders(measure: ServiceMeasure): string[] {
  return [
    "Row",
    "SKU",
    "Status",
    "Class",
    MEASURE_LABEL[measure],
    "Annual demand",
    "Annual value",
    "EOQ",
    "Safety stock",
    "Reorder point",
    "Cycle stock value",
    "Safety stock value",
    "Method",
    "Max stock",
    "Value at stake (per unit)",
    `SBA rate (per period, α ${SBA_ALPHA})`,
    "Estimated CV",
  ];
}

const POLICY = "Policy";
const COLUMN = {
  row: 0,
  sku: 1,
  status: 2,
  itemClass: 3,
  target: 4,
  demand: 5,
  value: 6,
  eoq: 7,
  safety: 8,
  rop: 9,
  cycleValue: 10,
  safetyValue: 11,
  method: 12,
  maxStock: 13,
  valueAtStake: 14,
  rate: 15,
  cv: 16,
};
const POLICY_WIDTH = 17;
/** The format of each policy column, A to Q. */
const POLICY_FORMATS: NumberFormat[] = [
  null,
  null,
  null,
  null,
  FORMAT.share,
  FORMAT.units,
  FORMAT.money,
  FORMAT.units,
  FORMAT.units,
  FORMAT.units,
  FORMAT.money,
  FORMAT.money,
  null,
  FORMAT.units,
  FORMAT.money,
  FORMAT.ratio,
  FORMAT.ratio,
];
/** The summary block starts one empty column after the policy block (S), the chart source at Z, the chart at AD. */
const SUMMARY_COLUMN = POLICY_WIDTH + 1;
const SUMMARY_WIDTH = 5;
const CHART_SOURCE_COLUMN = SUMMARY_COLUMN + 7;
const CHART_ANCHOR_COLUMN = SUMMARY_COLUMN + 11;

const letter = (column: number) => columnLetter(1, column);

/** The status of each data row of the table: "Policy", a group, or "Invalid: why". */
export function rowStatuses(input: Pick<PlanInput, "table" | "read" | "grouping">): string[] {
  const statuses = input.table.rows.map(() => POLICY);
  const first = new Map<number, string>();
  for (const issue of input.read.issues) {
    if (!first.has(issue.row)) first.set(issue.row, `${issue.column} ${issue.reason}`);
  }
  for (const row of input.read.invalidRows) statuses[row - input.table.top - 1] = `Invalid: ${first.get(row) ?? ""}`;
  for (const key of GROUP_KEYS) {
    for (const item of input.grouping.groups[key]) statuses[item.index] = GROUP_STATUS[key];
  }
  return statuses;
}

/** The assumption cells of the summary, each a cell that formulas reference. */
type AssumptionKey =
  | "carryingRate"
  | "backorderRate"
  | "defaultOrderCost"
  | "daysPerYear"
  | "basis"
  | "aCutoff"
  | "bCutoff"
  | "xCutoff"
  | "yCutoff";
/** The count and total cells of the summary. */
type TotalKey =
  | "items"
  | "zeroDemand"
  | "newItems"
  | "intermittent"
  | "invalid"
  | "cycleValue"
  | "safetyValue"
  | "inventoryValue"
  | "annualCost"
  | "turns";
type SummaryKey = "title" | "source" | "layout" | "demand" | "leadTime" | "deviation" | "measure" | "assumptions";
type RowKey = SummaryKey | AssumptionKey | TotalKey | "classHeader" | null;

/** Whether the regular items' rows are the cost-optimal (r,Q): basis "cost" with a backorder cost. */
const costOptimal = (settings: PlanSettings) => settings.basis === "cost" && settings.backorderRate !== undefined;

/** The summary's rows in order (`null` is an empty row), then one row per class. */
function summaryKeys(settings: PlanSettings, units: UnitChoices): RowKey[] {
  const xyz = settings.classify.xyz;
  return [
    "title",
    "source",
    "layout",
    "demand",
    "leadTime",
    "deviation",
    "measure",
    null,
    "assumptions",
    "carryingRate",
    ...(costOptimal(settings) ? (["backorderRate"] as const) : []),
    "defaultOrderCost",
    ...(units.leadTimeUnit === "days" ? (["daysPerYear"] as const) : []),
    "basis",
    "aCutoff",
    "bCutoff",
    ...(xyz ? (["xCutoff", "yCutoff"] as const) : []),
    null,
    "items",
    "zeroDemand",
    "newItems",
    "intermittent",
    "invalid",
    "cycleValue",
    "safetyValue",
    "inventoryValue",
    "annualCost",
    "turns",
    null,
    "classHeader",
  ];
}

/**
 * What every block of the plan shares: the layout, the source's rows, and where each referenced cell is
 * (an assumption's $T$10, a class's target range, the source's cells, the policy block's own columns).
 */
function planContext(input: PlanInput) {
  const { table, mapping, units, settings } = input;
  const n = table.rows.length;
  const firstRow = table.top + 1;
  const lastRow = table.top + n;
  const source = quotedSheetPrefix(table.sheetName);
  const spill = settings.layout === "spill";
  const { fields, history } = mapping;
  if (fields.unitCost === null || fields.leadTime === null) throw new Error("buildSheetPlan: incomplete mapping");
  if (fields.demand === null && !history) throw new Error("buildSheetPlan: the mapping has neither demand nor history");

  // Where each summary row is, so that formulas can reference its cells: $O$9 for an assumption.
  const classLabels = targetClasses(settings.classify.xyz);
  const keys = summaryKeys(settings, units);
  const rowOf = new Map<RowKey, number>();
  keys.forEach((key, index) => rowOf.set(key, index + 1));
  const classFirstRow = keys.length + 1;
  const valueCell = (key: AssumptionKey | TotalKey) => `${letter(SUMMARY_COLUMN + 1)}${rowOf.get(key) ?? 0}`;
  const assumption = (key: AssumptionKey) => `$${letter(SUMMARY_COLUMN + 1)}$${rowOf.get(key) ?? 0}`;
  const classRange = (column: number) => {
    const name = letter(SUMMARY_COLUMN + column);
    return `$${name}$${classFirstRow}:$${name}$${classFirstRow + classLabels.length - 1}`;
  };

  // References to the source: all data rows (spill), or the row's own cells (table). In a table they are
  // absolute, so that sorting the table (which moves formulas like a copy) keeps each row on its source row;
  // references within the row stay relative and move with it.
  const rowCell = (column: number, row: number) => `${source}$${columnLetter(table.left, column)}$${row}`;
  const sourceRef = (column: number, row: number) => {
    const name = columnLetter(table.left, column);
    return spill ? `${source}${name}${firstRow}:${name}${lastRow}` : rowCell(column, row);
  };
  const historyRef = (row: number) => {
    if (!history) return undefined;
    const [a, b] = [columnLetter(table.left, history.first), columnLetter(table.left, history.last)];
    return spill ? `${source}${a}${firstRow}:${b}${lastRow}` : `${source}$${a}$${row}:$${b}$${row}`;
  };
  const own = (column: number, row: number) => {
    const name = letter(column);
    return spill ? `${name}2:${name}${n + 1}` : `${name}${row - firstRow + 2}`;
  };
  const ownColumn = (column: number, absolute = false) => {
    const name = letter(column);
    return absolute ? `$${name}$2:$${name}$${n + 1}` : `${name}2:${name}${n + 1}`;
  };
  const formulas = !settings.valuesOnly;
  const money = moneyFormat(settings.currency ?? "");
  const usesDefaultOrderCost = input.grouping.planned.some((item) => item.orderCost === null);
  const layout = { input, table, fields, history, units, settings, n, firstRow, lastRow, source, spill, formulas };
  const summary = { money, classLabels, keys, classFirstRow, usesDefaultOrderCost };
  const references = { valueCell, assumption, classRange, rowCell, sourceRef, historyRef, own, ownColumn };
  return { ...layout, ...summary, ...references };
}
type PlanContext = ReturnType<typeof planContext>;

/** The pieces of the formulas for the source row `row` (all rows in a spill). */
function rowExpressions(context: PlanContext, row: number) {
  const { fields, units, sourceRef, assumption } = context;
  const leadDivisor =
    units.leadTimeUnit === "days" ? `/${assumption("daysPerYear")}` : divideSuffix(leadTimeDivisor(units));
  const block = context.historyRef(row);
  const demand =
    fields.demand !== null
      ? `${sourceRef(fields.demand, row)}${timesSuffix(PERIODS_PER_YEAR[units.demandPeriod])}`
      : `INV.DEMANDSTATS(${block ?? ""})${timesSuffix(PERIODS_PER_YEAR[units.historyPeriod])}`;
  const unitCost = sourceRef(fields.unitCost as number, row);
  let orderCost = assumption("defaultOrderCost");
  if (fields.orderCost !== null) {
    const cell = sourceRef(fields.orderCost, row);
    orderCost = context.usesDefaultOrderCost ? `IF(${cell}="",${orderCost},${cell})` : cell;
  }
  const leadTime = `${sourceRef(fields.leadTime as number, row)}${leadDivisor}`;
  const leadTimeStd = fields.leadTimeStd === null ? undefined : `${sourceRef(fields.leadTimeStd, row)}${leadDivisor}`;
  let demandStd = "0";
  let perYear = 1;
  if (fields.demandStd !== null) {
    demandStd = sourceRef(fields.demandStd, row);
    perYear = PERIODS_PER_YEAR[units.demandPeriod];
  } else if (block) {
    demandStd = `INV.DEMANDSTATS(${block}, "std")`;
    perYear = PERIODS_PER_YEAR[units.historyPeriod];
  }
  // Optional trailing arguments of INV.SAFETYSTOCK(FR): avg_demand, lead_time_std, forecast_interval.
  const annualDemand = context.own(COLUMN.demand, row);
  const tail = [annualDemand];
  if (leadTimeStd !== undefined || perYear !== 1) tail.push(leadTimeStd ?? "0");
  if (perYear !== 1) tail.push(`1/${perYear}`);
  return { demand, annualDemand, unitCost, orderCost, leadTime, demandStd, perYear, tail };
}
type RowExpressions = ReturnType<typeof rowExpressions>;

/**
 * One expression per status, as nested IFs over the row's status (all rows in a spill): "" for a status not
 * given (an invalid row). Each method's formula is in its own branch, so the whole sheet stays live.
 */
function byStatus(context: PlanContext, row: number, cases: Partial<Record<"policy" | GroupKey, string>>): string {
  const status = context.own(COLUMN.status, row);
  const texts = { policy: POLICY, ...GROUP_STATUS };
  let formula = '""';
  for (const key of ["zeroDemand", "intermittent", "newItem", "policy"] as const) {
    const expression = cases[key];
    if (expression !== undefined) formula = `IF(${status}="${texts[key]}",${expression},${formula})`;
  }
  return formula;
}

/**
 * The class: INV.ABCCLASS over the block's annual values (blank off the policy), with the cut-offs and
 * basis from the summary; with XYZ, joined with INV.XYZCLASS of the history. In a table each row takes its
 * own element of the whole column's classes (ROW()-1: the block's header is row 1), so sorting keeps it right;
 * that is one ABCCLASS call per row, quadratic in the rows, where the spill layout calls it once.
 */
function classFormula(context: PlanContext, row: number): string {
  const { spill, assumption } = context;
  const abcArgs = [
    context.ownColumn(COLUMN.value, !spill),
    assumption("aCutoff"),
    assumption("bCutoff"),
    assumption("basis"),
  ].join(", ");
  const abc = spill ? `INV.ABCCLASS(${abcArgs})` : `INDEX(INV.ABCCLASS(${abcArgs}),ROW()-1)`;
  if (!context.settings.classify.xyz) return `=${abc}`;
  const xyz = `INV.XYZCLASS(${[context.historyRef(row) ?? "", assumption("xCutoff"), assumption("yCutoff")].join(", ")})`;
  const joined = `${abc}&${xyz}`;
  return `=${byStatus(context, row, { policy: joined, newItem: joined, intermittent: joined })}`;
}

/**
 * The status of a row the pane put in the policy or among the zero-demand items, as a formula: "Zero
 * demand" when the demand (or the whole history) is 0, else "Policy". The other statuses stay the text the
 * pane wrote: "Invalid: …" comes from the pane's checks of each cell (text in a number column, a negative
 * cost, a blank SKU), and "New item" and "Intermittent" from the periods since an item's first demand and the
 * average interval between demands, which no Excel 2021 or INV function computes for a row.
 */
function statusFormula(context: PlanContext, row: number): string {
  const { fields, history, table, source } = context;
  const tests: string[] = [];
  if (fields.demand !== null) tests.push(`${context.rowCell(fields.demand, row)}=0`);
  if (history) {
    const [a, b] = [columnLetter(table.left, history.first), columnLetter(table.left, history.last)];
    tests.push(`SUM(${source}$${a}$${row}:$${b}$${row})=0`);
  }
  const zero = tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
  return `=IF(${zero},"${GROUP_STATUS.zeroDemand}","${POLICY}")`;
}

/** ROUNDUP(…,0) around a quantity's formula when the plan rounds up to whole units. */
const roundUp = (settings: PlanSettings, expression: string) =>
  settings.roundUp ? `ROUNDUP(${expression},0)` : expression;

/**
 * An intermittent item's lead-time demand: negative binomial with the history's variance per period × L
 * (NEWSVENDORNEGBIN gives the Poisson answer when that variance is at most the mean); without a history,
 * NEWSVENDORPOISSON. `leadStd` is the lead-time deviation, when there is a history.
 */
function intermittentReorderPoint(context: PlanContext, row: number, e: RowExpressions) {
  const [demand, lead, target] = [e.annualDemand, e.leadTime, context.own(COLUMN.target, row)];
  const block = context.historyRef(row);
  const historyStd = block ? `INV.DEMANDSTATS(${block}, "std")` : undefined;
  const periods = PERIODS_PER_YEAR[context.units.historyPeriod];
  const leadStd = historyStd && `${historyStd}*SQRT(${lead}*${periods})`;
  const reorderPoint = leadStd
    ? `INV.NEWSVENDORNEGBIN(${demand}*${lead}, ${leadStd}, ${target}, 1-${target})`
    : `INV.NEWSVENDORPOISSON(${demand}*${lead}, ${target}, 1-${target})`;
  return { leadStd, reorderPoint };
}

/**
 * The cost-optimal (r,Q) per year as INV.RQPOLICY "exact", one result per call: λ = D, τ with τ√L = σ_LT
 * (LEADTIMESTD), h = i × C, p = b × C.
 */
function costOptimalFormula(context: PlanContext, e: RowExpressions, result: string): string {
  const { assumption } = context;
  const [demand, cost, lead] = [e.annualDemand, e.unitCost, e.leadTime];
  const tau = `IF(${lead}>0,INV.LEADTIMESTD(${[e.demandStd, lead, ...e.tail].join(", ")})/SQRT(${lead}),0)`;
  const rqArgs = [demand, tau, lead, e.orderCost, `${assumption("carryingRate")}*${cost}`];
  rqArgs.push(`${assumption("backorderRate")}*${cost}`, '"exact"');
  return roundUp(context.settings, `INV.RQPOLICY(${rqArgs.join(", ")}, "${result}")`);
}

/** The Method column's formula: the method's label for each status. */
function methodFormula(context: PlanContext, row: number, e: RowExpressions, leadStd: string | undefined): string {
  const [demand, lead] = [e.annualDemand, e.leadTime];
  const label = (method: PolicyMethod) => `"${METHOD_LABEL[method]}"`;
  return `=${byStatus(context, row, {
    policy: label(costOptimal(context.settings) ? "costOptimal" : "normal"),
    newItem: label("estimated"),
    intermittent: leadStd
      ? `IF((${leadStd})^2>${demand}*${lead},${label("negbin")},${label("poisson")})`
      : label("poisson"),
    zeroDemand: label("obsolete"),
  })}`;
}

/**
 * The formula cells of a policy row (of the whole block in a spill): each column's formula chooses the
 * method by the row's status. Returns the number of formulas written.
 */
function policyRowFormulas(context: PlanContext, row: number, cells: CellWrite[]): number {
  const { settings, units, fields, own, assumption } = context;
  const e = rowExpressions(context, row);
  const planned = (expression: string) => ({ policy: expression, newItem: expression, intermittent: expression });
  const when = (cases: Partial<Record<"policy" | GroupKey, string>>) => `=${byStatus(context, row, cases)}`;
  const [demand, cost, lead, target] = [e.annualDemand, e.unitCost, e.leadTime, own(COLUMN.target, row)];
  const rate = `${own(COLUMN.rate, row)}${timesSuffix(PERIODS_PER_YEAR[units.historyPeriod])}`;
  const eoq = `INV.EOQ(${[demand, e.orderCost, assumption("carryingRate"), cost].join(", ")})`;
  const wholeEoq = `IF(ROUND(${eoq},0)<1,1,ROUND(${eoq},0))`;
  const up = (expression: string) => roundUp(settings, expression);
  const { leadStd, reorderPoint: poissonRop } = intermittentReorderPoint(context, row, e);
  const rq = (result: string) => costOptimalFormula(context, e, result);
  const byCost = costOptimal(settings);
  const estimatedStd = `${own(COLUMN.cv, row)}*${demand}${divideSuffix(e.perYear)}`;
  const safety = (demandStd: string) =>
    settings.measure === "cycle"
      ? `INV.SAFETYSTOCK(${[target, demandStd, lead, ...e.tail].join(", ")})`
      : `INV.SAFETYSTOCKFR(${[target, demandStd, lead, own(COLUMN.eoq, row), ...e.tail].join(", ")})`;
  const normalRop = `INV.REORDERPOINT(${[demand, lead, own(COLUMN.safety, row)].join(", ")})`;
  cells[COLUMN.sku] = `=${context.sourceRef(fields.sku ?? 0, row)}&""`;
  cells[COLUMN.itemClass] = classFormula(context, row);
  cells[COLUMN.target] = when(
    planned(`INDEX(${context.classRange(1)},MATCH(${own(COLUMN.itemClass, row)},${context.classRange(0)},0))`),
  );
  cells[COLUMN.demand] = when({ ...planned(e.demand), intermittent: rate, zeroDemand: e.demand });
  cells[COLUMN.value] = when(planned(`${demand}*${cost}`));
  const regularEoq = byCost ? rq("order_quantity") : up(eoq);
  cells[COLUMN.eoq] = when({ ...planned(up(eoq)), policy: regularEoq, intermittent: wholeEoq, zeroDemand: "0" });
  cells[COLUMN.safety] = when({
    policy: byCost ? `${rq("reorder_point")}-${demand}*${lead}` : safety(e.demandStd),
    newItem: safety(estimatedStd),
    intermittent: `${poissonRop}-${demand}*${lead}`,
    zeroDemand: "0",
  });
  const regularRop = byCost ? rq("reorder_point") : up(normalRop);
  cells[COLUMN.rop] = when({
    ...planned(up(normalRop)),
    policy: regularRop,
    intermittent: poissonRop,
    zeroDemand: "0",
  });
  cells[COLUMN.cycleValue] = when({ ...planned(`${own(COLUMN.eoq, row)}/2*${cost}`), zeroDemand: "0" });
  cells[COLUMN.safetyValue] = when({ ...planned(`${own(COLUMN.safety, row)}*${cost}`), zeroDemand: "0" });
  cells[COLUMN.method] = methodFormula(context, row, e, leadStd);
  cells[COLUMN.maxStock] = when({ ...planned(`${own(COLUMN.rop, row)}+${own(COLUMN.eoq, row)}`), zeroDemand: "0" });
  cells[COLUMN.valueAtStake] = when({ zeroDemand: cost });
  const liveRate = context.history !== null;
  if (liveRate)
    cells[COLUMN.rate] = when({ intermittent: `INV.CROSTON(${context.historyRef(row) ?? ""}, ${SBA_ALPHA}, "sba")` });
  return liveRate ? 14 : 13;
}

/** The value cells of a policy row in the values-only layout: the numbers the pane computed. */
function policyRowValues(
  context: PlanContext,
  index: number,
  policy: ItemPolicy | undefined,
  knownSku: string | undefined,
  cells: CellWrite[],
) {
  const sku = knownSku ?? String(context.table.rows[index]?.[context.fields.sku ?? 0] ?? "");
  cells[COLUMN.sku] = { text: sku };
  const computed = policy && policy.ok ? policy : undefined;
  const obsolete = computed?.method === "obsolete";
  cells[COLUMN.itemClass] = policy ? policy.itemClass : "";
  cells[COLUMN.target] = policy && !obsolete ? policy.target : "";
  cells[COLUMN.demand] = computed ? computed.demand : "";
  cells[COLUMN.value] = computed && !obsolete ? computed.annualValue : "";
  cells[COLUMN.eoq] = computed ? computed.eoq : "";
  cells[COLUMN.safety] = computed ? computed.safetyStock : "";
  cells[COLUMN.rop] = computed ? computed.reorderPoint : "";
  cells[COLUMN.cycleValue] = computed ? computed.cycleStockValue : "";
  cells[COLUMN.safetyValue] = computed ? computed.safetyStockValue : "";
  cells[COLUMN.method] = computed ? METHOD_LABEL[computed.method] : "";
  cells[COLUMN.maxStock] = computed ? computed.maxStock : "";
  cells[COLUMN.valueAtStake] = computed?.valueAtStake ?? "";
  if (policy && !policy.ok) cells[COLUMN.status] = { text: `Invalid: ${policy.message}` };
}

/** The policy block at A1: the headers, then one row per data row of the source, in the same order. */
function policyBlock(context: PlanContext): { block: PlannedBlock; formulaCount: number } {
  const { input, n, firstRow, formulas, spill } = context;
  const statuses = rowStatuses(input);
  const columnFormats = POLICY_FORMATS.map((format) => (format === FORMAT.money ? context.money : format));
  const byIndex = new Map<number, ItemPolicy>();
  input.policy.rows.forEach((policy) => byIndex.set(policy.item.index, policy));
  const skuByIndex = new Map(input.read.items.map((item) => [item.index, item.sku]));

  const rows: CellWrite[][] = [policyHeaders(context.settings.measure)];
  const policyFormats: NumberFormat[][] = [[]];
  let formulaCount = 0;
  for (let index = 0; index < n; index++) {
    const row = firstRow + index;
    const status = statuses[index] ?? POLICY;
    const policy = byIndex.get(index);
    const cells: CellWrite[] = new Array<CellWrite>(POLICY_WIDTH).fill(null);
    policyFormats.push(columnFormats);
    cells[COLUMN.row] = row;
    const liveStatus = formulas && (status === POLICY || status === GROUP_STATUS.zeroDemand);
    // An "Invalid: …" reason quotes the source's cells, so it is literal text; the other statuses are the plan's words.
    cells[COLUMN.status] = liveStatus
      ? statusFormula(context, row)
      : status.startsWith("Invalid")
        ? { text: status }
        : status;
    if (liveStatus) formulaCount++;
    // The CV a new item borrows from its class is the pane's value: no Excel 2021 function gives a class's
    // median per row of a spill. The SBA rate is INV.CROSTON's in the formula layouts.
    const liveRate = formulas && context.history !== null;
    if (!liveRate) cells[COLUMN.rate] = policy?.ok && policy.ratePerPeriod !== null ? policy.ratePerPeriod : "";
    cells[COLUMN.cv] = policy?.ok && policy.estimatedCv !== null ? policy.estimatedCv : "";
    if (formulas && (!spill || index === 0)) formulaCount += policyRowFormulas(context, row, cells);
    else if (!formulas) policyRowValues(context, index, policy, skuByIndex.get(index), cells);
    rows.push(cells);
  }
  const address = `A1:${letter(POLICY_WIDTH - 1)}${n + 1}`;
  return {
    block: { topLeft: "A1", cells: rows, numberFormats: policyFormats, what: "policy", address },
    formulaCount,
  };
}

/** A summary row: label, cell, format of the cell, and a note beside it. */
type SummaryRow = [label: string, value?: CellWrite, format?: NumberFormat, note?: string];

/** The summary's descriptive rows: the title, where the data comes from and how it is read, the headers. */
function descriptionRow(context: PlanContext, key: SummaryKey | "classHeader"): SummaryRow {
  const { table, fields, history, units, settings, spill, formulas } = context;
  const header = (column: number) => table.headers[column] ?? "";
  const historyHeaders = history ? `${header(history.first)} … ${header(history.last)}` : "";
  const demandHeader = fields.demand !== null ? header(fields.demand) : `mean of ${historyHeaders}`;
  const demandPeriod = fields.demand !== null ? units.demandPeriod : units.historyPeriod;
  const leadConversion =
    units.leadTimeUnit === "days" ? "days ÷ days per year (below) = years" : describeLeadTimeConversion(units);
  const deviation =
    fields.demandStd !== null
      ? `${header(fields.demandStd)}, per ${periodWord(units.demandPeriod)}`
      : history
        ? `STDEV.S of ${historyHeaders}, per ${periodWord(units.historyPeriod)} (forecast interval 1/${PERIODS_PER_YEAR[units.historyPeriod]} year)`
        : "none mapped: safety stock covers lead-time variability only";
  const layoutText =
    (spill ? "Spill: one formula per column" : "Excel table: one formula per row") + (formulas ? "" : " (values only)");
  const sheetRange = `${context.source}${columnLetter(table.left, 0)}${table.top}:${columnLetter(table.left, table.headers.length - 1)}${context.lastRow}`;
  switch (key) {
    case "title":
      return ["Inventory policy"];
    case "source":
      return ["Source", { text: sheetRange }];
    case "layout":
      return ["Layout", layoutText];
    case "demand":
      return ["Demand", { text: `${demandHeader}: ${describeDemandConversion(demandPeriod)}` }];
    case "leadTime":
      return ["Lead time", { text: `${fields.leadTime === null ? "" : header(fields.leadTime)}: ${leadConversion}` }];
    case "deviation":
      return ["Demand deviation", { text: deviation }];
    case "measure":
      return ["Service measure", MEASURE_LABEL[settings.measure]];
    case "assumptions":
      return ["Assumptions", formulas ? "Edit these: the formulas use them" : "The values were computed with these"];
    case "classHeader":
      return ["Class", MEASURE_LABEL[settings.measure]];
  }
}

/** The summary's assumption rows: each value is a cell the formulas reference. */
function assumptionRow(context: PlanContext, key: AssumptionKey): SummaryRow {
  const { settings, units } = context;
  const classify = settings.classify;
  const shareOf = classify.basis === "value" ? "value" : "items";
  switch (key) {
    case "carryingRate":
      return ["Carrying rate (per year)", settings.carryingRate, FORMAT.share];
    case "backorderRate":
      return [
        "Backorder cost (per unit short per year)",
        settings.backorderRate ?? "",
        FORMAT.share,
        "of unit cost: p = this × unit cost in INV.RQPOLICY",
      ];
    case "defaultOrderCost":
      return ["Default order cost", settings.defaultOrderCost, context.money, "for rows without an order cost"];
    case "daysPerYear":
      return ["Days per year (lead time)", units.workingDaysPerYear, FORMAT.units, "250 working days, or 365"];
    case "basis":
      return ["ABC basis", classify.basis, null, '"value" (share of value) or "count" (share of items)'];
    case "aCutoff":
      return ["Class A up to", classify.aCutoff, FORMAT.share, `cumulative share of ${shareOf}`];
    case "bCutoff":
      return ["Class B up to", classify.bCutoff, FORMAT.share, `cumulative share of ${shareOf}`];
    case "xCutoff":
      return ["Class X up to", classify.xCutoff, FORMAT.ratio, "coefficient of variation (STDEV.S/AVERAGE)"];
    case "yCutoff":
      return ["Class Y up to", classify.yCutoff, FORMAT.ratio, "coefficient of variation (STDEV.S/AVERAGE)"];
  }
}

/** The summary's counts and totals: formulas over the policy block, or the pane's numbers with values only. */
function totalRow(context: PlanContext, key: TotalKey): SummaryRow {
  const { input, formulas, money, ownColumn, valueCell } = context;
  const status = ownColumn(COLUMN.status);
  const live = (formula: string, value: number | string) => (formulas ? formula : value);
  const totals = input.policy.totals;
  const groupRow = (label: string, group: GroupKey): SummaryRow => {
    const count = live(`=COUNTIF(${status},"${GROUP_STATUS[group]}")`, input.grouping.groups[group].length);
    return [label, count, FORMAT.units];
  };
  const invalidCount = input.read.invalidRows.length + (formulas ? 0 : totals.failed);
  const countOf = (text: string) => `=COUNTIF(${status},"${text}")`;
  switch (key) {
    case "items":
      return [
        "Items with a policy",
        live(`=ROWS(${status})-COUNTIF(${status},"Invalid*")`, totals.items),
        FORMAT.units,
        "every row but the invalid ones; the Method column says how",
      ];
    case "zeroDemand":
      return groupRow("Zero demand (obsolescence candidates)", "zeroDemand");
    case "newItems":
      return groupRow("New items (estimated CV)", "newItem");
    case "intermittent":
      return groupRow("Intermittent items (SBA + Poisson or negative binomial)", "intermittent");
    case "invalid":
      return ["Invalid rows", live(countOf("Invalid*"), invalidCount), FORMAT.units];
    case "cycleValue":
      return ["Cycle stock value", live(`=SUM(${ownColumn(COLUMN.cycleValue)})`, totals.cycleStockValue), money];
    case "safetyValue":
      return ["Safety stock value", live(`=SUM(${ownColumn(COLUMN.safetyValue)})`, totals.safetyStockValue), money];
    case "inventoryValue":
      return [
        "Inventory value",
        live(`=${valueCell("cycleValue")}+${valueCell("safetyValue")}`, totals.inventoryValue),
        money,
      ];
    case "annualCost":
      return ["Annual cost of demand", live(`=SUM(${ownColumn(COLUMN.value)})`, totals.annualCost), money];
    case "turns":
      return [
        "Expected turns",
        live(`=INV.TURNOVER(${valueCell("annualCost")}, ${valueCell("inventoryValue")})`, totals.turns ?? ""),
        FORMAT.ratio,
      ];
  }
}

/** The summary row for a key: `null` is an empty row. */
function summaryRow(context: PlanContext, key: RowKey): SummaryRow {
  switch (key) {
    case null:
      return [""];
    case "carryingRate":
    case "backorderRate":
    case "defaultOrderCost":
    case "daysPerYear":
    case "basis":
    case "aCutoff":
    case "bCutoff":
    case "xCutoff":
    case "yCutoff":
      return assumptionRow(context, key);
    case "items":
    case "zeroDemand":
    case "newItems":
    case "intermittent":
    case "invalid":
    case "cycleValue":
    case "safetyValue":
    case "inventoryValue":
    case "annualCost":
    case "turns":
      return totalRow(context, key);
    default:
      return descriptionRow(context, key);
  }
}

/** One summary row per class: its target, then its count and shares of items and value. */
function classRows(context: PlanContext): { cells: CellWrite[][]; formats: NumberFormat[][] } {
  const { input, settings, ownColumn, valueCell } = context;
  const live = (formula: string, value: number | string) => (context.formulas ? formula : value);
  const items = valueCell("items");
  const cost = valueCell("annualCost");
  const classColumn = ownColumn(COLUMN.itemClass);
  const cells: CellWrite[][] = [];
  const formats: NumberFormat[][] = [];
  context.classLabels.forEach((label, k) => {
    const row = context.classFirstRow + k;
    const counted = input.classification.summary.find((entry) => entry.label === label);
    const [labelCell, countCell] = [`${letter(SUMMARY_COLUMN)}${row}`, `${letter(SUMMARY_COLUMN + 2)}${row}`];
    cells.push([
      label,
      settings.targets[label] ?? "",
      live(`=COUNTIF(${classColumn},${labelCell})`, counted?.items ?? 0),
      live(`=IF(${items}>0,${countCell}/${items},0)`, counted?.shareOfItems ?? 0),
      live(
        `=IF(${cost}>0,SUMIF(${classColumn},${labelCell},${ownColumn(COLUMN.value)})/${cost},0)`,
        counted?.shareOfValue ?? 0,
      ),
    ]);
    formats.push([null, FORMAT.share, FORMAT.units, FORMAT.share, FORMAT.share]);
  });
  return { cells, formats };
}

/** The summary block to the right of the policy block: the descriptions, assumptions, totals, then the classes. */
function summaryBlock(context: PlanContext): { block: PlannedBlock; formulaCount: number } {
  const summaryCells: CellWrite[][] = [];
  const summaryFormats: NumberFormat[][] = [];
  for (const key of context.keys) {
    const [label, value = null, format = null, note] = summaryRow(context, key);
    const cells: CellWrite[] = [label === "" ? null : label, value];
    if (key === "classHeader") cells.push("Items", "Share of items", "Share of value");
    if (note !== undefined) cells.push(note);
    summaryCells.push(cells);
    summaryFormats.push([null, format]);
  }
  const classes = classRows(context);
  summaryCells.push(...classes.cells);
  summaryFormats.push(...classes.formats);
  const formulaCount = context.formulas ? 10 + 3 * context.classLabels.length : 0;
  const padded = summaryCells.map((cells) => [
    ...cells,
    ...new Array<CellWrite>(SUMMARY_WIDTH - cells.length).fill(null),
  ]);
  const topLeft = `${letter(SUMMARY_COLUMN)}1`;
  const address = `${topLeft}:${letter(SUMMARY_COLUMN + SUMMARY_WIDTH - 1)}${padded.length}`;
  return {
    block: { topLeft, cells: padded, numberFormats: summaryFormats, what: "summary", address },
    formulaCount,
  };
}

/**
 * The Pareto chart's source: the items ranked by annual value, with the cumulative share, as the pane
 * computed them (the chart does not follow edits to the sheet), and the chart. Undefined without a ranking.
 */
function paretoBlock(context: PlanContext): { block: PlannedBlock; chart: ParetoChartSpec } | undefined {
  const ranking = context.input.classification.ranking;
  if (ranking.length === 0) return undefined;
  const chartCells: CellWrite[][] = [["SKU", "Annual value", "Cumulative share"]];
  const chartFormats: NumberFormat[][] = [[]];
  for (const ranked of ranking) {
    const sku = context.input.grouping.planned[ranked.item]?.sku ?? "";
    chartCells.push([{ text: sku }, ranked.value, ranked.cumulativeShare]);
    chartFormats.push([null, context.money, FORMAT.share]);
  }
  const [a, b, c] = [letter(CHART_SOURCE_COLUMN), letter(CHART_SOURCE_COLUMN + 1), letter(CHART_SOURCE_COLUMN + 2)];
  const last = ranking.length + 1;
  const block: PlannedBlock = {
    topLeft: `${a}1`,
    cells: chartCells,
    numberFormats: chartFormats,
    what: "Pareto chart source",
    address: `${a}1:${c}${last}`,
  };
  const chart: ParetoChartSpec = {
    title: "Pareto: annual value by item",
    categories: `${a}2:${a}${last}`,
    values: `${b}2:${b}${last}`,
    cumulativeShares: `${c}2:${c}${last}`,
    anchor: `${letter(CHART_ANCHOR_COLUMN)}2`,
  };
  return { block, chart };
}

/**
 * Builds the plan. Formulas reference the source sheet by name and its data
 * rows (top + 1 … top + n); the policy block's row k + 1 is the source's data row k.
 */
export function buildSheetPlan(input: PlanInput): SheetPlan {
  const context = planContext(input);
  const policy = policyBlock(context);
  const summary = summaryBlock(context);
  const pareto = paretoBlock(context);
  return {
    sheetBaseName: POLICY_SHEET_NAME,
    blocks: [policy.block, summary.block, ...(pareto ? [pareto.block] : [])],
    table: context.spill ? undefined : { address: policy.block.address, name: POLICY_TABLE_NAME },
    chart: pareto?.chart,
    formulaCount: policy.formulaCount + summary.formulaCount,
  };
}
