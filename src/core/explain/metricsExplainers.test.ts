import { InputError } from "../shared/inputError";
import type { ExplainedTable, Explanation } from "./explanation";
import { explain } from "../../../test/support/explainers";

const stepValues = (explanation: Explanation): unknown[] => explanation.steps.map((s) => s.value);
const onlyTable = (explanation: Explanation): ExplainedTable => explanation.tables[0] as ExplainedTable;

// Heizer & Render, Operations Management, ch. 4: Port of Baltimore tonnage over 8 quarters and the book's rounded
// forecasts by exponential smoothing with α = 0.10; the absolute deviations sum to 82.45, MAD = 10.31.
const BALTIMORE = [180, 168, 159, 175, 190, 205, 180, 182];
const BALTIMORE_FORECASTS = [175, 175.5, 174.75, 173.18, 173.36, 175.02, 178.02, 178.22];
// A published tracking-signal solution ("monthly actual and forecasted demand levels from May through December"):
// RSFE 48, MAD 11, tracking signal 4.4.
const MAY_TO_DECEMBER = {
  actuals: [105, 80, 110, 118, 102, 110, 120, 125],
  forecasts: [102, 100, 101, 98, 100, 104, 108, 109],
};

describe("metrics explainers", () => {
  test("TURNOVER, Weygandt, Kimmel & Kieso (PepsiCo): 18,038 / 2,108 = 8.56 turns", () => {
    const explanation = explain("TURNOVER", { cogs: 18038, avg_inventory: 2108 });
    expect(explanation.result.value).toBeCloseTo(8.5569, 4);
    expect(explanation.formula.symbols).toBe("turns = COGS / Ī");
    expect(explanation.inputs.map((i) => [i.argument, i.symbol, i.value])).toEqual([
      ["cogs", "COGS", 18038],
      ["avg_inventory", "Ī", 2108],
    ]);
  });

  test("DAYSOFSUPPLY, the PepsiCo exercise: 2,108 of inventory at 18,038/365 a day lasts 42.7 days", () => {
    expect(explain("DAYSOFSUPPLY", { inventory: 2108, avg_daily_demand: 18038 / 365 }).result.value).toBeCloseTo(
      42.66,
      2,
    );
  });

  test("PIPELINE, GMROI and CARRYINGCOST: Little's law 100 a day × 6 days = 600; 500,000 / 200,000 = 2.5; 200,000 × 25% = 50,000", () => {
    expect(explain("PIPELINE", { demand_rate: 100, transit_time: 6 }).result.value).toBe(600);
    expect(explain("GMROI", { gross_margin: 500000, avg_inventory_cost: 200000 }).result.value).toBe(2.5);
    expect(explain("CARRYINGCOST", { avg_inventory_value: 200000, carrying_rate: 0.25 }).result.value).toBe(50000);
    expect(() => explain("TURNOVER", { cogs: 1, avg_inventory: 0 })).toThrow("averageInventory must be greater than 0");
  });

  test("CYCLECOUNTS, Heizer & Render Example 2 (Cole's Trucks): 6,000 + 7,000 + 5,500 = 18,500 counts a year / 240 days = 77 a day", () => {
    const explanation = explain("CYCLECOUNTS", {
      items_per_class: [500, 1750, 2750],
      counts_per_year: [12, 4, 2],
      working_days: 240,
    });
    expect(onlyTable(explanation).rows).toEqual([
      [1, 500, 12, 6000],
      [2, 1750, 4, 7000],
      [3, 2750, 2, 5500],
    ]);
    expect(stepValues(explanation)).toEqual([18500, 240]);
    expect(explanation.result.value).toBeCloseTo(77.083, 3); // the book rounds to 77
  });

  test("CYCLECOUNTS: one frequency for every class, the default 250 days; blanks as the function treats them", () => {
    const explanation = explain("CYCLECOUNTS", { items_per_class: [100, null, 50], counts_per_year: [4] });
    expect(stepValues(explanation)).toEqual([600, 250]);
    expect(explanation.result.value).toBe(2.4);
    expect(explain("CYCLECOUNTS", { items_per_class: [null], counts_per_year: [null] }).result.value).toBe("");
    expect(() => explain("CYCLECOUNTS", { items_per_class: [5], counts_per_year: [null] })).toThrow(InputError);
  });

  test("MAD, Heizer & Render's Port of Baltimore (α = 0.10): deviations sum to 82.45 over 8 quarters, MAD 10.31", () => {
    const explanation = explain("MAD", { actuals: BALTIMORE, forecasts: BALTIMORE_FORECASTS });
    const table = onlyTable(explanation);
    expect(table.rows[1]).toEqual([2, 168, 175.5, 168 - 175.5, 7.5]);
    expect(stepValues(explanation)[0]).toBe(8);
    expect(stepValues(explanation)[1]).toBeCloseTo(82.45, 10);
    expect(explanation.result.value).toBeCloseTo(10.31, 2);
  });

  test("TRACKINGSIGNAL, the May–December example: RSFE 48 / MAD 11 = 4.36 (the solution: 4.4)", () => {
    const explanation = explain("TRACKINGSIGNAL", MAY_TO_DECEMBER);
    expect(explanation.steps.map((s) => [s.symbol, s.value])).toEqual([
      ["n", 8],
      ["RSFE = Σ(A − F)", 48],
      ["Σ|A − F|", 88],
      ["MAD", 11],
    ]);
    expect(explanation.result.value).toBeCloseTo(48 / 11, 14);
  });

  test('MAD and TRACKINGSIGNAL skip periods without both figures; none gives "" as the function does', () => {
    const explanation = explain("MAD", { actuals: [10, 12, null, 9], forecasts: [null, 10, 11, 11] });
    expect(onlyTable(explanation).rows.map((row) => row[0])).toEqual([2, 4]);
    expect(explanation.result.value).toBe(2);
    expect(explain("TRACKINGSIGNAL", { actuals: [null, 5], forecasts: [3, null] }).result.value).toBe("");
  });

  test("UNITFILLRATE, Aldo Inc.'s quarter: 12,800 units shipped from stock of 16,000 ordered is 80%", () => {
    const explanation = explain("UNITFILLRATE", { shipped: [5000, 7800, 0, null], ordered: [5000, 10000, 1000, null] });
    expect(stepValues(explanation)).toEqual([3, 12800, 16000]);
    expect(explanation.result.value).toBe(0.8);
  });

  test("OTIF (flags read as 1/0): of 4 orders 3 were on time and 3 in full, 2 both: 50%", () => {
    const explanation = explain("OTIF", {
      on_time: [1, 1, 0, null, 1],
      in_full: [1, 0, 1, null, 1],
    });
    expect(stepValues(explanation)).toEqual([4, 3, 3, 2]);
    expect(onlyTable(explanation).rows).toEqual([
      [1, "yes", "yes"],
      [2, "yes", "no"],
      [3, "no", "yes"],
      [5, "yes", "yes"],
    ]);
    expect(explanation.result.value).toBe(0.5);
  });

  test("RECORDACCURACY with per-class tolerances (A 0.2%, B 1%, C 5%): the A record is off by 3 > 2 allowed, 2 of 3 accurate", () => {
    const explanation = explain("RECORDACCURACY", {
      book_qty: [1000, 1000, 1000],
      counted_qty: [1003, 1008, 1040],
      tolerance: [0.002, 0.01, 0.05],
    });
    expect(onlyTable(explanation).rows).toEqual([
      [1, 1000, 1003, 0.002, 3, 2, "no"],
      [2, 1000, 1008, 0.01, 8, 10, "yes"],
      [3, 1000, 1040, 0.05, 40, 50, "yes"],
    ]);
    expect(stepValues(explanation)).toEqual([3, 2]);
    expect(explanation.result.value).toBeCloseTo(2 / 3, 15);
  });

  test("RECORDACCURACY with tolerance_units: 4 vs 5 is off 20% but within 1 unit; allowed max(t·b, u)", () => {
    const explanation = explain("RECORDACCURACY", {
      book_qty: [5, 1000, 0],
      counted_qty: [4, 1015, 1],
      tolerance: [0.02],
      tolerance_units: [1],
    });
    expect(onlyTable(explanation).rows).toEqual([
      [1, 5, 4, 0.02, 1, 1, 1, "yes"],
      [2, 1000, 1015, 0.02, 1, 15, 20, "yes"],
      [3, 0, 1, 0.02, 1, 1, 1, "yes"],
    ]);
    expect(explanation.formula.symbols).toContain("max(t·b, u)");
    expect(explanation.result.value).toBe(1);
  });

  test("RECORDACCURACY: one tolerance for every record; a blank one is refused unless nothing was counted", () => {
    const args = { book_qty: [100, 50, 0], counted_qty: [98, 45, 0], tolerance: [0.02] };
    expect(explain("RECORDACCURACY", args).result.value).toBeCloseTo(2 / 3, 15);
    expect(() => explain("RECORDACCURACY", { ...args, tolerance: [null] })).toThrow("tolerance is blank");
    expect(explain("RECORDACCURACY", { book_qty: [null], counted_qty: [null], tolerance: [null] }).result.value).toBe(
      "",
    );
  });
});
