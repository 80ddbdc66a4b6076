/*
 * The cycle-stock explainers on published examples: the answer is the model's,
 * and the steps and tier table are the figures the textbook shows on the way.
 */
import { economicOrderQuantity } from "../cycleStock/economicOrderQuantity";
import { InputError } from "../shared/inputError";
import { CYCLE_STOCK_EXPLAINERS } from "./cycleStockExplainers";
import { explain, stepValue } from "../../../test/support/explainers";

describe("the cycle-stock explainers", () => {
  test("take exactly the functions' arguments, in their order", () => {
    const signatures = Object.fromEntries(
      CYCLE_STOCK_EXPLAINERS.map((e) => [e.fn, e.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name))]),
    );
    expect(signatures).toEqual({
      EOQ: ["demand", "order_cost", "holding_cost", "[unit_cost]"],
      EOQCOST: ["demand", "order_cost", "holding_cost", "order_quantity", "[unit_cost]"],
      EOQBACKORDER: [
        "demand",
        "order_cost",
        "holding_cost",
        "backorder_cost",
        "[result]",
        "[order_quantity]",
        "[backorder_fraction]",
      ],
      EOQDISCOUNT: [
        "demand",
        "order_cost",
        "carrying_rate",
        "break_quantities",
        "unit_prices",
        "[incremental]",
        "[result]",
      ],
      EPQ: ["demand", "setup_cost", "holding_cost", "production_rate", "[result]", "[order_quantity]"],
      EPQBACKORDER: ["demand", "setup_cost", "holding_cost", "production_rate", "backorder_cost", "[result]"],
    });
  });
});

describe("EOQ", () => {
  test("Snyder & Shen Example 3.1 (K = 8, h = 0.225, λ = 1300): 2DS = 20,800, Q* = 304.0468, g* = 68.4105", () => {
    const e = explain("EOQ", { demand: 1300, order_cost: 8, holding_cost: 0.225 });
    expect(e.result).toEqual({
      label: "Economic order quantity",
      symbol: "Q*",
      value: expect.any(Number),
      unit: "units",
    });
    // The answer is the model's, to the last bit.
    expect(e.result.value).toBe(economicOrderQuantity({ demand: 1300, orderCost: 8, holdingCost: 0.225 }).quantity);
    expect(e.result.value).toBeCloseTo(304.0468, 4);
    expect(e.inputs.map((i) => [i.argument, i.symbol, i.value])).toEqual([
      ["demand", "D", 1300],
      ["order_cost", "S", 8],
      ["holding_cost", "H", 0.225],
    ]);
    expect(e.formula.symbols).toBe("Q* = √(2DS/H)");
    expect(stepValue(e, "2DS")).toBe(20800);
    expect(stepValue(e, "2DS/H")).toBeCloseTo(92444.444, 3);
    expect(stepValue(e, "g* = √(2DSH)")).toBeCloseTo(68.4105, 4);
    // At the optimum the two costs are equal, each half of g*.
    expect(stepValue(e, "DS/Q*")).toBeCloseTo(34.2053, 4);
    expect(stepValue(e, "HQ*/2")).toBeCloseTo(34.2053, 4);
    expect(stepValue(e, "Q*/2")).toBeCloseTo(152.0234, 4);
    expect(e.source).toContain("eq. (3.4)");
  });

  test("Chopra & Meindl Example 11-1 (Best Buy): with a unit cost, holding_cost is the rate i and H = iC = $100; Q* = 979.80", () => {
    const e = explain("EOQ", { demand: 12000, order_cost: 4000, holding_cost: 0.2, unit_cost: 500 });
    expect(e.inputs.map((i) => i.symbol)).toEqual(["D", "S", "i", "C"]);
    expect(stepValue(e, "H = iC")).toBe(100);
    expect(e.result.value).toBeCloseTo(979.8, 2);
  });

  test("inputs too large for a finite cost still explain the quantity, leaving out what overflows", () => {
    // Q* = √(2·1e308·1e308/100) ≈ 1.4e307, but g* = √(2·1e308·1e308·100) is past the largest double.
    const e = explain("EOQ", { demand: 1e308, order_cost: 1e308, holding_cost: 100 });
    expect((e.result.value as number) / (Math.SQRT2 * 1e307)).toBeCloseTo(1, 12);
    expect(stepValue(e, "2DS")).toBeUndefined();
    expect(stepValue(e, "g* = √(2DSH)")).toBeUndefined();
    for (const s of e.steps) expect(Number.isFinite(s.value)).toBe(true);
  });

  test("a refused input is the model's InputError", () => {
    expect(() => explain("EOQ", { demand: 1300, order_cost: 8, holding_cost: 0 })).toThrow(InputError);
    expect(() => explain("EOQ", { demand: 1300, order_cost: 8, holding_cost: 0 })).toThrow(
      "holdingCost must be greater than 0",
    );
  });
});

