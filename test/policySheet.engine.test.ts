/*
 * The written policy sheet, computed by a real spreadsheet engine. The demo's
 * item list goes on a source sheet (named Q1, My Items or R1C1, names that
 * Excel reads as references unless quoted), with SKUs that Excel would parse
 * (00123, 1-2, =X, +X, -X); the pane's pipeline plans the sheet; HyperFormula,
 * with the built bundle's INV functions, computes it. Every item's class,
 * target, annual demand and value, EOQ, safety stock, reorder point and stock
 * values must be the pane's (relative tolerance 1e-9), every SKU the source's
 * text exactly, and edits to the assumptions and the source must recompute
 * the sheet as the pane would compute the changed inputs.
 */
import { DetailedCellError } from "hyperformula";
import { DEFAULT_CLASSIFY } from "../src/taskpane/policy/classify";
import { itemPolicy, METHOD_LABEL, POLICY_METHODS, policyTotals } from "../src/taskpane/policy/policy";
import { mapColumns, type ColumnMapping } from "../src/taskpane/policy/columns";
import { dataStage } from "../src/taskpane/policy/pipeline";
import { planPolicySheet, type Portfolio } from "./support/portfolio";
import { MATRIX_DEFAULT_TARGETS } from "../src/taskpane/policy/serviceLevels";
import { rowStatuses, type PlanSettings, type SheetPlan } from "../src/taskpane/policy/sheetPlan";
import { DEFAULT_UNITS, type UnitChoices } from "../src/taskpane/policy/units";
import type { ItemTable } from "../src/taskpane/policy/validation";
import { generateSampleItems } from "../src/taskpane/demo/sampleItems";
import { parseBlock, quotedSheetPrefix } from "../src/taskpane/workbook/cellAddress";
import type { CellValue } from "../src/taskpane/workbook/workbookPort";
import { createEngine, type Engine } from "./support/engine";
import { BASE_SETTINGS, policySheet, sourceSheet } from "./support/plannedSheet";

const SHEET = "Policy";
/** SKUs that Excel would turn into a number, a date or a formula unless written as text. */
const TRICKY_SKUS = ["00123", "1-2", "=X", "+X", "-X", "1e5", "TRUE", "'quoted"];

/** The demo's items as the port reads them, on `sheetName` from `corner`, with some SKUs replaced by tricky text. */
function sampleTable(sheetName: string, corner = { top: 1, left: 1 }): ItemTable {
  const sample = generateSampleItems();
  const rows = sample.rows.map((row) => row.map((cell) => cell ?? ""));
  const table = { sheetName, top: corner.top, left: corner.left, headers: [...sample.headers], rows };
  // Items that get a policy (and so a class and a place in the Pareto chart), whatever the mapping.
  const { grouping } = dataStage(table, mapColumns(table.headers), DEFAULT_UNITS);
  TRICKY_SKUS.forEach((sku, k) => {
    const row = rows[grouping.policy[k * 7]?.index ?? -1] as (string | number)[];
    row[0] = sku;
  });
  return table;
}

interface Case {
  table: ItemTable;
  mapping: ColumnMapping;
  units: UnitChoices;
  settings: PlanSettings;
}

function makeCase(
  sheetName: string,
  options: { history?: boolean; settings?: Partial<PlanSettings>; corner?: { top: number; left: number } } = {},
): Case {
  const table = sampleTable(sheetName, options.corner);
  const mapped = mapColumns(table.headers);
  const mapping = options.history ? { ...mapped, fields: { ...mapped.fields, demand: null } } : mapped;
  return { table, mapping, units: DEFAULT_UNITS, settings: { ...BASE_SETTINGS, ...options.settings } };
}

interface Written {
  engine: Engine;
  plan: SheetPlan;
  portfolio: Portfolio;
}

function write(c: Case): Written {
  const { plan, portfolio } = planPolicySheet(c.table, c);
  const engine = createEngine({ [c.table.sheetName]: sourceSheet(c.table), [SHEET]: policySheet(plan) });
  return { engine, plan, portfolio };
}

/** Where the summary shows `label`: the address of the cell beside it. */
function summaryCell(plan: SheetPlan, label: string): string {
  const summary = plan.blocks.find((block) => block.what === "summary");
  const row = summary?.cells.findIndex((cells) => cells[0] === label) ?? -1;
  if (!summary || row < 0) throw new Error(`the summary has no "${label}"`);
  const { top, left } = parseBlock(summary.topLeft);
  return `${SHEET}!${String.fromCharCode(65 + left + 1)}${top + row + 1}`;
}

