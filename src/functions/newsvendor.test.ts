/*
 * The newsvendor functions as Excel calls them: for each, that it works (a published
 * example), wrong types, out of range, and blanks / omitted optionals. Each new error
 * message is checked once, word for word.
 */
import {
  criticalratio,
  newsvendor,
  newsvendordiscrete,
  newsvendorlognormal,
  newsvendornegbin,
  newsvendorpoisson,
} from "./newsvendor";
import { col, first, m, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

describe("INV.CRITICALRATIO", () => {
  test("works: Snyder & Shen Example 4.3 =INV.CRITICALRATIO(0.70, 0.18) = 0.7955", () => {
    expect(first(criticalratio(m([0.7]), m([0.18])))).toBeCloseTo(0.7 / 0.88, 15);
  });

  test("out of range, wrong types, blanks", () => {
    expect(message(first(criticalratio(m([0]), m([1]))))).toBe(
      "CRITICALRATIO: underage_cost must be greater than 0 (got 0)",
    );
    expect(message(first(criticalratio(m([1]), m([false]))))).toMatch(
      /overage_cost must be a number, not a logical value/,
    );
    expect(criticalratio(col(4, null), col(1, null))).toEqual([[0.8], [""]]);
  });
});

describe("INV.NEWSVENDOR", () => {
  test("works: Snyder & Shen Example 4.3, N(50, 8²), p = 0.70, h = 0.18: Q* = 56.6040, cost 1.9976", () => {
    expect(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18])))).toBeCloseTo(56.60395592743389, 11);
    expect(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "quantity"))).toBeCloseTo(56.60395592743389, 11);
    expect(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "COST"))).toBeCloseTo(1.997605193176645, 12);
  });

  test("a blank or omitted result is the quantity; ranges spill", () => {
    expect(newsvendor(col(50, 900), col(8, 60), col(0.7, 79), col(0.18, 43), "")).toEqual([
      [expect.closeTo(56.60395592743389, 11)],
      [expect.closeTo(922.7214038234755, 9)], // Snyder & Shen Problem 4.1
    ]);
  });

  test("never orders a negative quantity: =INV.NEWSVENDOR(5, 30, 1, 9) is 0, and its cost is the cost of ordering 0", () => {
    expect(newsvendor(m([5]), m([30]), m([1]), m([9]))).toEqual([[0]]); // 5 − 1.2816 × 30 = −33.45
    // Co·E[D⁻] + Cu·E[D⁺] for D ~ N(5, 30²): 9 × 9.6341 + 1 × 14.6341.
    expect(first(newsvendor(m([5]), m([30]), m([1]), m([9]), "cost"))).toBeCloseTo(101.34110646112717, 10);
  });

  test("a bad result is one #VALUE! naming the choices", () => {
    expect(thrown(() => newsvendor(m([5]), m([1]), m([1]), m([1]), "profit"))).toBe(
      'NEWSVENDOR: result must be "quantity" or "cost" (got text "profit")',
    );
  });

  test("out of range", () => {
    expect(message(first(newsvendor(m([5]), m([1]), m([1e-300]), m([1]))))).toBe(
      "NEWSVENDOR: underage_cost and overage_cost are too far apart: the critical ratio " +
        "underage_cost/(underage_cost + overage_cost) is within 1e-250 of 0 or 1 (got 1e-300)",
    );
    expect(message(first(newsvendor(m([1e308]), m([1e308]), m([9]), m([1]))))).toBe(
      "NEWSVENDOR: inputs are too large for a finite order quantity (got Infinity)",
    );
    expect(message(first(newsvendor(m([5]), m([1e308]), m([1e308]), m([1e308]), "cost")))).toBe(
      "NEWSVENDOR: inputs are too large for a finite expected cost (got Infinity)",
    );
    expect(message(first(newsvendor(m([-5]), m([1]), m([1]), m([1]))))).toBe(
      "NEWSVENDOR: mean must be zero or more (got -5)",
    );
  });
});

describe("INV.NEWSVENDOR with a quantity", () => {
  test('works: Snyder & Shen Example 4.1 =INV.NEWSVENDOR(50, 8, 0.70, 0.18, "cost", 60) = 2.1561', () => {
    expect(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "cost", m([60])))).toBeCloseTo(2.156131552870388, 12);
  });

  test("quantities spill; a blank quantity is the optimum; result quantity stays the optimum", () => {
    expect(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "cost", col(60, 40, null))).toEqual([
      [expect.closeTo(2.156131552870388, 12)],
      [expect.closeTo(7.356131552870388, 12)], // S = 40 in Example 4.1's setting
      [expect.closeTo(1.997605193176645, 12)], // g(S*), Example 4.3
    ]);
    expect(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), null, m([60])))).toBeCloseTo(56.60395592743389, 11);
  });

  test("out of range and wrong types", () => {
    expect(message(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "cost", m([-1]))))).toBe(
      "NEWSVENDOR: quantity must be zero or more (got -1)",
    );
    expect(message(first(newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "cost", m(["x"]))))).toMatch(
      /^NEWSVENDOR: quantity must be a number/,
    );
  });
});

