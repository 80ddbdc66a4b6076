/*
 * The lot-sizing explainers on published examples: the period-by-period table
 * a textbook draws (requirement, order, inventory carried, ordering cost,
 * holding cost, running total), built from the model's plan.
 */
import { lotSizing } from "../lotSizing/lotSizing";
import { LOT_SIZING_EXPLAINERS } from "./lotSizingExplainers";
import { explain, stepValue } from "../../../test/support/explainers";

/** Silver, Pyke & Thomas (4th ed.), ch. 5 numerical illustration: A = $54, h = $0.40 per unit per month. */
const SPT = [10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41];

test("LOTSIZE and LOTSIZECOST take the functions' six arguments (one cost per call; EXPLAIN refuses a cost range)", () => {
  expect(LOT_SIZING_EXPLAINERS.map((explainer) => explainer.fn)).toEqual(["LOTSIZE", "LOTSIZECOST"]);
  for (const explainer of LOT_SIZING_EXPLAINERS) {
    expect(explainer.arguments.map((a) => [a.name, a.kind, a.optional])).toEqual([
      ["requirements", "list", false],
      ["order_cost", "number", false],
      ["holding_cost", "number", false],
      ["method", "choice", false],
      ["parameter", "number", true],
      ["unit_costs", "number", true],
    ]);
  }
});

describe("LOTSIZE", () => {
  test("Snyder & Shen Example 3.9 (Wagner-Whitin; d = 90, 120, 80, 70, K = 500, h = 2): period by period to $1,380", () => {
    const e = explain("LOTSIZE", { requirements: [90, 120, 80, 70], order_cost: 500, holding_cost: 2, method: "ww" });
    expect(e.tables).toHaveLength(1);
    expect(e.tables[0]?.headers).toEqual([
      "Period",
      "Requirement",
      "Order",
      "Inventory carried",
      "Ordering cost",
      "Holding cost",
      "Running total",
    ]);
    expect(e.tables[0]?.rows).toEqual([
      [1, 90, 210, 120, 500, 240, 740],
      [2, 120, 0, 0, 0, 0, 740],
      [3, 80, 150, 70, 500, 140, 1380],
      [4, 70, 0, 0, 0, 0, 1380],
    ]);
    expect(e.result).toMatchObject({ label: "Total cost of the plan", value: 1380 });
    expect(e.output).toEqual([[210], [0], [150], [0]]);
    expect(stepValue(e, "N")).toBe(2);
    expect(stepValue(e, "S × N")).toBe(1000);
    expect(stepValue(e, "H × Σ carried")).toBe(380);
    expect(e.inputs.find((i) => i.argument === "method")?.value).toBe("WW (Wagner-Whitin)");
    expect(e.source).toContain("Example 3.9");
  });

  test('the output is the model\'s orders cell by cell, blanks as ""; blank periods show blank requirements', () => {
    const requirements = [null, 70, null, 0, null, null];
    const e = explain("LOTSIZE", { requirements, order_cost: 50, holding_cost: 1, method: "LFL" });
    const plan = lotSizing({ requirements, orderCost: 50, holdingCost: 1, method: "LFL" });
    expect(e.output).toEqual(plan.orders.map((order) => [order ?? ""]));
    expect(e.output).toEqual([[""], [70], [""], [0], [""], [""]]);
    // The horizon ends at the last figure: four periods in the table.
    expect(e.tables[0]?.rows.map((row) => row.slice(0, 3))).toEqual([
      [1, "", ""],
      [2, 70, 70],
      [3, "", ""],
      [4, 0, 0],
    ]);
  });

  test("no requirements: no table, a plan that costs nothing", () => {
    const e = explain("LOTSIZE", { requirements: [null, null], order_cost: 50, holding_cost: 1, method: "SM" });
    expect(e.tables).toEqual([]);
    expect(e.result.value).toBe(0);
    expect(e.output).toEqual([[""], [""]]);
  });
});

