/*
 * The safety-stock, service-level and newsvendor functions through the built bundle,
 * loaded the way Excel loads it: option arguments declared as single values, and
 * computing the published examples.
 */
import { loadBundle } from "./support/bundle";
import { col, first, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

const SIGMA_L = 500 * Math.SQRT2; // Chopra & Meindl Examples 12-1 to 12-5

describe("argument shapes", () => {
  test("option arguments are single values; everything else takes ranges", () => {
    const scalar = (id: string) =>
      bundle.metadata.functions
        .find((f) => f.id === id)
        ?.parameters.filter((p) => p.dimensionality !== "matrix")
        .map((p) => p.name);
    expect(scalar("NEWSVENDOR")).toEqual(["result"]);
    expect(scalar("NEWSVENDORDISCRETE")).toEqual(["underage_cost", "overage_cost"]);
    expect(scalar("SAFETYSTOCKFR")).toEqual([]);
  });
});

describe("service levels through the bundle", () => {
  test("=INV.SAFETYFACTOR matches Excel NORM.S.INV at 1e-9, 0.5, 0.9, 0.95, 0.999999 to 1e-9", () => {
    const result = bundle.call("SAFETYFACTOR", m([1e-9, 0.5, 0.9, 0.95, 0.999999])) as number[][];
    const excel = [-5.99780701500769, 0, 1.2815515655446, 1.64485362695147, 4.7534243088229];
    result[0]?.forEach((z, i) => expect(Math.abs(z - (excel[i] as number))).toBeLessThanOrEqual(1e-9));
  });

  test("=INV.SAFETYFACTOR(1) is #VALUE!, never Infinity", () => {
    expectValueError(first(bundle.call("SAFETYFACTOR", m([1]))), /service_level must be between 0 and 1/);
  });

  test("Chopra & Meindl Example 12-6 (Dell): =INV.LEADTIMESTD(500, 7, 2500, 7) = 17,550", () => {
    expect(first(bundle.call("LEADTIMESTD", m([500]), m([7]), m([2500]), m([7]), null))).toBeCloseTo(17549.93, 2);
  });

  test("CPIM: =INV.MADTOSIGMA(80) = 100", () => {
    expect(bundle.call("MADTOSIGMA", m([80]))).toEqual([[100]]);
  });

  test("Chopra & Meindl Examples 12-1 to 12-3: ROP 6,000, CSL 0.92, fill rate 0.9975", () => {
    expect(bundle.call("REORDERPOINT", m([2500]), m([2]), m([1000]))).toEqual([[6000]]);
    expect(first(bundle.call("CYCLESERVICE", m([1000]), m([SIGMA_L])))).toBeCloseTo(0.9214, 4);
    expect(first(bundle.call("FILLRATE", m([1000]), m([SIGMA_L]), m([10000])))).toBeCloseTo(0.9975, 4);
  });

  test("Chopra & Meindl Example 12-5: =INV.SAFETYSTOCKFR(0.975, 500, 2, 10000) = 67 and =INV.FILLRATEK(…) = 0.0943", () => {
    expect(first(bundle.call("SAFETYSTOCKFR", m([0.975]), m([500]), m([2]), m([10000]), null, null, null))).toBeCloseTo(
      66.6976,
      4,
    );
    expect(first(bundle.call("FILLRATEK", m([0.975]), m([10000]), m([SIGMA_L])))).toBeCloseTo(0.0943246, 7);
  });

  test("SAFETYSTOCKFR is not floored: a column of fill rates, one met by Q alone, spills with a negative", () => {
    const result = bundle.call(
      "SAFETYSTOCKFR",
      col(0.95, 0.999),
      m([100]),
      m([1]),
      m([1000]),
      null,
      null,
      null,
    ) as number[][];
    expect(result[0]?.[0]).toBeLessThan(0);
    expect(result[1]?.[0]).toBeGreaterThan(0);
  });

  test("NORMLOSS and NORMLOSSINV round-trip, negative k included", () => {
    const k = m([-1.25, 0.5, 1.25, 3]);
    const losses = bundle.call("NORMLOSS", k);
    expect(bundle.call("NORMLOSSINV", losses)).toEqual([k[0]?.map((v) => expect.closeTo(v as number, 10))]);
    expectValueError(
      first(bundle.call("NORMLOSSINV", m([0]))),
      /^NORMLOSSINV: loss must be at least 1e-300 \(got 0\)$/,
    );
  });

  test("Snyder & Shen Example 4.4: =INV.ORDERUPTO(50, 1, 4, 0.7/0.88, 8) = 264.7669", () => {
    expect(first(bundle.call("ORDERUPTO", m([50]), m([1]), m([4]), m([0.7 / 0.88]), m([8])))).toBeCloseTo(264.7669, 4);
  });

  test("Chopra & Meindl Example 12-6 over R + L = 7: =INV.ORDERUPTO(2500, 1, 6, 0.9, 500, 7) = 17,500 + z·17,549.9", () => {
    const level = first(bundle.call("ORDERUPTO", m([2500]), m([1]), m([6]), m([0.9]), m([500]), m([7]), null));
    expect(level).toBeCloseTo(17500 + 1.2815515655446004 * 17549.93, 0);
    const weekly = bundle.call("ORDERUPTO", m([50]), m([1]), m([3]), m([0.95]), m([16]), null, m([4]));
    expect(first(weekly)).toBeCloseTo(
      first(bundle.call("ORDERUPTO", m([50]), m([1]), m([3]), m([0.95]), m([8]))) as number,
      10,
    );
  });

  test("FILLRATE with lost sales (Chopra & Meindl Example 12-3's ESC of 25.13): 10,000/10,025.13; TRUE/FALSE only", () => {
    const args = [m([1000]), m([SIGMA_L]), m([10000])];
    expect(first(bundle.call("FILLRATE", ...args, true))).toBeCloseTo(10000 / 10025.13, 6);
    expect(first(bundle.call("FILLRATE", ...args, false))).toBe(first(bundle.call("FILLRATE", ...args)));
    expectValueError(
      thrownBy(() => bundle.call("FILLRATE", ...args, "lost")),
      /^FILLRATE: lost_sales must be TRUE or FALSE \(got text "lost"\)$/,
    );
  });

  test("NORMLOSS of order 2 and the complements: G2(0) = 0.25; n̄(k) = k + G(k); an order of 3 is #VALUE!", () => {
    expect(bundle.call("NORMLOSS", m([0]), m([2]), null)).toEqual([[expect.closeTo(0.25, 15)]]);
    const k = m([-1.25, 0, 1.25]);
    const above = bundle.call("NORMLOSS", k) as number[][];
    const below = bundle.call("NORMLOSS", k, null, true) as number[][];
    expect(below[0]?.map((v, i) => v - (above[0]?.[i] ?? NaN))).toEqual(
      [-1.25, 0, 1.25].map((v) => expect.closeTo(v, 12)),
    );
    expect(bundle.call("NORMLOSS", m([1]), m([2]), true)).toEqual(bundle.call("NORMLOSS", m([-1]), m([2])));
    expectValueError(
      first(bundle.call("NORMLOSS", m([1]), m([3]))),
      /^NORMLOSS: order must be 1 \(first-order loss\) or 2/,
    );
  });
});

describe("newsvendor through the bundle", () => {
  test("Snyder & Shen Example 4.3: =INV.CRITICALRATIO(0.7, 0.18) = 0.7955; =INV.NEWSVENDOR(50, 8, 0.7, 0.18) = 56.6040, cost 1.9976", () => {
    expect(first(bundle.call("CRITICALRATIO", m([0.7]), m([0.18])))).toBeCloseTo(0.7955, 4);
    expect(first(bundle.call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), null))).toBeCloseTo(56.604, 4);
    expect(first(bundle.call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), "cost"))).toBeCloseTo(1.9976, 4);
  });

  test("a bad result option is one #VALUE! naming the choices", () => {
    expectValueError(
      thrownBy(() => bundle.call("NEWSVENDOR", m([50]), m([8]), m([0.7]), m([0.18]), "profit")),
      /NEWSVENDOR: result must be "quantity" or "cost" \(got text "profit"\)/,
    );
  });

  test("Snyder & Shen Example 4.7: =INV.NEWSVENDORPOISSON(6, 4, 1) = 8; exact at a mean of 10,000", () => {
    expect(bundle.call("NEWSVENDORPOISSON", col(6, 10000), col(4, 1), col(1, 1))).toEqual([[8], [10000]]);
  });

  test("Snyder & Shen Problem 4.7(b): =INV.NEWSVENDORDISCRETE(1..8, pmf, 1000000, 500000) = 5", () => {
    const values = col(1, 2, 3, 4, 5, 6, 7, 8);
    const probabilities = col(0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05);
    expect(bundle.call("NEWSVENDORDISCRETE", values, probabilities, 1000000, 500000)).toEqual([[5]]);
    expectValueError(
      thrownBy(() => bundle.call("NEWSVENDORDISCRETE", col(1, 2), col(0.5, 0.45), 1, 1)),
      /^NEWSVENDORDISCRETE: probabilities must sum to 1, within 1e-6 \(got 0.95; that is their sum\)$/,
    );
  });
});
