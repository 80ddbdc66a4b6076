/** The EOQ calculator: typed entries → core's economicOrderQuantity → what the pane shows. */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { calculate, excelCall, required, type Calculation, type FieldSpec } from "./calculation";
import { formatAmount, formatInput } from "./format";

export type EoqField = "demand" | "orderCost" | "holdingCost" | "unitCost";
export type EoqEntries = Record<EoqField, string>;

export const emptyEoqEntries: EoqEntries = { demand: "", orderCost: "", holdingCost: "", unitCost: "" };

/** With a unit cost, the holding cost is a carrying rate and may be typed as a percentage. */
export function holdingCostIsRate(entries: EoqEntries): boolean {
  return entries.unitCost.trim() !== "";
}

function specs(entries: EoqEntries): Array<FieldSpec<EoqField>> {
  const plain = { percent: false };
  return [
    { name: "demand", required: true, rules: plain },
    { name: "orderCost", required: true, rules: plain },
    {
      name: "holdingCost",
      required: true,
      rules: holdingCostIsRate(entries)
        ? { percent: true }
        : { percent: false, percentAdvice: "a percentage is a carrying rate: enter a unit cost too" },
    },
    { name: "unitCost", required: false, rules: plain },
  ];
}

/**
 * Q* = √(2·D·S/H), with H = i·C when a unit cost is given (Snyder & Shen eq. 3.4).
 * @example calculateEoq({ demand: "1300", orderCost: "8", holdingCost: "0.225", unitCost: "" }).result.headline.value
 * //=> "304.05"   (Snyder & Shen Example 3.1)
 */
export function calculateEoq(entries: EoqEntries): Calculation<EoqField> {
  return calculate(specs(entries), entries, (values) => {
    const demand = required(values, "demand");
    const orderCost = required(values, "orderCost");
    const holdingCost = required(values, "holdingCost");
    const unitCost = values.unitCost;
    const eoq = economicOrderQuantity({ demand, orderCost, holdingCost, unitCost });
    const quantity = formatAmount(eoq.quantity);
    const formulaLines: string[] = [];
    if (unitCost !== undefined) {
      formulaLines.push(
        `H = i·C = ${formatInput(holdingCost)}·${formatInput(unitCost)} = ${formatInput(eoq.holdingCostPerUnit)}`,
      );
    }
    const h = formatInput(eoq.holdingCostPerUnit);
    formulaLines.push(`Q* = √(2·D·S/H) = √(2·${formatInput(demand)}·${formatInput(orderCost)}/${h}) = ${quantity}`);
    return {
      headline: { label: "Economic order quantity Q*", value: formatAmount(eoq.quantity, 2, true), unit: "units" },
      formulaLines,
      details: [
        { label: "Cost per period, D·S/Q + H·Q/2", value: formatAmount(eoq.costPerPeriod, 2, true) },
        { label: "Orders per period, D/Q", value: formatAmount(eoq.ordersPerPeriod, 2, true) },
        { label: "Cycle stock, Q/2 (units)", value: formatAmount(eoq.cycleStock, 2, true) },
      ],
      excelFormula: excelCall("INV.EOQ", [demand, orderCost, holdingCost, unitCost]),
    };
  });
}
