import { currencyFromFormat, currencyOf, moneyFormat } from "./currency";

describe("currency", () => {
  it("reads the currency of Excel's number formats: literal, quoted, escaped and locale-tagged symbols", () => {
    expect(currencyFromFormat("$#,##0.00")).toBe("USD");
    expect(currencyFromFormat('"€"#,##0.00')).toBe("EUR");
    expect(currencyFromFormat("\\£#,##0")).toBe("GBP");
    expect(currencyFromFormat("[$€-407] #,##0.00")).toBe("EUR");
    expect(currencyFromFormat("#,##0.00 [$CHF-100C]")).toBe("CHF");
    expect(currencyFromFormat('"CA$"#,##0.00')).toBe("CAD");
    expect(currencyFromFormat("_-[$R$-416] * #,##0.00_-")).toBe("BRL");
  });

  it("finds none in plain, percent, date and text formats, or an unknown symbol", () => {
    for (const format of ["General", "#,##0.00", "0.0%", "yyyy-mm-dd", "@", "[$-409]m/d/yy", "[$kr-41D] #,##0", ""]) {
      expect(currencyFromFormat(format)).toBeUndefined();
    }
    expect(currencyFromFormat(undefined)).toBeUndefined();
  });

  it("writes the money format with the symbol quoted, and plain without one", () => {
    expect(moneyFormat("EUR")).toBe('"€"#,##0.00');
    expect(moneyFormat("")).toBe("#,##0.00");
    expect(moneyFormat("XYZ")).toBe("#,##0.00");
    expect(currencyOf("CHF").symbol).toBe("CHF ");
  });
});
