import { useMemo } from "react";
import { CalculatorForm, type FieldText } from "./CalculatorForm";
import type { InsertControls } from "./insertControls";
import { calculateSafetyStock, type SafetyStockEntries, type SafetyStockField } from "./safetyStockCalculation";

const fields: Record<SafetyStockField, FieldText> = {
  serviceLevel: { label: "Cycle service level (CSL)", hint: "A fraction: 0.95 or 95%.", required: true },
  demandStdDev: { label: "Demand standard deviation (σd)", hint: "Units per forecast interval.", required: true },
  leadTime: { label: "Lead time (L)", hint: "Periods, in the same unit as the demand.", required: true },
  averageDemand: {
    label: "Average demand (d), optional",
    hint: "Units per period; needed with a lead-time standard deviation.",
  },
  leadTimeStdDev: {
    label: "Lead-time standard deviation (σL), optional",
    hint: "Periods. Default 0 (a fixed lead time).",
  },
  forecastInterval: {
    label: "Forecast interval (F), optional",
    hint: "Periods over which σd is measured. Default 1.",
  },
};

export interface SafetyStockCalculatorProps {
  entries: SafetyStockEntries;
  onChange(field: SafetyStockField, text: string): void;
  insert: InsertControls;
}

/** SS = z·√((L/F)·σd² + d²·σL²) from core's safetyStock, live as the user types. */
export function SafetyStockCalculator({ entries, onChange, insert }: SafetyStockCalculatorProps) {
  const calculation = useMemo(() => calculateSafetyStock(entries), [entries]);
  return (
    <CalculatorForm
      title="Safety stock result"
      fields={fields}
      entries={entries}
      onChange={onChange}
      calculation={calculation}
      insert={insert}
    />
  );
}
