import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { groupText } from "../policy/groupSheet";
import type { ItemRecord } from "../policy/validation";
import { count } from "./format";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  list: {
    maxHeight: "200px",
    overflowY: "auto",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    listStyleType: "none",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sku: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Items listed at first when a list is shown, and added per "Show more": a group of 5,000 stays fast. */
export const LIST_PAGE = 500;

export interface GroupListProps {
  /** The group's name: "Zero demand", "New item", "Intermittent". */
  title: string;
  explanation: string;
  items: readonly ItemRecord[];
  /** Writes the whole list to a new sheet and resolves to the address written; absent when there is no workbook. */
  onWrite?: () => Promise<string>;
  /** Copies text to the clipboard; rejects when the clipboard cannot be used (the browser's, by default). */
  copy?: (text: string) => Promise<void>;
}

type Outcome = { ok: boolean; text: string } | undefined;

/** The browser's clipboard, or a rejection that says it is not there (a plain http page, an old host). */
function clipboardCopy(text: string): Promise<void> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard) return Promise.reject(new Error("this page has no clipboard access"));
  return clipboard.writeText(text);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A group set apart: its count and why, and its whole list to see, copy or write to a sheet. */
export function GroupList({ title, explanation, items, onWrite, copy = clipboardCopy }: GroupListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [writing, setWriting] = useState(false);
  const n = items.length;
  const what = `${title} (${count(n)})`;

  const copyList = () =>
    copy(groupText(items)).then(
      () => setOutcome({ ok: true, text: `Copied ${count(n)} SKUs, one per line.` }),
      (error: unknown) =>
        setOutcome({
          ok: false,
          text: `Could not copy (${messageOf(error)}). Show the list and select it, or write it to a sheet.`,
        }),
    );
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
    <li>
      <Text weight="semibold">
        {title}: {count(n)}
      </Text>{" "}
      <Text className={styles.note}>{explanation}</Text>
      {n > 0 && (
        <div className={styles.actions}>
          <Button
            size="small"
            aria-expanded={shown > 0}
            aria-label={`${shown > 0 ? "Hide the list" : "Show the list"}: ${what}`}
            onClick={() => setShown(shown > 0 ? 0 : LIST_PAGE)}
          >
            {shown > 0 ? "Hide the list" : "Show the list"}
          </Button>
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
      )}
      {shown > 0 && (
        <ul className={styles.list} aria-label={`${title} items`} tabIndex={0}>
          {items.slice(0, shown).map((item) => (
            <li key={item.index}>
              <span className={styles.sku}>{item.sku}</span>
              {item.description ? <span className={styles.note}> {item.description}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {shown > 0 && shown < n && (
        <Button size="small" onClick={() => setShown(shown + LIST_PAGE)}>
          Show {count(Math.min(LIST_PAGE, n - shown))} more
        </Button>
      )}
      <div role="status">
        {outcome && <Text className={outcome.ok ? styles.note : styles.error}>{outcome.text}</Text>}
      </div>
    </li>
  );
}
