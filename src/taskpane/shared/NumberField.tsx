import { Field, Input } from "@fluentui/react-components";

export interface NumberFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(text: string): void;
  /** A message to show under the field (an entry that is not a number, or core's message). */
  error?: string | undefined;
  required?: boolean;
}

/**
 * One labelled numeric entry. Typed as text so that "25%" and a half-typed
 * "1e" can be entered; the calculator reads it (parseEntry) and explains.
 */
export function NumberField({ label, hint, value, onChange, error, required = false }: NumberFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        value={value}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
