/*
 * Rounding up, on the written sheet as in the preview: with the option on, the
 * EOQ and the reorder point of every item are whole units, rounded up from the
 * model's (what a planner enters in an ERP), the sheet's ROUNDUP(…,0) formulas
 * computed by a real spreadsheet engine give the pane's numbers, and what
 * depends on them (cycle stock value, max stock; with a fill-rate target the
 * safety stock for the rounded order quantity) follows. The money columns
 * carry the chosen currency's number format.
 */
import { mapColumns } from "../src/taskpane/policy/columns";
import { moneyFormat } from "../src/taskpane/policy/currency";
import type { ItemPolicy } from "../src/taskpane/policy/policy";
import type { PlanSettings } from "../src/taskpane/policy/sheetPlan";
import { DEFAULT_UNITS } from "../src/taskpane/policy/units";
import type { ItemTable } from "../src/taskpane/policy/validation";
import { generateSampleItems } from "../src/taskpane/demo/sampleItems";
import { createEngine } from "./support/engine";
import { BASE_SETTINGS, policySheet, sourceSheet } from "./support/plannedSheet";
import { planPolicySheet } from "./support/portfolio";

const SETTINGS = BASE_SETTINGS;

function sampleTable(): ItemTable {
  const sample = generateSampleItems();
  const rows = sample.rows.map((row) => row.map((cell) => cell ?? ""));
  return { sheetName: "Items", top: 1, left: 1, headers: [...sample.headers], rows };
}

/** The pane's policy and the engine's sheet for the sample, with `settings` over the defaults. */
function written(settings: Partial<PlanSettings>) {
  const table = sampleTable();
  const { plan, portfolio } = planPolicySheet(table, {
    mapping: mapColumns(table.headers),
    units: DEFAULT_UNITS,
    settings: { ...SETTINGS, ...settings },
  });
  const engine = createEngine({ Items: sourceSheet(table), Policy: policySheet(plan) });
  /** The engine's row of an item: columns A to Q. */
  const row = (policy: ItemPolicy) =>
    engine.values(`Policy!A${policy.item.index + 2}:Q${policy.item.index + 2}`)[0] ?? [];
  return { plan, rows: portfolio.policy.rows, row };
}

const computed = (rows: ItemPolicy[]) => rows.filter((row): row is Extract<ItemPolicy, { ok: true }> => row.ok);
const near = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe.each(["cycle", "fillRate"] as const)("rounding up, %s targets", (measure) => {
  const targets = measure === "fillRate" ? { A: 0.99, B: 0.97, C: 0.95 } : SETTINGS.targets;
  const exact = computed(written({ measure, targets }).rows);
  const { plan, rows, row } = written({ measure, targets, roundUp: true });
  const rounded = computed(rows);

  test("the written EOQ and reorder point are ROUNDUP(…,0) of the model's", () => {
    const formulas = plan.blocks[0]?.cells[1] ?? [];
    expect(String(formulas[7])).toMatch(/^=IF\(C2:C\d+="Policy",ROUNDUP\(INV\.EOQ\(.*\),0\),/);
    expect(String(formulas[9])).toMatch(/^=IF\(C2:C\d+="Policy",ROUNDUP\(INV\.REORDERPOINT\(.*\),0\),/);
  });

  test("every item's EOQ and reorder point are whole units, at or above the model's, within one unit", () => {
    expect(rounded).toHaveLength(exact.length);
    // Without the option the normal model's quantities are fractional: the rounding is what makes them whole.
    expect(exact.some((item) => !Number.isInteger(item.eoq))).toBe(true);
    rounded.forEach((item, k) => {
      const before = exact[k];
      if (!before) throw new Error("rows differ");
      expect(Number.isInteger(item.eoq) && Number.isInteger(item.reorderPoint)).toBe(true);
      expect(item.eoq).toBeGreaterThanOrEqual(before.eoq - 1e-9);
      expect(item.eoq - before.eoq).toBeLessThan(1);
      if (measure === "cycle") {
        expect(item.reorderPoint).toBeGreaterThanOrEqual(before.reorderPoint - 1e-9);
        expect(item.reorderPoint - before.reorderPoint).toBeLessThan(1);
      }
    });
  });

  test("the engine computes the pane's numbers: EOQ, safety stock, reorder point and what follows", () => {
    // The normal model's items (with their own or an estimated CV): the methods ROUNDUP applies to.
    const normal = rounded.filter((item) => item.method === "normal" || item.method === "estimated");
    expect(normal.length).toBeGreaterThan(100);
    for (const item of normal) {
      const cells = row(item);
      const [eoq, safety, rop, cycleValue, safetyValue] = [7, 8, 9, 10, 11].map((column) => cells[column]);
      expect([eoq, rop]).toEqual([item.eoq, item.reorderPoint]);
      near(safety, item.safetyStock);
      near(cycleValue, item.cycleStockValue);
      near(safetyValue, item.safetyStockValue);
      near(cells[13], item.maxStock);
    }
  });
});

test("Snyder & Shen Example 3.1 rounded up: Q* = 304.05 is ordered as 305 on the sheet", () => {
  const table: ItemTable = {
    sheetName: "Items",
    top: 1,
    left: 1,
    headers: ["SKU", "Annual usage", "Unit cost", "Lead time (days)", "Order cost"],
    rows: [["EX-3.1", 1300, 1, 0, 8]],
  };
  const settings = { ...SETTINGS, carryingRate: 0.225, roundUp: true };
  const { plan, portfolio } = planPolicySheet(table, {
    mapping: mapColumns(table.headers),
    units: DEFAULT_UNITS,
    settings,
  });
  const engine = createEngine({ Items: sourceSheet(table), Policy: policySheet(plan) });
  const [item] = computed(portfolio.policy.rows);
  expect(item?.eoq).toBe(305);
  expect(engine.value("Policy!H2")).toBe(305);
  expect(engine.value("Policy!K2")).toBe(152.5);
});

test("the money columns and totals carry the chosen currency's format; quantities stay whole units", () => {
  const { plan } = written({ currency: "EUR" });
  const [policy, summary, chart] = plan.blocks;
  const euro = moneyFormat("EUR");
  expect(euro).toBe('"€"#,##0.00');
  const formats = policy?.numberFormats?.[1] ?? [];
  expect([formats[6], formats[10], formats[11], formats[14]]).toEqual([euro, euro, euro, euro]);
  expect([formats[7], formats[8], formats[9], formats[13]]).toEqual(["#,##0", "#,##0", "#,##0", "#,##0"]);
  const label = (text: string) => summary?.cells.findIndex((cells) => cells[0] === text) ?? -1;
  for (const text of ["Default order cost", "Cycle stock value", "Safety stock value", "Inventory value"]) {
    expect(summary?.numberFormats?.[label(text)]?.[1]).toBe(euro);
  }
  expect(chart?.numberFormats?.[1]?.[1]).toBe(euro);
  expect(written({}).plan.blocks[0]?.numberFormats?.[1]?.[6]).toBe("#,##0.00");
});
