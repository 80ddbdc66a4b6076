import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { LOT_SIZING_METHODS, type LotSizingMethod, lotSizing } from "./lotSizing";
import { MAX_WAGNER_WHITIN_ORDER_PERIODS } from "./wagnerWhitin";

const plan = (
  requirements: Array<number | null>,
  orderCost: number,
  holdingCost: number,
  method: LotSizingMethod,
  parameter?: number,
) => lotSizing({ requirements, orderCost, holdingCost, method, parameter });

/** Silver, Pyke & Thomas (4th ed.), ch. 5 numerical illustration: A = $54, v = $20, r = 0.02/month, so h = $0.40. */
const SPT = [10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41];

/** Heizer & Render, ch. 14 lot-sizing examples: net requirements after 35 on hand, S = $100, H = $1 per week. */
const HEIZER = [0, 30, 40, 0, 10, 40, 30, 0, 30, 55];

describe("Wagner-Whitin", () => {
  test("Snyder & Shen Example 3.9: d = 90, 120, 80, 70, K = 500, h = 2 orders 210 and 150 for 1380", () => {
    const result = plan([90, 120, 80, 70], 500, 2, "WW");
    expect(result.orders).toEqual([210, 0, 150, 0]);
    expect(result.totalCost).toBe(1380);
    expect(result).toMatchObject({
      orderCount: 2,
      orderingCost: 1000,
      holdingCost: 380,
      endingInventory: [120, 0, 70, 0],
    });
  });

  test("Snyder & Shen Problem 3.27 (stockpyl's solution): d = 150, 100, 80, 200, K = 120, h = 0.8 orders 150, 180, 200 for 424", () => {
    const result = plan([150, 100, 80, 200], 120, 0.8, "WW");
    expect(result.orders).toEqual([150, 180, 0, 200]);
    expect(result.totalCost).toBeCloseTo(424, 10);
  });

  test("Snyder & Shen Problem 3.29 (stockpyl's solution): d = 730, 580, 445, 650, 880, K = 100, h = 0.1 costs 423", () => {
    const result = plan([730, 580, 445, 650, 880], 100, 0.1, "WW");
    expect(result.orders).toEqual([1310, 0, 1095, 0, 880]);
    expect(result.totalCost).toBeCloseTo(423, 10);
  });

  test("Silver, Pyke & Thomas ch. 5 illustration (A = $54, h = $0.40): the optimum costs $501.20", () => {
    const result = plan(SPT, 54, 0.4, "WW");
    expect(result.totalCost).toBeCloseTo(501.2, 9);
    expect(result.orders).toEqual([84, 0, 0, 130, 283, 0, 140, 0, 124, 160, 279, 0]);
  });

  test("Heizer & Render ch. 14 data (S = $100, H = $1): the optimum costs $455 (exact value)", () => {
    expect(plan(HEIZER, 100, 1, "WW").totalCost).toBe(455);
  });

  test("matches exhaustive search over every set of order periods (n ≤ 9)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        (r, s, h) => {
          let best = Infinity;
          for (let mask = 0; mask < 1 << r.length; mask++) {
            // Orders at the periods in the mask, each covering up to the next one; period 0 must order if it needs anything.
            let cost = 0;
            let feasible = true;
            let stock = 0;
            for (let t = 0; t < r.length; t++) {
              if (mask & (1 << t)) {
                let next = t + 1;
                while (next < r.length && !(mask & (1 << next))) next++;
                const lot = r.slice(t, next).reduce((a, b) => a + b, 0);
                if (lot > 0) cost += s;
                stock += lot;
              }
              stock -= r[t] as number;
              if (stock < 0) feasible = false;
              cost += h * stock;
            }
            if (feasible) best = Math.min(best, cost);
          }
          expect(plan(r, s, h, "WW").totalCost).toBeCloseTo(best, 8);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("1,000 periods (state: O(n) memory; time O(n + m²) for m periods with a requirement)", () => {
    const r = Array.from({ length: 1000 }, (_, t) => ((t * 7919) % 97) * ((t % 5) + 1));
    const result = plan(r, 5000, 0.01, "WW");
    expect(result.totalCost).toBeLessThanOrEqual(plan(r, 5000, 0.01, "SM").totalCost);
  });

  test(`more than ${MAX_WAGNER_WHITIN_ORDER_PERIODS.toLocaleString("en-US")} periods with a requirement is an input error that suggests SM`, () => {
    const r = new Array<number>(MAX_WAGNER_WHITIN_ORDER_PERIODS + 1).fill(1);
    expect(() => plan(r, 1, 1, "WW")).toThrow(
      "requirements must have at most 10,000 periods with a requirement for WW, whose time grows with their square; SM is linear and usually close to optimal (got 10001)",
    );
    expect(plan(r, 1, 1, "SM").orders).toHaveLength(10_001);
  });
});

describe("the heuristics on published data", () => {
  test("Silver, Pyke & Thomas ch. 5 illustration, Silver-Meal: 84, 130, 283, 140, 124, 160, 279 for $501.20 (exact value, here equal to the optimum)", () => {
    const result = plan(SPT, 54, 0.4, "SM");
    expect(result.orders).toEqual([84, 0, 0, 130, 283, 0, 140, 0, 124, 160, 279, 0]);
    expect(result.totalCost).toBeCloseTo(501.2, 9);
  });

  test("Silver, Pyke & Thomas ch. 5 illustration, least unit cost: 84, 284, 217, 176, 160, 238, 41 for $558.80 (exact value)", () => {
    const result = plan(SPT, 54, 0.4, "LUC");
    expect(result.orders).toEqual([84, 0, 0, 284, 0, 217, 0, 176, 0, 160, 238, 41]);
    expect(result.totalCost).toBeCloseTo(558.8, 9);
  });

  test("Silver, Pyke & Thomas ch. 5 illustration, POQ: EOQ 164.3 / 100 per month rounds to 2 months per order (exact values)", () => {
    const result = plan(SPT, 54, 0.4, "POQ");
    expect(result.periodsPerOrder).toBe(2);
    expect(result.orders).toEqual([72, 0, 142, 0, 283, 0, 140, 0, 284, 0, 279, 0]);
    expect(result.totalCost).toBeCloseTo(6 * 54 + 0.4 * (62 + 130 + 129 + 52 + 160 + 41), 9);
  });

  test("Silver, Pyke & Thomas ch. 5 illustration, part-period balancing (EPP = 135 part-periods): exact values", () => {
    const result = plan(SPT, 54, 0.4, "PPB");
    expect(result.orders).toEqual([84, 0, 0, 284, 0, 217, 0, 176, 0, 398, 0, 41]);
    expect(result.totalCost).toBeCloseTo(600, 9);
  });

  test("Heizer & Render ch. 14 data: lot-for-lot places 7 orders for $700", () => {
    const result = plan(HEIZER, 100, 1, "LFL");
    expect(result.orders).toEqual(HEIZER);
    expect(result).toMatchObject({ orderCount: 7, totalCost: 700, holdingCost: 0 });
  });

  test("Heizer & Render ch. 14 data: part-period balancing (EPP = 100) orders 80, 100 and 55 for $490", () => {
    const result = plan(HEIZER, 100, 1, "PPB");
    expect(result.orders).toEqual([0, 80, 0, 0, 0, 100, 0, 0, 0, 55]);
    expect(result.totalCost).toBe(490);
  });

  test("Snyder & Shen Example 3.9 data: Silver-Meal covers three periods first (C(3) = 353.3 < C(4) = 370) and costs 1560 > 1380", () => {
    const result = plan([90, 120, 80, 70], 500, 2, "SM");
    expect(result.orders).toEqual([290, 0, 0, 70]);
    expect(result.totalCost).toBe(1560);
  });
});

describe("FOQ, EOQ, POQ and FPR rules", () => {
  test("FOQ orders the fixed quantity, or the smallest multiple that covers the period (APICS)", () => {
    const result = plan([10, 62, 12, 130, 0, 20], 54, 0.4, "FOQ", 100);
    expect(result.orders).toEqual([100, 0, 0, 200, 0, 0]);
    expect(result.endingInventory).toEqual([90, 28, 16, 86, 86, 66]);
    expect(result.lotSize).toBe(100);
    expect(result.holdingCost).toBeCloseTo(0.4 * (90 + 28 + 16 + 86 + 86 + 66), 9);
  });

  test("EOQ is FOQ with Q = sqrt(2 × average requirement × S / H), unrounded", () => {
    const eoq = Math.sqrt((2 * (1200 / 12) * 54) / 0.4); // 164.3
    const result = plan(SPT, 54, 0.4, "EOQ");
    expect(result.lotSize).toBeCloseTo(eoq, 10);
    expect(result.orders).toEqual(plan(SPT, 54, 0.4, "FOQ", result.lotSize).orders);
    expect(result.orders[0]).toBeCloseTo(eoq, 10);
  });

  test("EOQ with a free order is lot-for-lot", () => {
    expect(plan(SPT, 0, 0.4, "EOQ").orders).toEqual(SPT);
  });

  test("POQ and FPR count calendar periods; a period with no requirement never starts an order", () => {
    expect(plan([5, 0, 0, 7, 1, 0, 2], 1, 1, "FPR", 2).orders).toEqual([5, 0, 0, 8, 0, 0, 2]);
    expect(plan([5, 1, 4, 7, 1, 0, 2], 1, 1, "FPR", 2).orders).toEqual([6, 0, 11, 0, 1, 0, 2]);
    expect(plan([5, 1, 4, 7, 1, 0, 2], 1, 1, "POQ", 3).orders).toEqual([10, 0, 0, 8, 0, 0, 2]);
  });

  test("blank cells are periods with no requirement, and the horizon ends at the last non-blank one", () => {
    const result = plan([null, 30, null, 40, null, null], 100, 1, "WW");
    expect(result.orders).toEqual([null, 70, null, 0, null, null]);
    expect(result.totalCost).toBe(100 + 2 * 40);
    // Trailing blanks do not dilute the average that the EOQ and POQ use.
    expect(plan([30, 40, null, null, null], 100, 1, "EOQ").lotSize).toBeCloseTo(Math.sqrt(2 * 35 * 100), 10);
  });

  test("no requirements, no orders, no cost", () => {
    for (const method of LOT_SIZING_METHODS) {
      const parameter = method === "FOQ" || method === "FPR" ? 3 : undefined;
      expect(plan([0, null, 0], 10, 1, method, parameter)).toMatchObject({ orders: [0, null, 0], totalCost: 0 });
    }
  });
});

describe("input errors", () => {
  test.each([
    [[1, -2], 1, 1, "LFL", undefined, "requirements at item 2 must be a finite number, zero or more (got -2)"],
    [[1, 2], -1, 1, "LFL", undefined, "orderCost must be zero or more (got -1)"],
    [[1, 2], 1, 0, "LFL", undefined, "holdingCost must be greater than 0 (got 0)"],
    [[1, 2], 1, 1, "SM", 3, "parameter is not used by SM; leave it blank (got 3)"],
    [[1, 2], 1, 1, "FOQ", undefined, "parameter is required for FOQ: enter the fixed order quantity (got a blank)"],
    [[1, 2], 1, 1, "FOQ", 0, "parameter must be greater than 0 (got 0)"],
    [
      [1, 2],
      1,
      1,
      "FPR",
      undefined,
      "parameter is required for FPR: enter the periods each order covers (got a blank)",
    ],
    [
      [1, 2],
      1,
      1,
      "POQ",
      2.5,
      "parameter must be a whole number of periods, 1 or more, for POQ (got 2.5; round it, for example to 3)",
    ],
    [[1, 2], 1, 1, "FPR", 0, "parameter must be a whole number of periods, 1 or more, for FPR (got 0)"],
    [[1e308, 1e308], 1, 1, "LFL", undefined, "inputs are too large for a finite total requirement"],
    [[1e300, 1e300], 1, 1e10, "FPR", 2, "inputs are too large for a finite holding cost"],
  ] as const)("%p, S = %p, H = %p, %p, parameter %p: %s", (requirements, s, h, method, parameter, message) => {
    const run = () => plan([...requirements], s, h, method, parameter);
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });
});

describe("properties over random requirement series", () => {
  const series = fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 300 }) },
      { weight: 2, arbitrary: fc.double({ min: 0.01, max: 500, noNaN: true }) },
    ),
    { minLength: 1, maxLength: 40 },
  );
  const orderCost = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 2000, noNaN: true }));
  const holdingCost = fc.double({ min: 0.01, max: 10, noNaN: true });
  const quantity = fc.double({ min: 0.5, max: 1000, noNaN: true });
  const periods = fc.integer({ min: 1, max: 12 });

  function allPlans(r: number[], s: number, h: number, q: number, t: number) {
    return LOT_SIZING_METHODS.map((method) => {
      const parameter = method === "FOQ" ? q : method === "FPR" ? t : undefined;
      return { method, result: plan(r, s, h, method, parameter) };
    });
  }

  test("Wagner-Whitin never costs more than any heuristic (600 series)", () => {
    fc.assert(
      fc.property(series, orderCost, holdingCost, quantity, periods, (r, s, h, q, t) => {
        const plans = allPlans(r, s, h, q, t);
        const optimum = (plans.find((p) => p.method === "WW")?.result.totalCost ?? NaN) as number;
        for (const { result } of plans) expect(optimum).toBeLessThanOrEqual(result.totalCost * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 600 },
    );
  });

  test("every plan covers every period with no shortage, and no order starts in a period without a requirement", () => {
    fc.assert(
      fc.property(series, orderCost, holdingCost, quantity, periods, (r, s, h, q, t) => {
        for (const { method, result } of allPlans(r, s, h, q, t)) {
          let planned = 0;
          let required = 0;
          r.forEach((requirement, k) => {
            const order = result.orders[k] as number;
            if (order > 0 && method !== "FOQ" && method !== "EOQ") expect(requirement).toBeGreaterThan(0);
            planned += order;
            required += requirement;
            expect(planned).toBeGreaterThanOrEqual(required * (1 - 1e-12) - 1e-9);
            expect(result.endingInventory[k]).toBeGreaterThanOrEqual(0);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  test("LFL, LUC, PPB, SM, WW, POQ and FPR plan exactly the total requirement", () => {
    fc.assert(
      fc.property(series, orderCost, holdingCost, quantity, periods, (r, s, h, q, t) => {
        const total = r.reduce((a, b) => a + b, 0);
        for (const { method, result } of allPlans(r, s, h, q, t)) {
          if (method === "FOQ" || method === "EOQ") continue;
          const planned = result.orders.reduce<number>((a, b) => a + (b ?? 0), 0);
          expect(planned).toBeCloseTo(total, 6);
          expect(result.endingInventory[r.length - 1]).toBeCloseTo(0, 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the reported cost is S per order plus H per unit carried", () => {
    fc.assert(
      fc.property(series, orderCost, holdingCost, quantity, periods, (r, s, h, q, t) => {
        for (const { result } of allPlans(r, s, h, q, t)) {
          const orders = result.orders.filter((order) => (order as number) > 0).length;
          const carried = result.endingInventory.reduce((a, b) => a + b, 0);
          expect(result.totalCost).toBeCloseTo(orders * s + h * carried, 6);
        }
      }),
      { numRuns: 200 },
    );
  });
});
