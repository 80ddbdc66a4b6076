/*
 * The calculator's Insert, computed: what the pane shows for typed entries is
 * what the formulas it inserts compute. For each published example, typed as a
 * user types it (percentages, thousands separators, lists on one line or one
 * per line, a history pasted from Excel, choices, switches), the pane's
 * calculation gives the function's formula and its INV.EXPLAIN formula; both
 * go into HyperFormula with the built bundle's INV functions
 * (test/support/engine.ts). The function's cell (its whole spill) equals the
 * explanation's result or output, and the value the pane writes for the demo's
 * grid; the EXPLAIN spill equals the explanation's rows, as the pane lays them.
 */
import { explanationRows } from "../src/core/explain/layout";
import { explainerFor } from "../src/core/explain/registry";
import { calculate, type CalculationResult, type Entries } from "../src/taskpane/calculator/calculation";
import { formulaToInsert } from "../src/taskpane/calculator/insertFormula";
import { createEngine } from "./support/engine";

function calculated(fn: string, entries: Entries): CalculationResult {
  const explainer = explainerFor(fn);
  if (!explainer) throw new Error(`no explainer for ${fn}`);
  const calculation = calculate(explainer, entries);
  if (!calculation.result) throw new Error(`${fn} did not compute: ${JSON.stringify(calculation)}`);
  return calculation.result;
}

/** Numbers to 9 significant digits (the engine's doubles and core's may differ in the last bits), text as it is. */
const close = (rows: unknown[][]): unknown[][] =>
  rows.map((row) => row.map((cell) => (typeof cell === "number" ? Number(cell.toPrecision(9)) : cell)));

/** A1:<last> for a block of `rows` × `columns` from A1. */
const block = (sheet: string, rows: number, columns: number) =>
  `${sheet}!A1:${String.fromCharCode(64 + columns)}${rows}`;

const EXAMPLES: ReadonlyArray<[string, string, Entries, string]> = [
  [
    "Snyder & Shen Example 3.1",
    "EOQ",
    { demand: "1300", order_cost: "8", holding_cost: "0.225" },
    "=INV.EOQ(1300, 8, 0.225)",
  ],
  [
    "Chopra & Meindl Example 11-1 (20% of $500)",
    "EOQ",
    { demand: "12,000", order_cost: "4000", holding_cost: "20%", unit_cost: "500" },
    "=INV.EOQ(12000, 4000, 0.2, 500)",
  ],
  [
    "safety stock at 95%, σ 10 over 4 periods",
    "SAFETYSTOCK",
    { service_level: "95%", demand_std: "10", lead_time: "4" },
    "=INV.SAFETYSTOCK(0.95, 10, 4)",
  ],
  [
    "Snyder & Shen Example 3.6 (all units, the cost)",
    "EOQDISCOUNT",
    {
      demand: "1300",
      order_cost: "8",
      carrying_rate: "30%",
      break_quantities: "0, 400, 800",
      unit_prices: "0.75\n0.72\n0.68",
      incremental: false,
      result: "cost",
    },
    '=INV.EOQDISCOUNT(1300, 8, 0.3, {0;400;800}, {0.75;0.72;0.68}, FALSE, "cost")',
  ],
  [
    "Snyder & Shen Example 3.9 (Wagner-Whitin)",
    "LOTSIZE",
    { requirements: "90 120 80 70", order_cost: "500", holding_cost: "2", method: "ww" },
    '=INV.LOTSIZE({90;120;80;70}, 500, 2, "WW")',
  ],
  [
    "Stevenson's skateboards, level plan with a backlog",
    "LEVELPLAN",
    { demand: "200, 200, 300, 400, 500, 200", allow_backlog: true },
    "=INV.LEVELPLAN({200;200;300;400;500;200}, , , TRUE)",
  ],
  [
    "Heizer & Render Example 1 (ABC by count)",
    "ABCCLASS",
    { values: "90,000\n77,000\n26,350\n15,001\n12,500\n8,502\n1,200\n850\n504\n150", basis: "count" },
    '=INV.ABCCLASS({90000;77000;26350;15001;12500;8502;1200;850;504;150}, , , "count")',
  ],
  [
    "a monthly series and Heizer & Render's Port of Baltimore tonnage, pasted from Excel",
    "DEMANDSTATS",
    { demand_history: "120\t80\t95\t0\t210\t60\t75\t150\n180\t168\t159\t175\t190\t205\t180\t182\n", result: "std" },
    '=INV.DEMANDSTATS({120,80,95,0,210,60,75,150;180,168,159,175,190,205,180,182}, "std")',
  ],
];

describe.each(EXAMPLES)("%s: INV.%s as the calculator inserts it", (_example, fn, entries, formula) => {
  const result = calculated(fn, entries);
  const explanation = result.explanation;
  const output = explanation.output ?? [[explanation.result.value]];
  const rows = explanationRows(explanation);
  const columns = Math.max(...rows.map((row) => row.length));
  const engine = createEngine({ Calc: [[result.formula]], Explain: [[result.explainFormula]] });

  it("writes the function's formula as Excel takes it", () => {
    expect(result.formula).toBe(formula);
  });

  it("computes in the engine what the pane shows: the result, or the whole spill", () => {
    const width = Math.max(...output.map((row) => row.length));
    expect(close(engine.values(block("Calc", output.length, width)))).toEqual(close(output));
    expect(close([[engine.value("Calc!A1")]])).toEqual(close([[formulaToInsert(result, "formula").value]]));
  });

  it("spills through INV.EXPLAIN the rows the pane shows, from the value the demo's grid gets", () => {
    expect(close(engine.values(block("Explain", rows.length, columns)))).toEqual(close(rows));
    expect(engine.value("Explain!A1")).toBe(formulaToInsert(result, "explanation").value);
    expect(formulaToInsert(result, "explanation").rows).toBe(rows.length);
  });
});
