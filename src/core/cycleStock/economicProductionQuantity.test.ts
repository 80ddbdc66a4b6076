import fc from "fast-check";
import { economicOrderQuantity } from "./economicOrderQuantity";
import { economicProductionQuantity } from "./economicProductionQuantity";

describe("economicProductionQuantity", () => {
  test("Snyder & Shen Problem 3.22: K = 4, h = 0.08, λ = 80, μ = 110 gives Q* = 171.2698, g* = 3.7368 (stockpyl's solution)", () => {
    const result = economicProductionQuantity({ demand: 80, setupCost: 4, holdingCost: 0.08, productionRate: 110 });
    expect(result.quantity).toBeCloseTo(171.2697677155351, 9);
    expect(result.costPerPeriod).toBeCloseTo(3.73679493197531, 10);
  });

  test("Snyder & Shen Example 3.1 data with μ = 2000: Q* = 513.9329, g* = 40.4722 (stockpyl's test of eq. 3.31–3.32)", () => {
    const result = economicProductionQuantity({ demand: 1300, setupCost: 8, holdingCost: 0.225, productionRate: 2000 });
    expect(result.quantity).toBeCloseTo(513.9328595516969, 9);
    expect(result.costPerPeriod).toBeCloseTo(40.47221268969612, 9);
    expect(result.maxInventory).toBeCloseTo(513.9328595516969 * (700 / 2000), 9);
    expect(result.cycleTime).toBeCloseTo(513.9328595516969 / 1300, 12);
    expect(result.productionTime).toBeCloseTo(513.9328595516969 / 2000, 12);
  });

  test("Heizer & Render, Nathan Manufacturing (production order quantity): D = 1,000, S = $10, H = $0.50, d = 4, p = 8 per day gives Q* ≈ 282.8", () => {
    const result = economicProductionQuantity({ demand: 1000, setupCost: 10, holdingCost: 0.5, productionRate: 2000 });
    expect(result.quantity).toBeCloseTo(282.8427, 4); // the book rounds to 282.8 hubcaps
  });

  test("zero demand: nothing to produce and no cycle", () => {
    expect(economicProductionQuantity({ demand: 0, setupCost: 8, holdingCost: 1, productionRate: 10 })).toMatchObject({
      quantity: 0,
      costPerPeriod: 0,
      cycleTime: undefined,
    });
  });

  test.each([
    [
      { demand: 1300, setupCost: 8, holdingCost: 0.225, productionRate: 1000 },
      "productionRate must be greater than demand (1300); a line no faster than demand never builds stock (got 1000)",
    ],
    [
      { demand: 1300, setupCost: 8, holdingCost: 0.225, productionRate: 1300 },
      "productionRate must be greater than demand (1300)",
    ],
    [
      { demand: 0, setupCost: 8, holdingCost: 0.225, productionRate: 0 },
      "productionRate must be greater than 0 (got 0)",
    ],
    [{ demand: 1, setupCost: -8, holdingCost: 0.225, productionRate: 2 }, "setupCost must be zero or more (got -8)"],
    [
      { demand: 1e308, setupCost: 1e308, holdingCost: 1e-308, productionRate: 1.0000000000000002e308 },
      "inputs are too large",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => economicProductionQuantity(input)).toThrow(message);
  });

  test("the EPQ is at least the EOQ, and becomes it as the production rate grows", () => {
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, fc.double({ min: 1.001, max: 1e6, noNaN: true }), (d, s, h, k) => {
        const eoq = economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h });
        const epq = economicProductionQuantity({ demand: d, setupCost: s, holdingCost: h, productionRate: d * k });
        expect(epq.quantity).toBeGreaterThanOrEqual(eoq.quantity * (1 - 1e-12));
        expect(epq.costPerPeriod).toBeLessThanOrEqual(eoq.costPerPeriod * (1 + 1e-12));
        const fast = economicProductionQuantity({ demand: d, setupCost: s, holdingCost: h, productionRate: d * 1e12 });
        expect(fast.quantity / eoq.quantity).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("economicProductionQuantity at a given lot size", () => {
  const problem322 = { demand: 80, setupCost: 4, holdingCost: 0.08, productionRate: 110 };

  test("Snyder & Shen Problem 3.22 at its Q* = 171.2698: the cost is g*, and the line runs Q*/P = 1.557 periods", () => {
    const optimum = economicProductionQuantity(problem322);
    const at = economicProductionQuantity({ ...problem322, orderQuantity: optimum.quantity });
    expect(at.costPerPeriod).toBeCloseTo(optimum.costPerPeriod, 12);
    expect(at.productionTime).toBeCloseTo(171.2698 / 110, 4);
  });

  test("Snyder & Shen Problem 3.22 at Q = 200: 80·4/200 + 0.08·(30/110)·200/2 = 3.7818; max inventory 54.55, cycle 2.5, run 1.818", () => {
    const at = economicProductionQuantity({ ...problem322, orderQuantity: 200 });
    expect(at.costPerPeriod).toBeCloseTo(1.6 + 0.08 * (30 / 110) * 100, 12);
    expect(at.maxInventory).toBeCloseTo((200 * 30) / 110, 12);
    expect(at.cycleTime).toBe(2.5);
    expect(at.productionTime).toBeCloseTo(200 / 110, 12);
    expect(at.quantity).toBe(200);
  });

  test("no lot size costs less than Q*", () => {
    const best = economicProductionQuantity(problem322).costPerPeriod;
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), (orderQuantity) => {
        const at = economicProductionQuantity({ ...problem322, orderQuantity });
        expect(at.costPerPeriod).toBeGreaterThanOrEqual(best - 1e-12);
      }),
    );
  });

  test("a lot size of 0 is an input error", () => {
    expect(() => economicProductionQuantity({ ...problem322, orderQuantity: 0 })).toThrow(
      "orderQuantity must be greater than 0",
    );
  });
});
