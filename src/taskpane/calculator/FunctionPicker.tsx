import { Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  combobox: { minWidth: 0, width: "100%" },
  listbox: { maxHeight: "320px" },
  option: { display: "flex", flexDirection: "column" },
  summary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface PickableFunction {
  /** "EOQ". */
  name: string;
  /** The description's first sentence. */
  summary: string;
}

export interface FunctionPickerProps {
  functions: readonly PickableFunction[];
  /** The picked function's name. */
  selected: string;
  /** The picked function's whole description. */
  description: string;
  onPick(fn: string): void;
}

/** A searchable list of the INV functions by name and summary; the picked one's description under it. */
export function FunctionPicker({ functions, selected, description, onPick }: FunctionPickerProps) {
  const styles = useStyles();
  // What is typed to search; undefined while the picked name is shown.
  const [query, setQuery] = useState<string | undefined>(undefined);
  // "eoq", "=INV.EOQ" and "discount" all find INV.EOQDISCOUNT.
  const search = (query ?? "")
    .trim()
    .toLowerCase()
    .replace(/^=?inv\./, "");
  const shown = search
    ? functions.filter((fn) => `${fn.name} ${fn.summary}`.toLowerCase().includes(search))
    : functions;
  return (
    <div className={styles.root}>
      <Field label="Function" hint={`${functions.length} INV functions show their work. Type to search.`}>
        <Combobox
          className={styles.combobox}
          listbox={{ className: styles.listbox }}
          value={query ?? `INV.${selected}`}
          selectedOptions={[selected]}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_event, data) => {
            // Typing past the picked name clears the selection (no option value): the search goes on.
            if (!data.optionValue) return;
            setQuery(undefined);
            onPick(data.optionValue);
          }}
          onOpenChange={(_event, data) => {
            if (!data.open) setQuery(undefined);
          }}
        >
          {/* An option's text is the bare name: typing "safetystock" makes it active, and Enter picks it. */}
          {shown.map((fn) => (
            <Option key={fn.name} value={fn.name} text={fn.name}>
              <div className={styles.option}>
                <Text weight="semibold">INV.{fn.name}</Text> <span className={styles.summary}>{fn.summary}</span>
              </div>
            </Option>
          ))}
          {shown.length === 0 && (
            <Option disabled value="" text="">
              No function matches “{query}”.
            </Option>
          )}
        </Combobox>
      </Field>
      <Text size={200}>{description}</Text>
    </div>
  );
}
