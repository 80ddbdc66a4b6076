import { mapColumns } from "./columns";
import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { DEFAULT_UNITS, type UnitChoices } from "./units";
import { mappingProblems, readItems, readNumber } from "./validation";

const mapping = mapColumns(FIXTURE_HEADERS);
const units: UnitChoices = { ...DEFAULT_UNITS, demandPeriod: "year", historyPeriod: "month", leadTimeUnit: "days" };

describe("readNumber", () => {
  it("reads numbers and blanks, and refuses text and logicals as the INV functions do", () => {
    expect(readNumber(12)).toEqual({ kind: "number", value: 12 });
    expect(readNumber("")).toEqual({ kind: "blank" });
    expect(readNumber("  ")).toEqual({ kind: "blank" });
    expect(readNumber(undefined)).toEqual({ kind: "blank" });
    expect(readNumber("12")).toEqual({
      kind: "invalid",
      reason: 'holds the number as text ("12"); convert it with VALUE()',
    });
    expect(readNumber("n/a")).toEqual({ kind: "invalid", reason: 'is not a number ("n/a")' });
    expect(readNumber(true)).toEqual({ kind: "invalid", reason: "is a logical value (TRUE), not a number" });
  });
});

describe("mappingProblems", () => {
  it("is empty for a complete mapping and names what is missing otherwise", () => {
    expect(mappingProblems(mapping)).toEqual([]);
    const incomplete = { fields: { ...mapping.fields, unitCost: null, demand: null }, history: null };
    expect(mappingProblems(incomplete)).toEqual([
      "Choose the demand column, or the demand-history columns.",
      "Choose the unit cost column.",
    ]);
    expect(mappingProblems({ ...mapping, fields: { ...mapping.fields, orderCost: 3 } })).toEqual([
      "Each column can be used for one field only.",
    ]);
  });
});

describe("readItems", () => {
  const read = readItems(fixtureTable(), { mapping, units });

  it("reports every row it cannot use, with the sheet row, the column and why", () => {
    expect(read.issues).toEqual([
      { row: 3, column: "Unit cost (D)", reason: 'is not a number ("n/a")' },
      { row: 8, column: "SKU (A)", reason: "is empty" },
      { row: 8, column: "Lead time (days) (E)", reason: "is negative (got -3)" },
    ]);
    expect(read.invalidRows).toEqual([3, 8]);
    expect(read.rowCount).toBe(8);
  });

  it("drops nothing silently: every data row is an item or an invalid row", () => {
    const rows = [...read.items.map((item) => item.row), ...read.invalidRows].sort((a, b) => a - b);
    expect(rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("converts to years: demand per year as is, lead times ÷ 250, σd from the monthly history over F = 1/12", () => {
    const pump = read.items[0];
    expect(pump).toMatchObject({
      index: 0,
      row: 2,
      sku: "P-100",
      description: "Pump",
      annualDemand: 1200,
      unitCost: 10,
    });
    expect(pump?.leadTime).toBeCloseTo(10 / 250, 15);
    expect(pump?.leadTimeStd).toBeCloseTo(2 / 250, 15);
    expect(pump?.orderCost).toBe(50);
    expect(pump?.forecastInterval).toBeCloseTo(1 / 12, 15);
    // =STDEV.S(100,110,90,105,95,100,120,80,100,100,95,105) = 10 (Python statistics.stdev agrees)
    expect(pump?.demandStd).toBeCloseTo(10, 12);
  });

  it("multiplies monthly demand by 12 and converts weeks by 52", () => {
    const monthly = readItems(fixtureTable(), {
      mapping,
      units: { ...units, demandPeriod: "month", leadTimeUnit: "weeks" },
    });
    expect(monthly.items[0]?.annualDemand).toBe(14400);
    expect(monthly.items[0]?.leadTime).toBeCloseTo(10 / 52, 15);
  });

  it("leaves a blank order cost to the default (null), and a blank lead time std at 0", () => {
    const filter = read.items.find((item) => item.sku === "P-600");
    expect(filter?.orderCost).toBeNull();
    expect(filter?.leadTimeStd).toBe(0);
  });

  it("takes the demand from the history's mean when no demand column is mapped", () => {
    const fromHistory = readItems(fixtureTable(), {
      mapping: { ...mapping, fields: { ...mapping.fields, demand: null } },
      units,
    });
    expect(fromHistory.items[0]?.annualDemand).toBeCloseTo(1200, 10);
  });

  it("reports an empty row, a history cell that is not a number, and a blank required cell", () => {
    const table = fixtureTable([
      ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      ["X-1", "", "", 2, 3, 0, 10, 5, "lots", 5, 5, 5, 5, 5, 5, 5, 5, 5, -1],
    ]);
    expect(readItems(table, { mapping, units }).issues).toEqual([
      { row: 2, column: "(whole row)", reason: "is empty" },
      { row: 3, column: "Feb (I)", reason: 'is not a number ("lots")' },
      { row: 3, column: "Dec (S)", reason: "is negative (got -1)" },
      { row: 3, column: "Annual usage (C)", reason: "is empty" },
    ]);
  });

  it("refuses to run on an incomplete mapping", () => {
    expect(() =>
      readItems(fixtureTable(), { mapping: { ...mapping, fields: { ...mapping.fields, sku: null } }, units }),
    ).toThrow("the mapping is incomplete");
  });
});