describe("LOTSIZECOST", () => {
  test("Silver, Pyke & Thomas ch. 5, POQ: EOQ 164.3 / 100 a month rounds to T = 2; six orders, $553.60", () => {
    const e = explain("LOTSIZECOST", { requirements: SPT, order_cost: 54, holding_cost: 0.4, method: "POQ" });
    expect(stepValue(e, "r̄ = Σr_t/n")).toBe(100);
    expect(stepValue(e, "√(2·r̄·S/H)")).toBeCloseTo(164.3, 1);
    expect(stepValue(e, "T")).toBe(2);
    expect(e.tables[0]?.rows.map((row) => row[2])).toEqual([72, 0, 142, 0, 283, 0, 140, 0, 284, 0, 279, 0]);
    expect(e.result.value).toBeCloseTo(6 * 54 + 0.4 * (62 + 130 + 129 + 52 + 160 + 41), 9);
    expect(e.output).toBeUndefined();
  });

  test("Silver, Pyke & Thomas ch. 5, Silver-Meal: $501.20, the running total ends at the total", () => {
    const e = explain("LOTSIZECOST", { requirements: SPT, order_cost: 54, holding_cost: 0.4, method: "SM" });
    const rows = e.tables[0]?.rows ?? [];
    expect(rows.map((row) => row[2])).toEqual([84, 0, 0, 130, 283, 0, 140, 0, 124, 160, 279, 0]);
    expect(rows.at(-1)?.[6]).toBeCloseTo(501.2, 9);
    expect(e.result.value).toBeCloseTo(501.2, 9);
    // Each period's holding cost is h times the stock carried out of it.
    for (const row of rows) expect(row[5]).toBeCloseTo(0.4 * (row[3] as number), 12);
  });

  test("Silver, Pyke & Thomas ch. 5, part-period balancing: EPP = S/H = 135 part-periods, $600", () => {
    const e = explain("LOTSIZECOST", { requirements: SPT, order_cost: 54, holding_cost: 0.4, method: "PPB" });
    expect(stepValue(e, "EPP = S/H")).toBeCloseTo(135, 12);
    expect(e.result.value).toBeCloseTo(600, 9);
  });

  test("FOQ names its parameter the fixed quantity; a method that takes none refuses one (the model's error)", () => {
    const e = explain("LOTSIZECOST", {
      requirements: SPT,
      order_cost: 54,
      holding_cost: 0.4,
      method: "FOQ",
      parameter: 200,
    });
    expect(e.inputs.at(-1)).toMatchObject({ argument: "parameter", label: "Fixed order quantity", value: 200 });
    expect(stepValue(e, "Q")).toBe(200);
    expect(() =>
      explain("LOTSIZECOST", { requirements: SPT, order_cost: 54, holding_cost: 0.4, method: "WW", parameter: 2 }),
    ).toThrow("parameter is not used by WW; leave it blank");
  });
});

describe("unit costs and the rounded EOQ", () => {
  test("a unit cost adds a purchase column and step; the total is the model's (Snyder & Shen Example 3.9 + $3 a unit)", () => {
    const args = { requirements: [90, 120, 80, 70], order_cost: 500, holding_cost: 2, method: "WW", unit_costs: 3 };
    const e = explain("LOTSIZECOST", args);
    expect(e.tables[0]?.headers).toContain("Purchase cost");
    expect(stepValue(e, "c × Σ ordered")).toBe(3 * 360);
    expect(e.result.value).toBe(1380 + 3 * 360);
    expect(e.result.value).toBe(
      lotSizing({ requirements: [90, 120, 80, 70], orderCost: 500, holdingCost: 2, method: "WW", unitCosts: 3 })
        .totalCost,
    );
  });

  test("EOQ with a rounding multiple (Silver, Pyke & Thomas illustration): EOQ 164.3, lot 160", () => {
    const e = explain("LOTSIZE", {
      requirements: SPT,
      order_cost: 54,
      holding_cost: 0.4,
      method: "EOQ",
      parameter: 10,
    });
    expect(stepValue(e, "√(2·r̄·S/H)")).toBeCloseTo(164.3, 1);
    expect(stepValue(e, "Q")).toBe(160);
    expect(e.inputs.map((row) => row.argument)).toContain("parameter");
  });
});
