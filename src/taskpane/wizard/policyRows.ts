/**
 * The policy preview's rows as the analyst asks for them: filtered by class
 * and by method, sorted by any column. Pure, so that sorting 20,000 items is
 * one memoized call and tested without React.
 */
import { METHOD_LABEL, POLICY_METHODS, type ItemPolicy, type PolicyMethod } from "../policy/policy";

/** The preview's columns, in the order shown: the SKU first, its reorder point beside it. */
export type PolicyColumn =
  | "sku"
  | "reorderPoint"
  | "eoq"
  | "safetyStock"
  | "itemClass"
  | "safetyStockValue"
  | "cycleStockValue"
  | "maxStock"
  | "method";

export type SortDirection = "ascending" | "descending";

export interface PolicySort {
  column: PolicyColumn;
  direction: SortDirection;
}

/** Largest safety-stock value first: the items that tie up the most money in buffers. */
export const DEFAULT_SORT: PolicySort = { column: "safetyStockValue", direction: "descending" };

/** "all", or one class ("" for the items without one) or method. */
export interface PolicyFilter {
  itemClass: string;
  method: PolicyMethod | "all";
}

export const NO_FILTER: PolicyFilter = { itemClass: "all", method: "all" };

const TEXT_COLUMNS: ReadonlySet<PolicyColumn> = new Set(["sku", "itemClass", "method"]);

/** The direction a column sorts in at its first click: numbers largest first, text A to Z. */
export function firstDirection(column: PolicyColumn): SortDirection {
  return TEXT_COLUMNS.has(column) ? "ascending" : "descending";
}

/** The sort after a click on `column`: the other direction when it is already sorted on, else its first one. */
export function nextSort(sort: PolicySort, column: PolicyColumn): PolicySort {
  if (sort.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: sort.direction === "ascending" ? "descending" : "ascending" };
}

/** What a row sorts by in a column: a number, text, or undefined (a row that could not be computed). */
function sortValue(row: ItemPolicy, column: PolicyColumn): number | string | undefined {
  switch (column) {
    case "sku":
      return row.item.sku;
    case "itemClass":
      return row.itemClass;
    case "method":
      return METHOD_LABEL[row.method];
    default:
      return row.ok ? row[column] : undefined;
  }
}

const collator = new Intl.Collator("en-US", { numeric: true, sensitivity: "base" });

/**
 * The rows that pass the filter, sorted (a stable sort: ties keep table order). Rows without a value in
 * the sort column (their inputs were refused) come last in either direction.
 */
export function viewRows(rows: readonly ItemPolicy[], filter: PolicyFilter, sort: PolicySort): ItemPolicy[] {
  const kept = rows.filter(
    (row) =>
      (filter.itemClass === "all" || row.itemClass === filter.itemClass) &&
      (filter.method === "all" || row.method === filter.method),
  );
  const sign = sort.direction === "ascending" ? 1 : -1;
  const keyed = kept.map((row) => ({ row, key: sortValue(row, sort.column) }));
  keyed.sort((left, right) => {
    if (left.key === undefined || right.key === undefined) {
      return (left.key === undefined ? 1 : 0) - (right.key === undefined ? 1 : 0);
    }
    const order =
      typeof left.key === "number" && typeof right.key === "number"
        ? left.key - right.key
        : collator.compare(String(left.key), String(right.key));
    return sign * order;
  });
  return keyed.map((entry) => entry.row);
}

/** The classes and methods that occur, in order, for the filter's options. */
export function filterOptions(rows: readonly ItemPolicy[]): { classes: string[]; methods: PolicyMethod[] } {
  const classes = new Set<string>();
  const methods = new Set<PolicyMethod>();
  for (const row of rows) {
    classes.add(row.itemClass);
    methods.add(row.method);
  }
  return {
    classes: [...classes].sort(collator.compare),
    methods: POLICY_METHODS.filter((method) => methods.has(method)),
  };
}
