import { DEFAULT_CLASSIFY } from "./classify";
import { mapColumns, type ColumnMapping } from "./columns";
import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { planPolicySheet } from "../../../test/support/portfolio";
import type { PolicySettings } from "./policy";
import { FORMAT, type PlanSettings, type SheetPlan } from "./sheetPlan";
import { DEFAULT_UNITS, type UnitChoices } from "./units";
import type { ItemTable } from "./validation";

const policySettings: PolicySettings = {
  measure: "cycle",
  targets: { A: 0.98, B: 0.95, C: 0.9 },
  carryingRate: 0.25,
  defaultOrderCost: 50,
};

function plan(
  options: {
    table?: ItemTable;
    mapping?: ColumnMapping;
    units?: UnitChoices;
    settings?: Partial<PlanSettings>;
  } = {},
): SheetPlan {
  const table = options.table ?? fixtureTable();
  const mapping = options.mapping ?? mapColumns(table.headers);
  const units = options.units ?? DEFAULT_UNITS;
  const settings: PlanSettings = {
    ...policySettings,
    classify: DEFAULT_CLASSIFY,
    layout: "spill",
    valuesOnly: false,
    ...options.settings,
  };
  return planPolicySheet(table, { mapping, units, settings }).plan;
}

const block = (result: SheetPlan, what: string) => {
  const found = result.blocks.find((candidate) => candidate.what === what);
  if (!found) throw new Error(`no ${what} block`);
  return found;
};

/** Every formula the plan writes. */
const formulasOf = (result: SheetPlan) =>
  result.blocks.flatMap((b) => b.cells.flat()).filter((cell): cell is string => String(cell).startsWith("="));

const HEADERS = [
  "Row",
  "SKU",
  "Status",
  "Class",
  "Cycle service level",
  "Annual demand",
  "Annual value",
  "EOQ",
  "Safety stock",
  "Reorder point",
  "Cycle stock value",
  "Safety stock value",
  "Method",
  "Max stock",
  "Value at stake (per unit)",
  "SBA rate (per period, α 0.1)",
  "Estimated CV",
];

/**
 * A formula choosing one expression per row status, as the sheet writes it: =IF(C="Policy",…,IF(C="New item",…,
 * IF(C="Intermittent",…,IF(C="Zero demand",…,""))))), a status left out skipped.
 */
function byStatus(
  status: string,
  cases: { policy?: string; newItem?: string; intermittent?: string; zeroDemand?: string },
): string {
  const branches: Array<[string, string | undefined]> = [
    ["Policy", cases.policy],
    ["New item", cases.newItem],
    ["Intermittent", cases.intermittent],
    ["Zero demand", cases.zeroDemand],
  ];
  return branches.reduceRight(
    (rest, [text, expression]) => (expression === undefined ? rest : `IF(${status}="${text}",${expression},${rest})`),
    '""',
  );
}
/** The same expression for the three statuses that have demand. */
const planned = (expression: string) => ({ policy: expression, newItem: expression, intermittent: expression });

const SETTINGS_WITH_XYZ: Partial<PlanSettings> = {
  classify: { ...DEFAULT_CLASSIFY, xyz: true },
  targets: { AX: 0.98, AY: 0.96, AZ: 0.95, BX: 0.94, BY: 0.93, BZ: 0.9, CX: 0.9, CY: 0.87, CZ: 0.85 },
};

