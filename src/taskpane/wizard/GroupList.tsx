import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ItemRecord } from "../policy/validation";
import { count } from "./format";
import { ListActions } from "./ListActions";

const useStyles = makeStyles({
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
  /** Copies text to the clipboard (the browser's by default). */
  copy?: (text: string) => Promise<void>;
}

/** A group set apart: its count and why, and its whole list to see, copy (one SKU per line) or write to a sheet. */
export function GroupList({ title, explanation, items, onWrite, copy }: GroupListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(0);
  const n = items.length;
  const what = `${title} (${count(n)})`;

  return (
    <li>
      <Text weight="semibold">
        {title}: {count(n)}
      </Text>{" "}
      <Text className={styles.note}>{explanation}</Text>
      {n > 0 && (
        <ListActions what={what} lines={() => items.map((item) => item.sku)} unit="SKUs" onWrite={onWrite} copy={copy}>
          <Button
            size="small"
            aria-expanded={shown > 0}
            aria-label={`${shown > 0 ? "Hide the list" : "Show the list"}: ${what}`}
            onClick={() => setShown(shown > 0 ? 0 : LIST_PAGE)}
          >
            {shown > 0 ? "Hide the list" : "Show the list"}
          </Button>
        </ListActions>
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
    </li>
  );
}
