import { makeStyles, tokens } from "@fluentui/react-components";
import type { Calculation } from "./calculation";
import type { InsertControls } from "./insertControls";
import { NumberField } from "./NumberField";
import { ResultPanel } from "./ResultPanel";

export interface FieldText {
  label: string;
  hint: string;
  required?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface CalculatorFormProps<F extends string> {
  title: string;
  fields: Record<F, FieldText>;
  entries: Record<F, string>;
  onChange(field: F, text: string): void;
  calculation: Calculation<F>;
  insert: InsertControls;
}

/** Fields in the order given, each with its message, then the result. */
export function CalculatorForm<F extends string>(props: CalculatorFormProps<F>) {
  const styles = useStyles();
  const names = Object.keys(props.fields) as F[];
  const missing = props.calculation.missing.map((name) => shortName(props.fields[name].label));
  return (
    <div className={styles.root}>
      <div className={styles.fields}>
        {names.map((name) => (
          <NumberField
            key={name}
            label={props.fields[name].label}
            hint={props.fields[name].hint}
            required={props.fields[name].required ?? false}
            value={props.entries[name]}
            onChange={(text) => props.onChange(name, text)}
            error={props.calculation.fieldErrors[name]}
          />
        ))}
      </div>
      <ResultPanel
        title={props.title}
        calculation={props.calculation}
        waitingText={`Enter ${listOf(missing)}.`}
        canInsert={props.insert.available}
        insertStatus={props.insert.status}
        onInsert={props.insert.onInsert}
        whereInserted={props.insert.whereInserted}
      />
    </div>
  );
}

/** "Demand per period (D)" → "demand per period". */
function shortName(label: string): string {
  const name = label.replace(/\s*\(.*$/, "").replace(/,.*$/, "");
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
