import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { lotSizing } from "./lotSizing";

/** Wagner & Whitin (1958), the paper's numerical example: 12 months, setup cost by month, h = 1 per unit per month. */
const WAGNER_WHITIN_1958 = {
  requirements: [69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56],
  orderCost: [85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114],
};

describe("time-varying costs (Wagner & Whitin's model)", () => {
  test("Wagner & Whitin (1958) example: setup costs that vary by month, h = 1: the optimum costs 864", () => {
    const result = lotSizing({ ...WAGNER_WHITIN_1958, holdingCost: 1, method: "WW" });
    expect(result.totalCost).toBe(864);
    expect(result.orders).toEqual([98, 0, 97, 0, 121, 0, 0, 112, 0, 67, 135, 0]);
    // The plan's ordering cost is the sum of the setups of the months that order.
    expect(result.orderingCost).toBe(85 + 102 + 98 + 86 + 110 + 98);
  });

  test("one value for every period, typed per period, plans and costs as the single value (Snyder & Shen Example 3.9)", () => {
    const requirements = [90, 120, 80, 70];
    const single = lotSizing({ requirements, orderCost: 500, holdingCost: 2, method: "WW" });
    const perPeriod = lotSizing({
      requirements,
      orderCost: [500, 500, 500, 500],
      holdingCost: [2, 2, 2, 2],
      method: "WW",
    });
    expect(perPeriod).toEqual(single);
    expect(single.totalCost).toBe(1380);
    expect(single.purchaseCost).toBe(0);
  });

  test("unit costs: a price rise from 5 to 8 makes WW buy both periods at once, and the total includes the purchase", () => {
    const base = { requirements: [100, 100], orderCost: 50, holdingCost: 1, method: "WW" as const };
    expect(lotSizing(base).orders).toEqual([100, 100]); // 2 × 50 < 50 + 100 carried
    const rising = lotSizing({ ...base, unitCosts: [5, 8] });
    expect(rising.orders).toEqual([200, 0]); // 50 + 5·200 + 100 = 1,150 < 50 + 500 + 50 + 800 = 1,400
    expect(rising.totalCost).toBe(1150);
    expect(rising.purchaseCost).toBe(1000);
    // A heuristic keeps its plan and adds the purchase cost of it.
    expect(lotSizing({ ...base, method: "SM", unitCosts: [5, 8] }).totalCost).toBe(100 + 500 + 800);
  });

  test("WW with varying S_t, h_t and c_t matches exhaustive search over the periods with a requirement (n ≤ 8)", () => {
    const period = fc.record({
      requirement: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })),
      orderCost: fc.integer({ min: 0, max: 300 }),
      holdingCost: fc.integer({ min: 1, max: 5 }),
      unitCost: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 8 }), (periods) => {
        const r = periods.map((p) => p.requirement);
        const input = {
          requirements: r,
          orderCost: periods.map((p) => p.orderCost),
          holdingCost: periods.map((p) => p.holdingCost),
          unitCosts: periods.map((p) => p.unitCost),
        };
        let best = Infinity;
        // Orders only in periods with a requirement (the convention every rule keeps, cheap periods included).
        const allowed = r.reduce((bits, requirement, t) => (requirement > 0 ? bits | (1 << t) : bits), 0);
        for (let mask = 0; mask < 1 << r.length; mask++) {
          if ((mask & ~allowed) !== 0) continue;
          let cost = 0;
          let stock = 0;
          let feasible = true;
          for (let t = 0; t < r.length; t++) {
            const p = periods[t] as (typeof periods)[number];
            if (mask & (1 << t)) {
              let next = t + 1;
              while (next < r.length && !(mask & (1 << next))) next++;
              const lot = r.slice(t, next).reduce((a, b) => a + b, 0);
              if (lot > 0) cost += p.orderCost + p.unitCost * lot;
              stock += lot;
            }
            stock -= p.requirement;
            if (stock < 0) feasible = false;
            cost += p.holdingCost * stock;
          }
          if (feasible) best = Math.min(best, cost);
        }
        expect(lotSizing({ ...input, method: "WW" }).totalCost).toBeCloseTo(best, 8);
      }),
      { numRuns: 300 },
    );
  });

  test("costs that vary need WW (or a rule that does not use them); a blank or negative period cost is named", () => {
    const input = { ...WAGNER_WHITIN_1958, holdingCost: 1 };
    for (const method of ["SM", "LUC", "PPB", "EOQ", "POQ"] as const) {
      expect(() => lotSizing({ ...input, method })).toThrow(`orderCost must be one value for ${method}`);
    }
    expect(lotSizing({ ...input, method: "POQ", parameter: 2 }).orders[0]).toBe(98);
    expect(lotSizing({ ...input, method: "LFL" }).orderingCost).toBe(
      WAGNER_WHITIN_1958.orderCost.reduce((a, b) => a + b, 0),
    );
    expect(() => lotSizing({ requirements: [1, 2], orderCost: [1, null], holdingCost: 1, method: "WW" })).toThrow(
      "orderCost at item 2 is blank for a period in the horizon; enter its cost",
    );
    expect(() => lotSizing({ requirements: [1, 2], orderCost: 1, holdingCost: [1, 0], method: "WW" })).toThrow(
      InputError,
    );
    expect(() =>
      lotSizing({ requirements: [1, 2], orderCost: 1, holdingCost: 1, unitCosts: [-1, 1], method: "WW" }),
    ).toThrow("unitCosts at item 1");
  });
});

describe("EOQ rounded through parameter", () => {
  /** Silver, Pyke & Thomas (4th ed.), ch. 5 numerical illustration: A = $54, h = $0.40, EOQ 164.3 units. */
  const SPT = [10, 62, 12, 130, 154, 129, 88, 52, 124, 160, 238, 41];

  test("Silver, Pyke & Thomas ch. 5 illustration: EOQ 164.3 rounds to 160 (parameter 10) and to 164 (parameter 1)", () => {
    const unrounded = lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "EOQ" });
    expect(unrounded.lotSize).toBeCloseTo(164.3, 1);
    const tens = lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "EOQ", parameter: 10 });
    expect(tens.lotSize).toBe(160);
    expect(tens.orders).toEqual(
      lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "FOQ", parameter: 160 }).orders,
    );
    expect(lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "EOQ", parameter: 1 }).lotSize).toBe(
      164,
    );
  });

  test("a multiple above the EOQ gives one multiple; 0 is an input error", () => {
    expect(
      lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "EOQ", parameter: 500 }).lotSize,
    ).toBe(500);
    expect(() =>
      lotSizing({ requirements: SPT, orderCost: 54, holdingCost: 0.4, method: "EOQ", parameter: 0 }),
    ).toThrow("parameter must be greater than 0");
  });
});
