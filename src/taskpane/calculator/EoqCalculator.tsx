import { useMemo } from "react";
import { calculateEoq, holdingCostIsRate, type EoqEntries, type EoqField } from "./eoqCalculation";
import { CalculatorForm, type FieldText } from "./CalculatorForm";
import type { InsertControls } from "./insertControls";

function fieldTexts(entries: EoqEntries): Record<EoqField, FieldText> {
  return {
    demand: { label: "Demand per period (D)", hint: "Units per period.", required: true },
    orderCost: { label: "Order cost (S)", hint: "Cost per order or setup.", required: true },
    holdingCost: {
      label: "Holding cost (H)",
      hint: holdingCostIsRate(entries)
        ? "Read as a carrying rate i per period, e.g. 0.25 or 25%: H = i·C."
        : "Per unit per period. With a unit cost, enter a carrying rate here (e.g. 25%).",
      required: true,
    },
    unitCost: { label: "Unit cost (C), optional", hint: "When given, the holding cost is a carrying rate." },
  };
}

export interface EoqCalculatorProps {
  entries: EoqEntries;
  onChange(field: EoqField, text: string): void;
  insert: InsertControls;
}

/** Q* = √(2·D·S/H) from core's economicOrderQuantity, live as the user types. */
export function EoqCalculator({ entries, onChange, insert }: EoqCalculatorProps) {
  const calculation = useMemo(() => calculateEoq(entries), [entries]);
  return (
    <CalculatorForm
      title="EOQ result"
      fields={fieldTexts(entries)}
      entries={entries}
      onChange={onChange}
      calculation={calculation}
      insert={insert}
    />
  );
}
