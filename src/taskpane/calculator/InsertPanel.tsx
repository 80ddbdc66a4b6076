import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InsertKind, InsertStatus } from "./calculatorState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  formula: { fontFamily: tokens.fontFamilyMonospace },
});

export interface InsertPanelProps {
  /** The function's own call and the INV.EXPLAIN call; undefined while there is no result to insert. */
  formulas?: Readonly<Record<InsertKind, string>> | undefined;
  /** Whether there is a workbook to insert into yet (false while the host is still being detected). */
  canInsert: boolean;
  status: InsertStatus;
  onInsert(what: InsertKind): void;
  /** Appended to the address in the success message, e.g. " on the demo sheet". */
  whereInserted: string;
}

/** The calculation as cell formulas, and Insert into the selected cell. */
export function InsertPanel({ formulas, canInsert, status, onInsert, whereInserted }: InsertPanelProps) {
  const styles = useStyles();
  const busy = status.kind === "inserting";
  const button = (what: InsertKind, text: string) => (
    <Button
      appearance={what === "formula" ? "primary" : "secondary"}
      disabled={!canInsert || busy}
      icon={busy && status.what === what ? <Spinner size="tiny" /> : undefined}
      onClick={() => onInsert(what)}
    >
      {text}
    </Button>
  );
  return (
    <section className={styles.root} aria-label="Insert">
      {formulas && (
        <>
          <Field label="Excel formula" hint="The same calculation as a cell formula.">
            <Input readOnly value={formulas.formula} className={styles.formula} />
          </Field>
          <Field label="Explanation formula" hint="Spills this explanation as a table of cells.">
            <Input readOnly value={formulas.explanation} className={styles.formula} />
          </Field>
          <div className={styles.buttons}>
            {button("formula", "Insert formula")}
            {button("explanation", "Insert explanation")}
          </div>
        </>
      )}
      <div role="status">
        {status.kind === "inserted" && (
          <MessageBar intent="success">
            <MessageBarBody>
              Inserted {status.formula} into {status.address}
              {whereInserted}.
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "refused" && (
          <MessageBar intent="warning">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
