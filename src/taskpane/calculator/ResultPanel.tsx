import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Calculation } from "./calculation";
import type { InsertStatus } from "./calculatorState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headline: { display: "flex", flexDirection: "column" },
  formulas: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    listStyleType: "none",
    overflowWrap: "anywhere",
  },
  details: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  formula: { fontFamily: tokens.fontFamilyMonospace },
});

export interface ResultPanelProps {
  /** Accessible name of the result region, e.g. "EOQ result". */
  title: string;
  calculation: Calculation<string>;
  /** What to ask for while required fields are empty, e.g. "Enter demand, order cost and holding cost." */
  waitingText: string;
  /** Whether there is a workbook to insert into yet (false while the host is still being detected). */
  canInsert: boolean;
  insertStatus: InsertStatus;
  onInsert(formula: string): void;
  /** Appended to the address in the success message, e.g. " on the demo sheet". */
  whereInserted: string;
}

/** The result of a calculator: the number, the formula with the numbers, the Excel formula, and Insert. */
export function ResultPanel(props: ResultPanelProps) {
  const styles = useStyles();
  const { calculation, insertStatus } = props;
  const result = calculation.result;
  return (
    <section className={styles.root} aria-label={props.title}>
      <div aria-live="polite">
        {result ? (
          <div className={styles.headline}>
            <Text>{result.headline.label}</Text>
            <Text size={600} weight="semibold">
              {result.headline.value} {result.headline.unit}
            </Text>
          </div>
        ) : calculation.error ? (
          <MessageBar intent="error">
            <MessageBarBody>{calculation.error}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text>{calculation.missing.length > 0 ? props.waitingText : "Correct the entries marked above."}</Text>
        )}
      </div>
      {result && (
        <>
          <ul className={styles.formulas} aria-label="Formula">
            {result.formulaLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <dl className={styles.details}>
            {result.details.map((detail) => (
              <div key={detail.label} style={{ display: "contents" }}>
                <dt className={styles.term}>{detail.label}</dt>
                <dd className={styles.value}>{detail.value}</dd>
              </div>
            ))}
          </dl>
          <Field label="Excel formula" hint="The same calculation as a cell formula.">
            <Input readOnly value={result.excelFormula} className={styles.formula} />
          </Field>
          <Button
            appearance="primary"
            disabled={!props.canInsert || insertStatus.kind === "inserting"}
            icon={insertStatus.kind === "inserting" ? <Spinner size="tiny" /> : undefined}
            onClick={() => props.onInsert(result.excelFormula)}
          >
            Insert formula into the selected cell
          </Button>
        </>
      )}
      <div role="status">
        {insertStatus.kind === "inserted" && (
          <MessageBar intent="success">
            <MessageBarBody>
              Inserted {insertStatus.formula} into {insertStatus.address}
              {props.whereInserted}.
            </MessageBarBody>
          </MessageBar>
        )}
        {insertStatus.kind === "refused" && (
          <MessageBar intent="warning">
            <MessageBarBody>{insertStatus.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
