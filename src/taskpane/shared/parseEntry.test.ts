import { parseEntry } from "./parseEntry";

const plain = { percent: false };
const rate = { percent: true };

describe("parseEntry", () => {
  it("reads blanks as empty", () => {
    expect(parseEntry("", "demand", plain)).toEqual({ kind: "empty" });
    expect(parseEntry("   ", "demand", plain)).toEqual({ kind: "empty" });
  });

  it.each([
    ["1300", 1300],
    [" 0.225 ", 0.225],
    [".5", 0.5],
    ["1.5e3", 1500],
    ["-2", -2],
    ["\u22122", -2],
    ["+4", 4],
  ])("reads %j as %d", (text, value) => {
    expect(parseEntry(text, "demand", plain)).toEqual({ kind: "number", value });
  });

  it("reads a percentage as a fraction where a fraction is meant", () => {
    expect(parseEntry("95%", "serviceLevel", rate)).toEqual({ kind: "number", value: 0.95 });
    expect(parseEntry("25 %", "holdingCost", rate)).toEqual({ kind: "number", value: 0.25 });
    expect(parseEntry("14.3%", "serviceLevel", rate)).toEqual({ kind: "number", value: 0.143 });
  });

  it("leaves the range check to core: a bare 95 is the number 95", () => {
    expect(parseEntry("95", "serviceLevel", rate)).toEqual({ kind: "number", value: 95 });
  });

  it("refuses a percentage where the model expects an amount, in core's wording", () => {
    expect(parseEntry("8%", "orderCost", plain)).toEqual({
      kind: "invalid",
      message: 'orderCost is not a rate, so it takes no % (got text "8%"; enter 8 without %)',
    });
    expect(parseEntry("25%", "holdingCost", { percent: false, percentAdvice: "enter a unit cost too" })).toEqual({
      kind: "invalid",
      message: 'holdingCost is not a rate, so it takes no % (got text "25%"; enter a unit cost too)',
    });
  });

  it("refuses text that is not a number, with advice where it helps", () => {
    expect(parseEntry("abc", "demand", plain)).toEqual({
      kind: "invalid",
      message: 'demand must be a number (got text "abc")',
    });
    expect(parseEntry("1,300", "demand", plain)).toEqual({
      kind: "invalid",
      message: 'demand must be a number (got text "1,300"; use a point for decimals and no thousands separators)',
    });
    expect(parseEntry("high", "serviceLevel", rate)).toEqual({
      kind: "invalid",
      message: 'serviceLevel must be a number (got text "high"; for example 0.95 or 95%)',
    });
    expect(parseEntry("Infinity", "demand", plain).kind).toBe("invalid");
    expect(parseEntry("1e", "demand", plain).kind).toBe("invalid");
  });
});

describe("parseEntry with thousands separators", () => {
  const grouped = { percent: true, thousands: true };

  it.each([
    ["75,000", 75000],
    ["1,300.5", 1300.5],
    ["-1,234,567", -1234567],
    ["2,500%", 25],
  ])("reads %j as %d", (text, value) => {
    expect(parseEntry(text, "demand", grouped)).toEqual({ kind: "number", value });
  });

  it("still refuses a comma that is not between groups of three digits", () => {
    expect(parseEntry("1,3", "demand", grouped)).toEqual({
      kind: "invalid",
      message:
        'demand must be a number (got text "1,3"; use a point for decimals, and commas only between groups of three digits)',
    });
    expect(parseEntry("1,30,000", "demand", grouped).kind).toBe("invalid");
    expect(parseEntry("1,300", "demand", plain).kind).toBe("invalid");
  });
});
