/* Helpers for the explainers' tests: explain one call by function name, and read a step by its symbol. */
import type { Explanation } from "../../src/core/explain/explanation";
import { explainerFor, type ExplainArgs } from "../../src/core/explain/registry";

/** The explanation of `fn` (its registered explainer) for `args`. */
export function explain(fn: string, args: ExplainArgs): Explanation {
  const explainer = explainerFor(fn);
  if (!explainer) throw new Error(`no explainer for ${fn}`);
  return explainer.explain(args);
}

/** The value of the step whose symbol is `symbol`, or undefined. */
export function stepValue(explanation: Explanation, symbol: string): Explanation["result"]["value"] | undefined {
  return explanation.steps.find((s) => s.symbol === symbol)?.value;
}
