/**
 * The sheet plan: the policy choices turned into the cells to write on a new
 * worksheet, without touching the workbook (the Write step hands the plan to
 * the WorkbookPort). Three things go on the sheet:
 *
 * - the policy block at A1, one row per data row of the source table, in the
 *   same order, so that formulas can reference the source rows directly;
 * - a summary block (settings, counts, totals, the target per class) to its right;
 * - the Pareto chart's source (items ranked by value), and the chart.
 *
 * Layouts: "spill" (one broadcasting formula per column over the source rows,
 * e.g. =IF(C2:C201="Policy",INV.EOQ(Items!C2:C201*12, Items!G2:G201, 0.25, Items!D2:D201),""));
 * "table" (one formula per row, for an Excel table); and, with either, values only
 * (the numbers the pane computed, no formulas). Unit conversions appear in the
 * formulas as plain factors (*12, /250, 1/12). Rows that get no policy (invalid,
 * or set apart) say why in the Status column and are blank in the computed columns.
 */
import { formatAmount } from "../calculator/format";
import { sheetPrefix } from "../workbook/cellAddress";
import type { CellWrite, ParetoChartSpec } from "../workbook/workbookPort";
import type { ClassifyChoices, Classification } from "./classify";
import { columnLetter, type ColumnMapping } from "./columns";
import { GROUP_KEYS, GROUP_STATUS, type Grouping } from "./groups";
import type { ItemPolicy, Policy } from "./policy";
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

/** The policy block's columns, A to L. */
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
};
const POLICY_WIDTH = 12;
/** The summary block starts at N (one empty column after L), the chart source at U, the chart at Y. */
const SUMMARY_COLUMN = 13;
const CHART_SOURCE_COLUMN = 20;
const CHART_ANCHOR_COLUMN = 24;

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

/** Text of a number in a formula: every digit, en-US. */
const num = (value: number) => String(value);

/**
 * Builds the plan. Formulas reference the source sheet by name and its data
 * rows (top + 1 … top + n); the policy block's row k + 1 is the source's data row k.
 */
