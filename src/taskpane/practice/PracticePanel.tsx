import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../workbook/workbookPort";
import { insertPracticeSet, type PracticeReport } from "./insertPracticeSet";
import { newSeed, readPracticeEntries, type PracticeEntries } from "./practiceForm";
import { PROBLEM_TYPES } from "./practiceSet";
import { PRACTICE_KINDS, type PracticeKind } from "./problem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  seed: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  seedInput: { flexGrow: 1, minWidth: "8em" },
  note: { color: tokens.colorNeutralForeground2 },
  report: { overflowWrap: "anywhere" },
});

export interface PracticePanelProps {
  /** The workbook to insert into; undefined while the host is still being detected. */
  workbook: WorkbookPort | undefined;
}

/** A field's validation props for a message (or none). */
const validation = (message: string | undefined) =>
  ({ validationState: message ? "error" : "none", validationMessage: message }) as const;

type Status =
  | { kind: "idle" }
  | { kind: "inserting" }
  | { kind: "inserted"; report: PracticeReport }
  | { kind: "failed"; message: string };

/**
 * Practice sets for trainers: the problem type, how many problems and a seed
 * (shown, editable, or a new one), then Insert: a sheet of problems with an
 * Answer cell and a Check beside each, and the answer key on its own sheet.
 * The workflow is {@link insertPracticeSet}; this view only collects the
 * entries and reports.
 */
export function PracticePanel({ workbook }: PracticePanelProps) {
  const styles = useStyles();
  const [entries, setEntries] = useState<PracticeEntries>(() => ({
    kind: "eoq",
    count: "10",
    seed: String(newSeed()),
  }));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const reading = readPracticeEntries(entries);
  const inserting = status.kind === "inserting";
  const edit = (patch: Partial<PracticeEntries>) => setEntries((current) => ({ ...current, ...patch }));

  const insert = async () => {
    if (!workbook || !reading.ok) return;
    setStatus({ kind: "inserting" });
    try {
      setStatus({ kind: "inserted", report: await insertPracticeSet(workbook, reading.options) });
    } catch (error) {
      setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Text>
        A sheet of problems with seeded inputs: each has an Answer cell and a Check beside it that says Right, Wrong, or
        names a classic mistake. The answer key, computed by the same models as the INV functions, goes on its own
        sheet.
      </Text>
      <Field label="Problem type" hint={PROBLEM_TYPES[entries.kind].summary}>
        <Select value={entries.kind} onChange={(_event, data) => edit({ kind: data.value as PracticeKind })}>
          {PRACTICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PROBLEM_TYPES[kind].title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Problems" hint="1 to 50" {...validation(reading.ok ? undefined : reading.count)}>
        <Input
          value={entries.count}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_event, data) => edit({ count: data.value })}
        />
      </Field>
      <Field
        label="Seed"
        hint="The same type, number and seed give the same problems: note it to make the set again."
        {...validation(reading.ok ? undefined : reading.seed)}
      >
        <div className={styles.seed}>
          <Input
            className={styles.seedInput}
            value={entries.seed}
            inputMode="numeric"
            autoComplete="off"
            aria-label="Seed"
            onChange={(_event, data) => edit({ seed: data.value })}
          />
          <Button onClick={() => edit({ seed: String(newSeed()) })}>New seed</Button>
        </div>
      </Field>
      <div>
        <Button appearance="primary" disabled={!workbook || !reading.ok || inserting} onClick={() => void insert()}>
          {inserting ? "Inserting…" : "Insert practice set"}
        </Button>
      </div>
      {!workbook && <Text className={styles.note}>Waiting for the workbook…</Text>}
      {status.kind === "inserted" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.report}>
            <MessageBarTitle>Practice set inserted</MessageBarTitle>
            {`${status.report.problems} problem${status.report.problems === 1 ? "" : "s"} (seed ${status.report.seed}) on "${status.report.problemsSheet}", the answer key on "${status.report.keySheet}"${workbook?.host === "browser" ? " in the demo workbook: open them in the Sheets tab" : ""}. Hide the key sheet before sharing: the Check cells read it, and deleting it breaks them.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.report}>{status.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
