import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ListActionsProps {
  /** What the list is, for the buttons' names: "Zero demand (12)". */
  what: string;
  /** The lines copied, one per entry. */
  lines: () => string[];
  /** What a line is, for the message: "SKUs", "problems". */
  unit: string;
  /** Writes the whole list to a new sheet and resolves to the address written; absent when there is no workbook. */
  onWrite?: () => Promise<string>;
  /** Copies text to the clipboard; rejects when the clipboard cannot be used (the browser's, by default). */
  copy?: (text: string) => Promise<void>;
  /** Buttons before Copy (Show the list). */
  children?: ReactNode;
}

/** The browser's clipboard, or a rejection that says it is not there (a plain http page, an old host). */
function clipboardCopy(text: string): Promise<void> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard) return Promise.reject(new Error("this page has no clipboard access"));
  return clipboard.writeText(text);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Copy a list (one entry per line) or write it to a new sheet, and say how that went. */
export function ListActions({ what, lines, unit, onWrite, copy = clipboardCopy, children }: ListActionsProps) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [writing, setWriting] = useState(false);

  const copyList = () => {
    const list = lines();
    return copy(list.join("\n")).then(
      () => setOutcome({ ok: true, text: `Copied ${list.length.toLocaleString("en-US")} ${unit}, one per line.` }),
      (error: unknown) =>
        setOutcome({
          ok: false,
          text: `Could not copy (${messageOf(error)}). Show the list and select it, or write it to a sheet.`,
        }),
    );
  };
  const writeList = async () => {
    if (!onWrite) return;
    setWriting(true);
    try {
      setOutcome({ ok: true, text: `Wrote the list to ${await onWrite()}.` });
    } catch (error) {
      setOutcome({ ok: false, text: `Could not write the list: ${messageOf(error)}` });
    } finally {
      setWriting(false);
    }
  };

  return (
    <>
      <div className={styles.actions}>
        {children}
        <Button size="small" aria-label={`Copy: ${what}`} onClick={() => void copyList()}>
          Copy
        </Button>
        {onWrite && (
          <Button
            size="small"
            aria-label={`Write to a sheet: ${what}`}
            disabled={writing}
            onClick={() => void writeList()}
          >
            Write to a sheet
          </Button>
        )}
      </div>
      <div role="status">
        {outcome && <Text className={outcome.ok ? styles.note : styles.error}>{outcome.text}</Text>}
      </div>
    </>
  );
}