describe("INV.NEWSVENDORPOISSON", () => {
  test("result cost: Snyder & Shen Example 4.7, g(S*) = g(8) = 3.5701; at a given quantity", () => {
    expect(first(newsvendorpoisson(m([6]), m([4]), m([1]), "cost"))).toBeCloseTo(3.5701, 4);
    expect(first(newsvendorpoisson(m([6]), m([4]), m([1]), "cost", m([8])))).toBe(
      first(newsvendorpoisson(m([6]), m([4]), m([1]), "cost")),
    );
    expect(first(newsvendorpoisson(m([6]), m([4]), m([1]), "cost", m([6])))).toBeGreaterThan(3.5702);
    expect(thrown(() => newsvendorpoisson(m([6]), m([4]), m([1]), "profit"))).toBe(
      'NEWSVENDORPOISSON: result must be "quantity" or "cost" (got text "profit")',
    );
  });

  test("works: Snyder & Shen Example 4.7 =INV.NEWSVENDORPOISSON(6, 4, 1) = 8; Problem 4.8(a) gives 19", () => {
    expect(newsvendorpoisson(col(6, 18), col(4, 270), col(1, 200))).toEqual([[8], [19]]);
  });

  test("a mean of 10,000 stays exact", () => {
    expect(first(newsvendorpoisson(m([10000]), m([0.7]), m([0.18])))).toBe(10082);
  });

  test("out of range", () => {
    expect(message(first(newsvendorpoisson(m([2e7]), m([1]), m([1]))))).toBe(
      "NEWSVENDORPOISSON: mean must be at most 10,000,000 (got 20000000; for a larger mean use NEWSVENDOR with std = SQRT(mean))",
    );
  });
});

describe("INV.NEWSVENDORNEGBIN", () => {
  test("works: mean 2, std 2 (P(D = k) = (k + 1)/2^(k+2)), Cu = 9, Co = 1 gives 5 (F(4) = 0.8906 < 0.9 ≤ F(5) = 0.9375), cost 4.40625", () => {
    expect(first(newsvendornegbin(m([2]), m([2]), m([9]), m([1])))).toBe(5);
    expect(first(newsvendornegbin(m([2]), m([2]), m([9]), m([1]), "cost"))).toBeCloseTo(4.40625, 12);
    expect(first(newsvendornegbin(m([2]), m([2]), m([9]), m([1]), "cost", m([4])))).toBeGreaterThan(4.40625);
  });

  test("std² ≤ mean is the Poisson: Snyder & Shen Example 4.7 =INV.NEWSVENDORNEGBIN(6, SQRT(6), 4, 1) = 8, as with std 0", () => {
    expect(newsvendornegbin(col(6, 6, 18), col(Math.sqrt(6), 0, 1), col(4, 4, 270), col(1, 1, 200))).toEqual(
      newsvendorpoisson(col(6, 6, 18), col(4, 4, 270), col(1, 1, 200)),
    );
    expect(first(newsvendornegbin(m([6]), m([0]), m([4]), m([1])))).toBe(8);
  });

  test("wrong types, out of range, blanks", () => {
    expect(message(first(newsvendornegbin(m([1]), m([101]), m([9]), m([1]))))).toBe(
      "NEWSVENDORNEGBIN: std must be at most 100 × SQRT(mean) (a variance at most 10,000 times the mean) (got 101)",
    );
    expect(message(first(newsvendornegbin(m([0]), m([1]), m([9]), m([1]))))).toBe(
      "NEWSVENDORNEGBIN: mean must be greater than 0 when the standard deviation is (demand that never occurs cannot vary) (got 0)",
    );
    expect(message(first(newsvendornegbin(m(["x"]), m([1]), m([9]), m([1]))))).toMatch(/^NEWSVENDORNEGBIN: mean /);
    expect(thrown(() => newsvendornegbin(m([2]), m([2]), m([9]), m([1]), "profit"))).toBe(
      'NEWSVENDORNEGBIN: result must be "quantity" or "cost" (got text "profit")',
    );
    expect(newsvendornegbin(col(2, null), col(2, null), m([9]), m([1]))).toEqual([[5], [""]]);
    expect(first(newsvendornegbin(m([0]), m([0]), m([9]), m([1])))).toBe(0);
  });
});

