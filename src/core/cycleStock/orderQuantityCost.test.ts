import fc from "fast-check";
import { economicOrderQuantity } from "./economicOrderQuantity";
import { orderQuantityCost } from "./orderQuantityCost";

describe("orderQuantityCost", () => {
  test("Snyder & Shen Example 3.1 data (D = 1300, K = 8, h = 0.225): g(Q*) = 68.4105 at Q* = 304.0468", () => {
    const atOptimum = orderQuantityCost({
      demand: 1300,
      orderCost: 8,
      holdingCost: 0.225,
      orderQuantity: 304.0467800264368,
    });
    expect(atOptimum.costPerPeriod).toBeCloseTo(68.4105, 4);
    expect(atOptimum.orderingCostPerPeriod).toBeCloseTo(atOptimum.holdingCostPerPeriod, 10);
  });

  test("Snyder & Shen Example 3.1 data at Q = 250: g(250) = 8·1300/250 + 0.225·250/2 = 69.725 (exact formula value)", () => {
    const result = orderQuantityCost({ demand: 1300, orderCost: 8, holdingCost: 0.225, orderQuantity: 250 });
    expect(result.costPerPeriod).toBeCloseTo(69.725, 10);
    expect(result.orderingCostPerPeriod).toBeCloseTo(41.6, 10);
    expect(result.holdingCostPerPeriod).toBeCloseTo(28.125, 10);
  });

  test("Chopra & Meindl Example 11-1 data with a unit cost: holding_cost is the carrying rate (H = 0.2 × 500)", () => {
    const result = orderQuantityCost({
      demand: 12000,
      orderCost: 4000,
      holdingCost: 0.2,
      unitCost: 500,
      orderQuantity: 980,
    });
    expect(result.holdingCostPerUnit).toBe(100);
    expect(result.costPerPeriod).toBeCloseTo((12000 * 4000) / 980 + (100 * 980) / 2, 6);
  });

  test("zero demand or a free order costs only the holding, however small Q is", () => {
    expect(orderQuantityCost({ demand: 0, orderCost: 8, holdingCost: 2, orderQuantity: 10 }).costPerPeriod).toBe(10);
    expect(
      orderQuantityCost({ demand: 1e308, orderCost: 0, holdingCost: 2, orderQuantity: 1e-300 }).costPerPeriod,
    ).toBe(1e-300);
  });

  test.each([
    [{ demand: 1, orderCost: 1, holdingCost: 1, orderQuantity: 0 }, "orderQuantity must be greater than 0 (got 0)"],
    [{ demand: 1, orderCost: 1, holdingCost: 1, orderQuantity: -5 }, "orderQuantity must be greater than 0 (got -5)"],
    [{ demand: -1, orderCost: 1, holdingCost: 1, orderQuantity: 5 }, "demand must be zero or more (got -1)"],
    [{ demand: 1, orderCost: 1, holdingCost: 0, orderQuantity: 5 }, "holdingCost must be greater than 0 (got 0)"],
    [
      { demand: 1e308, orderCost: 1e308, holdingCost: 1, orderQuantity: 1e-10 },
      "inputs are too large for a finite ordering cost",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => orderQuantityCost(input)).toThrow(message);
  });

  test("no order quantity costs less than the EOQ (the bottom of the curve)", () => {
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, fc.double({ min: 0.01, max: 100, noNaN: true }), (d, s, h, factor) => {
        const eoq = economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h });
        const cost = orderQuantityCost({
          demand: d,
          orderCost: s,
          holdingCost: h,
          orderQuantity: eoq.quantity * factor,
        });
        expect(cost.costPerPeriod).toBeGreaterThanOrEqual(eoq.costPerPeriod * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});
