/**
 * The functions the calculator offers: every INV function with an explainer in
 * core's registry (the same ones INV.EXPLAIN covers), described by the
 * catalog, which holds the functions' own doc comments. A function gains a
 * calculator by gaining an explainer.
 */
import { EXPLAINERS, type Explainer } from "../../core/explain/registry";
import { CATALOG, type CatalogChoice, type CatalogFunction } from "./catalog";

export interface CalculatorFunction {
  /** "EOQ". */
  name: string;
  /** The description's first sentence, for the picker. */
  summary: string;
  description: string;
  explainer: Explainer;
  /** Help per argument name, from the function's doc comment. */
  help: Readonly<Record<string, string>>;
  /** The tooltips of a choice argument's options, by argument name. */
  choiceHelp: Readonly<Record<string, readonly CatalogChoice[]>>;
}

/** The function the calculator opens on, when it has an explainer. */
export const FIRST_FUNCTION = "EOQ";

/** The functions with an explainer, sorted by name, each with its catalog text ("" where the catalog has none). */
export function calculatorFunctions(
  explainers: Iterable<Explainer> = EXPLAINERS.values(),
  catalog: readonly CatalogFunction[] = CATALOG,
): CalculatorFunction[] {
  return Array.from(explainers, (explainer) => {
    const entry = catalog.find((fn) => fn.name === explainer.fn);
    const parameters = entry?.parameters ?? [];
    return {
      name: explainer.fn,
      summary: entry?.summary ?? "",
      description: entry?.description ?? "",
      explainer,
      help: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.description])),
      choiceHelp: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.choices ?? []])),
    };
  }).sort((a, b) => a.name.localeCompare(b.name));
}

/** The function to open on: {@link FIRST_FUNCTION} when offered, else the first one ("" when there is none). */
export function openingFunction(functions: readonly CalculatorFunction[]): string {
  return functions.some((fn) => fn.name === FIRST_FUNCTION) ? FIRST_FUNCTION : (functions[0]?.name ?? "");
}