describe("INV.NEWSVENDORLOGNORMAL", () => {
  test("works: LN(demand) ~ N(4, 0.5²), Cu = 3, Co = 1 gives Q* = 76.4965, cost 44.7280, g(60) = 50.0728", () => {
    expect(first(newsvendorlognormal(m([4]), m([0.5]), m([3]), m([1])))).toBeCloseTo(76.4964913517786, 10);
    expect(newsvendorlognormal(m([4]), m([0.5]), m([3]), m([1]), "cost", col(null, 60))).toEqual([
      [expect.closeTo(44.72802380599697, 10)],
      [expect.closeTo(50.07283462805637, 10)],
    ]);
  });

  test("a negative log_mean is a median below 1; blanks, bad values", () => {
    expect(first(newsvendorlognormal(m([-1]), m([0]), m([3]), m([1])))).toBeCloseTo(Math.exp(-1), 15);
    expect(newsvendorlognormal(col(4, null), col(0.5, null), m([3]), m([1]))).toEqual([
      [expect.closeTo(76.4964913517786, 10)],
      [""],
    ]);
    expect(message(first(newsvendorlognormal(m([4]), m([-0.5]), m([3]), m([1]))))).toBe(
      "NEWSVENDORLOGNORMAL: log_std must be zero or more (got -0.5)",
    );
    expect(message(first(newsvendorlognormal(m([800]), m([1]), m([3]), m([1]))))).toBe(
      "NEWSVENDORLOGNORMAL: inputs are too large for a finite order quantity (got Infinity)",
    );
  });
});

describe("INV.NEWSVENDORDISCRETE", () => {
  const values = col(1, 2, 3, 4, 5, 6, 7, 8);
  const probabilities = col(0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05);

  test("works: Snyder & Shen Problem 4.7(b), h = 500,000, p = 1,000,000 gives 5", () => {
    expect(newsvendordiscrete(values, probabilities, 1000000, 500000)).toEqual([[5]]);
  });

  test("a row against a column is fine when the counts match; rows blank in both are skipped", () => {
    expect(newsvendordiscrete(m([10, 20, null]), col(0.5, 0.5, ""), m([3]), 1)).toEqual([[20]]);
  });

  test("probabilities that do not sum to 1 say what they sum to", () => {
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(0.5, 0.45), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: probabilities must sum to 1, within 1e-6 (got 0.95; that is their sum)",
    );
  });

  test("each element rule names its cell", () => {
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(50, 50), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: probabilities (row 1) must be between 0 and 1 (got 50; for 50% enter 0.5 or 50%)",
    );
    expect(thrown(() => newsvendordiscrete(col(1, -2), col(0.5, 0.5), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: values (row 2) must be a finite number, zero or more (got -2)",
    );
    expect(thrown(() => newsvendordiscrete(col(1, null), col(0.5, 0.5), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: values (row 2) must be given for every probability (got a blank)",
    );
    expect(thrown(() => newsvendordiscrete(m([1, 2]), m([1, ""]), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: probabilities (column 2) must be given for every value (got a blank)",
    );
  });

  test("cell rules: counts that differ, no values, blank or ranged costs", () => {
    expect(thrown(() => newsvendordiscrete(col(1, 2, 3), col(0.5, 0.5), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: values has 3 cells but probabilities has 2 cells; give one probability per value",
    );
    expect(thrown(() => newsvendordiscrete(col(null, ""), col(null, null), 1, 1))).toBe(
      "NEWSVENDORDISCRETE: values must hold at least one demand value (got a blank)",
    );
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(0.5, 0.5), null, 1))).toBe(
      "NEWSVENDORDISCRETE: underage_cost is blank; enter a number",
    );
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(0.5, 0.5), 1, m([1, 2])))).toBe(
      "NEWSVENDORDISCRETE: overage_cost must be a single value (got a range of 1 row × 2 columns)",
    );
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(0.5, 0.5), "x", 1))).toBe(
      'NEWSVENDORDISCRETE: underage_cost must be a number (got text "x")',
    );
    expect(thrown(() => newsvendordiscrete(col(1, 2), col(0.5, 0.5), 0, 1))).toBe(
      "NEWSVENDORDISCRETE: underage_cost must be greater than 0 (got 0)",
    );
  });
});
