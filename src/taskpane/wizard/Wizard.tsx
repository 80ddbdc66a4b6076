import { ProgressBar, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { groupCells, issueCells, writeListSheet } from "../policy/groupSheet";
import { GROUP_STATUS } from "../policy/groups";
import { buildSheetPlan } from "../policy/sheetPlan";
import { serializeChoices } from "../policy/settings";
import { tradeOffCurve } from "../policy/tradeOff";
import { needsRetry, writePolicy } from "../policy/writePolicy";
import { describeDemandConversion, describeLeadTimeConversion, type UnitChoices } from "../policy/units";
import { PendingBar } from "../shared/PendingBar";
import type { WorkbookPort } from "../workbook/workbookPort";
import { ClassifyStep } from "./ClassifyStep";
import { DataStep } from "./DataStep";
import { deriveClassification, deriveData, derivePolicy } from "./derive";
import { plural } from "./format";
import { PolicyStep } from "./PolicyStep";
import { ServiceStep } from "./ServiceStep";
import { StepNav } from "./StepNav";
import { WriteStep } from "./WriteStep";
import { initialWizardState, nextStep, previousStep, STEPS, wizardReducer, type StepId } from "./wizardState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface WizardProps {
  /** The workbook to read from and write to; undefined while the host is being detected. */
  workbook: WorkbookPort | undefined;
  /** Demo only: selects the sample item list, so that reading it needs no click in a sheet. */
  selectSample?: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Lets the browser paint (a progress bar) before a long synchronous piece of work. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The policy wizard: the reducer, the workbook, and the steps, which get data and callbacks as props. */
export function Wizard({ workbook, selectSample }: WizardProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const { choices } = state;
  // On a large list an edit takes a moment to apply (classes, then every item's policy): the field takes the
  // keystroke at once, and what follows from it is computed from `settled`, with a progress bar meanwhile.
  const settled = useDeferredValue(choices);
  const updating = settled !== choices;
  // When the step changes (not when the wizard opens), focus moves to the new step's heading,
  // so that keyboard and screen-reader users start reading the new step at its top.
  const root = useRef<HTMLDivElement>(null);
  const shownStep = useRef(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    root.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [state.step]);

  useEffect(() => {
    if (!workbook) return;
    let live = true;
    workbook.loadSettings().then(
      (json) => live && dispatch({ type: "settingsLoaded", json }),
      () => undefined, // No saved choices to restore: the defaults stand.
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  // Checking a large table takes a moment: the deferred table lets the progress bar show meanwhile.
  const table = useDeferredValue(state.table);
  const checking = table !== state.table;
  const hasHistory = settled.mapping.history !== null;
  const dataDerived = useMemo(
    () => deriveData(table, { mapping: settled.mapping, units: settled.units }),
    [table, settled.mapping, settled.units],
  );
  const classifyDerived = useMemo(
    () => deriveClassification(dataDerived.data, settled.classify, hasHistory),
    [dataDerived.data, settled.classify, hasHistory],
  );
  const xyz = classifyDerived.choices?.xyz ?? false;
  const { roundUp } = settled.write;
  const policyDerived = useMemo(
    () => derivePolicy(dataDerived.data, classifyDerived.classification, settled.service, xyz, roundUp),
    [dataDerived.data, classifyDerived.classification, settled.service, xyz, roundUp],
  );
  // The trade-off curve solves for many targets: it follows the edits a moment later.
  const deferredPolicy = useDeferredValue(policyDerived);
  const tradeOff = useMemo(
    () =>
      deferredPolicy.policy && deferredPolicy.service.value
        ? tradeOffCurve(deferredPolicy.policy.rows, deferredPolicy.service.value.measure)
        : undefined,
    [deferredPolicy],
  );

  const { data } = dataDerived;
  const { classification } = classifyDerived;
  const { policy } = policyDerived;
  const reachable = useCallback(
    (step: StepId) => {
      switch (step) {
        case "data":
          return true;
        case "classify":
          return data !== undefined && data.grouping.planned.length > 0;
        case "service":
          return classification !== undefined;
        case "policy":
        case "write":
          return policy !== undefined;
      }
    },
    [data, classification, policy],
  );

  // Opening a step can take a moment on a large list (the policy of 20,000 items): a transition, so the
  // progress bar shows at once and the step follows when it is ready.
  const [opening, startOpening] = useTransition();
  const [openingLabel, setOpeningLabel] = useState("");
  const goTo = (step: StepId | undefined) => {
    if (!step) return;
    setOpeningLabel(STEPS.find((candidate) => candidate.id === step)?.label ?? "");
    startOpening(() => dispatch({ type: "goTo", step }));
    if (workbook && state.table) {
      // Saving is a convenience for the next session; a failure here must not stop the wizard.
      workbook.saveSettings(serializeChoices(choices, state.table.headers)).catch(() => undefined);
    }
  };

  const readTable = async () => {
    if (!workbook) return;
    dispatch({ type: "readStarted" });
    try {
      const read = await workbook.readTableAroundSelection();
      dispatch({ type: "readDone", table: read });
    } catch (error) {
      dispatch({ type: "readFailed", message: messageOf(error) });
    }
  };

  const write = async () => {
    const { units } = dataDerived;
    const service = policyDerived.service.value;
    const classifyChoices = classifyDerived.choices;
    if (
      !workbook ||
      !state.table ||
      !data ||
      !classification ||
      !policy ||
      !units.value ||
      !service ||
      !classifyChoices
    ) {
      return;
    }
    // The last outcome of this same write (a change of choices resets it), when it left something to retry.
    const last = state.write.kind === "written" || state.write.kind === "failed" ? state.write : undefined;
    const previous = last && needsRetry(last) ? last : undefined;
    dispatch({ type: "writeStarted" });
    const rows = plural(state.table.rows.length, "row");
    dispatch({ type: "writeProgress", progress: { step: `Planning the formulas for ${rows}`, done: 0, total: 1 } });
    await paint();
    try {
      const plan = buildSheetPlan({
        table: state.table,
        mapping: settled.mapping,
        units: units.value,
        ...data,
        classification,
        policy,
        settings: { ...service, classify: classifyChoices, ...settled.write },
      });
      const settings = serializeChoices(settled, state.table.headers);
      const outcome = await writePolicy(workbook, plan, {
        settings,
        items: policy.totals.items,
        previous,
        onProgress: async (progress) => {
          dispatch({ type: "writeProgress", progress });
          await paint();
        },
      });
      dispatch(
        outcome.kind === "written"
          ? { type: "written", report: outcome.report }
          : { type: "writeFailed", message: outcome.message, progress: outcome.progress },
      );
    } catch (error) {
      dispatch({ type: "writeFailed", message: messageOf(error) });
    }
  };

  const stepIndex = STEPS.findIndex((step) => step.id === state.step);
  const stepLabel = STEPS[stepIndex]?.label ?? "";
  const back = () => goTo(previousStep(state.step));
  const next = () => goTo(nextStep(state.step));

  return (
    <div className={styles.root} ref={root}>
      <StepNav current={state.step} reachable={reachable} onSelect={goTo} />
      <Subtitle1 as="h2" tabIndex={-1}>
        Step {stepIndex + 1} of {STEPS.length}: {stepLabel}
      </Subtitle1>
      {opening && <PendingBar label={`Opening ${openingLabel}`} />}
      {updating && !checking && <PendingBar label="Updating the classes and the policy" />}
      {checking && (
        <ProgressBar aria-label={`Checking ${plural(state.table?.rows.length ?? 0, "row")}`} thickness="large" />
      )}
      {state.step === "data" && (
        <DataStep
          read={state.read}
          table={table}
          mapping={choices.mapping}
          units={choices.units}
          unitValues={dataDerived.units.value}
          unitErrors={dataDerived.units.errors}
          problems={dataDerived.problems}
          data={data}
          hasSavedChoices={state.saved !== undefined}
          onRead={() => void readTable()}
          onUseSample={
            selectSample
              ? () => {
                  selectSample();
                  void readTable();
                }
              : undefined
          }
          onMapField={(field, column) => dispatch({ type: "mapField", field, column })}
          onMapHistory={(history) => dispatch({ type: "mapHistory", history })}
          onUnits={(patch) => dispatch({ type: "setUnits", patch })}
          onContinue={next}
          onWriteGroup={
            workbook && data
              ? (key) => writeListSheet(workbook, GROUP_STATUS[key], groupCells(data.grouping.groups[key]))
              : undefined
          }
          onWriteProblems={
            workbook && data ? () => writeListSheet(workbook, "Invalid rows", issueCells(data.read.issues)) : undefined
          }
        />
      )}
      {state.step === "classify" && (
        <ClassifyStep
          texts={choices.classify}
          errors={classifyDerived.errors}
          hasHistory={hasHistory}
          choices={classifyDerived.choices}
          classification={classification}
          currency={choices.write.currency}
          onChange={(patch) => dispatch({ type: "setClassify", patch })}
          onBack={back}
          onContinue={next}
        />
      )}
      {state.step === "service" && classification && (
        <ServiceStep
          texts={choices.service}
          errors={policyDerived.service.errors}
          classes={classification.summary}
          totals={policy?.totals}
          tradeOff={tradeOff}
          updating={deferredPolicy !== policyDerived}
          currency={choices.write.currency}
          onTarget={(label, text) => dispatch({ type: "setTarget", label, text })}
          onResetTargets={() => dispatch({ type: "resetTargets" })}
          onChange={(patch) => dispatch({ type: "setService", patch })}
          onBack={back}
          onContinue={next}
        />
      )}
      {state.step === "policy" && policy && dataDerived.units.value && (
        <PolicyStep
          policy={policy}
          conversions={conversionsText(choices.mapping.fields.demand !== null, dataDerived.units.value)}
          format={choices.write}
          onFormat={(patch) => dispatch({ type: "setWrite", patch })}
          onBack={back}
          onContinue={next}
        />
      )}
      {state.step === "write" && policy && (
        <WriteStep
          choices={choices.write}
          status={state.write}
          items={policy.totals.items}
          where={workbook?.host === "browser" ? " of the demo workbook" : ""}
          onChange={(patch) => dispatch({ type: "setWrite", patch })}
          onWrite={() => void write()}
          onBack={back}
        />
      )}
    </div>
  );
}

/** How the inputs are converted to years, in words, for the policy preview. */
export function conversionsText(demandColumn: boolean, units: UnitChoices): string {
  const demand = demandColumn
    ? `demand ${describeDemandConversion(units.demandPeriod)}`
    : `demand from the history's mean, ${describeDemandConversion(units.historyPeriod)}`;
  return `Per year: ${demand}; lead time in ${describeLeadTimeConversion(units)}; holding cost = carrying rate × unit cost.`;
}
