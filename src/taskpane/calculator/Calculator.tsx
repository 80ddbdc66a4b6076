import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useReducer } from "react";
import type { WorkbookPort } from "../workbook/workbookPort";
import { calculatorReducer, initialCalculatorState, type CalculatorTab } from "./calculatorState";
import { EoqCalculator } from "./EoqCalculator";
import type { InsertControls } from "./insertControls";
import { SafetyStockCalculator } from "./SafetyStockCalculator";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface CalculatorProps {
  /** The workbook to insert formulas into; undefined while the host is still being detected. */
  workbook: WorkbookPort | undefined;
}

/** The EOQ and safety-stock calculators, on two tabs, sharing one reducer. */
export function Calculator({ workbook }: CalculatorProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(calculatorReducer, initialCalculatorState);

  const onInsert = useCallback(
    async (formula: string) => {
      if (!workbook) return;
      dispatch({ type: "insertStarted", formula });
      try {
        const { address } = await workbook.insertFormula(formula);
        dispatch({ type: "inserted", formula, address });
      } catch (error) {
        // Refusals carry a message for the user; so do Office's own errors (a protected sheet, ...).
        dispatch({ type: "insertFailed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [workbook],
  );

  const insert: InsertControls = {
    available: workbook !== undefined,
    status: state.insert,
    onInsert: (formula) => void onInsert(formula),
    whereInserted: workbook?.host === "browser" ? " on the demo sheet" : "",
  };

  return (
    <div className={styles.root}>
      <TabList
        selectedValue={state.tab}
        onTabSelect={(_event, data) => dispatch({ type: "selectTab", tab: data.value as CalculatorTab })}
        aria-label="Calculator"
      >
        <Tab value="eoq">EOQ</Tab>
        <Tab value="safetyStock">Safety stock</Tab>
      </TabList>
      <div role="tabpanel" aria-label={state.tab === "eoq" ? "EOQ" : "Safety stock"}>
        {state.tab === "eoq" ? (
          <EoqCalculator
            entries={state.eoq}
            onChange={(field, text) => dispatch({ type: "editEoq", field, text })}
            insert={insert}
          />
        ) : (
          <SafetyStockCalculator
            entries={state.safetyStock}
            onChange={(field, text) => dispatch({ type: "editSafetyStock", field, text })}
            insert={insert}
          />
        )}
      </div>
    </div>
  );
}
