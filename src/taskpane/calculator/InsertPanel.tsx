import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { InsertKind, InsertStatus } from "./calculatorState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The whole formula in view at any pane width: it wraps anywhere (a formula has few spaces).
  formulaBox: { minWidth: 0 },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", wordBreak: "break-all" },
  copy: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
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
  /** Writes text to the clipboard; default the browser's. Rejects when the clipboard is not available. */
  copyText?: (text: string) => Promise<void>;
}

/** The browser's clipboard, refused where the page may not use it. */
async function clipboardWrite(text: string): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.clipboard) throw new Error("no clipboard");
  await navigator.clipboard.writeText(text);
}

/** Lines a formula takes at the pane's narrowest (about 30 characters a line), for the box's height. */
const linesOf = (text: string) => Math.min(8, Math.max(1, Math.ceil(text.length / 30)));

/** A formula, wrapped so that all of it shows, with a button that copies it. */
function FormulaField({
  label,
  what,
  hint,
  value,
  copyText,
}: {
  label: string;
  /** What the copy button copies, in a sentence: "Excel formula". */
  what: string;
  hint: string;
  value: string;
  copyText(text: string): Promise<void>;
}) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await copyText(value);
      setCopied("copied");
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text for Ctrl+C instead.
      box.current?.focus();
      box.current?.select();
      setCopied("failed");
    }
  };
  return (
    <div className={styles.formulaBox}>
      <Field label={label} hint={hint}>
        <Textarea
          ref={box}
          readOnly
          value={value}
          resize="none"
          rows={linesOf(value)}
          textarea={{ className: styles.formula }}
        />
      </Field>
      <div className={styles.copy}>
        <Button size="small" onClick={() => void copy()} aria-label={`Copy the ${what}`}>
          Copy
        </Button>
        <Text size={200} className={styles.note} aria-live="polite">
          {copied === "copied" && "Copied."}
          {copied === "failed" && "Could not copy here: the formula is selected, press Ctrl+C."}
        </Text>
      </div>
    </div>
  );
}

const FORMULA_FIELDS = [
  { kind: "formula", label: "Excel formula", what: "Excel formula", hint: "The same calculation as a cell formula." },
  {
    kind: "explanation",
    label: "Explanation formula",
    what: "explanation formula",
    hint: "Spills this explanation as a table of cells.",
  },
] as const;

/** The calculation as cell formulas, copied or inserted into the selected cell. */
export function InsertPanel({
  formulas,
  canInsert,
  status,
  onInsert,
  whereInserted,
  copyText = clipboardWrite,
}: InsertPanelProps) {
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
          {FORMULA_FIELDS.map((field) => (
            <FormulaField
              key={`${field.kind}-${formulas[field.kind]}`}
              {...field}
              value={formulas[field.kind]}
              copyText={copyText}
            />
          ))}
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
              {whereInserted}
              {status.instead ? `, not into ${status.instead}: that cell is not empty.` : "."}
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
