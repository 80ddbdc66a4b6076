/**
 * Which column of the item table holds what: mapped by header, case-insensitively
 * and with the synonyms analysts use, then corrected by the user in the pane.
 * Also reads the hints a header gives about units ("Annual usage", "Lead time
 * (days)") and finds the demand-history columns (periods across).
 */
import { columnName } from "../workbook/cellAddress";
import type { DemandPeriod, LeadTimeUnit } from "./units";

export type FieldKey =
  "sku" | "description" | "demand" | "unitCost" | "leadTime" | "leadTimeStd" | "demandStd" | "orderCost";

export interface FieldSpec {
  key: FieldKey;
  label: string;
  /** Required for a policy. Demand may come from the history instead of a column. */
  required: boolean;
  hint: string;
  /** Normalized headers (see {@link normalizeHeader}) that name this field. */
  synonyms: readonly string[];
}

export const FIELDS: readonly FieldSpec[] = [
  {
    key: "sku",
    label: "Item (SKU)",
    required: true,
    hint: "Identifies each item.",
    synonyms: [
      "sku",
      "item",
      "item number",
      "item no",
      "item id",
      "item code",
      "part",
      "part number",
      "part no",
      "product",
      "product code",
      "product id",
      "material",
      "material number",
      "article",
      "article number",
      "code",
    ],
  },
  {
    key: "description",
    label: "Description",
    required: false,
    hint: "Shown beside the item; not used in the policy.",
    synonyms: ["description", "desc", "name", "item name", "item description", "product name", "product description"],
  },
  {
    key: "demand",
    label: "Demand",
    required: true,
    hint: "Units per period (say which period below). Without it, the mean of the history is used.",
    synonyms: [
      "annual usage",
      "annual demand",
      "usage",
      "demand",
      "annual quantity",
      "annual sales",
      "annual units",
      "yearly demand",
      "yearly usage",
      "monthly demand",
      "monthly usage",
      "weekly demand",
      "quarterly demand",
      "annual forecast",
      "forecast",
      "demand per year",
      "demand per month",
      "usage per year",
      "sales",
      "quantity",
      "qty",
    ],
  },
  {
    key: "unitCost",
    label: "Unit cost",
    required: true,
    hint: "Cost per unit (> 0).",
    synonyms: [
      "unit cost",
      "cost",
      "price",
      "unit price",
      "standard cost",
      "std cost",
      "cost per unit",
      "item cost",
      "unit value",
      "purchase price",
      "cost price",
    ],
  },
  {
    key: "leadTime",
    label: "Lead time",
    required: true,
    hint: "Replenishment lead time (say which unit below).",
    synonyms: [
      "lead time",
      "leadtime",
      "lt",
      "supplier lead time",
      "replenishment lead time",
      "lead time days",
      "lead",
    ],
  },
  {
    key: "leadTimeStd",
    label: "Lead time std",
    required: false,
    hint: "Standard deviation of the lead time, in the lead-time unit. Blank cells count as 0.",
    synonyms: [
      "lead time std",
      "lead time sd",
      "lead time stdev",
      "lead time std dev",
      "lead time standard deviation",
      "lead time deviation",
      "lead time sigma",
      "lead time variability",
      "lt std",
      "lt sd",
      "lt stdev",
      "std lead time",
      "sd lead time",
      "sigma lt",
      "leadtime std",
    ],
  },
  {
    key: "demandStd",
    label: "Demand std",
    required: false,
    hint: "Standard deviation of demand per demand period. Without it, the history's is used.",
    synonyms: [
      "demand std",
      "demand sd",
      "demand stdev",
      "demand std dev",
      "demand standard deviation",
      "demand sigma",
      "std demand",
      "sd demand",
      "sigma demand",
      "std of demand",
      "forecast error std",
      "std dev",
      "standard deviation",
      "sigma",
    ],
  },
  {
    key: "orderCost",
    label: "Order cost",
    required: false,
    hint: "Cost per order. Blank cells, or no column, use the default order cost.",
    synonyms: [
      "order cost",
      "ordering cost",
      "cost per order",
      "setup cost",
      "set up cost",
      "setup",
      "order setup cost",
      "order placement cost",
      "replenishment cost",
    ],
  },
];

/** Column indexes (0-based, within the table) per field; `null` when not mapped. */
export type FieldColumns = Record<FieldKey, number | null>;

export interface ColumnMapping {
  fields: FieldColumns;
  /** The demand-history columns, first to last (0-based, inclusive), periods across; `null` when none. */
  history: { first: number; last: number } | null;
}

export const EMPTY_FIELDS: FieldColumns = {
  sku: null,
  description: null,
  demand: null,
  unitCost: null,
  leadTime: null,
  leadTimeStd: null,
  demandStd: null,
  orderCost: null,
};

