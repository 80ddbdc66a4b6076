/*
 * The cycle-stock functions (EOQ, EOQCOST, EOQBACKORDER, EOQDISCOUNT, EPQ,
 * EPQBACKORDER) as Excel calls them: it works, wrong types, out of range, blanks
 * and omitted optionals; and each new error message once.
 */
import { eoq, eoqbackorder, eoqcost, eoqdiscount, epq, epqbackorder } from "./cycleStock";
import { col, first, m, text, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

describe("INV.EOQ", () => {
  test("works: =INV.EOQ(1300, 8, 0.225) = 304.0468 (Snyder & Shen Example 3.1)", () => {
    expect(first(eoq(m([1300]), m([8]), m([0.225])))).toBeCloseTo(304.0468, 4);
  });

  test("works with a unit cost: holding_cost is then a carrying rate (Chopra & Meindl Example 11-1)", () => {
    expect(first(eoq(m([12000]), m([4000]), m([0.2]), m([500])))).toBeCloseTo(979.7959, 4);
  });

  test("wrong types", () => {
    expect(message(first(eoq(m(["1300"]), m([8]), m([0.225]))))).toBe(
      'EOQ: demand must be a number, not text (got text "1300"; the cell holds a number stored as text: convert it with VALUE())',
    );
    expect(message(first(eoq(m([1300]), m([true]), m([0.225]))))).toBe(
      "EOQ: order_cost must be a number, not a logical value (got TRUE)",
    );
  });

  test("out of range", () => {
    expect(message(first(eoq(m([-1]), m([8]), m([0.225]))))).toBe("EOQ: demand must be zero or more (got -1)");
    expect(message(first(eoq(m([1]), m([-8]), m([0.225]))))).toBe("EOQ: order_cost must be zero or more (got -8)");
    expect(message(first(eoq(m([1]), m([8]), m([0]))))).toBe("EOQ: holding_cost must be greater than 0 (got 0)");
    expect(message(first(eoq(m([1]), m([8]), m([0.2]), m([-3]))))).toBe(
      "EOQ: unit_cost must be greater than 0 (got -3)",
    );
    expect(message(first(eoq(m([1e308]), m([1e308]), m([1e-308]))))).toBe(
      "EOQ: inputs are too large for a finite order quantity (got Infinity)",
    );
  });

  test("figures far from 1 give the answer whenever it is finite: =INV.EOQ(1E200, 1E200, 1) = √2 × 1E200", () => {
    expect((first(eoq(m([1e200]), m([1e200]), m([1]))) as number) / (Math.SQRT2 * 1e200)).toBeCloseTo(1, 14);
    expect((first(eoq(m([1e300]), m([1e300]), m([1e300]))) as number) / (Math.SQRT2 * 1e150)).toBeCloseTo(1, 14);
  });

  test("blanks and omitted optionals", () => {
    expect(eoq(col(1000, null, ""), col(10, null, ""), m([0.5]))).toEqual([[200], [""], [""]]);
    expect(eoq(m([1000]), m([10]), m([0.5]), null as unknown as any[][])).toEqual([[200]]);
    expect(eoq(m([1000]), m([10]), m([0.5]), m([null]))).toEqual([[200]]);
    expect(message(first(eoq(m([1000]), m([null]), m([0.5]))))).toBe("EOQ: order_cost is blank; enter a number");
  });
});

describe("INV.EOQCOST", () => {
  test("works: a column of order quantities draws the cost curve (Snyder & Shen Example 3.1 data)", () => {
    const curve = eoqcost(m([1300]), m([8]), m([0.225]), col(250, 304.0467800264368, 400));
    expect(curve).toEqual([[expect.closeTo(69.725, 10)], [expect.closeTo(68.4105, 4)], [expect.closeTo(71, 10)]]);
  });

  test("unit_cost turns holding_cost into a carrying rate; blank or omitted unit_cost is ignored", () => {
    expect(first(eoqcost(m([100]), m([10]), m([0.2]), m([10]), m([5])))).toBeCloseTo(100 + 5, 10);
    expect(first(eoqcost(m([100]), m([10]), m([1]), m([10]), m([null])))).toBeCloseTo(105, 10);
  });

  test("errors: order_quantity must be positive; text is explained", () => {
    expect(message(first(eoqcost(m([100]), m([10]), m([1]), m([0]))))).toBe(
      "EOQCOST: order_quantity must be greater than 0 (got 0)",
    );
    expect(message(first(eoqcost(m([100]), m([10]), m([1]), m(["ten"]))))).toBe(
      'EOQCOST: order_quantity must be a number (got text "ten")',
    );
  });
});

describe("INV.EOQBACKORDER", () => {
  test("works: Snyder & Shen Example 3.8 (K = 8, h = 0.225, p = 5, λ = 1300), every result", () => {
    const call = (result?: unknown) => first(eoqbackorder(m([1300]), m([8]), m([0.225]), m([5]), text(result)));
    expect(call()).toBeCloseTo(310.8126, 4);
    expect(call(null)).toBeCloseTo(310.8126, 4);
    expect(call("")).toBeCloseTo(310.8126, 4);
    expect(call("Backorders")).toBeCloseTo(310.8125551589646 * 0.043062200956938, 9);
    expect(call("COST")).toBeCloseTo(66.9214, 4);
  });

  test("errors: backorder_cost must be positive; an unknown result lists the names", () => {
    expect(message(first(eoqbackorder(m([1300]), m([8]), m([0.225]), m([0]))))).toBe(
      "EOQBACKORDER: backorder_cost must be greater than 0 (got 0)",
    );
    expect(thrown(() => eoqbackorder(m([1300]), m([8]), m([0.225]), m([5]), text("size")))).toBe(
      'EOQBACKORDER: result must be "quantity" or "backorders" or "cost" or "max_inventory" (got text "size")',
    );
  });
});

describe("INV.EOQBACKORDER at a given order_quantity or backorder_fraction", () => {
  const example38 = [m([1300]), m([8]), m([0.225]), m([5])] as const;

  test("Snyder & Shen Example 3.8 through eq. (3.26): a column of order quantities spills g(Q, x*), Q* giving g* = 66.9214", () => {
    const costs = eoqbackorder(...example38, text("cost"), col(310.8125551589646, 400), null as unknown as undefined);
    expect(costs).toEqual([
      [expect.closeTo(66.92136355097325, 9)],
      [expect.closeTo(26 + ((0.225 * 5) / 5.225) * 200, 9)],
    ]);
    expect(first(eoqbackorder(...example38, text("max_inventory")))).toBeCloseTo(310.8126 * (1 - 0.0430622), 3);
  });

  test("a backorder_fraction of 0 is the EOQ (Snyder & Shen Example 3.1: 304.0468, g 68.4105); 1.5 is #VALUE!", () => {
    expect(
      first(eoqbackorder(...example38, null as unknown as undefined, null as unknown as undefined, m([0]))),
    ).toBeCloseTo(304.0468, 4);
    expect(first(eoqbackorder(...example38, text("cost"), m([304.0467800264368]), m([0])))).toBeCloseTo(68.4105, 4);
    expect(message(first(eoqbackorder(...example38, text("cost"), m([300]), m([1.5]))))).toBe(
      "EOQBACKORDER: backorder_fraction must be between 0 and 1 (got 1.5; for 1.5% enter 0.015 or 1.5%)",
    );
    expect(message(first(eoqbackorder(...example38, text("cost"), m([0]))))).toBe(
      "EOQBACKORDER: order_quantity must be greater than 0 (got 0)",
    );
  });
});

describe("INV.EOQDISCOUNT", () => {
  const breaks = col(0, 400, 800);
  const prices = col(0.75, 0.72, 0.68);

  test("works: Snyder & Shen Example 3.6 (all-units): 800 units at $0.68, $978.60 per year", () => {
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices))).toBe(800);
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, false, text("price")))).toBe(0.68);
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, null, text("cost")))).toBeCloseTo(978.6, 10);
  });

  test("works: Snyder & Shen Example 3.7 (incremental = TRUE): 304.05 units, $1,043.41 per year", () => {
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, true))).toBeCloseTo(304.0468, 4);
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, "TRUE", text("cost")))).toBeCloseTo(
      1043.4105,
      4,
    );
    expect(first(eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, [[1]], text("price")))).toBe(0.75);
  });

  test("demand may be a range: the schedule applies to each element; trailing blanks in the schedule are ignored", () => {
    const result = eoqdiscount(col(1300, 100, -1), m([8]), m([0.3]), col(1, 400, 800, null), col(0.75, 0.72, 0.68, ""));
    expect(result[0]?.[0]).toBe(800);
    expect(result[1]?.[0]).toBeCloseTo(Math.sqrt((2 * 100 * 8) / (0.3 * 0.75)), 10); // $93.97 beats 400 at $0.72 ($117.20)
    expect(message(result[2]?.[0])).toBe("EOQDISCOUNT: demand (row 3) must be zero or more (got -1)");
    expect(first(eoqdiscount(m([0]), m([8]), m([0.3]), col(0, 400), col(0.75, 0.72)))).toBe(0);
  });

  test.each([
    [
      col(0, 400, 800),
      col(0.75, 0.72),
      "EOQDISCOUNT: unit_prices must have one price per break quantity: break_quantities has 3 but unit_prices has 2 (got 2)",
    ],
    [
      col(100, 400),
      col(0.75, 0.72),
      "EOQDISCOUNT: break_quantities (row 1) must start at 0 (or 1): the first price applies from the first unit (got 100)",
    ],
    [
      m([0, 400, 300]),
      m([0.75, 0.72, 0.7]),
      "EOQDISCOUNT: break_quantities (column 3) must increase: greater than the one before (400) (got 300)",
    ],
    [
      col(0, 400),
      col(0.75, 0.8),
      "EOQDISCOUNT: unit_prices (row 2) must not rise as the quantity rises: at most the price before (0.75) (got 0.8)",
    ],
    [
      col(0, null, 800),
      col(0.75, 0.72, 0.7),
      "EOQDISCOUNT: break_quantities (row 2) is blank; every price needs its break quantity (got a blank)",
    ],
    [
      col(0, 400, 800),
      col(0.75, null, 0.7),
      "EOQDISCOUNT: unit_prices (row 2) is blank; every break quantity needs its price (got a blank)",
    ],
    [col(0, 400), col(0.75, -1), "EOQDISCOUNT: unit_prices (row 2) must be a finite number greater than 0 (got -1)"],
    [
      col(0, -400),
      col(0.75, 0.7),
      "EOQDISCOUNT: break_quantities (row 2) must be a finite number, zero or more (got -400)",
    ],
    [
      col(null, null),
      col(null, null),
      "EOQDISCOUNT: break_quantities needs at least one break quantity (0 for the base price) (got a blank)",
    ],
    [
      col(0, "400"),
      col(0.75, 0.7),
      'EOQDISCOUNT: break_quantities (row 2) must be a number, not text (got text "400"; the cell holds a number stored as text: convert it with VALUE())',
    ],
  ])("a bad schedule is one #VALUE! for the call: %#", (breakQuantities, unitPrices, expected) => {
    expect(thrown(() => eoqdiscount(m([1300]), m([8]), m([0.3]), breakQuantities, unitPrices))).toBe(expected);
  });

  test("errors: carrying_rate, incremental and result", () => {
    expect(message(first(eoqdiscount(m([1300]), m([8]), m([0]), breaks, prices)))).toBe(
      "EOQDISCOUNT: carrying_rate must be greater than 0 (got 0)",
    );
    expect(thrown(() => eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, "yes"))).toBe(
      'EOQDISCOUNT: incremental must be TRUE or FALSE (got text "yes")',
    );
    expect(thrown(() => eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, col(true, false)))).toBe(
      "EOQDISCOUNT: incremental must be a single value, TRUE or FALSE",
    );
    expect(thrown(() => eoqdiscount(m([1300]), m([8]), m([0.3]), breaks, prices, null, text(3)))).toBe(
      'EOQDISCOUNT: result must be "quantity" or "price" or "cost" (got 3)',
    );
  });
});

