/**
 * What the wizard's state implies, step by step: the units read, the mapping's
 * problems, the items (validated, grouped), the classes, the policy. Each part
 * is a pure function of the parts before it, so the pane memoizes them one by
 * one and only recomputes what an edit touches.
 */
import { InputError } from "../../core/shared/inputError";
import {
  readClassify,
  readService,
  readUnits,
  type ChoiceErrors,
  type Read,
  type ServiceChoices,
  type WizardChoices,
} from "../policy/choices";
import type { Classification, ClassifyChoices } from "../policy/classify";
import { classifyStage, dataStage, policyStage, type DataStage } from "../policy/pipeline";
import type { Policy } from "../policy/policy";
import type { UnitChoices } from "../policy/units";
import { mappingProblems } from "../policy/validation";
import type { TableRead } from "../workbook/workbookPort";

export interface DataDerived {
  units: Read<UnitChoices>;
  problems: string[];
  /** Undefined until a table is read with a complete mapping and valid units. */
  data: DataStage | undefined;
}

export function deriveData(
  table: TableRead | undefined,
  choices: Pick<WizardChoices, "mapping" | "units">,
): DataDerived {
  const units = readUnits(choices.units);
  const problems = mappingProblems(choices.mapping);
  const data =
    table && units.value && problems.length === 0 ? dataStage(table, choices.mapping, units.value) : undefined;
  return { units, problems, data };
}

export interface ClassifyDerived {
  choices: ClassifyChoices | undefined;
  /** Messages per field: aCutoff, bCutoff, xCutoff, yCutoff (the text's, or core's). */
  errors: ChoiceErrors;
  classification: Classification | undefined;
}

export function deriveClassification(
  data: DataStage | undefined,
  texts: WizardChoices["classify"],
  hasHistory: boolean,
): ClassifyDerived {
  const read = readClassify(texts, hasHistory);
  if (!read.value || !data) return { choices: read.value, errors: read.errors, classification: undefined };
  try {
    return { choices: read.value, errors: {}, classification: classifyStage(data, read.value) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { choices: read.value, errors: { [error.argument]: error.message }, classification: undefined };
  }
}

export interface PolicyDerived {
  service: Read<ServiceChoices>;
  policy: Policy | undefined;
}

export function derivePolicy(
  data: DataStage | undefined,
  classification: Classification | undefined,
  texts: WizardChoices["service"],
  xyz: boolean,
  roundUp = false,
): PolicyDerived {
  const service = readService(texts, xyz);
  const policy =
    data && classification && service.value
      ? policyStage(data, classification, { ...service.value, roundUp })
      : undefined;
  return { service, policy };
}