const close = (actual: CellValue | unknown, expected: number) => {
  expect(typeof actual).toBe("number");
  const scale = Math.max(Math.abs(expected), Math.abs(actual as number), 1e-300);
  if (Math.abs((actual as number) - expected) > 1e-9 * scale) expect(actual).toBe(expected);
};

/** The policy row of item `index` (its data row) as the engine computed it, columns A to Q. */
const sheetRow = (engine: Engine, index: number) => engine.values(`${SHEET}!A${index + 2}:Q${index + 2}`)[0] ?? [];

/**
 * Checks the computed sheet against the pane's portfolio for the same inputs: every policy item's row, the
 * statuses of the others, the SKUs, and the summary's counts and totals.
 */
function expectSheetMatches(engine: Engine, plan: SheetPlan, portfolio: Portfolio, table: ItemTable) {
  const statuses = rowStatuses({ table, read: portfolio.read, grouping: portfolio.grouping });
  const policyIndexes = new Set(portfolio.policy.rows.map((row) => row.item.index));
  const skuColumn = 0;
  table.rows.forEach((source, index) => {
    const row = sheetRow(engine, index);
    expect(row[0]).toBe(table.top + 1 + index);
    if (policyIndexes.has(index)) return;
    expect(row[2]).toBe(statuses[index]);
    expect(row.slice(3)).toEqual(new Array(14).fill(""));
    if (String(source[skuColumn]).trim() !== "") expect(row[1]).toBe(String(source[skuColumn]));
  });
  // Every usable item has a policy, and the sample has items of every method.
  expect(portfolio.policy.rows.length).toBe(portfolio.read.items.length);
  const unused = portfolio.policy.rows.some((row) => row.method === "costOptimal") ? "normal" : "costOptimal";
  expect(new Set(portfolio.policy.rows.map((row) => row.method))).toEqual(
    new Set(POLICY_METHODS.filter((method) => method !== unused)),
  );
  for (const policy of portfolio.policy.rows) {
    const row = sheetRow(engine, policy.item.index);
    expect([row[1], row[2], row[3]]).toEqual([policy.item.sku, statuses[policy.item.index], policy.itemClass]);
    if (!policy.ok) throw new Error(`the pane could not compute ${policy.item.sku}: ${policy.message}`);
    const obsolete = policy.method === "obsolete";
    const expected = [
      obsolete ? null : policy.target,
      policy.demand,
      obsolete ? null : policy.annualValue,
      policy.eoq,
      policy.safetyStock,
      policy.reorderPoint,
      policy.cycleStockValue,
      policy.safetyStockValue,
    ];
    expected.forEach((value, k) => (value === null ? expect(row[4 + k]).toBe("") : close(row[4 + k], value)));
    expect(row[12]).toBe(METHOD_LABEL[policy.method]);
    close(row[13], policy.maxStock);
    const optional = [policy.valueAtStake, policy.ratePerPeriod, policy.estimatedCv];
    optional.forEach((value, k) => (value === null ? expect(row[14 + k]).toBe("") : close(row[14 + k], value)));
  }
  const totals = portfolio.policy.totals;
  expect(totals.items).toBe(portfolio.read.items.length);
  expect(engine.value(summaryCell(plan, "Items with a policy"))).toBe(totals.items);
  expect(engine.value(summaryCell(plan, "Invalid rows"))).toBe(portfolio.read.invalidRows.length);
  close(engine.value(summaryCell(plan, "Cycle stock value")), totals.cycleStockValue);
  close(engine.value(summaryCell(plan, "Safety stock value")), totals.safetyStockValue);
  close(engine.value(summaryCell(plan, "Annual cost of demand")), totals.annualCost);
  close(engine.value(summaryCell(plan, "Expected turns")), totals.turns as number);
  for (const entry of portfolio.classification.summary) {
    const address = summaryCell(plan, entry.label).replace(/!T/, "!U");
    expect(engine.value(address)).toBe(entry.items);
  }
}

/** The case with `edit` applied to its source table, planned by the pane: what the edited sheet must show. */
function paneAfter(c: Case, edit: (table: ItemTable) => ItemTable, settings: Partial<PlanSettings> = {}) {
  const table = edit(c.table);
  return { table, ...planPolicySheet(table, { ...c, settings: { ...c.settings, ...settings } }) };
}

const withCell = (table: ItemTable, index: number, column: number, value: string | number): ItemTable => ({
  ...table,
  rows: table.rows.map((row, r) => (r === index ? row.map((cell, c) => (c === column ? value : cell)) : row)),
});

