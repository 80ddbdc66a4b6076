import { parseCarryingRate, parseCount, parseCvCutoff, parseOrderCost, parseTarget } from "./serviceLevels";

describe("service targets and money settings", () => {
  it("reads a target as a percentage or a fraction", () => {
    expect(parseTarget("98%", "cycle")).toEqual({ ok: true, value: 0.98 });
    expect(parseTarget("0.98", "cycle")).toEqual({ ok: true, value: 0.98 });
    expect(parseTarget("97.5 %", "fillRate")).toEqual({ ok: true, value: 0.975 });
  });

  it("refuses a bare 98, suggesting 98%, and never clamps", () => {
    expect(parseTarget("98", "cycle")).toEqual({
      ok: false,
      message: "serviceLevel must be between 0 and 1, both excluded (got 98; for 98% enter 0.98 or 98%)",
    });
    expect(parseTarget("98", "fillRate")).toEqual({
      ok: false,
      message: "fillRate must be between 0 and 1, both excluded (got 98; for 98% enter 0.98 or 98%)",
    });
    expect(parseTarget("100%", "cycle")).toMatchObject({ ok: false });
    expect(parseTarget("", "cycle")).toEqual({ ok: false, message: "serviceLevel is required (got a blank)" });
    expect(parseTarget("high", "cycle")).toEqual({
      ok: false,
      message: 'serviceLevel must be a number (got text "high"; for example 0.95 or 95%)',
    });
  });

  it("reads the carrying rate per year, refusing a bare 25", () => {
    expect(parseCarryingRate("25%")).toEqual({ ok: true, value: 0.25 });
    expect(parseCarryingRate("25")).toEqual({
      ok: false,
      message: "carryingRate must be greater than 0 and at most 1 (got 25; for 25% enter 0.25 or 25%)",
    });
  });

  it("reads the default order cost (no percent) and whole-number settings", () => {
    expect(parseOrderCost("50")).toEqual({ ok: true, value: 50 });
    expect(parseOrderCost("-5")).toEqual({ ok: false, message: "orderCost must be zero or more (got -5)" });
    expect(parseOrderCost("5%")).toMatchObject({ ok: false });
    expect(parseCount("250", "workingDaysPerYear", 1, 366)).toEqual({ ok: true, value: 250 });
    expect(parseCount("400", "workingDaysPerYear", 1, 366)).toEqual({
      ok: false,
      message: "workingDaysPerYear must be a whole number from 1 to 366 (got 400)",
    });
    expect(parseCvCutoff("0.5", "xCutoff")).toEqual({ ok: true, value: 0.5 });
    expect(parseCvCutoff("0", "xCutoff")).toEqual({ ok: false, message: "xCutoff must be greater than 0 (got 0)" });
  });
});
