import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { METHOD_LABEL, type ItemPolicy } from "../policy/policy";
import { count, money, percent, plural, price, quantity } from "./format";
import { Choice } from "./parts";
import {
  DEFAULT_SORT,
  filterOptions,
  nextSort,
  NO_FILTER,
  viewRows,
  type PolicyColumn,
  type PolicyFilter,
  type PolicySort,
} from "./policyRows";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    // A native select is as wide as its longest option: let it shrink to its grid cell instead.
    "& .fui-Field, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "820px" },
  // The SKU stays in view while the other columns scroll sideways; it never breaks at a hyphen.
  sku: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "nowrap",
    width: "96px",
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  method: { minWidth: "180px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Rows shown at first, and added per "Show more": the page stays fast with 20,000 items. */
export const PAGE_ROWS = 50;

const COLUMNS: ReadonlyArray<{ key: PolicyColumn; label: string; numeric: boolean }> = [
  { key: "sku", label: "SKU", numeric: false },
  { key: "reorderPoint", label: "Reorder point", numeric: true },
  { key: "eoq", label: "EOQ", numeric: true },
  { key: "safetyStock", label: "Safety stock", numeric: true },
  { key: "itemClass", label: "Class", numeric: false },
  { key: "safetyStockValue", label: "Safety stock value", numeric: true },
  { key: "cycleStockValue", label: "Cycle stock value", numeric: true },
  { key: "maxStock", label: "Max stock", numeric: true },
  { key: "method", label: "Method", numeric: false },
];

const ALL = "all";
const NO_CLASS = "(none)";

/**
 * The method column's words: the method, "estimated" for a new item's borrowed CV, the value at stake of an item
 * without demand, and for a cost-optimal item the service it achieves and its expected cost a year against the
 * service-level policy's.
 */
export function methodText(row: ItemPolicy, currency = ""): string {
  if (!row.ok) return METHOD_LABEL[row.method];
  if (row.method === "estimated")
    return `${METHOD_LABEL.estimated} ${(row.estimatedCv ?? 0).toFixed(2)} (the class's median)`;
  if (row.method === "obsolete")
    return `${METHOD_LABEL.obsolete}; value at stake ${price(row.valueAtStake ?? 0, currency)} per unit held`;
  const compared = row.costComparison;
  if (row.method === "costOptimal" && compared) {
    const costs = `${money(compared.optimalCost, currency)} a year against ${money(compared.serviceCost, currency)}`;
    return `${METHOD_LABEL.costOptimal}: ${percent(compared.achievedService)} achieved (target ${percent(row.target)}); ${costs}`;
  }
  return METHOD_LABEL[row.method];
}

/** A computed row's cell in a column, formatted: whole units, whole currency units. */
function figure(row: Extract<ItemPolicy, { ok: true }>, column: PolicyColumn, currency: string): string {
  switch (column) {
    case "reorderPoint":
    case "eoq":
    case "safetyStock":
    case "maxStock":
      return quantity(row[column]);
    case "safetyStockValue":
    case "cycleStockValue":
      return money(row[column], currency);
    default:
      return "";
  }
}

export interface PolicyTableProps {
  rows: readonly ItemPolicy[];
  /** The currency money is shown in ("" for none). */
  currency: string;
}

/**
 * The policy per item at the pane's width: the SKU column stays put while the others scroll sideways, the
 * reorder point beside it; every column sorts (click or Enter on its header), largest safety-stock value
 * first by default; a filter by class and by method; rows added a page at a time.
 */
export function PolicyTable({ rows, currency }: PolicyTableProps) {
  const styles = useStyles();
  const [sort, setSort] = useState<PolicySort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<PolicyFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE_ROWS);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const view = useMemo(() => viewRows(rows, filter, sort), [rows, filter, sort]);
  const page = view.slice(0, shown);
  const filtered = filter.itemClass !== ALL || filter.method !== ALL;
  const classOf = (column: (typeof COLUMNS)[number]) =>
    column.key === "sku"
      ? styles.sku
      : column.numeric
        ? styles.number
        : column.key === "method"
          ? styles.method
          : undefined;
  const sortLabel = COLUMNS.find((column) => column.key === sort.column)?.label.toLowerCase() ?? "";

  return (
    <>
      <div className={styles.filters}>
        <Choice<string>
          label="Class"
          value={filter.itemClass === "" ? NO_CLASS : filter.itemClass}
          options={[
            { value: ALL, label: "All classes" },
            ...options.classes.map((label) => ({ value: label === "" ? NO_CLASS : label, label: label || NO_CLASS })),
          ]}
          onChange={(value) => {
            setFilter({ ...filter, itemClass: value === NO_CLASS ? "" : value });
            setShown(PAGE_ROWS);
          }}
        />
        <Choice<string>
          label="Method"
          value={filter.method}
          options={[
            { value: ALL, label: "All methods" },
            ...options.methods.map((method) => ({ value: method, label: METHOD_LABEL[method] })),
          ]}
          onChange={(value) => {
            setFilter({ ...filter, method: value as PolicyFilter["method"] });
            setShown(PAGE_ROWS);
          }}
        />
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Policy per item, scrolls sideways">
        <Table size="extra-small" className={styles.table} aria-label="Policy preview" sortable>
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell
                  key={column.key}
                  className={classOf(column)}
                  sortDirection={sort.column === column.key ? sort.direction : undefined}
                  onClick={() => setSort(nextSort(sort, column.key))}
                >
                  {column.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.map((row) => (
              <TableRow key={row.item.index}>
                <TableCell className={styles.sku}>{row.item.sku}</TableCell>
                {row.ok ? (
                  COLUMNS.slice(1).map((column) => (
                    <TableCell key={column.key} className={classOf(column)}>
                      {column.key === "itemClass"
                        ? row.itemClass
                        : column.key === "method"
                          ? methodText(row, currency)
                          : figure(row, column.key, currency)}
                    </TableCell>
                  ))
                ) : (
                  <TableCell className={styles.error} colSpan={COLUMNS.length - 1}>
                    {row.message}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Text className={styles.note} role="status">
        Showing {count(page.length)} of {plural(view.length, "item")}
        {filtered ? ` (filtered from ${count(rows.length)})` : ""}, by {sortLabel}, {sort.direction}; all{" "}
        {count(rows.length)} are written.
      </Text>
      {shown < view.length && (
        <Button size="small" onClick={() => setShown((value) => value + PAGE_ROWS)}>
          Show {count(Math.min(PAGE_ROWS, view.length - shown))} more
        </Button>
      )}
    </>
  );
}
