/**
 * The wizard's state as a pure reducer: the step, the table read, the user's
 * choices, and the status of reading and writing. What the choices imply (the
 * items, classes, policy) is derived from this state by the policy modules; it
 * is not stored. Nothing here touches React or Office.
 */
import {
  choicesForHeaders,
  DEFAULT_CHOICES,
  defaultCutoffTexts,
  type ClassifyTexts,
  type ServiceTexts,
  type UnitTexts,
  type WizardChoices,
  type WriteChoices,
} from "../policy/choices";
import type { FieldKey } from "../policy/columns";
import { currencyFromFormat } from "../policy/currency";
import { DEFAULT_TARGET_TEXTS } from "../policy/serviceLevels";
import { restoreChoices } from "../policy/settings";
import type { WriteOutcome, WriteProgress, WriteReport, WriteStepProgress } from "../policy/writePolicy";
import type { TableRead } from "../workbook/workbookPort";

export type { WriteReport } from "../policy/writePolicy";

export type StepId = "data" | "classify" | "service" | "policy" | "write";

export const STEPS: ReadonlyArray<{ id: StepId; label: string }> = [
  { id: "data", label: "Data" },
  { id: "classify", label: "Classify" },
  { id: "service", label: "Service levels" },
  { id: "policy", label: "Policy" },
  { id: "write", label: "Write" },
];

export type ReadStatus =
  { kind: "idle" } | { kind: "reading" } | { kind: "read" } | { kind: "failed"; message: string };

/** Idle, writing, or the outcome of the last write: written (maybe without its chart or saved choices), or failed. */
export type WriteStatus = { kind: "idle" } | { kind: "writing"; progress?: WriteStepProgress } | WriteOutcome;

export interface WizardState {
  step: StepId;
  table: TableRead | undefined;
  read: ReadStatus;
  choices: WizardChoices;
  /** The choices saved in the workbook (JSON), applied to the next table read. */
  saved: string | undefined;
  write: WriteStatus;
}

export type WizardAction =
  | { type: "goTo"; step: StepId }
  | { type: "settingsLoaded"; json: string | undefined }
  | { type: "readStarted" }
  | { type: "readDone"; table: TableRead }
  | { type: "readFailed"; message: string }
  | { type: "mapField"; field: FieldKey; column: number | null }
  | { type: "mapHistory"; history: { first: number; last: number } | null }
  | { type: "setUnits"; patch: Partial<UnitTexts> }
  | { type: "setClassify"; patch: Partial<ClassifyTexts> }
  | { type: "setTarget"; label: string; text: string }
  | { type: "resetTargets" }
  | { type: "setService"; patch: Partial<Omit<ServiceTexts, "targets">> }
  | { type: "setWrite"; patch: Partial<WriteChoices> }
  | { type: "writeStarted" }
  | { type: "writeProgress"; progress: WriteStepProgress }
  | { type: "written"; report: WriteReport }
  | { type: "writeFailed"; message: string; progress?: WriteProgress };

export const initialWizardState: WizardState = {
  step: "data",
  table: undefined,
  read: { kind: "idle" },
  choices: DEFAULT_CHOICES,
  saved: undefined,
  write: { kind: "idle" },
};

const idle: WriteStatus = { kind: "idle" };

/** A change to the choices makes the last write's report stale. */
function withChoices(state: WizardState, choices: WizardChoices): WizardState {
  return { ...state, choices, write: state.write.kind === "writing" ? state.write : idle };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const { choices } = state;
  switch (action.type) {
    case "goTo":
      return action.step === state.step ? state : { ...state, step: action.step };
    case "settingsLoaded":
      return { ...state, saved: action.json };
    case "readStarted":
      return { ...state, read: { kind: "reading" } };
    case "readDone": {
      // A new table: map it by its headers, take the currency of its unit costs, then apply the saved choices.
      const guessed = withSourceCurrency(choicesForHeaders(action.table.headers, DEFAULT_CHOICES), action.table);
      return {
        ...state,
        table: action.table,
        read: { kind: "read" },
        choices: restoreChoices(state.saved, action.table.headers, guessed),
        step: "data",
        write: idle,
      };
    }
    case "readFailed":
      return { ...state, read: { kind: "failed", message: action.message } };
    case "mapField": {
      const fields = { ...choices.mapping.fields };
      // A column names one field: choosing it here unmaps it elsewhere.
      if (action.column !== null) {
        for (const key of Object.keys(fields) as FieldKey[]) if (fields[key] === action.column) fields[key] = null;
      }
      fields[action.field] = action.column;
      return withChoices(state, { ...choices, mapping: { ...choices.mapping, fields } });
    }
    case "mapHistory": {
      const history = action.history;
      const classify = history === null ? { ...choices.classify, xyz: false } : choices.classify;
      return withChoices(state, { ...choices, mapping: { ...choices.mapping, history }, classify });
    }
    case "setUnits":
      return withChoices(state, { ...choices, units: { ...choices.units, ...action.patch } });
    case "setClassify": {
      let classify = { ...choices.classify, ...action.patch };
      // Switching the basis brings that basis's default cut-offs, unless the user had typed their own.
      const { basis } = action.patch;
      if (basis && basis !== choices.classify.basis) {
        const before = defaultCutoffTexts(choices.classify.basis);
        if (choices.classify.aCutoff === before.aCutoff && choices.classify.bCutoff === before.bCutoff) {
          classify = { ...classify, ...defaultCutoffTexts(basis) };
        }
      }
      return withChoices(state, { ...choices, classify });
    }
    case "setTarget":
      return withChoices(state, {
        ...choices,
        service: { ...choices.service, targets: { ...choices.service.targets, [action.label]: action.text } },
      });
    case "resetTargets":
      return withChoices(state, { ...choices, service: { ...choices.service, targets: { ...DEFAULT_TARGET_TEXTS } } });
    case "setService":
      return withChoices(state, { ...choices, service: { ...choices.service, ...action.patch } });
    case "setWrite":
      return withChoices(state, { ...choices, write: { ...choices.write, ...action.patch } });
    case "writeStarted":
      return { ...state, write: { kind: "writing" } };
    case "writeProgress":
      return state.write.kind === "writing"
        ? { ...state, write: { kind: "writing", progress: action.progress } }
        : state;
    case "written":
      return { ...state, write: { kind: "written", report: action.report } };
    case "writeFailed":
      return {
        ...state,
        write: { kind: "failed", message: action.message, ...(action.progress && { progress: action.progress }) },
      };
  }
}

/** The choices with the currency the unit-cost column's number format shows ("$#,##0.00" → USD), when it shows one. */
function withSourceCurrency(choices: WizardChoices, table: TableRead): WizardChoices {
  const column = choices.mapping.fields.unitCost;
  const currency = column === null ? undefined : currencyFromFormat(table.columnFormats?.[column]);
  return currency ? { ...choices, write: { ...choices.write, currency } } : choices;
}

/** The step after `step`, or undefined at the last. */
export function nextStep(step: StepId): StepId | undefined {
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  return STEPS[index + 1]?.id;
}

export function previousStep(step: StepId): StepId | undefined {
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  return index > 0 ? STEPS[index - 1]?.id : undefined;
}