describe("EOQCOST", () => {
  test("Snyder & Shen Example 3.1 data at Q = 250: ordering 41.60 + holding 28.125 = 69.725, against 68.41 at Q*", () => {
    const e = explain("EOQCOST", { demand: 1300, order_cost: 8, holding_cost: 0.225, order_quantity: 250 });
    expect(stepValue(e, "DS/Q")).toBeCloseTo(41.6, 12);
    expect(stepValue(e, "HQ/2")).toBeCloseTo(28.125, 12);
    expect(stepValue(e, "Q* = √(2DS/H)")).toBeCloseTo(304.0468, 4);
    expect(e.result).toMatchObject({ symbol: "g(Q)", unit: "$ per period" });
    expect(e.result.value).toBeCloseTo(69.725, 12);
  });
});

describe("EOQBACKORDER", () => {
  const args = { demand: 1300, order_cost: 8, holding_cost: 0.225, backorder_cost: 5 };

  test("Snyder & Shen Example 3.8 (p = 5): x* = 0.0431, Q* = 310.8126, g* = 66.9214", () => {
    const e = explain("EOQBACKORDER", args);
    expect(stepValue(e, "x* = H/(H + p)")).toBeCloseTo(0.04306, 5);
    expect(e.result.value).toBeCloseTo(310.8126, 4);
    expect(stepValue(e, "g* = √(2DS·Hp/(H + p))")).toBeCloseTo(66.9214, 4);
    expect(stepValue(e, "B* = Q*·H/(H + p)")).toBeCloseTo(310.8126 * 0.0430622, 3);
  });

  test("result picks the output; the others stay steps", () => {
    const e = explain("EOQBACKORDER", { ...args, result: "cost" });
    expect(e.result.symbol).toBe("g* = √(2DS·Hp/(H + p))");
    expect(e.result.value).toBeCloseTo(66.9214, 4);
    expect(stepValue(e, "Q* = √(2DS(H + p)/(Hp))")).toBeCloseTo(310.8126, 4);
    expect(e.inputs.at(-1)).toMatchObject({ argument: "result", value: "cost" });
  });
});

describe("EOQDISCOUNT", () => {
  /** Snyder & Shen Example 3.5: K = 8, i = 0.3, λ = 1300, breaks 0 / 400 / 800, prices 0.75 / 0.72 / 0.68. */
  const example35 = {
    demand: 1300,
    order_cost: 8,
    carrying_rate: 0.3,
    break_quantities: [0, 400, 800],
    unit_prices: [0.75, 0.72, 0.68],
  };

  test("Snyder & Shen Example 3.6 (all-units): every tier tried, its feasible quantity and cost; 800 at $0.68 wins at $978.60", () => {
    const e = explain("EOQDISCOUNT", example35);
    const [table] = e.tables;
    expect(table?.headers).toEqual([
      "Tier",
      "From (units)",
      "To (units)",
      "Unit price",
      "EOQ at this price",
      "Feasible quantity",
      "Cost per period",
      "Outcome",
    ]);
    // g_j(Q) = λC_j + Kλ/Q + iC_jQ/2 at Q_j = max(EOQ_j, b_j).
    const g = (price: number, q: number) => 1300 * price + (8 * 1300) / q + (0.3 * price * q) / 2;
    const eoqAt = (price: number) => Math.sqrt((2 * 8 * 1300) / (0.3 * price));
    const rows = table?.rows ?? [];
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      [1, 0, 400, 0.75],
      [2, 400, 800, 0.72],
      [3, 800, "", 0.68],
    ]);
    expect(rows[0]?.[4]).toBeCloseTo(eoqAt(0.75), 9);
    expect(rows[0]?.[5]).toBeCloseTo(304.0468, 4);
    expect(rows[0]?.[6]).toBeCloseTo(1043.41, 2);
    expect(rows[1]?.[4]).toBeCloseTo(eoqAt(0.72), 9);
    expect(rows[1]?.[5]).toBe(400);
    expect(rows[1]?.[6]).toBeCloseTo(g(0.72, 400), 9);
    expect(rows[1]?.[6]).toBeCloseTo(1005.2, 9);
    expect(rows[2]?.[5]).toBe(800);
    expect(rows[2]?.[6]).toBeCloseTo(978.6, 9);
    expect(rows.map((row) => row[7])).toEqual(["", "", "least cost: chosen"]);
    expect(e.result).toMatchObject({ symbol: "Q*", value: 800 });
    expect(stepValue(e, "j*")).toBe(3);
    expect(stepValue(e, "C")).toBe(0.68);
  });

  test("Snyder & Shen Example 3.7 (incremental): c̄ = 0, 12, 44; Q* = 304.0468 in the first tier at $1,043.41", () => {
    const e = explain("EOQDISCOUNT", { ...example35, incremental: true, result: "cost" });
    const rows = e.tables[0]?.rows ?? [];
    // c̄_1 = 0.75·400 − 0.72·400; c̄_2 = 0.75·400 + 0.72·400 − 0.68·800.
    expect(rows.map((row) => row[4])).toEqual([0, expect.closeTo(12, 9), expect.closeTo(44, 9)]);
    expect(rows[0]?.[8]).toBe("least cost: chosen");
    expect(e.result).toMatchObject({ symbol: "g(Q*)" });
    expect(e.result.value).toBeCloseTo(1043.41052551, 8);
    expect(stepValue(e, "Q*")).toBeCloseTo(304.04678, 5);
    expect(e.title).toContain("incremental");
  });

  test("a tier whose EOQ reaches the next break is shown as skipped", () => {
    // Cheap orders: the base tier's EOQ (≈ 2,080) passes the 400 break.
    const e = explain("EOQDISCOUNT", { ...example35, order_cost: 400 });
    expect(e.tables[0]?.rows[0]?.[5]).toBe("");
    expect(e.tables[0]?.rows[0]?.[7]).toMatch(/^skipped/);
  });

  test("no demand: nothing is ordered, and there is no tier table", () => {
    const e = explain("EOQDISCOUNT", { ...example35, demand: 0 });
    expect(e.result.value).toBe(0);
    expect(e.tables).toEqual([]);
  });
});

