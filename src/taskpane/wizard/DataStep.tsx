import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NumberField } from "../shared/NumberField";
import type { ChoiceErrors, UnitTexts } from "../policy/choices";
import { columnLetter, FIELDS, type ColumnMapping, type FieldKey } from "../policy/columns";
import { GROUP_KEYS, GROUP_STATUS, groupExplanation, DEFAULT_GROUP_OPTIONS, type GroupKey } from "../policy/groups";
import { FIELD_LABEL } from "../policy/labels";
import type { DataStage } from "../policy/pipeline";
import {
  DEMAND_PERIODS,
  describeDemandConversion,
  describeLeadTimeConversion,
  LEAD_TIME_UNITS,
  WORKING_DAYS_EXPLAINED,
  type DemandPeriod,
  type LeadTimeUnit,
  type UnitChoices,
} from "../policy/units";
import type { TableRead } from "../workbook/workbookPort";
import { stepRoot } from "../shared/styles";
import { count, plural } from "./format";
import { issueLines } from "../policy/groupSheet";
import { GroupList } from "./GroupList";
import { ListActions } from "./ListActions";
import { Choice, Section } from "./parts";
import type { ReadStatus } from "./wizardState";

const useStyles = makeStyles({
  root: stepRoot,
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  report: {
    maxHeight: "240px",
    overflowY: "auto",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  issue: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  groups: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

const NOT_MAPPED = "none";
const PERIOD_OPTIONS = DEMAND_PERIODS.map((period) => ({ value: period, label: `a ${period}` }));
const UNIT_OPTIONS = LEAD_TIME_UNITS.map((unit) => ({ value: unit, label: unit }));

export interface DataStepProps {
  read: ReadStatus;
  table: TableRead | undefined;
  mapping: ColumnMapping;
  units: UnitTexts;
  /** The units read, or undefined while an entry is wrong. */
  unitValues: UnitChoices | undefined;
  unitErrors: ChoiceErrors;
  problems: string[];
  data: DataStage | undefined;
  /** Whether the workbook holds choices saved by an earlier session (applied to the table read). */
  hasSavedChoices: boolean;
  onRead(): void;
  /** Demo only: selects the sample item list and reads it. */
  onUseSample?: () => void;
  onMapField(field: FieldKey, column: number | null): void;
  onMapHistory(history: { first: number; last: number } | null): void;
  onUnits(patch: Partial<UnitTexts>): void;
  onContinue(): void;
  /** Writes a group's whole list to a new sheet; resolves to the address written. Absent without a workbook. */
  onWriteGroup?: (key: GroupKey) => Promise<string>;
  /** Writes the problems of the rows left out to a new sheet, the same way. */
  onWriteProblems?: () => Promise<string>;
}

/** Step 1: read the item table, map its columns, say its units, see what is wrong and what is set apart. */
export function DataStep(props: DataStepProps) {
  const styles = useStyles();
  const { table, mapping, data } = props;
  const writeGroup = props.onWriteGroup;
  const reading = props.read.kind === "reading";
  const columns = table
    ? table.headers.map((header, index) => ({
        value: String(index),
        label: `${columnLetter(table.left, index)}: ${header || "(no header)"}`,
      }))
    : [];
  const columnOptions = [{ value: NOT_MAPPED, label: "(not mapped)" }, ...columns];
  const history = mapping.history;
  // Every usable item gets a policy; the step needs at least one with demand to classify.
  const policyCount = data?.grouping.planned.length ? data.read.items.length : 0;

  return (
    <div className={styles.root}>
      <Section title="Item table">
        <Text>
          Select the item table, or a cell in it, then read it. The first row holds the headers; each row below is an
          item.
        </Text>
        <div className={styles.actions}>
          <Button appearance={table ? "secondary" : "primary"} disabled={reading} onClick={props.onRead}>
            Read the table around the selection
          </Button>
          {props.onUseSample && (
            <Button disabled={reading} onClick={props.onUseSample}>
              Use the sample item list
            </Button>
          )}
        </div>
        {props.hasSavedChoices && !table && (
          <Text className={styles.note}>This workbook has saved choices: they apply to the table you read.</Text>
        )}
        {reading && <ProgressBar aria-label="Reading the table" thickness="large" />}
        <div role="status">
          {props.read.kind === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{props.read.message}</MessageBarBody>
            </MessageBar>
          )}
          {table && props.read.kind === "read" && (
            <Text>
              Read {table.address}
              {table.tableName ? ` (table ${table.tableName})` : ""}: {plural(table.rows.length, "row")} under{" "}
              {plural(table.headers.length, "header")}.
            </Text>
          )}
        </div>
      </Section>

      {table && (
        <Section title="Columns">
          <Text className={styles.note}>Matched by header; correct any that are wrong.</Text>
          {FIELDS.map((spec) => {
            const column = mapping.fields[spec.key];
            return (
              <Choice
                key={spec.key}
                label={`${spec.label}${spec.required ? "" : " (optional)"}`}
                hint={spec.hint}
                value={column === null ? NOT_MAPPED : String(column)}
                options={columnOptions}
                onChange={(value) => props.onMapField(spec.key, value === NOT_MAPPED ? null : Number(value))}
              />
            );
          })}
          <Choice
            label="Demand history: first period (optional)"
            hint="Periods across, oldest first: gives each item's demand deviation, XYZ class and pattern."
            value={history ? String(history.first) : NOT_MAPPED}
            options={columnOptions}
            onChange={(value) => {
              if (value === NOT_MAPPED) return props.onMapHistory(null);
              const first = Number(value);
              props.onMapHistory({ first, last: Math.max(first, history?.last ?? first) });
            }}
          />
          <Choice
            label="Demand history: last period"
            value={history ? String(history.last) : NOT_MAPPED}
            options={columnOptions}
            disabled={history === null}
            onChange={(value) => {
              if (value === NOT_MAPPED || !history) return props.onMapHistory(null);
              const last = Number(value);
              props.onMapHistory({ first: Math.min(history.first, last), last: Math.max(history.first, last) });
            }}
          />
          {props.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{props.problems.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
        </Section>
      )}

      {table && (
        <Section title="Units">
          <Choice<DemandPeriod>
            label="Each demand figure covers"
            value={props.units.demandPeriod}
            options={PERIOD_OPTIONS}
            disabled={mapping.fields.demand === null}
            onChange={(demandPeriod) => props.onUnits({ demandPeriod })}
          />
          <Choice<DemandPeriod>
            label="Each history column covers"
            value={props.units.historyPeriod}
            options={PERIOD_OPTIONS}
            disabled={history === null}
            onChange={(historyPeriod) => props.onUnits({ historyPeriod })}
          />
          <Choice<LeadTimeUnit>
            label="Lead times are in"
            value={props.units.leadTimeUnit}
            options={UNIT_OPTIONS}
            onChange={(leadTimeUnit) => props.onUnits({ leadTimeUnit })}
          />
          {props.units.leadTimeUnit === "days" && (
            <NumberField
              label={FIELD_LABEL.workingDays}
              hint={WORKING_DAYS_EXPLAINED}
              value={props.units.workingDays}
              onChange={(workingDays) => props.onUnits({ workingDays })}
              error={props.unitErrors.workingDays}
            />
          )}
          {props.unitValues && (
            <Text className={styles.note} aria-label="Conversions">
              The policy is computed per year. Demand:{" "}
              {mapping.fields.demand !== null
                ? describeDemandConversion(props.unitValues.demandPeriod)
                : `history mean ${describeDemandConversion(props.unitValues.historyPeriod)}`}
              . Lead time: {describeLeadTimeConversion(props.unitValues)}. The same factors appear in the written
              formulas.
            </Text>
          )}
        </Section>
      )}

      {data && (
        <Section title="Validation report">
          <Text>
            {count(data.read.items.length)} of {plural(data.read.rowCount, "row")} can be used
            {data.read.invalidRows.length > 0
              ? `; ${plural(data.read.invalidRows.length, "row")} cannot, and ${data.read.invalidRows.length === 1 ? "is" : "are"} left out:`
              : "."}
          </Text>
          {data.read.issues.length > 0 && (
            <ul className={styles.report} aria-label="Rows with problems">
              {data.read.issues.map((issue, index) => (
                <li key={index} className={styles.issue}>
                  Row {issue.row}, {issue.column}: {issue.reason}
                </li>
              ))}
            </ul>
          )}
          {data.read.issues.length > 0 && (
            <ListActions
              what={`Rows with problems (${count(data.read.issues.length)})`}
              lines={() => issueLines(data.read.issues)}
              unit="problems"
              onWrite={props.onWriteProblems}
            />
          )}
        </Section>
      )}

      {data && (
        <Section title="Set apart">
          <ul className={styles.groups} aria-label="Groups set apart">
            {GROUP_KEYS.map((key) => (
              <GroupList
                key={key}
                title={GROUP_STATUS[key]}
                explanation={groupExplanation(key, DEFAULT_GROUP_OPTIONS)}
                items={data.grouping.groups[key]}
                onWrite={writeGroup && (() => writeGroup(key))}
              />
            ))}
          </ul>
        </Section>
      )}

      {table && (
        <Button appearance="primary" disabled={!data || policyCount === 0} onClick={props.onContinue}>
          {data && data.read.invalidRows.length > 0
            ? `Continue with the valid rows (${plural(policyCount, "item")})`
            : `Continue with ${plural(policyCount, "item")}`}
        </Button>
      )}
    </div>
  );
}
