/*
 * The safety-stock and service-level functions as Excel calls them: for each, that it
 * works (a published example), wrong types, out of range, and blanks / omitted
 * optionals. Each new error message is checked once, word for word.
 */
import {
  cycleservice,
  fillrate,
  fillratek,
  leadtimestd,
  madtosigma,
  normloss,
  normlossinv,
  orderupto,
  reorderpoint,
  safetyfactor,
  safetystock,
  safetystockfr,
} from "./safetyStock";
import { col, first, m, omitted, valueErrors } from "../../test/support/excelValues";

const { message } = valueErrors();

const SIGMA_L = 500 * Math.SQRT2; // Chopra & Meindl Examples 12-1 to 12-5

describe("INV.SAFETYSTOCK", () => {
  test("works: Chopra & Meindl Example 12-4, CSL 90%, weekly σ 500, L = 2 weeks: ss ≈ 906", () => {
    expect(first(safetystock(m([0.9]), m([500]), m([2])))).toBeCloseTo(906.2, 1);
  });

  test("works with lead-time variability and a forecast interval, over a column", () => {
    const result = safetystock(col(0.9, 0.95), m([500]), m([7]), m([2500]), col(7, 0), col(1, 4));
    expect(result[0]?.[0]).toBeCloseTo(22491.1, 1); // Chopra & Meindl Example 12-6
    expect(result[1]?.[0]).toBeCloseTo(1.6448536269514724 * 500 * Math.sqrt(7 / 4), 9);
  });

  test("wrong types", () => {
    expect(message(first(safetystock(m(["95%"]), m([500]), m([2]))))).toBe(
      'SAFETYSTOCK: service_level must be a number, not text (got text "95%"; enter 95% without quotes, or convert the cell with VALUE())',
    );
    expect(message(first(safetystock(m([0.95]), m([false]), m([2]))))).toBe(
      "SAFETYSTOCK: demand_std must be a number, not a logical value (got FALSE)",
    );
  });

  test("out of range", () => {
    expect(message(first(safetystock(m([95]), m([500]), m([2]))))).toBe(
      "SAFETYSTOCK: service_level must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
    expect(message(first(safetystock(m([1]), m([500]), m([2]))))).toBe(
      "SAFETYSTOCK: service_level must be between 0 and 1, both excluded (got 1)",
    );
    expect(message(first(safetystock(m([0.9]), m([500]), m([-2]))))).toBe(
      "SAFETYSTOCK: lead_time must be zero or more (got -2)",
    );
    expect(message(first(safetystock(m([0.9]), m([500]), m([2]), null!, null!, m([0]))))).toBe(
      "SAFETYSTOCK: forecast_interval must be greater than 0 (got 0)",
    );
  });

  test("lead_time_std without avg_demand says so, in Excel's names", () => {
    expect(message(first(safetystock(m([0.9]), m([500]), m([2]), null!, m([1]))))).toBe(
      "SAFETYSTOCK: lead_time_std needs avg_demand: lead-time variability is converted to units through the mean demand per period (got 1)",
    );
  });

  test("blanks and omitted optionals", () => {
    expect(safetystock(col(0.9, null), col(500, null), m([2]))).toEqual([[expect.closeTo(906.2, 1)], [""]]);
    expect(first(safetystock(m([0.9]), m([500]), m([2]), m([null]), m([""]), m([null])))).toBeCloseTo(906.2, 1);
  });
});

describe("INV.SAFETYFACTOR", () => {
  test("works: =INV.SAFETYFACTOR(0.95) = NORM.S.INV(0.95) = 1.64485362695147, and spills over a column", () => {
    expect(first(safetyfactor(m([0.95])))).toBeCloseTo(1.64485362695147, 12);
    expect(safetyfactor(col(0.5, 0.9))).toEqual([[0], [expect.closeTo(1.2815515655446, 12)]]);
  });

  test("out of range: 0 or 1 is #VALUE!, never ±Infinity; a whole percent gets a hint", () => {
    expect(message(first(safetyfactor(m([1]))))).toBe(
      "SAFETYFACTOR: service_level must be between 0 and 1, both excluded (got 1)",
    );
    expect(message(first(safetyfactor(m([95]))))).toMatch(/for 95% enter 0.95 or 95%/);
  });

  test("wrong types and blanks", () => {
    expect(message(first(safetyfactor(m([true]))))).toMatch(/not a logical value/);
    expect(safetyfactor(col(0.9, null))).toEqual([[expect.any(Number)], [""]]);
  });
});

describe("INV.LEADTIMESTD", () => {
  test("works: Chopra & Meindl Example 12-6 (Dell) =INV.LEADTIMESTD(500, 7, 2500, 7) = 17,550", () => {
    expect(first(leadtimestd(m([500]), m([7]), m([2500]), m([7]), omitted))).toBeCloseTo(17549.93, 2);
  });

  test("omitted and blank optionals take their defaults", () => {
    expect(first(leadtimestd(m([500]), m([2])))).toBeCloseTo(SIGMA_L, 9);
    expect(first(leadtimestd(m([500]), m([2]), m([""]), m([null]), m([""])))).toBeCloseTo(SIGMA_L, 9);
  });

  test("out of range and wrong types", () => {
    expect(message(first(leadtimestd(m([500]), m([7]), omitted, m([7]), omitted)))).toBe(
      "LEADTIMESTD: lead_time_std needs avg_demand: lead-time variability is converted to units through the mean demand per period (got 7)",
    );
    expect(message(first(leadtimestd(m(["500"]), m([7]))))).toMatch(/demand_std must be a number, not text/);
  });
});

describe("INV.MADTOSIGMA", () => {
  test("works: CPIM, 1 MAD ≈ 0.8 σ: =INV.MADTOSIGMA(80) = 100", () => {
    expect(madtosigma(col(80, 8, null))).toEqual([[100], [10], [""]]);
    expect(madtosigma(m([0]))).toEqual([[0]]); // in a range, a lone 0 reads as an empty cell (the funnel's rule)
  });

  test("out of range", () => {
    expect(message(first(madtosigma(m([-1]))))).toBe("MADTOSIGMA: mad must be zero or more (got -1)");
    expect(message(first(madtosigma(m([1.7e308]))))).toBe(
      "MADTOSIGMA: inputs are too large for a finite standard deviation (got Infinity)",
    );
  });
});

describe("INV.SAFETYSTOCKFR", () => {
  test("works: Chopra & Meindl Example 12-5 =INV.SAFETYSTOCKFR(0.975, 500, 2, 10000) = 67", () => {
    expect(first(safetystockfr(m([0.975]), m([500]), m([2]), m([10000])))).toBeCloseTo(66.6976, 4);
  });

  test("not floored at 0: negative when the order quantity alone meets the target", () => {
    expect(first(safetystockfr(m([0.95]), m([100]), m([1]), m([1000])))).toBeLessThan(0);
  });

  test("optionals: lead-time variability through avg_demand and lead_time_std", () => {
    const withVariability = first(safetystockfr(m([0.99]), m([500]), m([7]), m([50000]), m([2500]), m([7]), omitted));
    const without = first(safetystockfr(m([0.99]), m([500]), m([7]), m([50000]), omitted, omitted, omitted));
    expect(withVariability).toBeGreaterThan(without as number);
  });

  test("out of range: a fill rate of 1, and one too close to 1 for the numbers", () => {
    expect(message(first(safetystockfr(m([1]), m([500]), m([2]), m([10000]))))).toBe(
      "SAFETYSTOCKFR: fill_rate must be between 0 and 1, both excluded (got 1)",
    );
    expect(message(first(safetystockfr(m([0.9999999999]), m([1e10]), m([1]), m([1e-300]))))).toBe(
      "SAFETYSTOCKFR: fill_rate is too close to 1 for this order_quantity and lead-time demand deviation: " +
        "the safety factor would pass 37 standard deviations (got 0.9999999999)",
    );
  });

  test("a blank required argument is #VALUE! at its position", () => {
    expect(message(first(safetystockfr(m([0.98]), m([500]), m([2]), m([null]))))).toBe(
      "SAFETYSTOCKFR: order_quantity is blank; enter a number",
    );
  });
});

describe("INV.FILLRATEK", () => {
  test("works: Chopra & Meindl Example 12-5 =INV.FILLRATEK(0.975, 10000, 707.1) = 0.0943", () => {
    expect(first(fillratek(m([0.975]), m([10000]), m([SIGMA_L])))).toBeCloseTo(0.0943245910250249, 12);
  });

  test("negative k when Q alone meets the target", () => {
    expect(first(fillratek(m([0.95]), m([1000]), m([100])))).toBeLessThan(0);
  });

  test("out of range", () => {
    expect(message(first(fillratek(m([0.9]), m([10]), m([0]))))).toBe(
      "FILLRATEK: lead_time_demand_std must be greater than 0 (got 0)",
    );
    expect(message(first(fillratek(m([0.5]), m([1e308]), m([1e-308]))))).toBe(
      "FILLRATEK: inputs are too large for a finite safety factor (got Infinity)",
    );
  });
});

describe("INV.NORMLOSS and INV.NORMLOSSINV", () => {
  test("works: G(0) = 1/√(2π); G(1.25) = 0.0506 (Snyder & Shen Example 4.1: σ = 8, S − μ = 10)", () => {
    expect(first(normloss(m([0])))).toBeCloseTo(0.398942280401433, 14);
    expect(normloss(m([1.25, -1.25]))).toEqual([
      [expect.closeTo(0.0505868683054528, 14), expect.closeTo(1.300586868305453, 14)],
    ]);
    expect(first(normlossinv(m([0.05058686830545283])))).toBeCloseTo(1.25, 12);
  });

  test("negative k: G(−1.25) = 1.25 + G(1.25), and NORMLOSSINV gives −1.25 back", () => {
    expect(first(normloss(m([-1.25])))).toBeCloseTo(1.300586868305453, 14);
    expect(first(normlossinv(m([1.300586868305453])))).toBeCloseTo(-1.25, 12);
  });

  test("out of range and wrong types", () => {
    expect(message(first(normlossinv(m([0]))))).toBe("NORMLOSSINV: loss must be at least 1e-300 (got 0)");
    expect(message(first(normlossinv(m([1e-310]))))).toBe(
      "NORMLOSSINV: loss must be at least 1e-300 (got 1e-310; a loss that small needs a safety factor beyond 37 standard deviations)",
    );
    expect(message(first(normloss(m(["x"]))))).toBe('NORMLOSS: k must be a number (got text "x")');
  });
});

describe("INV.FILLRATE", () => {
  test("works: Chopra & Meindl Example 12-3 =INV.FILLRATE(1000, 707.1, 10000) = 0.9975", () => {
    expect(first(fillrate(m([1000]), m([SIGMA_L]), m([10000])))).toBeCloseTo(0.9975, 4);
  });

  test("a row of safety stocks spills as a row; blanks give blanks", () => {
    const result = fillrate(m([0, 1000, null]), m([SIGMA_L]), m([10000]));
    expect(result[0]).toHaveLength(3);
    expect(result[0]?.[2]).toBe("");
  });

  test("out of range", () => {
    expect(message(first(fillrate(m([1000]), m([SIGMA_L]), m([0]))))).toBe(
      "FILLRATE: order_quantity must be greater than 0 (got 0)",
    );
  });
});

describe("INV.CYCLESERVICE", () => {
  test("works: Chopra & Meindl Example 12-2 =INV.CYCLESERVICE(6000 − 5000, 707.1) = 0.92", () => {
    expect(first(cycleservice(m([1000]), m([SIGMA_L])))).toBeCloseTo(0.921350396474857, 12);
  });

  test("out of range", () => {
    expect(message(first(cycleservice(m([1000]), m([-1]))))).toBe(
      "CYCLESERVICE: lead_time_demand_std must be zero or more (got -1)",
    );
  });
});

describe("INV.REORDERPOINT", () => {
  test("works: Chopra & Meindl Example 12-1 =INV.REORDERPOINT(2500, 2, 1000) = 6,000", () => {
    expect(reorderpoint(col(2500, 2500), m([2]), col(1000, 906))).toEqual([[6000], [5906]]);
  });

  test("out of range", () => {
    expect(message(first(reorderpoint(m([1e308]), m([1e308]), m([0]))))).toBe(
      "REORDERPOINT: inputs are too large for a finite reorder point (got Infinity)",
    );
  });
});

describe("INV.ORDERUPTO", () => {
  test("works: Snyder & Shen Example 4.4 base stock (R = 1, L = 4) =INV.ORDERUPTO(50, 1, 4, 0.7/0.88, 8) = 264.7669", () => {
    expect(first(orderupto(m([50]), m([1]), m([4]), m([0.7 / 0.88]), m([8])))).toBeCloseTo(264.7668943741548, 10);
  });

  test("out of range", () => {
    expect(message(first(orderupto(m([1]), m([0]), m([1]), m([0.9]), m([1]))))).toBe(
      "ORDERUPTO: review_period must be greater than 0 (got 0)",
    );
    expect(message(first(orderupto(m([1]), m([1e308]), m([1e308]), m([0.9]), m([1]))))).toBe(
      "ORDERUPTO: inputs are too large for a finite protection interval (got Infinity)",
    );
    expect(message(first(orderupto(m([1]), m([1e308]), m([1]), m([0.99]), m([1e308]))))).toBe(
      "ORDERUPTO: inputs are too large for a finite lead-time demand deviation (got Infinity)",
    );
    expect(message(first(orderupto(m([1e308]), m([10]), m([1]), m([0.9]), m([1]))))).toBe(
      "ORDERUPTO: inputs are too large for a finite order-up-to level (got Infinity)",
    );
  });
});
