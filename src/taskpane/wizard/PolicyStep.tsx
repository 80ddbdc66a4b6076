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
import { useState } from "react";
import { METHOD_LABEL, type ItemPolicy, type Policy } from "../policy/policy";
import { stepRoot } from "../shared/styles";
import { count, money, plural, quantity } from "./format";
import { Figures, Section } from "./parts";

const useStyles = makeStyles({
  root: stepRoot,
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "900px" },
  method: { minWidth: "180px" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1 },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Rows shown at first, and added per "Show more". */
export const PAGE_ROWS = 50;

export interface PolicyStepProps {
  policy: Policy;
  /** How the inputs were converted, e.g. "Demand per year, as is; lead time days ÷ 250 days per year = years." */
  conversions: string;
  onBack(): void;
  onContinue(): void;
}

/** The method column's words: the method, "estimated" for a new item's borrowed CV, the value at stake of an item without demand. */
export function methodText(row: ItemPolicy): string {
  if (!row.ok) return METHOD_LABEL[row.method];
  if (row.method === "estimated")
    return `${METHOD_LABEL.estimated} ${(row.estimatedCv ?? 0).toFixed(2)} (the class's median)`;
  if (row.method === "obsolete")
    return `${METHOD_LABEL.obsolete}; value at stake ${money(row.valueAtStake ?? 0)} per unit held`;
  return METHOD_LABEL[row.method];
}

/** Step 4: the policy per item and the portfolio totals, as they will be written. */
export function PolicyStep({ policy, conversions, onBack, onContinue }: PolicyStepProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_ROWS);
  const { totals, rows } = policy;
  return (
    <div className={styles.root}>
      <Section title="Portfolio">
        <Figures
          label="Portfolio totals"
          items={[
            { label: "Items with a policy", value: count(totals.items) },
            { label: "Cycle stock value", value: money(totals.cycleStockValue) },
            { label: "Safety stock value", value: money(totals.safetyStockValue) },
            { label: "Inventory value", value: money(totals.inventoryValue) },
            { label: "Annual cost of demand", value: money(totals.annualCost) },
            { label: "Expected turns per year", value: totals.turns === null ? "–" : quantity(totals.turns) },
          ]}
        />
        {totals.failed > 0 && (
          <Text className={styles.error}>
            {plural(totals.failed, "item")} could not be computed; the reason is in{" "}
            {totals.failed === 1 ? "its" : "their"} row.
          </Text>
        )}
        <Text className={styles.note}>{conversions}</Text>
      </Section>

      <Section title="Per item" label="Policy per item">
        <div className={styles.scroller} tabIndex={0} role="region" aria-label="Policy per item, scrolls sideways">
          <Table size="extra-small" className={styles.table} aria-label="Policy preview">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>SKU</TableHeaderCell>
                <TableHeaderCell>Class</TableHeaderCell>
                <TableHeaderCell>Method</TableHeaderCell>
                <TableHeaderCell className={styles.number}>EOQ</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Safety stock</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Reorder point</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Cycle stock value</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Safety stock value</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Max stock</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.slice(0, shown).map((row) => (
                <TableRow key={row.item.index}>
                  <TableCell>{row.item.sku}</TableCell>
                  <TableCell>{row.itemClass}</TableCell>
                  <TableCell className={styles.method}>{methodText(row)}</TableCell>
                  {row.ok ? (
                    <>
                      <TableCell className={styles.number}>{quantity(row.eoq)}</TableCell>
                      <TableCell className={styles.number}>{quantity(row.safetyStock)}</TableCell>
                      <TableCell className={styles.number}>{quantity(row.reorderPoint)}</TableCell>
                      <TableCell className={styles.number}>{money(row.cycleStockValue)}</TableCell>
                      <TableCell className={styles.number}>{money(row.safetyStockValue)}</TableCell>
                      <TableCell className={styles.number}>{quantity(row.maxStock)}</TableCell>
                    </>
                  ) : (
                    <TableCell className={styles.error} colSpan={6}>
                      {row.message}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <Text className={styles.note}>
          Showing {count(Math.min(shown, rows.length))} of {plural(rows.length, "item")}; all are written.
        </Text>
        {shown < rows.length && (
          <Button size="small" onClick={() => setShown((value) => value + PAGE_ROWS)}>
            Show {count(Math.min(PAGE_ROWS, rows.length - shown))} more
          </Button>
        )}
      </Section>

      <div className={styles.pair}>
        <Button onClick={onBack}>Back</Button>
        <Button appearance="primary" onClick={onContinue}>
          Continue
        </Button>
      </div>
    </div>
  );
}
