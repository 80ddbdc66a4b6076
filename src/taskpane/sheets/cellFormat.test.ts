import { formattedValue, generalText } from "./cellFormat";

describe("formattedValue", () => {
  it.each([
    [0.1234, "0.0%", "12.3%"],
    [0.95, "0%", "95%"],
    [12345.678, "#,##0.00", "12,345.68"],
    [1234567, "#,##0", "1,234,567"],
    [304.04678, "0.00", "304.05"],
    [0.5, "0.00", "0.50"],
    [1.5, "0.0#", "1.5"],
    [1.555, "0.0#", "1.56"],
    [2, "#.##", "2."],
    [0.25, "#.00", ".25"],
    [1234.5, "$#,##0.00", "$1,234.50"],
    [-1234.5, "$#,##0.00", "-$1,234.50"],
    [-5, "$#,##0;($#,##0)", "($5)"],
    [0, '#,##0;-#,##0;"–"', "–"],
    [304.05, '0.0 "units"', "304.1 units"],
    [1_250_000, "#,##0,", "1,250"],
    [12345, "0.00E+00", "1.23E+04"],
    [7, "[Red]0.0", "7.0"],
    [-0.0001, "0.00", "0.00"],
    [45658, "m/d/yyyy", "1/1/2025"],
    [3, "General", "3"],
  ])("%p in %p reads %p", (value, format, text) => {
    expect(formattedValue(value, format)).toBe(text);
  });

  it("shows text as it is and logicals as Excel does, whatever the format", () => {
    expect(formattedValue("A", "0.00")).toBe("A");
    expect(formattedValue("#VALUE!", undefined)).toBe("#VALUE!");
    expect(formattedValue(true, "0%")).toBe("TRUE");
    expect(formattedValue(false, undefined)).toBe("FALSE");
  });

  it("keeps a number under the text format as General", () => {
    expect(formattedValue(0.1, "@")).toBe("0.1");
  });
});

describe("generalText", () => {
  it.each([
    [0, "0"],
    [1300, "1300"],
    [304.04678038, "304.0467804"],
    [0.1 + 0.2, "0.3"],
    [-2.5, "-2.5"],
    [123456789012, "1.23457E+11"],
    [0.00000000012345, "1.2345E-10"],
  ])("%p reads %p", (value, text) => {
    expect(generalText(value)).toBe(text);
  });
});

describe("formattedValue on tiny and huge numbers", () => {
  it("rounds them without NaN", () => {
    expect(formattedValue(1e-7, "0.00")).toBe("0.00");
    expect(formattedValue(1e21, "0")).not.toMatch(/NaN/);
  });
});
