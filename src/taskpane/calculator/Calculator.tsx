import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookPort } from "../workbook/workbookPort";
import { ArgumentField } from "./ArgumentField";
import { calculate } from "./calculation";
import { calculatorReducer, currentEntries, initialCalculatorState, type InsertKind } from "./calculatorState";
import { ExplanationView } from "./ExplanationView";
import { calculatorFunctions, openingFunction } from "./functionList";
import { FunctionPicker } from "./FunctionPicker";
import { InsertPanel } from "./InsertPanel";
import { formulaToInsert, insertFormula } from "./insertFormula";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The functions offered: those with an explainer when the pane loads. */
const FUNCTIONS = calculatorFunctions();

export interface CalculatorProps {
  /** The workbook to insert formulas into; undefined while the host is still being detected. */
  workbook: WorkbookPort | undefined;
  /** In the demo: where an insert goes when the selection is not an empty cell (see insertFormula). */
  demoInsertAt?: string | undefined;
}

/**
 * Any INV function, its arguments filled by name, its result and the work
 * behind it (the explanation INV.EXPLAIN spills) as the user types, and Insert
 * of the formula or of its explanation into the selected cell.
 */
export function Calculator({ workbook, demoInsertAt }: CalculatorProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(calculatorReducer, openingFunction(FUNCTIONS), initialCalculatorState);
  const picked = FUNCTIONS.find((fn) => fn.name === state.fn);
  const entries = currentEntries(state);
  const calculation = useMemo(() => (picked ? calculate(picked.explainer, entries) : undefined), [picked, entries]);
  const result = calculation?.result;
  const { lastInsert } = state;

  const onInsert = useCallback(
    async (what: InsertKind) => {
      if (!workbook || !result) return;
      const toInsert = formulaToInsert(result, what);
      dispatch({ type: "insertStarted", what, formula: toInsert.formula });
      try {
        const at = await insertFormula(workbook, toInsert, lastInsert, demoInsertAt);
        dispatch({ type: "inserted", what, formula: toInsert.formula, at });
      } catch (error) {
        // Refusals carry a message for the user; so do Office's own errors (a protected sheet, ...).
        dispatch({ type: "insertFailed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [workbook, result, lastInsert, demoInsertAt],
  );

  if (!picked || !calculation) {
    return <Text>No INV function can show its work in the calculator yet.</Text>;
  }
  return (
    <div className={styles.root}>
      <FunctionPicker
        functions={FUNCTIONS}
        selected={picked.name}
        description={picked.description}
        onPick={(fn) => dispatch({ type: "pick", fn })}
      />
      <div className={styles.fields} role="group" aria-label={`Arguments of INV.${picked.name}`}>
        {picked.explainer.arguments.map((argument) => (
          <ArgumentField
            key={`${picked.name}-${argument.name}`}
            argument={argument}
            help={picked.help[argument.name] ?? ""}
            choiceHelp={picked.choiceHelp[argument.name]}
            entry={entries[argument.name]}
            onChange={(entry) => dispatch({ type: "edit", argument: argument.name, entry })}
            error={calculation.fieldErrors[argument.name]}
          />
        ))}
      </div>
      <section className={styles.result} aria-label={`INV.${picked.name} result`}>
        <div aria-live="polite">
          {result ? (
            <ExplanationView explanation={result.explanation} />
          ) : calculation.error ? (
            <MessageBar intent="error">
              <MessageBarBody>{calculation.error}</MessageBarBody>
            </MessageBar>
          ) : (
            <Text>
              {calculation.missing.length > 0
                ? `Enter ${listOf(calculation.missing)}.`
                : "Correct the entries marked above."}
            </Text>
          )}
        </div>
        <InsertPanel
          formulas={result && { formula: result.formula, explanation: result.explainFormula }}
          canInsert={workbook !== undefined}
          status={state.insert}
          onInsert={(what) => void onInsert(what)}
          whereInserted={workbook?.host === "browser" ? " on the demo sheet" : ""}
        />
      </section>
    </div>
  );
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