describe("the spill layout", () => {
  const result = plan();
  const policy = block(result, "policy");

  it("writes the policy block at A1, one row per source data row, on a sheet named Policy", () => {
    expect(result.sheetBaseName).toBe("Policy");
    expect(policy.topLeft).toBe("A1");
    expect(policy.address).toBe("A1:Q9");
    expect(policy.cells[0]).toEqual(HEADERS);
    expect(policy.cells).toHaveLength(9);
    expect(result.table).toBeUndefined();
  });

  it("writes one broadcasting formula per column over the source rows, with the assumptions as absolute references, each method in its status's branch", () => {
    const c = "C2:C9";
    const eoq = "INV.EOQ(F2:F9, IF('Items'!G2:G9=\"\",$T$11,'Items'!G2:G9), $T$10, 'Items'!D2:D9)";
    const lead = "'Items'!E2:E9/$T$12";
    const tail = "'Items'!E2:E9/$T$12, F2:F9, 'Items'!F2:F9/$T$12, 1/12)";
    // An intermittent item's lead-time demand: negative binomial with the history's variance per month × L.
    const leadStd = `INV.DEMANDSTATS('Items'!H2:S9, "std")*SQRT(${lead}*12)`;
    const poisson = `INV.NEWSVENDORNEGBIN(F2:F9*${lead}, ${leadStd}, E2:E9, 1-E2:E9)`;
    expect(policy.cells[1]).toEqual([
      2,
      "='Items'!A2:A9&\"\"",
      "=IF(OR('Items'!$C$2=0,SUM('Items'!$H$2:$S$2)=0),\"Zero demand\",\"Policy\")",
      "=INV.ABCCLASS(G2:G9, $T$14, $T$15, $T$13)",
      `=${byStatus(c, planned("INDEX($T$29:$T$31,MATCH(D2:D9,$S$29:$S$31,0))"))}`,
      `=${byStatus(c, { ...planned("'Items'!C2:C9"), intermittent: "P2:P9*12", zeroDemand: "'Items'!C2:C9" })}`,
      `=${byStatus(c, planned("F2:F9*'Items'!D2:D9"))}`,
      `=${byStatus(c, { ...planned(eoq), intermittent: `IF(ROUND(${eoq},0)<1,1,ROUND(${eoq},0))`, zeroDemand: "0" })}`,
      `=${byStatus(c, {
        policy: `INV.SAFETYSTOCK(E2:E9, INV.DEMANDSTATS('Items'!H2:S9, "std"), ${tail}`,
        newItem: `INV.SAFETYSTOCK(E2:E9, Q2:Q9*F2:F9/12, ${tail}`,
        intermittent: `${poisson}-F2:F9*${lead}`,
        zeroDemand: "0",
      })}`,
      `=${byStatus(c, { ...planned(`INV.REORDERPOINT(F2:F9, ${lead}, I2:I9)`), intermittent: poisson, zeroDemand: "0" })}`,
      `=${byStatus(c, { ...planned("H2:H9/2*'Items'!D2:D9"), zeroDemand: "0" })}`,
      `=${byStatus(c, { ...planned("I2:I9*'Items'!D2:D9"), zeroDemand: "0" })}`,
      `=${byStatus(c, {
        policy: '"EOQ + safety stock"',
        newItem: '"EOQ + safety stock, estimated CV"',
        intermittent: `IF((${leadStd})^2>F2:F9*${lead},"SBA rate + negative binomial reorder point","SBA rate + Poisson reorder point")`,
        zeroDemand: '"No replenishment: review for obsolescence"',
      })}`,
      `=${byStatus(c, { ...planned("J2:J9+H2:H9"), zeroDemand: "0" })}`,
      `=${byStatus(c, { zeroDemand: "'Items'!D2:D9" })}`,
      `=${byStatus(c, { intermittent: "INV.CROSTON('Items'!H2:S9, 0.1, \"sba\")" })}`,
      "",
    ]);
    // The pane's value where no Excel 2021 function computes it per row of a spill: P-400's borrowed CV.
    expect(policy.cells[4]?.[16]).toBeCloseTo(0.1, 14);
  });

  it("leaves the spill ranges empty; the status is a formula where the sheet can decide it, else the pane's text", () => {
    expect(policy.cells.slice(1).map((row) => [row[0], row[2]])).toEqual([
      [2, "=IF(OR('Items'!$C$2=0,SUM('Items'!$H$2:$S$2)=0),\"Zero demand\",\"Policy\")"],
      [3, { text: 'Invalid: Unit cost (D) is not a number ("n/a")' }],
      [4, "=IF(OR('Items'!$C$4=0,SUM('Items'!$H$4:$S$4)=0),\"Zero demand\",\"Policy\")"],
      [5, "New item"],
      [6, "Intermittent"],
      [7, "=IF(OR('Items'!$C$7=0,SUM('Items'!$H$7:$S$7)=0),\"Zero demand\",\"Policy\")"],
      [8, { text: "Invalid: SKU (A) is empty" }],
      [9, "=IF(OR('Items'!$C$9=0,SUM('Items'!$H$9:$S$9)=0),\"Zero demand\",\"Policy\")"],
    ]);
    for (const row of policy.cells.slice(2)) {
      expect([row[1], ...row.slice(3, 15)]).toEqual(new Array(13).fill(null));
    }
    // 14 spills, 4 status formulas, 10 summary formulas and 3 per class.
    expect(result.formulaCount).toBe(14 + 4 + 10 + 3 * 3);
  });

  it("writes the summary block at S1: what the sheet is, the assumptions the formulas use, counts and totals, the target per class", () => {
    const summary = block(result, "summary");
    expect(summary.address).toBe("S1:W31");
    expect(summary.cells.map((row) => row.slice(0, 3))).toEqual([
      ["Inventory policy", null, null],
      ["Source", { text: "'Items'!A1:S9" }, null],
      ["Layout", "Spill: one formula per column", null],
      ["Demand", { text: "Annual usage: per year, as is" }, null],
      ["Lead time", { text: "Lead time (days): days ÷ days per year (below) = years" }, null],
      ["Demand deviation", { text: "STDEV.S of Jan … Dec, per month (forecast interval 1/12 year)" }, null],
      ["Service measure", "Cycle service level", null],
      [null, null, null],
      ["Assumptions", "Edit these: the formulas use them", null],
      ["Carrying rate (per year)", 0.25, null],
      ["Default order cost", 50, "for rows without an order cost"],
      ["Days per year (lead time)", 250, "250 working days, or 365"],
      ["ABC basis", "value", '"value" (share of value) or "count" (share of items)'],
      ["Class A up to", 0.8, "cumulative share of value"],
      ["Class B up to", 0.95, "cumulative share of value"],
      [null, null, null],
      [
        "Items with a policy",
        '=ROWS(C2:C9)-COUNTIF(C2:C9,"Invalid*")',
        "every row but the invalid ones; the Method column says how",
      ],
      ["Zero demand (obsolescence candidates)", '=COUNTIF(C2:C9,"Zero demand")', null],
      ["New items (estimated CV)", '=COUNTIF(C2:C9,"New item")', null],
      ["Intermittent items (SBA + Poisson or negative binomial)", '=COUNTIF(C2:C9,"Intermittent")', null],
      ["Invalid rows", '=COUNTIF(C2:C9,"Invalid*")', null],
      ["Cycle stock value", "=SUM(K2:K9)", null],
      ["Safety stock value", "=SUM(L2:L9)", null],
      ["Inventory value", "=T22+T23", null],
      ["Annual cost of demand", "=SUM(G2:G9)", null],
      ["Expected turns", "=INV.TURNOVER(T25, T24)", null],
      [null, null, null],
      ["Class", "Cycle service level", "Items"],
      ["A", 0.98, "=COUNTIF(D2:D9,S29)"],
      ["B", 0.95, "=COUNTIF(D2:D9,S30)"],
      ["C", 0.9, "=COUNTIF(D2:D9,S31)"],
    ]);
    expect(summary.cells[28]).toEqual([
      "A",
      0.98,
      "=COUNTIF(D2:D9,S29)",
      "=IF(T17>0,U29/T17,0)",
      "=IF(T25>0,SUMIF(D2:D9,S29,G2:G9)/T25,0)",
    ]);
  });

  it("puts every assumption it shows in a cell the formulas reference, never a literal", () => {
    const formulas = formulasOf(result).join(" ");
    for (const reference of ["$T$10", "$T$11", "$T$12", "$T$13", "$T$14", "$T$15", "$T$29:$T$31"]) {
      expect(formulas).toContain(reference);
    }
    expect(formulas).not.toMatch(/0\.25|\b50\b|\b250\b|0\.8\b|0\.95|0\.98/);
  });

  it("formats rates and shares as percent, quantities as whole units, money with two decimals, over the whole spill", () => {
    const formats = policy.numberFormats ?? [];
    expect(formats).toHaveLength(9);
    expect(formats[0]).toEqual([]);
    const expected = [
      null,
      null,
      null,
      null,
      "0.0%",
      "#,##0",
      "#,##0.00",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0.00",
      "#,##0.00",
      null,
      "#,##0",
      "#,##0.00",
      "0.00",
      "0.00",
    ];
    for (const row of formats.slice(1)) expect(row).toEqual(expected);
    const summary = block(result, "summary").numberFormats ?? [];
    expect(summary[9]).toEqual([null, FORMAT.share]);
    expect(summary[10]).toEqual([null, FORMAT.money]);
    expect(summary[13]).toEqual([null, FORMAT.share]);
    expect(summary[16]).toEqual([null, FORMAT.units]);
    expect(summary[21]).toEqual([null, FORMAT.money]);
    expect(summary[28]).toEqual([null, FORMAT.share, FORMAT.units, FORMAT.share, FORMAT.share]);
  });

  it("writes the Pareto chart's source, ranked by value with core's cumulative shares, SKUs as text, and places the chart", () => {
    const source = block(result, "Pareto chart source");
    expect(source.address).toBe("Z1:AB6");
    // Every item with demand, P-500 at its SBA rate (66.0758… a year × 80).
    const p500 = 66.07582562747687 * 80;
    const total = 33300 + p500;
    const expected: Array<[string, number, number]> = [
      ["P-100", 12000, 12000 / total],
      ["P-400", 12000, 24000 / total],
      ["P-500", p500, (24000 + p500) / total],
      ["P-600", 4800, (28800 + p500) / total],
      ["P-800", 4500, 1],
    ];
    expect(source.cells[0]).toEqual(["SKU", "Annual value", "Cumulative share"]);
    expected.forEach(([sku, value, share], k) => {
      const row = source.cells[k + 1] ?? [];
      expect(row[0]).toEqual({ text: sku });
      expect(row[1]).toBeCloseTo(value, 8);
      expect(row[2]).toBeCloseTo(share, 12);
    });
    expect(source.numberFormats?.slice(1)).toEqual(new Array(5).fill([null, FORMAT.money, FORMAT.share]));
    expect(result.chart).toEqual({
      title: "Pareto: annual value by item",
      categories: "Z2:Z6",
      values: "AA2:AA6",
      cumulativeShares: "AB2:AB6",
      anchor: "AD2",
    });
  });
});

describe("the table layout", () => {
  const result = plan({ settings: { layout: "table" } });
  const policy = block(result, "policy");

  it("writes one formula per row, on its own source row (absolute, so sorting keeps it), and asks for an Excel table", () => {
    expect(result.table).toEqual({ address: "A1:Q9", name: "InventoryPolicy" });
    const c = "C9";
    const eoq = "INV.EOQ(F9, IF('Items'!$G$9=\"\",$T$11,'Items'!$G$9), $T$10, 'Items'!$D$9)";
    const row = policy.cells[8] ?? [];
    expect(row.slice(0, 6)).toEqual([
      9,
      "='Items'!$A$9&\"\"",
      "=IF(OR('Items'!$C$9=0,SUM('Items'!$H$9:$S$9)=0),\"Zero demand\",\"Policy\")",
      "=INDEX(INV.ABCCLASS($G$2:$G$9, $T$14, $T$15, $T$13),ROW()-1)",
      `=${byStatus(c, planned("INDEX($T$29:$T$31,MATCH(D9,$S$29:$S$31,0))"))}`,
      `=${byStatus(c, { ...planned("'Items'!$C$9"), intermittent: "P9*12", zeroDemand: "'Items'!$C$9" })}`,
    ]);
    expect(row[7]).toBe(
      `=${byStatus(c, { ...planned(eoq), intermittent: `IF(ROUND(${eoq},0)<1,1,ROUND(${eoq},0))`, zeroDemand: "0" })}`,
    );
    expect(row[8]).toContain(
      "=IF(C9=\"Policy\",INV.SAFETYSTOCK(E9, INV.DEMANDSTATS('Items'!$H$9:$S$9, \"std\"), 'Items'!$E$9/$T$12, F9, 'Items'!$F$9/$T$12, 1/12),",
    );
    expect(row[9]).toContain(
      "INV.NEWSVENDORNEGBIN(F9*'Items'!$E$9/$T$12, INV.DEMANDSTATS('Items'!$H$9:$S$9, \"std\")*SQRT('Items'!$E$9/$T$12*12), E9, 1-E9)",
    );
    expect(policy.cells.slice(1).every((row) => typeof row[7] === "string" && row[7].startsWith("=IF("))).toBe(true);
    expect(result.formulaCount).toBe(8 * 14 + 4 + 10 + 3 * 3);
    expect(policy.cells[5]?.[15]).toBe('=IF(C6="Intermittent",INV.CROSTON(\'Items\'!$H$6:$S$6, 0.1, "sba"),"")');
  });
});

describe("values only", () => {
  const result = plan({ settings: { valuesOnly: true } });
  const policy = block(result, "policy");

  it("writes the numbers the pane computed, SKUs as text, and no formula anywhere", () => {
    expect(formulasOf(result)).toEqual([]);
    expect(result.formulaCount).toBe(0);
    const pump = policy.cells[1];
    expect(pump?.slice(0, 7)).toEqual([2, { text: "P-100" }, "Policy", "A", 0.98, 1200, 12000]);
    expect(pump?.[7]).toBeCloseTo(219.08902300206645, 10);
    expect(pump?.[8]).toBeCloseTo(24.314166731415305, 8);
    expect(policy.cells[2]?.slice(1, 4)).toEqual([
      { text: "P-200" },
      { text: 'Invalid: Unit cost (D) is not a number ("n/a")' },
      "",
    ]);
    expect(policy.cells[2]?.slice(4)).toEqual(new Array(13).fill(""));
    // Each method's row: the zero-demand item without class, target or value, with its value at stake.
    expect(policy.cells[3]).toEqual([
      4,
      { text: "P-300" },
      "Zero demand",
      "",
      "",
      0,
      "",
      0,
      0,
      0,
      0,
      0,
      "No replenishment: review for obsolescence",
      0,
      3,
      "",
      "",
    ]);
    expect(policy.cells[4]?.slice(12)).toEqual([
      "EOQ + safety stock, estimated CV",
      policy.cells[4]?.[13],
      "",
      "",
      0.1,
    ]);
    // P-500 is lumpy: a negative binomial reorder point (30; the Poisson's would be 10, policy.test.ts).
    expect(policy.cells[5]?.slice(7, 10)).toEqual([22, policy.cells[5]?.[8], 30]);
    expect(policy.cells[5]?.[15]).toBeCloseTo(5.50631880228974, 12);
    expect(policy.cells[5]?.[12]).toBe("SBA rate + negative binomial reorder point");
    const summary = block(result, "summary");
    expect(summary.cells[8]?.[1]).toBe("The values were computed with these");
    expect(summary.cells[16]?.slice(0, 2)).toEqual(["Items with a policy", 6]);
    expect(summary.cells[20]).toEqual(["Invalid rows", 2, null, null, null]);
    expect(summary.cells[28]?.slice(0, 3)).toEqual(["A", 0.98, 3]);
  });
});

describe("text stays text", () => {
  const tricky = ["00123", "1-2", "=X", "+X", "-X"];
  const rows = fixtureTable().rows.map((row, index) =>
    index < tricky.length ? [tricky[index] ?? "", ...row.slice(1)] : row,
  );

  it("writes SKUs, the source's headers and the reasons a row is invalid as literal text", () => {
    const table: ItemTable = {
      ...fixtureTable(),
      rows,
      headers: FIXTURE_HEADERS.map((h) => (h === "Annual usage" ? "=Annual usage" : h)),
    };
    const result = plan({ table, mapping: mapColumns(FIXTURE_HEADERS), settings: { valuesOnly: true } });
    const skus = block(result, "policy")
      .cells.slice(1, 1 + tricky.length)
      .map((row) => row[1]);
    expect(skus).toEqual(tricky.map((sku) => ({ text: sku })));
    expect(block(result, "Pareto chart source").cells[1]?.[0]).toEqual({ text: "00123" });
    expect(block(result, "summary").cells[3]?.[1]).toEqual({ text: "=Annual usage: per year, as is" });
  });

  it('in the formula layouts, the SKU column is the source\'s text (&"" keeps it text)', () => {
    const cells = block(plan({ table: { ...fixtureTable(), rows } }), "policy").cells;
    expect(cells[1]?.[1]).toBe("='Items'!A2:A9&\"\"");
  });
});

describe("sheet names", () => {
  it.each([
    ["Q1", "'Q1'!"],
    ["FY2024", "'FY2024'!"],
    ["R1C1", "'R1C1'!"],
    ["Jan24", "'Jan24'!"],
    ["My Items", "'My Items'!"],
    ["Bob's items", "'Bob''s items'!"],
  ])("quotes every reference to the source sheet %s", (sheetName, prefix) => {
    const result = plan({ table: { ...fixtureTable(), sheetName } });
    const references =
      formulasOf(result)
        .join(" ")
        .match(/(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!/g) ?? [];
    expect(references.length).toBeGreaterThan(10);
    expect(new Set(references)).toEqual(new Set([prefix]));
  });
});

/** Functions Excel 2021 has, among those a plan could use; anything else (LAMBDA, BYROW, LET, XLOOKUP…) is refused. */
const EXCEL_2021 = new Set([
  "IF",
  "OR",
  "AND",
  "SUM",
  "SUMIF",
  "COUNTIF",
  "INDEX",
  "MATCH",
  "ROW",
  "ROWS",
  "ROUND",
  "SQRT",
  "AVERAGE",
  "STDEV.S",
]);

describe("Excel 2021", () => {
  const functionsOf = (result: SheetPlan) =>
    new Set(formulasOf(result).flatMap((f) => f.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []));
  const history = { ...mapColumns(FIXTURE_HEADERS), fields: { ...mapColumns(FIXTURE_HEADERS).fields, demand: null } };

  it.each([
    ["spill", "cycle", false, false],
    ["table", "fillRate", false, false],
    ["spill", "fillRate", true, true],
    ["table", "cycle", true, true],
  ] as const)(
    "the %s layout, %s, history demand %s, XYZ %s: only Excel 2021 and INV functions",
    (layout, measure, fromHistory, xyz) => {
      const result = plan({
        mapping: fromHistory ? history : undefined,
        settings: { layout, measure, ...(xyz ? SETTINGS_WITH_XYZ : {}) },
      });
      const used = [...functionsOf(result)];
      expect(used.length).toBeGreaterThan(5);
      expect(used.filter((name) => !name.startsWith("INV.") && !EXCEL_2021.has(name))).toEqual([]);
    },
  );
});

describe("conversions and mappings in the formulas", () => {
  it("multiplies monthly demand by 12 and divides weeks by 52", () => {
    const units: UnitChoices = { ...DEFAULT_UNITS, demandPeriod: "month", leadTimeUnit: "weeks" };
    const cells = block(plan({ units }), "policy").cells[1];
    expect(cells?.[5]).toBe(
      `=${byStatus("C2:C9", { ...planned("'Items'!C2:C9*12"), intermittent: "P2:P9*12", zeroDemand: "'Items'!C2:C9*12" })}`,
    );
    expect(cells?.[8]).toContain("'Items'!E2:E9/52, F2:F9, 'Items'!F2:F9/52, 1/12)");
    expect(block(plan({ units }), "summary").cells.some((row) => row[0] === "Days per year (lead time)")).toBe(false);
  });

  it("uses the fill-rate model at the EOQ column for fill-rate targets", () => {
    const result = plan({ settings: { measure: "fillRate" } });
    const row = block(result, "policy").cells[1];
    expect(row?.[8]).toContain(
      "=IF(C2:C9=\"Policy\",INV.SAFETYSTOCKFR(E2:E9, INV.DEMANDSTATS('Items'!H2:S9, \"std\"), 'Items'!E2:E9/$T$12, H2:H9, F2:F9, 'Items'!F2:F9/$T$12, 1/12),",
    );
    expect(row?.[8]).toContain(
      "IF(C2:C9=\"New item\",INV.SAFETYSTOCKFR(E2:E9, Q2:Q9*F2:F9/12, 'Items'!E2:E9/$T$12, H2:H9, F2:F9, 'Items'!F2:F9/$T$12, 1/12),",
    );
    expect(block(result, "policy").cells[0]?.[4]).toBe("Fill rate");
  });

  it("derives demand from the history's mean (INV.DEMANDSTATS) without a demand column, and needs no order-cost IF without blanks", () => {
    const mapping = mapColumns(FIXTURE_HEADERS);
    const withoutDemand = { ...mapping, fields: { ...mapping.fields, demand: null } };
    const rows = fixtureTable().rows.map((row) => (row[6] === "" ? row.map((cell, c) => (c === 6 ? 40 : cell)) : row));
    const result = plan({ mapping: withoutDemand, table: { ...fixtureTable(), rows } });
    const cells = block(result, "policy").cells[1];
    expect(cells?.[2]).toBe('=IF(SUM(\'Items\'!$H$2:$S$2)=0,"Zero demand","Policy")');
    const stats = "INV.DEMANDSTATS('Items'!H2:S9)*12";
    expect(cells?.[5]).toBe(
      `=${byStatus("C2:C9", { ...planned(stats), intermittent: "P2:P9*12", zeroDemand: stats })}`,
    );
    expect(cells?.[7]).toContain("=IF(C2:C9=\"Policy\",INV.EOQ(F2:F9, 'Items'!G2:G9, $T$10, 'Items'!D2:D9),");
  });

  it("takes a demand std column per demand period, and uses the default order cost cell when there is no column", () => {
    const table: ItemTable = {
      sheetName: "Stock list",
      top: 3,
      left: 2,
      headers: ["Item", "Monthly demand", "Demand std", "Price", "Lead time (weeks)"],
      rows: [
        ["X-1", 100, 20, 4, 2],
        ["X-2", 50, 10, 8, 3],
      ],
    };
    const result = plan({ table, units: { ...DEFAULT_UNITS, demandPeriod: "month", leadTimeUnit: "weeks" } });
    const row = block(result, "policy").cells[1];
    expect(row?.[0]).toBe(4);
    expect(row?.[1]).toBe("='Stock list'!B4:B5&\"\"");
    expect(row?.[2]).toBe('=IF(\'Stock list\'!$C$4=0,"Zero demand","Policy")');
    expect(row?.[7]).toContain("=IF(C2:C3=\"Policy\",INV.EOQ(F2:F3, $T$11, $T$10, 'Stock list'!E4:E5),");
    expect(row?.[8]).toContain(
      "=IF(C2:C3=\"Policy\",INV.SAFETYSTOCK(E2:E3, 'Stock list'!D4:D5, 'Stock list'!F4:F5/52, F2:F3, 0, 1/12),",
    );
    expect(block(result, "summary").cells[1]).toEqual(["Source", { text: "'Stock list'!B3:F5" }, null, null, null]);
  });

  it("with XYZ classes: joins ABCCLASS with XYZCLASS of the history, shows the CV cut-offs, looks targets up in the nine rows", () => {
    const result = plan({ settings: SETTINGS_WITH_XYZ });
    const policy = block(result, "policy");
    const joined = "INV.ABCCLASS(G2:G9, $T$14, $T$15, $T$13)&INV.XYZCLASS('Items'!H2:S9, $T$16, $T$17)";
    expect(policy.cells[1]?.[3]).toBe(`=${byStatus("C2:C9", planned(joined))}`);
    expect(policy.cells[1]?.[4]).toBe(
      `=${byStatus("C2:C9", planned("INDEX($T$31:$T$39,MATCH(D2:D9,$S$31:$S$39,0))"))}`,
    );
    const summary = block(result, "summary");
    expect(summary.address).toBe("S1:W39");
    expect(summary.cells.slice(15, 17).map((row) => row.slice(0, 2))).toEqual([
      ["Class X up to", 0.5],
      ["Class Y up to", 1],
    ]);
    expect(summary.numberFormats?.[15]).toEqual([null, FORMAT.ratio]);
    expect(summary.cells.slice(30).map((row) => [row[0], row[1]])).toEqual([
      ["AX", 0.98],
      ["AY", 0.96],
      ["AZ", 0.95],
      ["BX", 0.94],
      ["BY", 0.93],
      ["BZ", 0.9],
      ["CX", 0.9],
      ["CY", 0.87],
      ["CZ", 0.85],
    ]);
  });
});