describe.each([
  ["Q1", "spill", "cycle", false],
  ["My Items", "table", "cycle", false],
  ["R1C1", "spill", "fillRate", true],
  ["Q1", "table", "fillRate", true],
] as const)(
  "source sheet %s, %s layout, %s targets, demand from the history: %s",
  (sheetName, layout, measure, history) => {
    const c = makeCase(sheetName, {
      history,
      settings: { layout, measure, ...(measure === "fillRate" ? { targets: { A: 0.99, B: 0.97, C: 0.95 } } : {}) },
      corner: sheetName === "My Items" ? { top: 3, left: 2 } : undefined,
    });
    const written = write(c);
    const { engine, plan, portfolio } = written;

    test("references the source sheet quoted, and uses no function that Excel 2021 or the engine lacks", () => {
      const formulas = plan.blocks
        .flatMap((block) => block.cells.flat())
        .filter((cell) => String(cell).startsWith("="));
      expect(formulas.some((formula) => String(formula).includes(quotedSheetPrefix(sheetName)))).toBe(true);
      const errors = engine
        .values(`${SHEET}!A1:AB${c.table.rows.length + 1}`)
        .flatMap((cells, r) =>
          cells.flatMap((value, k) =>
            value instanceof DetailedCellError
              ? [`row ${r + 1}, column ${k + 1}: ${value.value} ${value.message}`]
              : [],
          ),
        );
      expect(errors).toEqual([]);
    });

    test("computes every item as the pane does, and keeps every SKU's text", () => {
      expectSheetMatches(engine, plan, portfolio, c.table);
      const skus = portfolio.read.items.map((item) => item.sku);
      for (const sku of TRICKY_SKUS) expect(skus).toContain(sku);
    });

    test("recomputes when the carrying rate and the default order cost change", () => {
      const { engine: edited } = write(c);
      edited.set(summaryCell(plan, "Carrying rate (per year)"), 0.3);
      edited.set(summaryCell(plan, "Default order cost"), 80);
      const after = paneAfter(c, (table) => table, { carryingRate: 0.3, defaultOrderCost: 80 });
      expectSheetMatches(edited, plan, after.portfolio, after.table);
      const before = portfolio.policy.rows[0];
      const now = after.portfolio.policy.rows[0];
      expect(before?.ok && now?.ok && now.eoq !== before.eoq).toBe(true);
    });

    test("moves an item between classes when its unit cost changes on the source", () => {
      const { engine: edited } = write(c);
      const last = portfolio.classification.ranking.at(-1);
      const item = portfolio.grouping.planned[last?.item ?? -1];
      if (!item) throw new Error("no ranked item");
      const costColumn = c.mapping.fields.unitCost as number;
      const top = portfolio.classification.ranking[0]?.value ?? 0;
      const cost = Math.ceil((10 * top) / item.annualDemand);
      const address = `${quotedSheetPrefix(sheetName)}${String.fromCharCode(64 + c.table.left + costColumn)}${item.row}`;
      edited.set(address, cost);
      const after = paneAfter(c, (table) => withCell(table, item.index, costColumn, cost));
      const moved = after.portfolio.policy.rows.find((row) => row.item.index === item.index);
      // The CV a new item borrows is the value the pane wrote (no Excel 2021 function gives a class's median
      // per row in a spill): the edited sheet keeps it, so the pane's figures are recomputed with it.
      const rows = after.portfolio.policy.rows.map((row) => {
        const written = portfolio.policy.rows.find((before) => before.item.index === row.item.index);
        if (row.method !== "estimated" || !written?.ok || written.estimatedCv === null) return row;
        return itemPolicy(row.item, row.itemClass, c.settings, { cv: written.estimatedCv });
      });
      const frozen = { ...after.portfolio, policy: { rows, totals: policyTotals(rows) } };
      expect(portfolio.classification.classes[last?.item ?? -1]).toMatch(/^C/);
      expect(moved?.itemClass).toMatch(/^A/);
      expect(sheetRow(edited, item.index)[3]).toBe(moved?.itemClass);
      expectSheetMatches(edited, plan, frozen, after.table);
    });
  },
);

