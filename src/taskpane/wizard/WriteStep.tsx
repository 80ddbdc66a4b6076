import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WriteChoices } from "../policy/choices";
import type { Layout } from "../policy/sheetPlan";
import { stepRoot } from "../shared/styles";
import { count, plural } from "./format";
import { Section } from "./parts";
import type { WriteStatus } from "./wizardState";

const useStyles = makeStyles({
  root: stepRoot,
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface WriteStepProps {
  choices: WriteChoices;
  status: WriteStatus;
  items: number;
  /** " on the demo workbook" in the browser demo. */
  where: string;
  onChange(patch: Partial<WriteChoices>): void;
  onWrite(): void;
  onBack(): void;
}

/** Step 5: the layout, then the policy written to a new sheet, and a report of what went where. */
export function WriteStep({ choices, status, items, where, onChange, onWrite, onBack }: WriteStepProps) {
  const styles = useStyles();
  const writing = status.kind === "writing";
  const retry = retryLabel(status);
  return (
    <div className={styles.root}>
      <Section title="Layout">
        <Field label="Write the policy as">
          <RadioGroup value={choices.layout} onChange={(_event, data) => onChange({ layout: data.value as Layout })}>
            <Radio value="spill" label="Spill: one formula per column (fast for many items)" />
            <Radio value="table" label="Excel table: one formula per row (to sort and filter)" />
          </RadioGroup>
        </Field>
        <Checkbox
          label="Values only: numbers instead of live formulas"
          checked={choices.valuesOnly}
          onChange={(_event, data) => onChange({ valuesOnly: data.checked === true })}
        />
        <Text className={styles.note}>
          A new sheet is added; no existing cell is written over. Live formulas use the INV functions and reference the
          item table&apos;s rows, so the policy follows changes to the data.
        </Text>
      </Section>

      <Button appearance="primary" disabled={writing} onClick={onWrite}>
        {retry ?? `Write the policy for ${plural(items, "item")} to a new sheet`}
      </Button>
      {status.kind === "writing" && (
        <div className={styles.progress}>
          <ProgressBar
            aria-label="Writing the policy"
            thickness="large"
            value={status.progress ? status.progress.done / status.progress.total : undefined}
          />
          <Text role="status" aria-live="polite">
            {status.progress ? `${status.progress.step}…` : "Writing the policy…"}
          </Text>
        </div>
      )}

      <div role="status">
        {status.kind === "written" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                Wrote the policy for {plural(status.report.items, "item")} to the sheet {status.report.sheetName}
                {where}.
              </MessageBarTitle>
              <ul className={styles.list} aria-label="What was written where">
                {status.report.blocks.map((block) => (
                  <li key={block.what}>
                    The {block.what}: {block.address}
                  </li>
                ))}
                {status.report.tableName && <li>The Excel table {status.report.tableName}</li>}
                {status.report.chartKind && (
                  <li>
                    A Pareto chart (
                    {status.report.chartKind === "pareto" ? "Excel's Pareto chart" : "columns with a cumulative line"})
                  </li>
                )}
                <li>
                  {status.report.formulaCount > 0
                    ? `${count(status.report.formulaCount)} formulas`
                    : "Values only, no formulas"}
                </li>
              </ul>
              {status.report.chartProblem && <Text block>{status.report.chartProblem}</Text>}
              {status.report.settingsError && (
                <Text block>The choices could not be saved in the workbook: {status.report.settingsError}</Text>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Button onClick={onBack}>Back</Button>
    </div>
  );
}

/** The write button's label when the last outcome leaves something to retry (a retry adds no second sheet). */
function retryLabel(status: WriteStatus): string | undefined {
  if (status.kind === "failed") return "Retry writing the policy";
  if (status.kind !== "written") return undefined;
  const { chartProblem, settingsError } = status.report;
  if (chartProblem && settingsError) return "Retry the chart and saving the choices";
  if (chartProblem) return "Retry the chart";
  if (settingsError) return "Retry saving the choices";
  return undefined;
}
