/** Small pieces the steps share: a labelled select, a section heading, a list of figures. */
import { Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface ChoiceProps<T extends string> {
  label: string;
  hint?: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
  disabled?: boolean;
}

/** A labelled native select: keyboard and screen-reader friendly, narrow enough for the pane. */
export function Choice<T extends string>({ label, hint, value, options, onChange, disabled }: ChoiceProps<T>) {
  return (
    <Field label={label} hint={hint}>
      <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A titled part of a step; the title is a heading so screen readers can jump between parts. */
export function Section({ title, children, label }: { title: string; children: ReactNode; label?: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={label ?? title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {children}
    </section>
  );
}

/** Label–value pairs, the values right-aligned. */
export function Figures({ items, label }: { items: ReadonlyArray<{ label: string; value: string }>; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.figures} aria-label={label}>
      {items.map((item) => (
        <div key={item.label} style={{ display: "contents" }}>
          <dt className={styles.term}>{item.label}</dt>
          <dd className={styles.value}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