describe("the cost-optimal option (basis cost)", () => {
  describe.each([
    ["spill", "cycle", false, false],
    ["table", "fillRate", true, false],
    ["spill", "cycle", true, true],
  ] as const)(
    "%s layout, %s targets, demand from the history: %s, rounded up: %s",
    (layout, measure, history, roundUp) => {
      const settings: Partial<PlanSettings> = { layout, measure, basis: "cost", backorderRate: 2, roundUp };
      const c = makeCase("Q1", { history, settings });
      const { engine, plan, portfolio } = write(c);

      test("the regular rows are INV.RQPOLICY's (r,Q), \"exact\", equal to the pane's within 1e-6", () => {
        const costRows = portfolio.policy.rows.filter((row) => row.method === "costOptimal");
        expect(costRows.length).toBe(portfolio.grouping.policy.length);
        const formulas = plan.blocks[0]?.cells.flat().map(String) ?? [];
        expect(formulas.some((f) => f.includes('"exact", "reorder_point")'))).toBe(true);
        expect(formulas.some((f) => f.includes('"exact", "order_quantity")'))).toBe(true);
        for (const policy of costRows) {
          if (!policy.ok) throw new Error(`the pane could not compute ${policy.item.sku}: ${policy.message}`);
          const row = sheetRow(engine, policy.item.index);
          expect(row[12]).toBe("Cost-optimal (r,Q)");
          if (roundUp) expect([row[7], row[9]].every(Number.isInteger)).toBe(true);
          for (const [column, value] of [
            [7, policy.eoq],
            [8, policy.safetyStock],
            [9, policy.reorderPoint],
          ] as const) {
            expect(typeof row[column]).toBe("number");
            expect(Math.abs((row[column] as number) - value)).toBeLessThan(1e-6 * Math.max(1, Math.abs(value)));
          }
        }
        expect(engine.value(summaryCell(plan, "Backorder cost (per unit short per year)"))).toBe(2);
        expectSheetMatches(engine, plan, portfolio, c.table);
      });

      test("recomputes when the backorder cost cell changes", () => {
        const { engine: edited } = write(c);
        edited.set(summaryCell(plan, "Backorder cost (per unit short per year)"), 6);
        const after = paneAfter(c, (table) => table, { backorderRate: 6 });
        expectSheetMatches(edited, plan, after.portfolio, after.table);
        const index = portfolio.grouping.policy[0]?.index ?? -1;
        const [before, now] = [portfolio, after.portfolio].map((p) =>
          p.policy.rows.find((r) => r.item.index === index),
        );
        expect(before?.ok && now?.ok && now.reorderPoint > before.reorderPoint).toBe(true);
        const rop = sheetRow(edited, index)[9] as number;
        expect(Math.abs(rop - (now?.ok ? now.reorderPoint : NaN))).toBeLessThan(1e-6 * Math.max(1, Math.abs(rop)));
      });
    },
  );
});

describe("lumpy items: a negative binomial reorder point", () => {
  test("the sample's intermittent rows are INV.NEWSVENDORNEGBIN's over the history's variance, with the method each gets", () => {
    const c = makeCase("Q1");
    const { engine, portfolio } = write(c);
    const slow = portfolio.policy.rows.filter((row) => row.method === "negbin" || row.method === "poisson");
    expect(slow.filter((row) => row.method === "negbin").length).toBeGreaterThan(0);
    for (const policy of slow) {
      if (!policy.ok) throw new Error(policy.message);
      const row = sheetRow(engine, policy.item.index);
      expect(row[12]).toBe(METHOD_LABEL[policy.method]);
      expect(row[9]).toBe(policy.reorderPoint);
    }
  });
});

describe("the ABC/XYZ matrix", () => {
  test("INV.ABCCLASS joined with INV.XYZCLASS gives the pane's nine-cell classes, on either basis", () => {
    for (const basis of ["value", "count"] as const) {
      const classify = {
        ...DEFAULT_CLASSIFY,
        xyz: true,
        basis,
        ...(basis === "count" ? { aCutoff: 0.2, bCutoff: 0.5 } : {}),
      };
      const targets = Object.fromEntries(
        Object.entries(MATRIX_DEFAULT_TARGETS).map(([k, v]) => [k, parseFloat(v) / 100]),
      );
      const c = makeCase("Q1", { settings: { classify, targets } });
      const { engine, plan, portfolio } = write(c);
      expectSheetMatches(engine, plan, portfolio, c.table);
      expect(new Set(portfolio.classification.classes).size).toBeGreaterThan(5);
    }
  });
});

describe("values only", () => {
  test.each(["spill", "table"] as const)(
    "%s: the pane's numbers, and every SKU's text, in the values and the chart source",
    (layout) => {
      const c = makeCase("Q1", { settings: { layout, valuesOnly: true } });
      const { engine, plan, portfolio } = write(c);
      expect(plan.formulaCount).toBe(0);
      expectSheetMatches(engine, plan, portfolio, c.table);
      const chart = plan.chart;
      if (!chart) throw new Error("no chart");
      const labels = engine.values(`${SHEET}!${chart.categories}`).map((row) => row[0]);
      const ranked = portfolio.classification.ranking.map((entry) => portfolio.grouping.planned[entry.item]?.sku);
      expect(labels).toEqual(ranked);
      for (const sku of TRICKY_SKUS) expect(labels).toContain(sku);
    },
  );
});
