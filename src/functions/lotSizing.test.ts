/*
 * INV.LOTSIZE and INV.LOTSIZECOST as Excel calls them: it works (published
 * examples), the orientation of the spill, blanks, wrong types, out of range,
 * and each new error message once.
 */
import { lotsize as lotsizeTyped, lotsizecost as lotsizecostTyped } from "./lotSizing";
import { col, m, text, valueErrors } from "../../test/support/excelValues";

const { thrown } = valueErrors();

/** The wrappers as Excel calls them: a single cell may arrive as a plain value too. */
const lotsize = (...args: unknown[]) => lotsizeTyped(...(args as Parameters<typeof lotsizeTyped>));
const lotsizecost = (...args: unknown[]) => lotsizecostTyped(...(args as Parameters<typeof lotsizecostTyped>));

/** Silver, Pyke & Thomas ch. 5 illustration: A = $54, h = $0.40 per unit per month. */
const SPT = [10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41];

describe("INV.LOTSIZE", () => {
  test("a column in, a column out: Snyder & Shen Example 3.9 by Wagner-Whitin orders 210 and 150", () => {
    expect(lotsize(col(90, 120, 80, 70), 500, 2, text("WW"))).toEqual(col(210, 0, 150, 0));
  });

  test('a row in, a row out; the method in any case; blanks give ""', () => {
    expect(lotsize(m([90, 120, null, 80, 70, ""]), [[500]], 2, text("ww"))).toEqual(m([210, 0, "", 150, 0, ""]));
  });

  test("Silver-Meal on the Silver, Pyke & Thomas illustration: 84, 130, 283, 140, 124, 160, 279", () => {
    expect(lotsize(m(SPT), 54, 0.4, text("SM"))).toEqual(m([84, 0, 0, 130, 283, 0, 140, 0, 124, 160, 279, 0]));
  });

  test("the parameter: FOQ quantity, POQ and FPR periods", () => {
    expect(lotsize(col(10, 62, 12, 130), 54, 0.4, text("FOQ"), 100)).toEqual(col(100, 0, 0, 200));
    expect(lotsize(col(10, 62, 12, 130), 54, 0.4, text("FPR"), 3)).toEqual(col(84, 0, 0, 130));
    expect(lotsize(col(10, 62, 12, 130), 54, 0.4, text("POQ"), null)).toEqual(col(72, 0, 142, 0));
    expect(lotsize(col(10, 62, 12, 130), 54, 0.4, text("POQ"), "")).toEqual(col(72, 0, 142, 0));
  });

  test.each([
    [col(1, -2), 1, 1, "LFL", null, "LOTSIZE: requirements (row 2) must be a finite number, zero or more (got -2)"],
    [col(1, "x"), 1, 1, "LFL", null, 'LOTSIZE: requirements (row 2) must be a number (got text "x")'],
    [col(1, 2), null, 1, "LFL", null, "LOTSIZE: order_cost is blank; enter a cost per order (0 or more)"],
    [col(1, 2), -1, 1, "LFL", null, "LOTSIZE: order_cost must be zero or more (got -1)"],
    [col(1, 2), 1, 0, "LFL", null, "LOTSIZE: holding_cost must be greater than 0 (got 0)"],
    [col(1, 2), 1, true, "LFL", null, "LOTSIZE: holding_cost must be a number, not a logical value (got TRUE)"],
    [col(1, 2), 1, 1, "", null, "LOTSIZE: method is blank; enter one of LFL, FOQ, EOQ, POQ, FPR, LUC, PPB, SM, WW"],
    [
      col(1, 2),
      1,
      1,
      "MRP",
      null,
      'LOTSIZE: method must be "LFL" or "FOQ" or "EOQ" or "POQ" or "FPR" or "LUC" or "PPB" or "SM" or "WW" (got text "MRP")',
    ],
    [col(1, 2), 1, 1, "SM", 3, "LOTSIZE: parameter is not used by SM; leave it blank (got 3)"],
    [
      col(1, 2),
      1,
      1,
      "FOQ",
      null,
      "LOTSIZE: parameter is required for FOQ: enter the fixed order quantity (got a blank)",
    ],
    [col(1, 2), 1, 1, "FOQ", -5, "LOTSIZE: parameter must be greater than 0 (got -5)"],
    [
      col(1, 2),
      1,
      1,
      "FPR",
      null,
      "LOTSIZE: parameter is required for FPR: enter the periods each order covers (got a blank)",
    ],
    [
      col(1, 2),
      1,
      1,
      "POQ",
      1.5,
      "LOTSIZE: parameter must be a whole number of periods, 1 or more, for POQ (got 1.5; round it, for example to 2)",
    ],
    [col(1, 2), 1, 1, "FPR", 0, "LOTSIZE: parameter must be a whole number of periods, 1 or more, for FPR (got 0)"],
    [col(1, 2), 1, 1, "FPR", col(1, 2), "LOTSIZE: parameter must be a single value (got a range of 2 rows × 1 column)"],
    [
      m([10, 20], [30, 40]),
      1,
      1,
      "LFL",
      null,
      "LOTSIZE: requirements must be a single column or a single row of periods (got 2 rows × 2 columns)",
    ],
    [
      col(1e308, 1e308),
      1,
      1,
      "LFL",
      null,
      "LOTSIZE: inputs are too large for a finite total requirement (got Infinity)",
    ],
  ])("errors: %#", (requirements, orderCost, holdingCost, method, parameter, expected) => {
    expect(thrown(() => lotsize(requirements, orderCost, holdingCost, text(method), parameter))).toBe(expected);
  });

  test("errors: Wagner-Whitin's limit suggests Silver-Meal", () => {
    const requirements = Array.from({ length: 10_001 }, () => [1]);
    expect(thrown(() => lotsize(requirements, 1, 1, text("WW")))).toBe(
      "LOTSIZE: requirements must have at most 10,000 periods with a requirement for WW, whose time grows with their square; SM is linear and usually close to optimal (got 10001)",
    );
  });
});