export function buildSheetPlan(input: PlanInput): SheetPlan {
  const { table, mapping, units, settings } = input;
  const n = table.rows.length;
  const firstRow = table.top + 1;
  const lastRow = table.top + n;
  const source = sheetPrefix(table.sheetName);
  const spill = settings.layout === "spill";
  const formulas = !settings.valuesOnly;

  // References to the source: all data rows (spill), or the row's own cells (table). In a table they are
  // absolute, so that sorting the table (which moves formulas like a copy) keeps each row on its source row;
  // references within the row stay relative and move with it.
  const sourceRef = (column: number, row: number) => {
    const name = columnLetter(table.left, column);
    return spill ? `${source}${name}${firstRow}:${name}${lastRow}` : `${source}$${name}$${row}`;
  };
  const sourceBlock = (first: number, last: number, row: number) => {
    const [a, b] = [columnLetter(table.left, first), columnLetter(table.left, last)];
    return spill ? `${source}${a}${firstRow}:${b}${lastRow}` : `${source}$${a}$${row}:$${b}$${row}`;
  };
  const own = (column: number, row: number) => {
    const name = letter(column);
    return spill ? `${name}2:${name}${n + 1}` : `${name}${row - firstRow + 2}`;
  };
  const ownColumn = (column: number) => `${letter(column)}2:${letter(column)}${n + 1}`;

  const { fields, history } = mapping;
  const usesDefaultOrderCost = input.grouping.policy.some((item) => item.orderCost === null);
  const expressions = (row: number) => {
    let demand: string;
    if (fields.demand !== null) {
      demand = `${sourceRef(fields.demand, row)}${timesSuffix(PERIODS_PER_YEAR[units.demandPeriod])}`;
    } else if (history) {
      const block = sourceBlock(history.first, history.last, row);
      const mean = spill ? `BYROW(${block},LAMBDA(r,AVERAGE(r)))` : `AVERAGE(${block})`;
      demand = `${mean}${timesSuffix(PERIODS_PER_YEAR[units.historyPeriod])}`;
    } else {
      throw new Error("buildSheetPlan: the mapping has neither demand nor history");
    }
    if (fields.unitCost === null || fields.leadTime === null) throw new Error("buildSheetPlan: incomplete mapping");
    const unitCost = sourceRef(fields.unitCost, row);
    let orderCost = num(settings.defaultOrderCost);
    if (fields.orderCost !== null) {
      const cell = sourceRef(fields.orderCost, row);
      orderCost = usesDefaultOrderCost ? `IF(${cell}="",${num(settings.defaultOrderCost)},${cell})` : cell;
    }
    const divisor = leadTimeDivisor(units);
    const leadTime = `${sourceRef(fields.leadTime, row)}${divideSuffix(divisor)}`;
    const leadTimeStd =
      fields.leadTimeStd === null ? undefined : `${sourceRef(fields.leadTimeStd, row)}${divideSuffix(divisor)}`;
    let demandStd = "0";
    let perYear = 1;
    if (fields.demandStd !== null) {
      demandStd = sourceRef(fields.demandStd, row);
      perYear = PERIODS_PER_YEAR[units.demandPeriod];
    } else if (history) {
      const block = sourceBlock(history.first, history.last, row);
      demandStd = spill ? `BYROW(${block},LAMBDA(r,STDEV.S(r)))` : `STDEV.S(${block})`;
      perYear = PERIODS_PER_YEAR[units.historyPeriod];
    }
    // Optional trailing arguments of INV.SAFETYSTOCK(FR): avg_demand, lead_time_std, forecast_interval.
    const tail = [demand];
    if (leadTimeStd !== undefined || perYear !== 1) tail.push(leadTimeStd ?? "0");
    if (perYear !== 1) tail.push(`1/${perYear}`);
    return { demand, unitCost, orderCost, leadTime, demandStd, tail };
  };

  // Classes and targets live in the summary's class table; the target column looks them up there.
  const classLabels = targetClasses(settings.classify.xyz);
  const summary = summaryLayout(classLabels.length);
  const classRange = (column: number) =>
    `$${letter(SUMMARY_COLUMN + column)}$${summary.classFirstRow}:$${letter(SUMMARY_COLUMN + column)}$${summary.classFirstRow + classLabels.length - 1}`;

  const statuses = rowStatuses(input);
  const byIndex = new Map<number, { policy: ItemPolicy }>();
  input.policy.rows.forEach((policy) => byIndex.set(policy.item.index, { policy }));
  const skuByIndex = new Map(input.read.items.map((item) => [item.index, item.sku]));

  const headers = policyHeaders(settings.measure);
  const block: CellWrite[][] = [headers];
  let formulaCount = 0;
  for (let index = 0; index < n; index++) {
    const row = firstRow + index;
    const status = statuses[index] ?? POLICY;
    const policy = byIndex.get(index)?.policy;
    const cells: CellWrite[] = new Array<CellWrite>(POLICY_WIDTH).fill(null);
    cells[COLUMN.row] = row;
    cells[COLUMN.status] = status;
    cells[COLUMN.itemClass] = policy ? policy.itemClass : "";
    const writeFormulas = formulas && (!spill || index === 0);
    if (writeFormulas) {
      const e = expressions(row);
      const when = (expression: string) => `=IF(${own(COLUMN.status, row)}="${POLICY}",${expression},"")`;
      const skuColumn = fields.sku ?? 0;
      cells[COLUMN.sku] = `=${sourceRef(skuColumn, row)}&""`;
      cells[COLUMN.target] = when(`XLOOKUP(${own(COLUMN.itemClass, row)},${classRange(0)},${classRange(1)})`);
      cells[COLUMN.demand] = when(e.demand);
      cells[COLUMN.value] = when(`${own(COLUMN.demand, row)}*${e.unitCost}`);
      cells[COLUMN.eoq] = when(
        `INV.EOQ(${[e.demand, e.orderCost, num(settings.carryingRate), e.unitCost].join(", ")})`,
      );
      const serviceLevel = own(COLUMN.target, row);
      cells[COLUMN.safety] = when(
        settings.measure === "cycle"
          ? `INV.SAFETYSTOCK(${[serviceLevel, e.demandStd, e.leadTime, ...e.tail].join(", ")})`
          : `INV.SAFETYSTOCKFR(${[serviceLevel, e.demandStd, e.leadTime, own(COLUMN.eoq, row), ...e.tail].join(", ")})`,
      );
      cells[COLUMN.rop] = when(`INV.REORDERPOINT(${[e.demand, e.leadTime, own(COLUMN.safety, row)].join(", ")})`);
      cells[COLUMN.cycleValue] = when(`${own(COLUMN.eoq, row)}/2*${e.unitCost}`);
      cells[COLUMN.safetyValue] = when(`${own(COLUMN.safety, row)}*${e.unitCost}`);
      formulaCount += 9;
    } else if (!formulas) {
      cells[COLUMN.sku] = skuByIndex.get(index) ?? String(table.rows[index]?.[fields.sku ?? 0] ?? "");
      const computed = policy && policy.ok ? policy : undefined;
      cells[COLUMN.target] = policy ? policy.target : "";
      cells[COLUMN.demand] = computed ? computed.item.annualDemand : "";
      cells[COLUMN.value] = computed ? computed.annualValue : "";
      cells[COLUMN.eoq] = computed ? computed.eoq : "";
      cells[COLUMN.safety] = computed ? computed.safetyStock : "";
      cells[COLUMN.rop] = computed ? computed.reorderPoint : "";
      cells[COLUMN.cycleValue] = computed ? computed.cycleStockValue : "";
      cells[COLUMN.safetyValue] = computed ? computed.safetyStockValue : "";
      if (policy && !policy.ok) cells[COLUMN.status] = `Invalid: ${policy.message}`;
    }
    block.push(cells);
  }
  const policyAddress = `A1:${letter(POLICY_WIDTH - 1)}${n + 1}`;
  const blocks: PlannedBlock[] = [{ topLeft: "A1", cells: block, what: "policy", address: policyAddress }];

  // The summary block.
  const { classify, measure } = settings;
  const status = ownColumn(COLUMN.status);
  const historyHeaders = history ? `${table.headers[history.first] ?? ""} … ${table.headers[history.last] ?? ""}` : "";
  const demandHeader = fields.demand !== null ? (table.headers[fields.demand] ?? "") : `mean of ${historyHeaders}`;
  const demandPeriod = fields.demand !== null ? units.demandPeriod : units.historyPeriod;
  const leadHeader = fields.leadTime !== null ? (table.headers[fields.leadTime] ?? "") : "";
  const deviation =
    fields.demandStd !== null
      ? `${table.headers[fields.demandStd] ?? ""}, per ${periodWord(units.demandPeriod)}`
      : history
        ? `STDEV.S of ${historyHeaders}, per ${periodWord(units.historyPeriod)} (forecast interval 1/${PERIODS_PER_YEAR[units.historyPeriod]} year)`
        : "none mapped: safety stock covers lead-time variability only";
  const pct = (value: number) => `${formatAmount(value * 100, 0)}%`;
  const classifyText =
    `ABC by ${classify.basis}: A to ${pct(classify.aCutoff)}, B to ${pct(classify.bCutoff)} of ${classify.basis === "value" ? "value" : "items"}` +
    (classify.xyz ? `; XYZ by CV: X to ${num(classify.xCutoff)}, Y to ${num(classify.yCutoff)}` : "");
  const layoutText =
    (spill ? "Spill: one formula per column" : "Excel table: one formula per row") + (formulas ? "" : " (values only)");
  const live = (formula: string, value: number | string) => (formulas ? formula : value);
  const totals = input.policy.totals;
  const groupCount = (key: (typeof GROUP_KEYS)[number]) => input.grouping.groups[key].length;
  const invalidCount = input.read.invalidRows.length + (formulas ? 0 : totals.failed);
  const o = (row: number) => `${letter(SUMMARY_COLUMN + 1)}${row}`;
  const sheetRange = `${source}${columnLetter(table.left, 0)}${table.top}:${columnLetter(table.left, table.headers.length - 1)}${lastRow}`;

  const summaryRows: CellWrite[][] = [
    ["Inventory policy"],
    ["Source", sheetRange],
    ["Layout", layoutText],
    ["Demand", `${demandHeader}: ${describeDemandConversion(demandPeriod)}`],
    ["Lead time", `${leadHeader}: ${describeLeadTimeConversion(units)}`],
    ["Demand deviation", deviation],
    ["Carrying rate (per year)", settings.carryingRate],
    ["Default order cost", settings.defaultOrderCost],
    ["Classification", classifyText],
    ["Service measure", MEASURE_LABEL[measure]],
    [],
    ["Items in the policy", live(`=COUNTIF(${status},"${POLICY}")`, totals.items)],
    [
      "Zero demand (obsolescence candidates)",
      live(`=COUNTIF(${status},"${GROUP_STATUS.zeroDemand}")`, groupCount("zeroDemand")),
    ],
    ["New items (not enough history)", live(`=COUNTIF(${status},"${GROUP_STATUS.newItem}")`, groupCount("newItem"))],
    ["Intermittent items", live(`=COUNTIF(${status},"${GROUP_STATUS.intermittent}")`, groupCount("intermittent"))],
    ["Invalid rows", live(`=COUNTIF(${status},"Invalid*")`, invalidCount)],
    ["Cycle stock value", live(`=SUM(${ownColumn(COLUMN.cycleValue)})`, totals.cycleStockValue)],
    ["Safety stock value", live(`=SUM(${ownColumn(COLUMN.safetyValue)})`, totals.safetyStockValue)],
    ["Inventory value", live(`=${o(summary.cycleRow)}+${o(summary.cycleRow + 1)}`, totals.inventoryValue)],
    ["Annual cost of demand", live(`=SUM(${ownColumn(COLUMN.value)})`, totals.annualCost)],
    [
      "Expected turns",
      live(`=INV.TURNOVER(${o(summary.cycleRow + 3)}, ${o(summary.cycleRow + 2)})`, totals.turns ?? ""),
    ],
    [],
    ["Class", MEASURE_LABEL[measure], "Items", "Share of items", "Share of value"],
  ];
  const classColumn = ownColumn(COLUMN.itemClass);
  classLabels.forEach((label, k) => {
    const row = summary.classFirstRow + k;
    const counted = input.classification.summary.find((entry) => entry.label === label);
    summaryRows.push([
      label,
      settings.targets[label] ?? "",
      live(`=COUNTIF(${classColumn},${letter(SUMMARY_COLUMN)}${row})`, counted?.items ?? 0),
      live(
        `=IF(${o(summary.itemsRow)}>0,${letter(SUMMARY_COLUMN + 2)}${row}/${o(summary.itemsRow)},0)`,
        counted?.shareOfItems ?? 0,
      ),
      live(
        `=IF(${o(summary.costRow)}>0,SUMIF(${classColumn},${letter(SUMMARY_COLUMN)}${row},${ownColumn(COLUMN.value)})/${o(summary.costRow)},0)`,
        counted?.shareOfValue ?? 0,
      ),
    ]);
  });
  if (formulas) formulaCount += 10 + 3 * classLabels.length;
  const summaryWidth = 5;
  const summaryCells = summaryRows.map((cells) => [
    ...cells,
    ...new Array<CellWrite>(summaryWidth - cells.length).fill(null),
  ]);
  const summaryTopLeft = `${letter(SUMMARY_COLUMN)}1`;
  blocks.push({
    topLeft: summaryTopLeft,
    cells: summaryCells,
    what: "summary",
    address: `${summaryTopLeft}:${letter(SUMMARY_COLUMN + summaryWidth - 1)}${summaryCells.length}`,
  });

  // The Pareto chart's source: the items ranked by annual value, with the cumulative share.
  let chart: ParetoChartSpec | undefined;
  const ranking = input.classification.ranking;
  if (ranking.length > 0) {
    const chartCells: CellWrite[][] = [["SKU", "Annual value", "Cumulative share"]];
    for (const ranked of ranking) {
      chartCells.push([input.grouping.policy[ranked.item]?.sku ?? "", ranked.value, ranked.cumulativeShare]);
    }
    const [a, b, c] = [letter(CHART_SOURCE_COLUMN), letter(CHART_SOURCE_COLUMN + 1), letter(CHART_SOURCE_COLUMN + 2)];
    const last = ranking.length + 1;
    blocks.push({ topLeft: `${a}1`, cells: chartCells, what: "Pareto chart source", address: `${a}1:${c}${last}` });
    chart = {
      title: "Pareto: annual value by item",
      categories: `${a}2:${a}${last}`,
      values: `${b}2:${b}${last}`,
      cumulativeShares: `${c}2:${c}${last}`,
      anchor: `${letter(CHART_ANCHOR_COLUMN)}2`,
    };
  }

  return {
    sheetBaseName: POLICY_SHEET_NAME,
    blocks,
    table: spill ? undefined : { address: policyAddress, name: POLICY_TABLE_NAME },
    chart,
    formulaCount,
  };
}

/** Rows of the summary block (1-based sheet rows), so formulas can point at them. */
function summaryLayout(classCount: number) {
  return {
    itemsRow: 12,
    cycleRow: 17,
    costRow: 20,
    classHeaderRow: 23,
    classFirstRow: 24,
    lastRow: 23 + classCount,
  };
}
