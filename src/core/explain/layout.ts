/**
 * The one layout of an explanation as a table of cells, shared by INV.EXPLAIN
 * (which spills it) and the task pane (which shows the same rows).
 *
 * Columns: section, label, symbol, value, unit. Rows, top to bottom:
 *
 * | section  | label                     | symbol          | value   | unit             |
 * |----------|---------------------------|-----------------|---------|------------------|
 * | EOQ      | Economic order quantity   |                 |         |                  |
 * | Input    | Demand per period         | D               | 1300    | units per period |
 * | Formula  | the order size where …    | Q* = √(2DS/H)   |         |                  |
 * | Step     | Twice demand × order cost | 2DS             | 20800   | …                |
 * | Table    | Price tiers               |                 |         |                  |
 * |          | header 1                  | header 2        | …       |                  |
 * |          | cell                      | cell            | …       |                  |
 * | Result   | Order quantity            | Q*              | 304.05  | units            |
 * | Output   | The function's spill, …   |                 |         |                  |
 * |          | cell                      | …               |         |                  |
 * | Source   | Snyder & Shen (2019) …    |                 |         |                  |
 *
 * A table's header and rows start in the label column; a table (or output)
 * wider than four columns widens every row, padded with "". No cell is null.
 */
import type { ExplainedValue, Explanation } from "./explanation";

/** The columns every explanation has: section, label, symbol, value, unit. */
export const EXPLANATION_COLUMNS = ["Section", "Label", "Symbol", "Value", "Unit"] as const;

/** The section names of the first column. */
export const SECTION = {
  input: "Input",
  formula: "Formula",
  step: "Step",
  table: "Table",
  result: "Result",
  output: "Output",
  source: "Source",
} as const;

/** The explanation as a rectangular table of numbers and text, at least five columns wide. */
export function explanationRows(explanation: Explanation): Array<Array<number | string>> {
  const rows: ExplainedValue[][] = [[explanation.fn, explanation.title]];
  for (const input of explanation.inputs) {
    rows.push([SECTION.input, input.label, input.symbol, input.value, input.unit]);
  }
  rows.push([SECTION.formula, explanation.formula.words, explanation.formula.symbols]);
  for (const step of explanation.steps) rows.push([SECTION.step, step.label, step.symbol, step.value, step.unit]);
  for (const table of explanation.tables) {
    rows.push([SECTION.table, table.title]);
    rows.push(["", ...table.headers]);
    for (const row of table.rows) rows.push(["", ...row]);
  }
  const { result } = explanation;
  rows.push([SECTION.result, result.label, result.symbol, result.value, result.unit]);
  if (explanation.output) {
    rows.push([SECTION.output, `INV.${explanation.fn} spills these cells`]);
    for (const row of explanation.output) rows.push(["", ...row]);
  }
  rows.push([SECTION.source, explanation.source]);
  const width = rows.reduce<number>((widest, row) => Math.max(widest, row.length), EXPLANATION_COLUMNS.length);
  return rows.map((row) => Array.from({ length: width }, (_, c) => cellOf(row[c])));
}

/** A cell of the layout: never null, undefined or a number Excel cannot hold. */
function cellOf(value: ExplainedValue | undefined): number | string {
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return value ?? "";
}
