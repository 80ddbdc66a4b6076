import type { Explanation } from "./explanation";
import { EXPLANATION_COLUMNS, explanationRows } from "./layout";

const base: Explanation = {
  fn: "EOQ",
  title: "Economic order quantity",
  inputs: [
    { argument: "demand", label: "Demand per period", symbol: "D", value: 1300, unit: "units per period" },
    { argument: "order_cost", label: "Cost per order", symbol: "S", value: 8, unit: "$ per order" },
  ],
  formula: { words: "ordering and holding cost balance", symbols: "Q* = √(2DS/H)" },
  steps: [{ label: "2DS/H", symbol: "2DS/H", value: 92444.44, unit: "units²" }],
  tables: [],
  result: { label: "Economic order quantity", symbol: "Q*", value: 304.0468, unit: "units" },
  source: "Snyder & Shen (2019), eq. 3.4",
};

describe("explanationRows", () => {
  test("title, one row per input, the formula, each step, the result and the source, five columns", () => {
    expect(explanationRows(base)).toEqual([
      ["EOQ", "Economic order quantity", "", "", ""],
      ["Input", "Demand per period", "D", 1300, "units per period"],
      ["Input", "Cost per order", "S", 8, "$ per order"],
      ["Formula", "ordering and holding cost balance", "Q* = √(2DS/H)", "", ""],
      ["Step", "2DS/H", "2DS/H", 92444.44, "units²"],
      ["Result", "Economic order quantity", "Q*", 304.0468, "units"],
      ["Source", "Snyder & Shen (2019), eq. 3.4", "", "", ""],
    ]);
    expect(EXPLANATION_COLUMNS).toHaveLength(5);
  });

  test("a table (title, header, rows) before the result; a wide table widens every row with blanks", () => {
    const rows = explanationRows({
      ...base,
      tables: [
        {
          title: "Price tiers",
          headers: ["Tier", "From", "To", "Price", "EOQ", "Cost"],
          rows: [[1, 0, 400, 0.75, 304.05, 1043.41]],
        },
      ],
    });
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows.slice(5, 8)).toEqual([
      ["Table", "Price tiers", "", "", "", "", ""],
      ["", "Tier", "From", "To", "Price", "EOQ", "Cost"],
      ["", 1, 0, 400, 0.75, 304.05, 1043.41],
    ]);
    expect(rows[8]?.[0]).toBe("Result");
  });

  test("a spilling function's output follows the result, cell by cell", () => {
    const rows = explanationRows({ ...base, fn: "LOTSIZE", output: [[210], [0], [""]] });
    const at = rows.findIndex((row) => row[0] === "Output");
    expect(rows[at - 1]?.[0]).toBe("Result");
    expect(rows.slice(at + 1, at + 4).map((row) => row[1])).toEqual([210, 0, ""]);
    expect(rows[at + 4]?.[0]).toBe("Source");
  });

  test("never null, undefined or a number Excel cannot hold", () => {
    const rows = explanationRows({
      ...base,
      steps: [{ label: "overflow", symbol: "x", value: Infinity, unit: "" }],
      tables: [{ title: "t", headers: ["a"], rows: [[Number.NaN]] }],
    });
    for (const row of rows) {
      for (const cell of row) expect(typeof cell === "string" || Number.isFinite(cell)).toBe(true);
    }
  });
});