describe("EPQ", () => {
  test("Snyder & Shen Problem 3.22 (λ = 80, K = 4, h = 0.08, μ = 110): ρ = 0.7273, Q* = 171.2698, max inventory Q*(1 − ρ)", () => {
    const e = explain("EPQ", { demand: 80, setup_cost: 4, holding_cost: 0.08, production_rate: 110 });
    expect(stepValue(e, "ρ = D/P")).toBeCloseTo(80 / 110, 12);
    expect(stepValue(e, "1 − ρ")).toBeCloseTo(30 / 110, 12);
    expect(e.result.value).toBeCloseTo(171.2698, 4);
    expect(stepValue(e, "Q*(1 − ρ)")).toBeCloseTo(171.2698 * (30 / 110), 3);
    expect(stepValue(e, "T = Q*/D")).toBeCloseTo(171.2698 / 80, 4);
  });

  test("cycle_time without demand is the model's input error; other outputs leave the step out", () => {
    const noDemand = { demand: 0, setup_cost: 4, holding_cost: 0.08, production_rate: 110 };
    expect(() => explain("EPQ", { ...noDemand, result: "cycle_time" })).toThrow(InputError);
    expect(stepValue(explain("EPQ", noDemand), "T = Q*/D")).toBeUndefined();
  });
});

describe("EPQ at a given lot size", () => {
  test("Snyder & Shen Problem 3.22 at Q = 200: g(Q) = 1.6 + 0.08·(30/110)·100 = 3.7818; run time 200/110", () => {
    const args = { demand: 80, setup_cost: 4, holding_cost: 0.08, production_rate: 110, order_quantity: 200 };
    const e = explain("EPQ", { ...args, result: "cost" });
    expect(e.result.symbol).toBe("g(Q) = DS/Q + H(1 − ρ)Q/2");
    expect(e.result.value).toBeCloseTo(1.6 + 0.08 * (30 / 110) * 100, 12);
    expect(stepValue(e, "Q/P")).toBeCloseTo(200 / 110, 12);
    expect(explain("EPQ", { ...args, result: "run_time" }).result.value).toBeCloseTo(200 / 110, 12);
  });
});

describe("EOQBACKORDER at a given order quantity or backorder fraction", () => {
  const example38 = { demand: 1300, order_cost: 8, holding_cost: 0.225, backorder_cost: 5 };

  test("Snyder & Shen Example 3.8 through eq. (3.26): at Q* the cost is g* = 66.9214; max_inventory is Q*(1 − x*)", () => {
    const e = explain("EOQBACKORDER", { ...example38, result: "cost", order_quantity: 310.8125551589646 });
    expect(e.result.value).toBeCloseTo(66.92136355097325, 9);
    expect(stepValue(e, "x* = H/(H + p)")).toBeCloseTo(0.043062200956938, 12);
    const peak = explain("EOQBACKORDER", { ...example38, result: "max_inventory" });
    expect(peak.result.value).toBeCloseTo(310.8125551589646 * (1 - 0.043062200956938), 9);
  });

  test("a backorder fraction of 0 is the EOQ (Snyder & Shen Example 3.1: Q* = 304.0468, g* = 68.4105)", () => {
    const e = explain("EOQBACKORDER", { ...example38, backorder_fraction: 0 });
    expect(e.result.value).toBeCloseTo(304.0468, 4);
    expect(stepValue(e, "g(Q, x) = DS/Q + H(1 − x)²Q/2 + px²Q/2")).toBeCloseTo(68.4105, 4);
  });
});

describe("EPQBACKORDER", () => {
  test("as P grows it is Snyder & Shen Example 3.8: Q* = 310.8126, g* = 66.9214", () => {
    const e = explain("EPQBACKORDER", {
      demand: 1300,
      setup_cost: 8,
      holding_cost: 0.225,
      production_rate: 1e12,
      backorder_cost: 5,
    });
    expect(e.result.value).toBeCloseTo(310.8126, 4);
    expect(stepValue(e, "H/(H + p)")).toBeCloseTo(0.04306, 5);
    expect(stepValue(e, "g* = √(2DS(1 − ρ)·Hp/(H + p))")).toBeCloseTo(66.9214, 4);
  });
});
