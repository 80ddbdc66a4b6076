import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { briefMessage } from "./fieldMessage";

const useStyles = makeStyles({
  // Its own height in a grid of fields: a message under one field never stretches its neighbours.
  root: { alignSelf: "start", display: "flex", flexDirection: "column", minWidth: 0 },
  // At most two lines under the field; the whole message is behind "Details".
  brief: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  details: { alignSelf: "start", minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  full: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface NumberFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(text: string): void;
  /**
   * A message about the entry, naming the field by its label (shared/fieldMessage.ts). The field
   * shows its brief form and the whole message on demand.
   */
  error?: string | undefined;
  required?: boolean;
}

/**
 * One labelled numeric entry. Typed as text so that "25%" and a half-typed
 * "1e" can be entered; the calculator reads it (parseEntry) and explains.
 * Under an error it keeps its width and its neighbours' height: a brief line
 * (the advice, or the rule), and a "Details" button that shows the whole message.
 */
export function NumberField({ label, hint, value, onChange, error, required = false }: NumberFieldProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const brief = error === undefined || error === "" ? undefined : briefMessage(error, label);
  // A message with no brief form (not worded by fieldMessage) shows whole: nothing is hidden without "Details".
  const hasDetails = brief !== undefined && brief !== error;
  return (
    <div className={styles.root}>
      <Field
        label={label}
        hint={hint}
        required={required}
        validationState={brief ? "error" : "none"}
        validationMessage={brief && { children: brief, className: hasDetails ? styles.brief : undefined }}
      >
        <Input
          value={value}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          onChange={(_event, data) => onChange(data.value)}
        />
      </Field>
      {hasDetails && (
        <>
          <Button
            className={styles.details}
            appearance="transparent"
            size="small"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${label}: details`}
            onClick={() => setOpen(!open)}
          >
            Details
          </Button>
          <p id={detailsId} className={styles.full} hidden={!open}>
            {error}
          </p>
        </>
      )}
    </div>
  );
}
