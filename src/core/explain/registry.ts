/**
 * The explainers: one per INV function, each turning the function's own
 * arguments (already read from Excel cells by the funnel, or typed into the
 * pane's calculator) into an {@link Explanation} built from the core model.
 * INV.EXPLAIN and the pane's calculator both look them up here, so a function
 * added later joins both by adding its explainer to its family's list.
 */
import { CLASSIFICATION_EXPLAINERS } from "./classificationExplainers";
import { CYCLE_STOCK_EXPLAINERS } from "./cycleStockExplainers";
import type { Explanation } from "./explanation";
import { LOT_SIZING_EXPLAINERS } from "./lotSizingExplainers";
import { METRICS_EXPLAINERS } from "./metricsExplainers";
import { NEWSVENDOR_EXPLAINERS } from "./newsvendorExplainers";
import { PLANNING_EXPLAINERS } from "./planningExplainers";
import { SAFETY_STOCK_EXPLAINERS } from "./safetyStockExplainers";
import { RQ_POLICY_EXPLAINERS } from "./rqPolicyExplainers";
import { POISSON_POLICY_EXPLAINERS } from "./poissonPolicyExplainers";
import { INTERMITTENT_EXPLAINERS } from "./intermittentExplainers";

/**
 * How an argument is read: a single number; a list of numbers (a range read
 * row by row, blanks as null); a demand history (rows of periods); a choice
 * among named options; TRUE/FALSE.
 */
export type ArgumentKind = "number" | "list" | "history" | "choice" | "logical";

export interface ExplainArgument {
  /** The Excel argument's name, exactly as the INV function declares it: "order_cost". */
  name: string;
  kind: ArgumentKind;
  optional: boolean;
  /** The options of a "choice" argument, as the function accepts them. */
  choices?: readonly string[];
}

/** An argument's value as an explainer receives it; `undefined` when an optional argument is omitted. */
export type ExplainValue = number | Array<number | null> | Array<Array<number | null>> | string | boolean | undefined;

/** Arguments by Excel name. */
export type ExplainArgs = Readonly<Record<string, ExplainValue>>;

export interface Explainer {
  /** The INV function's name: "EOQ". */
  fn: string;
  /** Its arguments in the function's order (the same names, kinds and optionality). */
  arguments: readonly ExplainArgument[];
  /**
   * The explanation of one calculation. Throws the core's InputError for an
   * input the model refuses, exactly as the function's own model does.
   */
  explain(args: ExplainArgs): Explanation;
}

const ALL: readonly Explainer[] = [
  ...CYCLE_STOCK_EXPLAINERS,
  ...LOT_SIZING_EXPLAINERS,
  ...NEWSVENDOR_EXPLAINERS,
  ...SAFETY_STOCK_EXPLAINERS,
  ...CLASSIFICATION_EXPLAINERS,
  ...METRICS_EXPLAINERS,
  ...PLANNING_EXPLAINERS,
  ...RQ_POLICY_EXPLAINERS,
  ...POISSON_POLICY_EXPLAINERS,
  ...INTERMITTENT_EXPLAINERS,
];

/** The explainers by function name (upper case). */
export const EXPLAINERS: ReadonlyMap<string, Explainer> = new Map(ALL.map((explainer) => [explainer.fn, explainer]));

/** The explainer of `fn` (any case), or undefined. */
export function explainerFor(fn: string): Explainer | undefined {
  return EXPLAINERS.get(fn.trim().toUpperCase());
}