describe("INV.LOTSIZE with costs per period, unit costs and a rounded EOQ", () => {
  const WW1958 = col(69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56);
  const SETUPS = col(85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114);

  test("Wagner & Whitin (1958) example: order_cost per month, h = 1: orders 98, 97, 121, 112, 67, 135 for 864", () => {
    expect(lotsize(WW1958, SETUPS, m([1]), text("WW"))).toEqual(col(98, 0, 97, 0, 121, 0, 0, 112, 0, 67, 135, 0));
    expect(lotsizecost(WW1958, SETUPS, m([1]), text("WW"))).toEqual([[864]]);
  });

  test("unit_costs: a price rise makes WW buy ahead, and LOTSIZECOST includes the purchase", () => {
    expect(lotsize(col(100, 100), m([50]), m([1]), text("WW"), null, col(5, 8))).toEqual(col(200, 0));
    expect(lotsizecost(col(100, 100), m([50]), m([1]), text("WW"), null, col(5, 8))).toEqual([[1150]]);
    expect(lotsizecost(col(100, 100), m([50]), m([1]), text("LFL"), null, m([2]))).toEqual([[500]]);
  });

  test("EOQ rounded through parameter (Silver, Pyke & Thomas illustration: EOQ 164.3 → 160)", () => {
    expect(lotsize(m(SPT), 54, 0.4, text("EOQ"), 10)).toEqual(lotsize(m(SPT), 54, 0.4, text("FOQ"), 160));
  });

  test("errors: a cost range of another shape, a blank period cost, varying costs for a heuristic", () => {
    expect(thrown(() => lotsize(col(1, 2, 3), col(1, 2), m([1]), text("WW")))).toMatch(
      /^LOTSIZE: requirements is 3 rows × 1 column but order_cost is 2 rows × 1 column/,
    );
    expect(thrown(() => lotsize(col(1, 2), col(1, null), m([1]), text("WW")))).toBe(
      "LOTSIZE: order_cost (row 2) is blank for a period in the horizon; enter its cost (got a blank)",
    );
    expect(thrown(() => lotsize(WW1958, SETUPS, m([1]), text("SM")))).toMatch(
      /^LOTSIZE: order_cost must be one value for SM; costs that vary by period are planned by WW/,
    );
  });
});

describe("INV.LOTSIZECOST", () => {
  test("compares methods in one row of formulas (Silver, Pyke & Thomas illustration)", () => {
    const cost = (method: string, parameter?: unknown) => lotsizecost(m(SPT), 54, 0.4, text(method), parameter)[0]?.[0];
    expect(cost("WW")).toBeCloseTo(501.2, 9);
    expect(cost("SM")).toBeCloseTo(501.2, 9);
    expect(cost("LUC")).toBeCloseTo(558.8, 9);
    expect(cost("PPB")).toBeCloseTo(600, 9);
    expect(cost("POQ")).toBeCloseTo(553.6, 9);
    expect(cost("LFL")).toBeCloseTo(12 * 54, 9);
    expect(cost("FPR", 12)).toBeCloseTo(54 + 0.4 * SPT.reduce((sum, r, t) => sum + t * r, 0), 9);
  });

  test("Heizer & Render ch. 14 data (S = $100, H = $1): LFL $700, PPB $490, WW $455", () => {
    const net = col(0, 30, 40, 0, 10, 40, 30, 0, 30, 55);
    expect(lotsizecost(net, 100, 1, text("LFL"))).toEqual([[700]]);
    expect(lotsizecost(net, 100, 1, text("PPB"))).toEqual([[490]]);
    expect(lotsizecost(net, 100, 1, text("WW"))).toEqual([[455]]);
  });

  test("errors name LOTSIZECOST", () => {
    expect(thrown(() => lotsizecost(col(1, 2), 1, 1, text("FOQ")))).toBe(
      "LOTSIZECOST: parameter is required for FOQ: enter the fixed order quantity (got a blank)",
    );
    expect(thrown(() => lotsizecost(m([10, 20], [30, 40]), 100, 1, text("WW")))).toBe(
      "LOTSIZECOST: requirements must be a single column or a single row of periods (got 2 rows × 2 columns)",
    );
  });
});