describe("INV.EPQ", () => {
  test("works: Snyder & Shen Problem 3.22 (K = 4, h = 0.08, λ = 80, μ = 110), every result", () => {
    const call = (result?: unknown) => first(epq(m([80]), m([4]), m([0.08]), m([110]), text(result)));
    expect(call()).toBeCloseTo(171.2698, 4);
    expect(call("cost")).toBeCloseTo(3.7368, 4);
    expect(call("max_inventory")).toBeCloseTo(171.2697677155351 * (30 / 110), 9);
    expect(call("CYCLE_TIME")).toBeCloseTo(171.2697677155351 / 80, 9);
  });

  test("errors: production_rate at or below demand; a cycle time without demand", () => {
    expect(message(first(epq(m([1300]), m([8]), m([0.225]), m([1000]))))).toBe(
      "EPQ: production_rate must be greater than demand (1300); a line no faster than demand never builds stock (got 1000)",
    );
    expect(first(epq(m([0]), m([8]), m([0.225]), m([1000])))).toBe(0);
    expect(message(first(epq(m([0]), m([8]), m([0.225]), m([1000]), text("cycle_time"))))).toBe(
      "EPQ: demand must be greater than 0 for a cycle time: without demand there is no cycle (got 0)",
    );
  });
});

describe("INV.EPQ at a given order_quantity", () => {
  test("Snyder & Shen Problem 3.22 at Q = 200: cost 3.7818, run time 200/110, cycle 2.5; at Q* the cost is g* = 3.7368", () => {
    const call = (result: string, quantity: number) =>
      first(epq(m([80]), m([4]), m([0.08]), m([110]), text(result), m([quantity])));
    expect(call("cost", 200)).toBeCloseTo(1.6 + 0.08 * (30 / 110) * 100, 12);
    expect(call("run_time", 200)).toBeCloseTo(200 / 110, 12);
    expect(call("cycle_time", 200)).toBe(2.5);
    expect(call("quantity", 200)).toBe(200);
    expect(call("cost", 171.2697677155351)).toBeCloseTo(3.7368, 4);
    expect(first(epq(m([80]), m([4]), m([0.08]), m([110]), text("run_time")))).toBeCloseTo(171.2697677155351 / 110, 12);
    expect(message(first(epq(m([80]), m([4]), m([0.08]), m([110]), text("cost"), m([-1]))))).toBe(
      "EPQ: order_quantity must be greater than 0 (got -1)",
    );
  });
});

