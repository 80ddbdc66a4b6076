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
      message: "Cycle service level must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)",
    });
    expect(parseTarget("98%", "cycle", "Class A")).toEqual({ ok: true, value: 0.98 });
    expect(parseTarget("98", "fillRate")).toEqual({
      ok: false,
      message: "Fill rate must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)",
    });
    expect(parseTarget("100%", "cycle")).toMatchObject({ ok: false });
    expect(parseTarget("", "cycle")).toEqual({ ok: false, message: "Cycle service level is required; got a blank" });
    expect(parseTarget("high", "cycle")).toEqual({
      ok: false,
      message: 'Cycle service level must be a number; got "high" (for example 0.95 or 95%)',
    });
  });

  it("reads the carrying rate per year, refusing a bare 25", () => {
    expect(parseCarryingRate("25%")).toEqual({ ok: true, value: 0.25 });
    expect(parseCarryingRate("25")).toEqual({
      ok: false,
      message: "Carrying rate per year must be more than 0% and at most 100%; got 25 (for 25% enter 0.25 or 25%)",
    });
  });

  it("reads the default order cost (no percent) and whole-number settings", () => {
    expect(parseOrderCost("50")).toEqual({ ok: true, value: 50 });
    expect(parseOrderCost("-5")).toEqual({ ok: false, message: "Default order cost must be zero or more; got -5" });
    expect(parseOrderCost("5%")).toMatchObject({ ok: false });
    expect(parseCount("250", "Days in a year", 1, 366)).toEqual({ ok: true, value: 250 });
    expect(parseCount("400", "Days in a year", 1, 366)).toEqual({
      ok: false,
      message: "Days in a year must be a whole number from 1 to 366; got 400",
    });
    expect(parseCvCutoff("0.5", "X up to CV")).toEqual({ ok: true, value: 0.5 });
    expect(parseCvCutoff("0", "X up to CV")).toEqual({
      ok: false,
      message: "X up to CV must be greater than 0; got 0",
    });
  });
});
