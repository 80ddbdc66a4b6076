import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { ClassSummaryRow } from "../policy/classify";
import { count, money, percent } from "./format";

const useStyles = makeStyles({
  // Five columns at the pane's 320 px: narrow padding, the numbers on one line.
  table: { tableLayout: "auto", "& th, & td": { paddingLeft: "4px", paddingRight: "4px" } },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: 600 },
});

export interface ClassSummaryProps {
  summary: readonly ClassSummaryRow[];
  /** The annual value of all classified items, D × C summed. */
  totalValue: number;
  /** The currency money is shown in ("" for none). */
  currency?: string;
}

/** The sum of the rows: their items, their shares (1 when every item has a class), their value. */
export function summaryTotal(summary: readonly ClassSummaryRow[], totalValue: number): ClassSummaryRow {
  const total = { label: "Total", items: 0, shareOfItems: 0, value: 0, shareOfValue: 0 };
  for (const row of summary) {
    total.items += row.items;
    total.shareOfItems += row.shareOfItems;
    total.value += row.value;
    total.shareOfValue += row.shareOfValue;
  }
  return { ...total, value: summary.length > 0 ? total.value : totalValue };
}

/** Per class: the items, their share of the items, their annual value and its share; a total row below. */
export function ClassSummary({ summary, totalValue, currency = "" }: ClassSummaryProps) {
  const styles = useStyles();
  const total = summaryTotal(summary, totalValue);
  const cells = (row: ClassSummaryRow) => (
    <>
      <TableCell>{row.label}</TableCell>
      <TableCell className={styles.number}>{count(row.items)}</TableCell>
      <TableCell className={styles.number}>{percent(row.shareOfItems)}</TableCell>
      <TableCell className={styles.number}>{money(row.value, currency)}</TableCell>
      <TableCell className={styles.number}>{percent(row.shareOfValue)}</TableCell>
    </>
  );
  return (
    <Table size="extra-small" className={styles.table} aria-label="Items and value per class">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Class</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Items</TableHeaderCell>
          <TableHeaderCell className={styles.number}>% items</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Value</TableHeaderCell>
          <TableHeaderCell className={styles.number}>% value</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.map((row) => (
          <TableRow key={row.label}>{cells(row)}</TableRow>
        ))}
        <TableRow className={styles.total}>{cells(total)}</TableRow>
      </TableBody>
    </Table>
  );
}
