import fc from "fast-check";
import { economicProductionQuantity } from "./economicProductionQuantity";
import { economicOrderQuantityWithBackorders } from "./eoqWithBackorders";
import { economicProductionQuantityWithBackorders } from "./epqWithBackorders";

describe("economicProductionQuantityWithBackorders", () => {
  test("P → ∞ gives Snyder & Shen Example 3.8 (EOQ with backorders): Q* = 310.8126, g* = 66.9214", () => {
    const result = economicProductionQuantityWithBackorders({
      demand: 1300,
      setupCost: 8,
      holdingCost: 0.225,
      productionRate: 1300e12,
      backorderCost: 5,
    });
    expect(result.quantity).toBeCloseTo(310.8125551589646, 6);
    expect(result.costPerPeriod).toBeCloseTo(66.92136355097325, 6);
    expect(result.maxBackorders).toBeCloseTo(310.8125551589646 * 0.043062200956938, 6);
  });

  test("p → ∞ gives Snyder & Shen Problem 3.22 (EPQ): Q* = 171.2698, g* = 3.7368", () => {
    const result = economicProductionQuantityWithBackorders({
      demand: 80,
      setupCost: 4,
      holdingCost: 0.08,
      productionRate: 110,
      backorderCost: 0.08e12,
    });
    expect(result.quantity).toBeCloseTo(171.2697677155351, 6);
    expect(result.costPerPeriod).toBeCloseTo(3.73679493197531, 8);
  });

  test("Snyder & Shen Example 3.1 data with μ = 2000 and p = 5: the exact values of the formula", () => {
    const result = economicProductionQuantityWithBackorders({
      demand: 1300,
      setupCost: 8,
      holdingCost: 0.225,
      productionRate: 2000,
      backorderCost: 5,
    });
    const slack = 700 / 2000;
    const quantity = Math.sqrt((2 * 1300 * 8 * (0.225 + 5)) / (0.225 * 5 * slack));
    expect(result.quantity).toBeCloseTo(quantity, 9);
    expect(result.costPerPeriod).toBeCloseTo(Math.sqrt((2 * 1300 * 8 * 0.225 * 5 * slack) / 5.225), 9);
    expect(result.maxBackorders).toBeCloseTo((quantity * slack * 0.225) / 5.225, 9);
    expect(result.maxInventory).toBeCloseTo((quantity * slack * 5) / 5.225, 9);
    expect(result.cycleTime).toBeCloseTo(quantity / 1300, 12);
  });

  test.each([
    [
      { demand: 10, setupCost: 1, holdingCost: 1, productionRate: 10, backorderCost: 1 },
      "productionRate must be greater than demand (10)",
    ],
    [
      { demand: 1, setupCost: 1, holdingCost: 1, productionRate: 10, backorderCost: 0 },
      "backorderCost must be greater than 0 (got 0)",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => economicProductionQuantityWithBackorders(input)).toThrow(message);
  });

  test("at the optimum, g(Q*, B*) from the cost function equals g*, and nothing nearby costs less", () => {
    const positive = fc.double({ min: 1e-2, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        positive,
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (d, s, h, p, k, factor) => {
          const slack = 1 - 1 / k;
          const result = economicProductionQuantityWithBackorders({
            demand: d,
            setupCost: s,
            holdingCost: h,
            productionRate: d * k,
            backorderCost: p,
          });
          const cost = (q: number, b: number) => (d * s) / q + (h * (q * slack - b) ** 2 + p * b * b) / (2 * q * slack);
          const atOptimum = cost(result.quantity, result.maxBackorders);
          expect(atOptimum / result.costPerPeriod).toBeCloseTo(1, 9);
          expect(cost(result.quantity * factor, result.maxBackorders * factor)).toBeGreaterThanOrEqual(
            result.costPerPeriod * (1 - 1e-9),
          );
          // Between the two special cases: no more than the EPQ's cost, no less than the EOQ-with-backorders'.
          const epq = economicProductionQuantity({ demand: d, setupCost: s, holdingCost: h, productionRate: d * k });
          const eoqb = economicOrderQuantityWithBackorders({
            demand: d,
            orderCost: s,
            holdingCost: h,
            backorderCost: p,
          });
          expect(result.costPerPeriod).toBeLessThanOrEqual(epq.costPerPeriod * (1 + 1e-12));
          expect(result.costPerPeriod).toBeLessThanOrEqual(eoqb.costPerPeriod * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });
});
