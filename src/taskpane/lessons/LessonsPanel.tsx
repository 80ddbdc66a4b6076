import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../workbook/workbookPort";
import { LESSONS } from "./catalog";
import { insertLesson, type LessonReport } from "./insertLesson";
import type { Lesson } from "./lesson";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  lesson: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: "10em" },
  purpose: { color: tokens.colorNeutralForeground2 },
  report: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface LessonsPanelProps {
  /** The workbook to insert into; undefined while the host is still being detected. */
  workbook: WorkbookPort | undefined;
}

type Status =
  | { kind: "idle" }
  | { kind: "inserting"; lesson: number }
  | { kind: "inserted"; report: LessonReport }
  | { kind: "failed"; lesson: number; message: string };

/**
 * The lesson gallery for trainers: each lesson with its one line and the CPIM
 * purpose it serves, and an Insert button that puts it on a new sheet (see
 * {@link insertLesson}); the report shows under the lesson inserted.
 */
export function LessonsPanel({ workbook }: LessonsPanelProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "inserting";

  const insert = async (lesson: Lesson) => {
    if (!workbook) return;
    setStatus({ kind: "inserting", lesson: lesson.number });
    try {
      setStatus({ kind: "inserted", report: await insertLesson(workbook, lesson) });
    } catch (error) {
      setStatus({
        kind: "failed",
        lesson: lesson.number,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <div className={styles.root}>
      <Text>
        Each lesson goes on a new sheet: textbook data in labelled input cells, live INV formulas over them, a chart,
        where the numbers come from, and a “Try this:” line. Type over an input and the sheet recomputes.
      </Text>
      {!workbook && <Text className={styles.note}>Waiting for the workbook…</Text>}
      <ul className={styles.list} aria-label="Lessons">
        {LESSONS.map((lesson) => (
          <li key={lesson.number} className={styles.lesson}>
            <div className={styles.heading}>
              <Text weight="semibold" className={styles.title}>
                {`${lesson.number}. ${lesson.title}`}
              </Text>
              <Button
                size="small"
                aria-label={`Insert lesson ${lesson.number}: ${lesson.title}`}
                disabled={!workbook || busy}
                onClick={() => void insert(lesson)}
              >
                {status.kind === "inserting" && status.lesson === lesson.number ? "Inserting…" : "Insert"}
              </Button>
            </div>
            <Text>{lesson.summary}</Text>
            <Caption1 className={styles.purpose}>{`Purpose of inventory (CPIM): ${lesson.purpose}`}</Caption1>
            <LessonStatus status={status} lesson={lesson.number} demo={workbook?.host === "browser"} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The report of the last insert, under its lesson. */
function LessonStatus({ status, lesson, demo }: { status: Status; lesson: number; demo: boolean }) {
  const styles = useStyles();
  if (status.kind === "failed" && status.lesson === lesson) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.report}>{status.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind !== "inserted" || status.report.lesson !== lesson) return null;
  const { report } = status;
  const where = demo ? " in the demo workbook: open it in the Sheets tab" : "";
  return (
    <MessageBar intent={report.chartProblem === undefined ? "success" : "warning"} layout="multiline">
      <MessageBarBody className={styles.report}>
        <MessageBarTitle>{`Inserted on “${report.sheetName}”`}</MessageBarTitle>
        {`${report.formulaCount} live formulas${report.chart === undefined ? "" : " and a chart"}${where}. ${report.tryThis}`}
        {report.chartProblem !== undefined && ` ${report.chartProblem}`}
      </MessageBarBody>
    </MessageBar>
  );
}
