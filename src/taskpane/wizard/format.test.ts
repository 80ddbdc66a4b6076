import { count, money, percent, plural, price, quantity, ratio } from "./format";

describe("the wizard's number formats, one per kind of figure", () => {
  it("quantities in whole units, grouped, never -0", () => {
    expect([quantity(925.03), quantity(1188), quantity(2993.4), quantity(304.0468)]).toEqual([
      "925",
      "1,188",
      "2,993",
      "304",
    ]);
    expect(quantity(-0.3)).toBe("0");
    expect(quantity(-12.6)).toBe("-13");
  });

  it("money in whole currency units, with the chosen symbol before it and the sign before the symbol", () => {
    expect(money(925.03)).toBe("925");
    expect(money(2616.4, "USD")).toBe("$2,616");
    expect(money(-1234.5, "EUR")).toBe("-€1,235");
    expect(money(1_000_000, "CHF")).toBe("CHF 1,000,000");
    expect(money(0.2, "GBP")).toBe("£0");
    expect(price(0.35, "USD")).toBe("$0.35");
  });

  it("shares as percentages with one decimal, however small: count mode's 0.02914% is 0.0%", () => {
    expect(percent(0.0002914)).toBe("0.0%");
    expect(percent(0.9634)).toBe("96.3%");
    expect(percent(1)).toBe("100.0%");
    expect(percent(-0.0001)).toBe("0.0%");
    expect(percent(0.5, 0)).toBe("50%");
  });

  it("ratios to one decimal; counts grouped", () => {
    expect(ratio(7.345)).toBe("7.3");
    expect(count(12345)).toBe("12,345");
    expect(plural(1, "item")).toBe("1 item");
    expect(plural(2000, "item")).toBe("2,000 items");
  });
});
