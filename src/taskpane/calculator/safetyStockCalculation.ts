/** The safety-stock calculator: typed entries → core's safetyStock → what the pane shows. */
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { calculate, excelCall, required, type Calculation, type FieldSpec } from "./calculation";
import { formatAmount, formatInput } from "./format";

export type SafetyStockField =
  "serviceLevel" | "demandStdDev" | "leadTime" | "averageDemand" | "leadTimeStdDev" | "forecastInterval";
export type SafetyStockEntries = Record<SafetyStockField, string>;

export const emptySafetyStockEntries: SafetyStockEntries = {
  serviceLevel: "",
  demandStdDev: "",
  leadTime: "",
  averageDemand: "",
  leadTimeStdDev: "",
  forecastInterval: "",
};

const plain = { percent: false };
const specs: Array<FieldSpec<SafetyStockField>> = [
  { name: "serviceLevel", required: true, rules: { percent: true } },
  { name: "demandStdDev", required: true, rules: plain },
  { name: "leadTime", required: true, rules: plain },
  { name: "averageDemand", required: false, rules: plain },
  { name: "leadTimeStdDev", required: false, rules: plain },
  { name: "forecastInterval", required: false, rules: plain },
];

/**
 * SS = z·√((L/F)·σd² + d²·σL²), z = Φ⁻¹(CSL); the classic z·σd·√L when σL and F are left out.
 * @example calculateSafetyStock({ ...emptySafetyStockEntries, serviceLevel: "90%", demandStdDev: "500", leadTime: "2" })
 * //=> headline 906.19 units   (Chopra & Meindl Example 12-4)
 */
export function calculateSafetyStock(entries: SafetyStockEntries): Calculation<SafetyStockField> {
  return calculate(specs, entries, (values) => {
    const serviceLevel = required(values, "serviceLevel");
    const demandStdDev = required(values, "demandStdDev");
    const leadTime = required(values, "leadTime");
    const { averageDemand, leadTimeStdDev, forecastInterval } = values;
    const ss = safetyStock({ serviceLevel, demandStdDev, leadTime, averageDemand, leadTimeStdDev, forecastInterval });
    const z = formatAmount(ss.safetyFactor, 4);
    const amount = formatAmount(ss.safetyStock);
    const [sd, l] = [formatInput(demandStdDev), formatInput(leadTime)];
    const lines = [`z = Φ⁻¹(CSL) = Φ⁻¹(${formatInput(serviceLevel)}) = ${z}`];
    if (leadTimeStdDev !== undefined) {
      const f = formatInput(forecastInterval ?? 1);
      const d = formatInput(averageDemand ?? 0);
      lines.push(
        `SS = z·√((L/F)·σd² + d²·σL²) = ${z}·√((${l}/${f})·${sd}² + ${d}²·${formatInput(leadTimeStdDev)}²) = ${amount}`,
      );
    } else if (forecastInterval !== undefined) {
      lines.push(`SS = z·σd·√(L/F) = ${z}·${sd}·√(${l}/${formatInput(forecastInterval)}) = ${amount}`);
    } else {
      lines.push(`SS = z·σd·√L = ${z}·${sd}·√${l} = ${amount}`);
    }
    const details = [
      { label: "Safety factor z", value: z },
      { label: "Std of lead-time demand σLT (units)", value: formatAmount(ss.leadTimeDemandStdDev, 2, true) },
    ];
    if (ss.safetyStock < 0) details.push({ label: "Note", value: "negative: the service level is below 50%" });
    return {
      headline: { label: "Safety stock SS", value: formatAmount(ss.safetyStock, 2, true), unit: "units" },
      formulaLines: lines,
      details,
      excelFormula: excelCall("INV.SAFETYSTOCK", [
        serviceLevel,
        demandStdDev,
        leadTime,
        averageDemand,
        leadTimeStdDev,
        forecastInterval,
      ]),
    };
  });
}
