import { DEFAULT_CLASSIFY } from "./classify";
import { mapColumns, type ColumnMapping } from "./columns";
import { FIXTURE_HEADERS, fixtureTable } from "./itemsFixture";
import { buildPortfolio } from "./pipeline";
import type { PolicySettings } from "./policy";
import { buildSheetPlan, type PlanSettings, type SheetPlan } from "./sheetPlan";
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
  const portfolio = buildPortfolio(table, { mapping, units, classify: settings.classify, policy: settings });
  return buildSheetPlan({ table, mapping, units, ...portfolio, settings });
}

const block = (result: SheetPlan, what: string) => {
  const found = result.blocks.find((candidate) => candidate.what === what);
  if (!found) throw new Error(`no ${what} block`);
  return found;
};

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
];

describe("the spill layout", () => {
  const result = plan();
  const policy = block(result, "policy");

  it("writes the policy block at A1, one row per source data row, on a sheet named Policy", () => {
    expect(result.sheetBaseName).toBe("Policy");
    expect(policy.topLeft).toBe("A1");
    expect(policy.address).toBe("A1:L9");
    expect(policy.cells[0]).toEqual(HEADERS);
    expect(policy.cells).toHaveLength(9);
    expect(result.table).toBeUndefined();
  });

  it("writes one broadcasting formula per column over the source rows, with the conversions in them", () => {
    expect(policy.cells[1]).toEqual([
      2,
      '=Items!A2:A9&""',
      "Policy",
      "A",
      '=IF(C2:C9="Policy",XLOOKUP(D2:D9,$N$24:$N$26,$O$24:$O$26),"")',
      '=IF(C2:C9="Policy",Items!C2:C9,"")',
      '=IF(C2:C9="Policy",F2:F9*Items!D2:D9,"")',
      '=IF(C2:C9="Policy",INV.EOQ(Items!C2:C9, IF(Items!G2:G9="",50,Items!G2:G9), 0.25, Items!D2:D9),"")',
      '=IF(C2:C9="Policy",INV.SAFETYSTOCK(E2:E9, BYROW(Items!H2:S9,LAMBDA(r,STDEV.S(r))), Items!E2:E9/250, Items!C2:C9, Items!F2:F9/250, 1/12),"")',
      '=IF(C2:C9="Policy",INV.REORDERPOINT(Items!C2:C9, Items!E2:E9/250, I2:I9),"")',
      '=IF(C2:C9="Policy",H2:H9/2*Items!D2:D9,"")',
      '=IF(C2:C9="Policy",I2:I9*Items!D2:D9,"")',
    ]);
  });

  it("leaves the spill ranges empty and says per row why a row has no policy", () => {
    expect(policy.cells.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([
      [2, "Policy", "A"],
      [3, 'Invalid: Unit cost (D) is not a number ("n/a")', ""],
      [4, "Zero demand", ""],
      [5, "New item", ""],
      [6, "Intermittent", ""],
      [7, "Policy", "A"],
      [8, "Invalid: SKU (A) is empty", ""],
      [9, "Policy", "C"],
    ]);
    for (const row of policy.cells.slice(2)) {
      expect([row[1], ...row.slice(4)]).toEqual(new Array(9).fill(null));
    }
    expect(result.formulaCount).toBe(9 + 10 + 3 * 3);
  });

  it("writes the summary block at N1: settings, counts and totals as live formulas, and the targets per class", () => {
    const summary = block(result, "summary");
    expect(summary.address).toBe("N1:R26");
    const pairs = summary.cells.map((row) => [row[0], row[1]]);
    expect(pairs).toEqual([
      ["Inventory policy", null],
      ["Source", "Items!A1:S9"],
      ["Layout", "Spill: one formula per column"],
      ["Demand", "Annual usage: per year, as is"],
      ["Lead time", "Lead time (days): days ÷ 250 days per year = years"],
      ["Demand deviation", "STDEV.S of Jan … Dec, per month (forecast interval 1/12 year)"],
      ["Carrying rate (per year)", 0.25],
      ["Default order cost", 50],
      ["Classification", "ABC by value: A to 80%, B to 95% of value"],
      ["Service measure", "Cycle service level"],
      [null, null],
      ["Items in the policy", '=COUNTIF(C2:C9,"Policy")'],
      ["Zero demand (obsolescence candidates)", '=COUNTIF(C2:C9,"Zero demand")'],
      ["New items (not enough history)", '=COUNTIF(C2:C9,"New item")'],
      ["Intermittent items", '=COUNTIF(C2:C9,"Intermittent")'],
      ["Invalid rows", '=COUNTIF(C2:C9,"Invalid*")'],
      ["Cycle stock value", "=SUM(K2:K9)"],
      ["Safety stock value", "=SUM(L2:L9)"],
      ["Inventory value", "=O17+O18"],
      ["Annual cost of demand", "=SUM(G2:G9)"],
      ["Expected turns", "=INV.TURNOVER(O20, O19)"],
      [null, null],
      ["Class", "Cycle service level"],
      ["A", 0.98],
      ["B", 0.95],
      ["C", 0.9],
    ]);
    expect(summary.cells[22]).toEqual(["Class", "Cycle service level", "Items", "Share of items", "Share of value"]);
    expect(summary.cells[23]).toEqual([
      "A",
      0.98,
      "=COUNTIF(D2:D9,N24)",
      "=IF(O12>0,P24/O12,0)",
      "=IF(O20>0,SUMIF(D2:D9,N24,G2:G9)/O20,0)",
    ]);
  });

  it("writes the Pareto chart's source, ranked by value with core's cumulative shares, and places the chart", () => {
    const source = block(result, "Pareto chart source");
    expect(source.address).toBe("U1:W4");
    expect(source.cells).toEqual([
      ["SKU", "Annual value", "Cumulative share"],
      ["P-100", 12000, 12000 / 21300],
      ["P-600", 4800, 16800 / 21300],
      ["P-800", 4500, 1],
    ]);
    expect(result.chart).toEqual({
      title: "Pareto: annual value by item",
      categories: "U2:U4",
      values: "V2:V4",
      cumulativeShares: "W2:W4",
      anchor: "Y2",
    });
  });
});

describe("the table layout", () => {
  const result = plan({ settings: { layout: "table" } });
  const policy = block(result, "policy");

  it("writes one formula per row, on its own source row (absolute, so sorting keeps it), and asks for an Excel table", () => {
    expect(result.table).toEqual({ address: "A1:L9", name: "InventoryPolicy" });
    expect(policy.cells[8]).toEqual([
      9,
      '=Items!$A$9&""',
      "Policy",
      "C",
      '=IF(C9="Policy",XLOOKUP(D9,$N$24:$N$26,$O$24:$O$26),"")',
      '=IF(C9="Policy",Items!$C$9,"")',
      '=IF(C9="Policy",F9*Items!$D$9,"")',
      '=IF(C9="Policy",INV.EOQ(Items!$C$9, IF(Items!$G$9="",50,Items!$G$9), 0.25, Items!$D$9),"")',
      '=IF(C9="Policy",INV.SAFETYSTOCK(E9, STDEV.S(Items!$H$9:$S$9), Items!$E$9/250, Items!$C$9, Items!$F$9/250, 1/12),"")',
      '=IF(C9="Policy",INV.REORDERPOINT(Items!$C$9, Items!$E$9/250, I9),"")',
      '=IF(C9="Policy",H9/2*Items!$D$9,"")',
      '=IF(C9="Policy",I9*Items!$D$9,"")',
    ]);
    expect(policy.cells.slice(1).every((row) => typeof row[7] === "string" && row[7].startsWith("=IF("))).toBe(true);
    expect(result.formulaCount).toBe(8 * 9 + 10 + 3 * 3);
  });
});

describe("values only", () => {
  const result = plan({ settings: { valuesOnly: true } });
  const policy = block(result, "policy");

  it("writes the numbers the pane computed, and no formula anywhere", () => {
    const cells = result.blocks.flatMap((b) => b.cells.flat());
    expect(cells.some((cell) => typeof cell === "string" && cell.startsWith("="))).toBe(false);
    expect(result.formulaCount).toBe(0);
    const pump = policy.cells[1];
    expect(pump?.slice(0, 7)).toEqual([2, "P-100", "Policy", "A", 0.98, 1200, 12000]);
    expect(pump?.[7]).toBeCloseTo(219.08902300206645, 10);
    expect(pump?.[8]).toBeCloseTo(24.314166731415305, 8);
    expect(policy.cells[2]?.slice(4)).toEqual(["", "", "", "", "", "", "", ""]);
    const summary = block(result, "summary");
    expect(summary.cells[11]).toEqual(["Items in the policy", 3, null, null, null]);
    expect(summary.cells[15]).toEqual(["Invalid rows", 2, null, null, null]);
    expect(summary.cells[20]?.[1]).toBeCloseTo(8.141008824979798, 10);
    expect(summary.cells[23]?.slice(0, 3)).toEqual(["A", 0.98, 2]);
  });
});

describe("conversions and mappings in the formulas", () => {
  it("multiplies monthly demand by 12 and divides weeks by 52", () => {
    const units: UnitChoices = { ...DEFAULT_UNITS, demandPeriod: "month", leadTimeUnit: "weeks" };
    const eoq = block(plan({ units }), "policy").cells[1]?.[7];
    expect(eoq).toBe(
      '=IF(C2:C9="Policy",INV.EOQ(Items!C2:C9*12, IF(Items!G2:G9="",50,Items!G2:G9), 0.25, Items!D2:D9),"")',
    );
    const safety = block(plan({ units }), "policy").cells[1]?.[8];
    expect(safety).toContain("Items!E2:E9/52, Items!C2:C9*12, Items!F2:F9/52, 1/12)");
  });

  it("uses the fill-rate model at the EOQ column for fill-rate targets", () => {
    const result = plan({ settings: { measure: "fillRate" } });
    const row = block(result, "policy").cells[1];
    expect(row?.[8]).toBe(
      '=IF(C2:C9="Policy",INV.SAFETYSTOCKFR(E2:E9, BYROW(Items!H2:S9,LAMBDA(r,STDEV.S(r))), Items!E2:E9/250, H2:H9, Items!C2:C9, Items!F2:F9/250, 1/12),"")',
    );
    expect(block(result, "policy").cells[0]?.[4]).toBe("Fill rate");
  });

  it("derives demand from the history's mean when there is no demand column, and needs no order-cost IF without blanks", () => {
    const mapping = mapColumns(FIXTURE_HEADERS);
    const withoutDemand = { ...mapping, fields: { ...mapping.fields, demand: null } };
    const rows = fixtureTable().rows.map((row) => (row[6] === "" ? row.map((cell, c) => (c === 6 ? 40 : cell)) : row));
    const result = plan({ mapping: withoutDemand, table: { ...fixtureTable(), rows } });
    expect(block(result, "policy").cells[1]?.[7]).toBe(
      '=IF(C2:C9="Policy",INV.EOQ(BYROW(Items!H2:S9,LAMBDA(r,AVERAGE(r)))*12, Items!G2:G9, 0.25, Items!D2:D9),"")',
    );
  });

  it("takes a demand std column per demand period, and uses the default order cost when there is no column", () => {
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
    expect(row?.[7]).toBe("=IF(C2:C3=\"Policy\",INV.EOQ('Stock list'!C4:C5*12, 50, 0.25, 'Stock list'!E4:E5),\"\")");
    expect(row?.[8]).toBe(
      "=IF(C2:C3=\"Policy\",INV.SAFETYSTOCK(E2:E3, 'Stock list'!D4:D5, 'Stock list'!F4:F5/52, 'Stock list'!C4:C5*12, 0, 1/12),\"\")",
    );
    expect(block(result, "summary").cells[1]).toEqual(["Source", "'Stock list'!B3:F5", null, null, null]);
  });

  it("looks targets up in the nine-row matrix with XYZ classes", () => {
    const result = plan({
      settings: {
        classify: { ...DEFAULT_CLASSIFY, xyz: true },
        targets: { AX: 0.98, AY: 0.96, AZ: 0.95, BX: 0.94, BY: 0.93, BZ: 0.9, CX: 0.9, CY: 0.87, CZ: 0.85 },
      },
    });
    const policy = block(result, "policy");
    expect(policy.cells[1]?.[3]).toBe("AX");
    expect(policy.cells[1]?.[4]).toBe('=IF(C2:C9="Policy",XLOOKUP(D2:D9,$N$24:$N$32,$O$24:$O$32),"")');
    const summary = block(result, "summary");
    expect(summary.address).toBe("N1:R32");
    expect(summary.cells.slice(23).map((row) => [row[0], row[1]])).toEqual([
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
