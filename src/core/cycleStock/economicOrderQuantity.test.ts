import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { economicOrderQuantity } from "./economicOrderQuantity";

describe("economicOrderQuantity", () => {
  test("Snyder & Shen Example 3.1: D = 1300, K = 8, h = 0.225 gives Q* = 304.0468 and g(Q*) = 68.4105", () => {
    const result = economicOrderQuantity({ demand: 1300, orderCost: 8, holdingCost: 0.225 });
    expect(result.quantity).toBeCloseTo(304.0468, 4);
    expect(result.costPerPeriod).toBeCloseTo(68.4105, 4);
    expect(result.cycleStock).toBeCloseTo(152.0234, 4);
    expect(result.ordersPerPeriod).toBeCloseTo(4.2757, 4);
  });

  test("Heizer & Render, Operations Management, Ch. 12 (Sharp, Inc.): D = 1,000, S = $10, H = $0.50 gives Q* = 200", () => {
    expect(economicOrderQuantity({ demand: 1000, orderCost: 10, holdingCost: 0.5 }).quantity).toBeCloseTo(200, 10);
  });

  test("Stevenson, Operations Management, Ch. 13 (radial tires): D = 9,600, S = $75, H = $16 gives Q* = 300", () => {
    expect(economicOrderQuantity({ demand: 9600, orderCost: 75, holdingCost: 16 }).quantity).toBeCloseTo(300, 10);
  });

  test("Chopra & Meindl Example 11-1 (Best Buy): D = 12,000/yr, S = $4,000, h = 20%, C = $500 gives Q* ≈ 980", () => {
    const result = economicOrderQuantity({ demand: 12000, orderCost: 4000, holdingCost: 0.2, unitCost: 500 });
    expect(result.holdingCostPerUnit).toBe(100);
    expect(result.quantity).toBeCloseTo(979.7959, 4); // the book rounds to 980
    expect(result.costPerPeriod).toBeCloseTo(97979.59, 2); // the book: annual ordering + holding cost ≈ $97,980
  });

  test("zero demand or zero order cost orders nothing", () => {
    expect(economicOrderQuantity({ demand: 0, orderCost: 8, holdingCost: 1 })).toMatchObject({
      quantity: 0,
      ordersPerPeriod: 0,
      costPerPeriod: 0,
    });
    expect(economicOrderQuantity({ demand: 100, orderCost: 0, holdingCost: 1 }).quantity).toBe(0);
  });

  test.each([
    [{ demand: -1, orderCost: 8, holdingCost: 1 }, "demand must be zero or more (got -1)"],
    [{ demand: 1, orderCost: -8, holdingCost: 1 }, "orderCost must be zero or more (got -8)"],
    [{ demand: 1, orderCost: 8, holdingCost: 0 }, "holdingCost must be greater than 0 (got 0)"],
    [{ demand: 1, orderCost: 8, holdingCost: 0.2, unitCost: 0 }, "unitCost must be greater than 0 (got 0)"],
    [{ demand: Number.NaN, orderCost: 8, holdingCost: 1 }, "demand must be a finite number (got NaN)"],
    [{ demand: 1e308, orderCost: 1e308, holdingCost: 1e-308 }, "inputs are too large for a finite order quantity"],
  ])("rejects %o", (input, message) => {
    expect(() => economicOrderQuantity(input)).toThrow(InputError);
    expect(() => economicOrderQuantity(input)).toThrow(message);
  });

  const positive = fc.double({ min: 1e-3, max: 1e9, noNaN: true });

  test("Q* grows with demand and order cost and falls with holding cost", () => {
    fc.assert(
      fc.property(positive, positive, positive, fc.double({ min: 1.001, max: 100, noNaN: true }), (d, s, h, k) => {
        const base = economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h }).quantity;
        expect(economicOrderQuantity({ demand: d * k, orderCost: s, holdingCost: h }).quantity).toBeGreaterThan(base);
        expect(economicOrderQuantity({ demand: d, orderCost: s * k, holdingCost: h }).quantity).toBeGreaterThan(base);
        expect(economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h * k }).quantity).toBeLessThan(base);
      }),
      { numRuns: 300 },
    );
  });

  test("at Q*, ordering cost equals holding cost and no other Q costs less", () => {
    fc.assert(
      fc.property(positive, positive, positive, fc.double({ min: 0.05, max: 20, noNaN: true }), (d, s, h, factor) => {
        const { quantity, costPerPeriod } = economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h });
        const cost = (q: number) => (d * s) / q + (h * q) / 2;
        expect((d * s) / quantity).toBeCloseTo((h * quantity) / 2, 6 - Math.log10(costPerPeriod));
        expect(cost(quantity * factor)).toBeGreaterThanOrEqual(costPerPeriod * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});
