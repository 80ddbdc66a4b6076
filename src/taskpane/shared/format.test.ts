import { excelNumber, formatAmount, formatFigure, formatInput } from "./format";

describe("format", () => {
  it("shows entered numbers back without float noise", () => {
    expect(formatInput(0.225)).toBe("0.225");
    expect(formatInput(0.1 + 0.2)).toBe("0.3");
    expect(formatInput(1300)).toBe("1300");
  });

  it("writes every digit into Excel formulas", () => {
    expect(excelNumber(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(excelNumber(1e21)).toBe("1e+21");
  });

  it("rounds amounts to fixed decimals, grouping thousands only when asked", () => {
    expect(formatAmount(304.0468)).toBe("304.05");
    expect(formatAmount(22491.14, 2, true)).toBe("22,491.14");
    expect(formatAmount(22491.14)).toBe("22491.14");
    expect(formatAmount(1.64485, 4)).toBe("1.6449");
    expect(formatAmount(0)).toBe("0.00");
  });

  it("keeps very large and very small amounts readable", () => {
    expect(formatAmount(1.23456e20)).toBe("1.235e+20");
    expect(formatAmount(0.000123456)).toBe("0.0001235");
  });
});

describe("formatFigure", () => {
  it.each([
    [304.0468, "304.05"],
    [32.9, "32.90"],
    [22491.14, "22,491.14"],
    [1300, "1,300"],
    [1.6448536, "1.6449"],
    [0.225, "0.225"],
    [0, "0"],
    [-2.5, "-2.5"],
    [1.23456e20, "1.235e+20"],
    [0.0000123, "0.00001230"],
  ])("shows %d as %j", (value, shown) => {
    expect(formatFigure(value)).toBe(shown);
  });

  it("shows text as it is", () => {
    expect(formatFigure("WW")).toBe("WW");
  });
});