describe("INV.EPQBACKORDER", () => {
  test("works: becomes Snyder & Shen Example 3.8 as production_rate grows, and the exact formula otherwise", () => {
    expect(first(epqbackorder(m([1300]), m([8]), m([0.225]), m([1.3e15]), m([5])))).toBeCloseTo(310.8126, 4);
    const q = Math.sqrt((2 * 1300 * 8 * 5.225) / (0.225 * 5 * 0.35));
    const call = (result: string) =>
      first(epqbackorder(m([1300]), m([8]), m([0.225]), m([2000]), m([5]), text(result)));
    expect(call("quantity")).toBeCloseTo(q, 9);
    expect(call("backorders")).toBeCloseTo((q * 0.35 * 0.225) / 5.225, 9);
    expect(call("max_inventory")).toBeCloseTo((q * 0.35 * 5) / 5.225, 9);
    expect(call("cycle_time")).toBeCloseTo(q / 1300, 12);
    expect(call("cost")).toBeCloseTo(Math.sqrt((2 * 1300 * 8 * 0.225 * 5 * 0.35) / 5.225), 9);
  });

  test("errors: each argument by its Excel name", () => {
    expect(message(first(epqbackorder(m([10]), m([8]), m([1]), m([10]), m([5]))))).toMatch(
      /^EPQBACKORDER: production_rate must be greater than demand \(10\)/,
    );
    expect(message(first(epqbackorder(m([1]), m([8]), m([1]), m([10]), m([-5]))))).toBe(
      "EPQBACKORDER: backorder_cost must be greater than 0 (got -5)",
    );
    expect(thrown(() => epqbackorder(m([1]), m([8]), m([1]), m([10]), m([5]), text("price")))).toBe(
      'EPQBACKORDER: result must be "quantity" or "backorders" or "cost" or "max_inventory" or "cycle_time" (got text "price")',
    );
  });
});
