import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ExplainedTable, ExplainedValue, Explanation } from "../../core/explain/explanation";
import { formatFigure, formatInput } from "../shared/format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  headline: { display: "flex", flexDirection: "column" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  figures: {
    display: "grid",
    // The label keeps at least half the width; a long value (a list of prices) wraps instead.
    gridTemplateColumns: "minmax(50%, 1fr) minmax(0, auto)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  symbols: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  symbol: { fontFamily: tokens.fontFamilyMonospace },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "end",
      whiteSpace: "nowrap",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
  },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  source: { color: tokens.colorNeutralForeground2 },
});

export interface ExplanationViewProps {
  explanation: Explanation;
}

/**
 * The work behind one result, as INV.EXPLAIN spills it: the result, the
 * inputs with their symbols and units, the formula in words and symbols, each
 * step, the tables (periods, tiers, items), the function's whole output when
 * it spills, and the source.
 */
export function ExplanationView({ explanation }: ExplanationViewProps) {
  const styles = useStyles();
  const { result } = explanation;
  return (
    <div className={styles.root}>
      <div className={styles.headline}>
        <Text>
          {result.label}
          {result.symbol && ` ${result.symbol}`}
        </Text>
        <Text size={600} weight="semibold">
          {withUnit(formatFigure(result.value), result.unit)}
        </Text>
      </div>
      <Part title="Inputs">
        <Figures
          label="Inputs"
          items={explanation.inputs.map((input) => ({
            term: named(input.label, input.symbol),
            value: withUnit(typeof input.value === "number" ? formatInput(input.value) : input.value, input.unit),
          }))}
        />
      </Part>
      <Part title="Formula">
        <Text>{explanation.formula.words}</Text>
        <p className={styles.symbols} aria-label="Formula in symbols">
          {explanation.formula.symbols}
        </p>
      </Part>
      {explanation.steps.length > 0 && (
        <Part title="Steps">
          <Figures
            label="Steps"
            items={explanation.steps.map((step) => ({
              term: named(step.label, step.symbol),
              value: withUnit(formatFigure(step.value), step.unit),
            }))}
          />
        </Part>
      )}
      {explanation.tables.map((table, index) => (
        <FigureTable key={`${index}-${table.title}`} table={table} />
      ))}
      {explanation.output && (
        <FigureTable
          table={{ title: `INV.${explanation.fn} spills these cells`, headers: [], rows: explanation.output }}
        />
      )}
      <Text size={200} className={styles.source}>
        Source: {explanation.source}
      </Text>
    </div>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.part} aria-label={title}>
      <Subtitle2 as="h4">{title}</Subtitle2>
      {children}
    </section>
  );
}

function Figures({ items, label }: { items: ReadonlyArray<{ term: string; value: string }>; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.figures} aria-label={label}>
      {items.map((item, index) => (
        <div key={`${index}-${item.term}`} style={{ display: "contents" }}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.value}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table of the explanation, scrolling sideways inside itself when wider than the pane. */
function FigureTable({ table }: { table: ExplainedTable }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="group" aria-label={table.title}>
      <table className={styles.table}>
        <caption className={styles.caption}>{table.title}</caption>
        {table.headers.length > 0 && (
          <thead>
            <tr>
              {table.headers.map((header, index) => (
                <th key={`${index}-${header}`} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell: ExplainedValue, c) => (
                <td key={c}>{formatFigure(cell)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Demand per period (D)". */
function named(label: string, symbol: string): string {
  return symbol ? `${label} (${symbol})` : label;
}

/** "304.05 units", or the figure alone when it has no unit. */
function withUnit(figure: string, unit: string): string {
  return unit ? `${figure} ${unit}` : figure;
}
