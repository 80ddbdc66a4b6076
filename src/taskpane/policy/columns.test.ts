import {
  columnLetter,
  demandPeriodHint,
  findHistoryColumns,
  historyHeaderPeriod,
  leadTimeUnitHint,
  mapColumns,
  normalizeHeader,
} from "./columns";
import { FIXTURE_HEADERS } from "../../../test/support/itemsFixture";

describe("normalizeHeader", () => {
  it.each([
    ["Lead time std. (days)", "lead time std"],
    ["  Unit_Cost [$] ", "unit cost"],
    ["ITEM NO.", "item no"],
    ["Annual-usage", "annual usage"],
  ])("%j → %j", (header, words) => {
    expect(normalizeHeader(header)).toBe(words);
  });
});

describe("mapColumns", () => {
  it("maps the demo's headers, with the 12 months as history", () => {
    expect(mapColumns(FIXTURE_HEADERS)).toEqual({
      fields: {
        sku: 0,
        description: 1,
        demand: 2,
        unitCost: 3,
        leadTime: 4,
        leadTimeStd: 5,
        demandStd: null,
        orderCost: 6,
      },
      history: { first: 7, last: 18 },
    });
  });

  it("knows the synonyms, case-insensitively", () => {
    const headers = ["Item No.", "PRICE", "LT (weeks)", "Std. dev. of demand", "Setup cost", "Annual Demand", "Name"];
    expect(mapColumns(headers).fields).toEqual({
      sku: 0,
      unitCost: 1,
      leadTime: 2,
      demandStd: 3,
      orderCost: 4,
      demand: 5,
      description: 6,
      leadTimeStd: null,
    });
  });

  it("prefers the longest synonym a header contains: a demand std is not the demand", () => {
    const { fields } = mapColumns([
      "Part",
      "Monthly demand std",
      "Monthly demand",
      "Standard cost",
      "Supplier lead time",
    ]);
    expect(fields).toMatchObject({ sku: 0, demandStd: 1, demand: 2, unitCost: 3, leadTime: 4 });
  });

  it("uses each column once and leaves unknown headers unmapped", () => {
    const { fields } = mapColumns(["Cost", "Cost", "Colour"]);
    expect(fields.unitCost).toBe(0);
    expect(Object.values(fields).filter((column) => column !== null)).toEqual([0]);
  });
});

describe("history columns", () => {
  it.each([
    ["Jan", "month"],
    ["January 2024", "month"],
    ["Jan-24", "month"],
    ["2024-01", "month"],
    ["M1", "month"],
    ["Month 12", "month"],
    ["W07", "week"],
    ["Week 52", "week"],
    ["Q3", "quarter"],
    ["2023", "year"],
    ["45292", "month"],
    ["Order cost", undefined],
    ["Marketing", undefined],
  ])("%j is a %s", (header, period) => {
    expect(historyHeaderPeriod(header)).toBe(period);
  });

  it("takes the longest run of at least two period headers", () => {
    expect(findHistoryColumns(["SKU", "Q1", "Cost", "M1", "M2", "M3", "Note"])).toEqual({ first: 3, last: 5 });
    expect(findHistoryColumns(["SKU", "Q1", "Cost"])).toBeNull();
  });
});

describe("unit hints", () => {
  it("reads the demand period and the lead-time unit from headers", () => {
    expect(demandPeriodHint("Annual usage")).toBe("year");
    expect(demandPeriodHint("Monthly demand")).toBe("month");
    expect(demandPeriodHint("Demand per week")).toBe("week");
    expect(demandPeriodHint("Demand")).toBeUndefined();
    expect(leadTimeUnitHint("Lead time (days)")).toBe("days");
    expect(leadTimeUnitHint("LT weeks")).toBe("weeks");
    expect(leadTimeUnitHint("Lead time (months)")).toBe("months");
    expect(leadTimeUnitHint("Lead time")).toBeUndefined();
  });

  it("names columns as the sheet does", () => {
    expect(columnLetter(1, 0)).toBe("A");
    expect(columnLetter(1, 18)).toBe("S");
    expect(columnLetter(3, 25)).toBe("AB");
  });
});
