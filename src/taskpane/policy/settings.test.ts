import { choicesForHeaders, DEFAULT_CHOICES, readClassify, readService, readUnits } from "./choices";
import { FIXTURE_HEADERS } from "../../../test/support/itemsFixture";
import { restoreChoices, serializeChoices } from "./settings";

describe("choicesForHeaders", () => {
  it("maps the columns and guesses the units from the headers, with XYZ on when there is a history", () => {
    const choices = choicesForHeaders(FIXTURE_HEADERS);
    expect(choices.mapping.fields.unitCost).toBe(3);
    expect(choices.units).toEqual({
      demandPeriod: "year",
      historyPeriod: "month",
      leadTimeUnit: "days",
      workingDays: "250",
    });
    expect(choices.classify.xyz).toBe(true);
    const weekly = choicesForHeaders(["SKU", "Weekly demand", "Cost", "Lead time (weeks)"]);
    expect(weekly.units).toMatchObject({ demandPeriod: "week", leadTimeUnit: "weeks" });
    expect(weekly.classify.xyz).toBe(false);
  });
});

describe("reading the choices", () => {
  it("reads the defaults without a message", () => {
    expect(readUnits(DEFAULT_CHOICES.units)).toEqual({
      value: { demandPeriod: "year", historyPeriod: "month", leadTimeUnit: "days", workingDaysPerYear: 250 },
      errors: {},
    });
    expect(readClassify(DEFAULT_CHOICES.classify, false).value).toEqual({
      basis: "value",
      aCutoff: 0.8,
      bCutoff: 0.95,
      xyz: false,
      xCutoff: 0.5,
      yCutoff: 1,
    });
    expect(readService(DEFAULT_CHOICES.service, false).value).toEqual({
      measure: "cycle",
      targets: { A: 0.98, B: 0.95, C: 0.9 },
      carryingRate: 0.25,
      defaultOrderCost: 50,
      basis: "service",
    });
    expect(Object.keys(readService(DEFAULT_CHOICES.service, true).value?.targets ?? {})).toEqual([
      "AX",
      "AY",
      "AZ",
      "BX",
      "BY",
      "BZ",
      "CX",
      "CY",
      "CZ",
    ]);
  });

  it("gives a message per field: a bare 98 as a target, cut-offs out of order", () => {
    const service = readService(
      { ...DEFAULT_CHOICES.service, targets: { ...DEFAULT_CHOICES.service.targets, B: "98" } },
      false,
    );
    expect(service).toEqual({
      value: undefined,
      errors: { "target.B": "Class B must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)" },
    });
    expect(readClassify({ ...DEFAULT_CHOICES.classify, aCutoff: "90%", bCutoff: "80%" }, false).errors).toEqual({
      bCutoff: "Class B up to must be at least Class A up to (90%); got 80%",
    });
    expect(readClassify({ ...DEFAULT_CHOICES.classify, xyz: true, xCutoff: "2", yCutoff: "1" }, true).errors).toEqual({
      yCutoff: "Y up to CV must be at least X up to CV (2); got 1",
    });
    expect(readUnits({ ...DEFAULT_CHOICES.units, workingDays: "2.5" }).errors).toEqual({
      workingDays: "Days in a year of lead time must be a whole number from 1 to 366; got 2.5",
    });
  });

  it("reads the backorder cost only for the cost-optimal basis, as a share of unit cost per year", () => {
    const cost = { ...DEFAULT_CHOICES.service, basis: "cost" as const };
    expect(readService({ ...cost, backorderRate: "200%" }, false).value).toMatchObject({
      basis: "cost",
      backorderRate: 2,
    });
    expect(readService({ ...cost, backorderRate: "3.5" }, false).value?.backorderRate).toBe(3.5);
    expect(readService({ ...DEFAULT_CHOICES.service, backorderRate: "x" }, false).errors).toEqual({});
    expect(readService(cost, false).errors).toEqual({
      backorderRate:
        "Backorder cost per unit short per year, % of unit cost is required for the cost-optimal policy; got a blank",
    });
    expect(readService({ ...cost, backorderRate: "0%" }, false).errors.backorderRate).toBe(
      "Backorder cost per unit short per year, % of unit cost must be more than 0%; got 0%",
    );
    expect(readService({ ...cost, backorderRate: "lots" }, false).errors.backorderRate).toBe(
      'Backorder cost per unit short per year, % of unit cost must be a number; got "lots" (for example 200% or 2)',
    );
  });

  it("ignores XYZ when there is no history", () => {
    expect(readClassify({ ...DEFAULT_CHOICES.classify, xyz: true }, false).value?.xyz).toBe(false);
  });
});

describe("saved choices", () => {
  const base = choicesForHeaders(FIXTURE_HEADERS);
  const edited = {
    ...base,
    mapping: { ...base.mapping, fields: { ...base.mapping.fields, leadTimeStd: null } },
    units: { ...base.units, workingDays: "365" },
    classify: { ...base.classify, aCutoff: "70%" },
    service: {
      ...base.service,
      measure: "fillRate" as const,
      targets: { ...base.service.targets, A: "99%" },
      basis: "cost" as const,
      backorderRate: "300%",
    },
    write: { layout: "table" as const, valuesOnly: true, roundUp: true, currency: "EUR" as const },
  };

  it("round-trips through JSON, the mapping by header", () => {
    const json = serializeChoices(edited, FIXTURE_HEADERS);
    expect(JSON.parse(json).mapping.fields).toMatchObject({ sku: "SKU", unitCost: "Unit cost", leadTimeStd: null });
    expect(restoreChoices(json, FIXTURE_HEADERS, base)).toEqual(edited);
  });

  it("follows the headers when columns move", () => {
    const json = serializeChoices(edited, FIXTURE_HEADERS);
    const moved = [...FIXTURE_HEADERS.slice(1, 7), "SKU", ...FIXTURE_HEADERS.slice(7)];
    const restored = restoreChoices(json, moved, choicesForHeaders(moved));
    expect(restored.mapping.fields.sku).toBe(6);
    expect(restored.mapping.fields.unitCost).toBe(2);
  });

  it("keeps the base mapping when a saved header is gone, and the base for text that is not saved choices", () => {
    const json = serializeChoices(edited, FIXTURE_HEADERS);
    const renamed = FIXTURE_HEADERS.map((header) => (header === "Unit cost" ? "Price" : header));
    const guess = choicesForHeaders(renamed);
    const restored = restoreChoices(json, renamed, guess);
    expect(restored.mapping).toEqual(guess.mapping);
    expect(restored.classify.aCutoff).toBe("70%");
    expect(restoreChoices("not json", FIXTURE_HEADERS, base)).toBe(base);
    expect(restoreChoices('{"version":99}', FIXTURE_HEADERS, base)).toBe(base);
    expect(restoreChoices(undefined, FIXTURE_HEADERS, base)).toBe(base);
    const odd = JSON.stringify({ version: 1, units: { demandPeriod: "fortnight" }, write: { layout: "grid" } });
    expect(restoreChoices(odd, FIXTURE_HEADERS, base).units.demandPeriod).toBe("year");
    expect(restoreChoices(odd, FIXTURE_HEADERS, base).write.layout).toBe("spill");
  });
});
