/*
 * The bundle contract: dist/functions.js, loaded the way Excel loads it, computes
 * (registration, driven from functions.json, is test/registration.test.ts).
 */
import { loadBundle } from "./support/bundle";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

describe("EOQ through the bundle", () => {
  test("=INV.EOQ(1300, 8, 0.225) is 304.0468 (Snyder & Shen Example 3.1)", () => {
    const result = bundle.call("EOQ", m([1300]), m([8]), m([0.225]), null) as number[][];
    expect(result).toHaveLength(1);
    expect(result[0]?.[0]).toBeCloseTo(304.0468, 4);
  });

  test("a column from one formula, with a single value broadcast", () => {
    const result = bundle.call("EOQ", col(1300, 12000, 1000), col(8, 4000, 10), m([0.2]), col(1.125, 500, 2.5));
    expect(result).toEqual([[expect.closeTo(304.0468, 4)], [expect.closeTo(979.7959, 4)], [expect.closeTo(200, 9)]]);
  });

  test("a row and a 2-D range keep their shapes", () => {
    const row = bundle.call("EOQ", m([1000, 9600]), m([10, 75]), m([0.5, 16]), null);
    expect(row).toEqual([[expect.closeTo(200, 9), expect.closeTo(300, 9)]]);
    const grid = bundle.call("EOQ", m([1000, 4000], [9000, 16000]), m([10]), m([0.5]), null) as number[][];
    expect(grid).toEqual([
      [expect.closeTo(200, 9), expect.closeTo(400, 9)],
      [expect.closeTo(600, 9), expect.closeTo(800, 9)],
    ]);
  });

  test("one bad element is #VALUE! at its position and the others compute", () => {
    const result = bundle.call("EOQ", col(1000, -5, 4000), m([10]), m([0.5]), null) as unknown[][];
    expect(result[0]?.[0]).toBeCloseTo(200, 9);
    expectValueError(result[1]?.[0], /^EOQ: demand \(row 2\) must be zero or more \(got -5\)$/);
    expect(result[2]?.[0]).toBeCloseTo(400, 9);
  });

  test("mismatched shapes are one #VALUE! naming both shapes", () => {
    const error = thrownBy(() => bundle.call("EOQ", col(1, 2, 3), col(1, 2), m([0.5]), null));
    expectValueError(error, /demand is 3 rows × 1 column but order_cost is 2 rows × 1 column/);
  });

  test("a blank row gives an empty string, never null", () => {
    expect(bundle.call("EOQ", col(1000, null, ""), col(10, null, ""), m([0.5]), null)).toEqual([
      [expect.closeTo(200, 9)],
      [""],
      [""],
    ]);
  });
});

describe("SAFETYSTOCK through the bundle", () => {
  test("Chopra & Meindl Example 12-6 (Dell): 2,500 ± 500 per day, L = 7 ± 7 days, CSL 90%", () => {
    const result = bundle.call("SAFETYSTOCK", m([0.9]), m([500]), m([7]), m([2500]), m([7]), null) as number[][];
    expect(result[0]?.[0]).toBeCloseTo(22491.1, 0);
  });

  test("lead_time_std without avg_demand says so", () => {
    const result = bundle.call("SAFETYSTOCK", m([0.9]), m([500]), m([7]), null, m([7]), null) as unknown[][];
    expectValueError(result[0]?.[0], /SAFETYSTOCK: lead_time_std needs avg_demand/);
  });
});

describe("ABCCLASS through the bundle", () => {
  test("Heizer & Render Example 1 by count spills A/B/C in the input's shape", () => {
    const values = col(90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150);
    expect(bundle.call("ABCCLASS", values, null, null, "count")).toEqual(col(..."AABBBCCCCC".split("")));
  });

  test("a bad basis is #VALUE! listing the choices", () => {
    expectValueError(
      thrownBy(() => bundle.call("ABCCLASS", col(1, 2), null, null, "pareto")),
      /ABCCLASS: basis must be "value" or "count" \(got text "pareto"\)/,
    );
  });
});