/**
 * A header reduced to lower-case words: parenthesised notes ("(days)"), punctuation
 * and extra spaces go. "Lead time std. (days)" → "lead time std".
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

function containsWords(words: string, phrase: string): boolean {
  return ` ${words} `.includes(` ${phrase} `);
}

/**
 * Maps headers to fields. First every header that is exactly a synonym; then,
 * for fields still open, headers that contain a synonym as whole words, the
 * longest synonym winning. A header that speaks of a deviation (std, sigma, …)
 * only names a deviation field: "Monthly demand std" is the demand std, not the
 * demand. A column is used once; history columns are never fields.
 */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const history = findHistoryColumns(headers);
  const isHistory = (column: number) => history !== null && column >= history.first && column <= history.last;
  const fields: FieldColumns = { ...EMPTY_FIELDS };
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);

  normalized.forEach((words, column) => {
    if (isHistory(column) || words === "") return;
    const field = FIELDS.find((spec) => fields[spec.key] === null && spec.synonyms.includes(words));
    if (field) {
      fields[field.key] = column;
      used.add(column);
    }
  });

  normalized.forEach((words, column) => {
    if (isHistory(column) || used.has(column) || words === "") return;
    let best: { key: FieldKey; length: number } | undefined;
    // A header that speaks of a deviation names a deviation field, whatever else it contains.
    const deviation = /\b(std|sd|stdev|dev|deviation|sigma|variability)\b/.test(words);
    for (const spec of FIELDS) {
      if (deviation !== (spec.key === "demandStd" || spec.key === "leadTimeStd")) continue;
      for (const synonym of spec.synonyms) {
        if (containsWords(words, synonym) && (best === undefined || synonym.length > best.length)) {
          best = { key: spec.key, length: synonym.length };
        }
      }
    }
    if (best && fields[best.key] === null) {
      fields[best.key] = column;
      used.add(column);
    }
  });
  return { fields, history };
}

const MONTH =
  "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)";
const MONTH_HEADER = new RegExp(`^(demand |sales |usage )?${MONTH}\\.?([ \\-/']*\\d{2,4})?$`);

/** The period a history header names, or undefined when it does not look like a period. */
export function historyHeaderPeriod(header: string): DemandPeriod | undefined {
  const words = header.trim().toLowerCase();
  if (words === "") return undefined;
  if (MONTH_HEADER.test(words)) return "month";
  if (/^\d{4}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{4}$/.test(words)) return "month";
  if (/^(demand |sales |usage |hist |history )?(m|mo|mon|month)[ \-_]?\d{1,3}$/.test(words)) return "month";
  if (/^(demand |sales |usage |hist |history )?(w|wk|week)[ \-_]?\d{1,3}$/.test(words)) return "week";
  if (/^(\d{4} )?(q|qtr|quarter)[ \-_]?[1-4]( \d{4})?$/.test(words)) return "quarter";
  if (/^(demand |sales |usage |hist |history )?(p|per|period)[ \-_]?\d{1,3}$/.test(words)) return "month";
  if (/^(19|20)\d{2}$/.test(words)) return "year";
  // An Excel date serial (a header cell holding a date, read as its number): 1990-01-01 … 2099-12-31.
  if (/^\d{5}$/.test(words) && Number(words) >= 32874 && Number(words) <= 73415) return "month";
  return undefined;
}

/** The longest run of at least 2 adjacent headers that name periods, or null. */
export function findHistoryColumns(headers: readonly string[]): { first: number; last: number } | null {
  let best: { first: number; last: number } | null = null;
  let start = -1;
  for (let column = 0; column <= headers.length; column++) {
    const isPeriod = column < headers.length && historyHeaderPeriod(headers[column] ?? "") !== undefined;
    if (isPeriod && start < 0) start = column;
    if (!isPeriod && start >= 0) {
      const run = { first: start, last: column - 1 };
      if (run.last > run.first && (best === null || run.last - run.first > best.last - best.first)) best = run;
      start = -1;
    }
  }
  return best;
}

/** The period a demand header suggests: "Annual usage" → year, "Monthly demand" → month. */
export function demandPeriodHint(header: string): DemandPeriod | undefined {
  const words = header.toLowerCase();
  if (/\b(annual|yearly|per year|a year|\/ ?y(ea)?r|p\.?a\.?)\b/.test(words)) return "year";
  if (/\b(monthly|per month|a month|\/ ?mo(nth)?)\b/.test(words)) return "month";
  if (/\b(quarterly|per quarter|a quarter)\b/.test(words)) return "quarter";
  if (/\b(weekly|per week|a week|\/ ?wk|\/ ?week)\b/.test(words)) return "week";
  return undefined;
}

/** The unit a lead-time header suggests: "Lead time (days)" → days. */
export function leadTimeUnitHint(header: string): LeadTimeUnit | undefined {
  const words = header.toLowerCase();
  if (/\b(days?|d)\b/.test(words.replace(/^lead time\b/, ""))) return "days";
  if (/\b(weeks?|wks?)\b/.test(words)) return "weeks";
  if (/\b(months?|mos?)\b/.test(words)) return "months";
  if (/\b(years?|yrs?)\b/.test(words)) return "years";
  return undefined;
}

/** The period a run of history headers suggests (that of its first header). */
export function historyPeriodHint(
  headers: readonly string[],
  history: { first: number } | null,
): DemandPeriod | undefined {
  return history === null ? undefined : historyHeaderPeriod(headers[history.first] ?? "");
}

/** The sheet's column letter of column `index` (0-based) of a block whose first column is `left` (1-based). */
export function columnLetter(left: number, index: number): string {
  return columnName(left - 1 + index);
}
