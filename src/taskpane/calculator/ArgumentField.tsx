import { Button, Field, Input, Select, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ExplainArgument } from "../../core/explain/registry";
import type { CatalogChoice } from "./catalog";
import type { ArgumentEntry } from "./readArgument";

const useStyles = makeStyles({
  logical: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  textarea: { minWidth: 0 },
  // A native select is as wide as its longest option (a choice with its tooltip): keep it to the pane.
  select: { minWidth: 0, maxWidth: "100%" },
  selectBox: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export interface ArgumentFieldProps {
  argument: ExplainArgument;
  /** The argument's help, from the function's doc comment. */
  help: string;
  /** Tooltips of the choices, from the function's doc comment. */
  choiceHelp?: readonly CatalogChoice[];
  entry: ArgumentEntry | undefined;
  /** `undefined` clears the entry (an optional argument is omitted again). */
  onChange(entry: ArgumentEntry | undefined): void;
  /** A message to show under the field: an entry that cannot be read, or core's message. */
  error?: string | undefined;
}

const PLACEHOLDER: Partial<Record<ExplainArgument["kind"], string>> = {
  number: "e.g. 1300, 0.98 or 98%",
  list: "10, 20, 30 or one number per line",
  history: "one item per line, periods across: 10, 12, 14",
};

/** One argument of the picked function, by its Excel name, as its kind is typed. */
export function ArgumentField({ argument, help, choiceHelp, entry, onChange, error }: ArgumentFieldProps) {
  const styles = useStyles();
  const label = argument.optional ? `${argument.name} (optional)` : argument.name;
  const text = typeof entry === "string" ? entry : "";
  const field = {
    label,
    hint: help,
    required: !argument.optional,
    validationState: error ? ("error" as const) : ("none" as const),
    validationMessage: error,
  };
  switch (argument.kind) {
    case "number":
      return (
        <Field {...field}>
          <Input
            value={text}
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            placeholder={PLACEHOLDER.number}
            onChange={(_event, data) => onChange(data.value)}
          />
        </Field>
      );
    case "list":
    case "history":
      return (
        <Field {...field}>
          <Textarea
            className={styles.textarea}
            value={text}
            resize="vertical"
            rows={argument.kind === "history" ? 3 : 2}
            spellCheck={false}
            placeholder={PLACEHOLDER[argument.kind]}
            onChange={(_event, data) => onChange(data.value)}
          />
        </Field>
      );
    case "choice":
      return (
        <Field {...field}>
          <Select
            className={styles.select}
            select={{ className: styles.selectBox }}
            value={text}
            onChange={(_event, data) => onChange(data.value)}
          >
            <option value="">{argument.optional ? "(default)" : "Choose…"}</option>
            {(argument.choices ?? []).map((choice) => {
              const tooltip = choiceHelp?.find((option) => option.value.toLowerCase() === choice.toLowerCase());
              return (
                <option key={choice} value={choice}>
                  {tooltip?.description ? `${choice}: ${tooltip.description}` : choice}
                </option>
              );
            })}
          </Select>
        </Field>
      );
    case "logical":
      return (
        <Field {...field}>
          <div className={styles.logical}>
            <Switch
              checked={entry === true}
              label={entry === undefined && argument.optional ? "Left out (the default)" : entry ? "TRUE" : "FALSE"}
              onChange={(_event, data) => onChange(data.checked)}
            />
            {argument.optional && entry !== undefined && (
              <Button appearance="transparent" size="small" onClick={() => onChange(undefined)}>
                Leave out
              </Button>
            )}
          </div>
        </Field>
      );
  }
}
