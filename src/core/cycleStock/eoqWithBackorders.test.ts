import fc from "fast-check";
import { economicOrderQuantity } from "./economicOrderQuantity";
import { InputError } from "../shared/inputError";
import { economicOrderQuantityWithBackorders, eoqWithBackordersAt } from "./eoqWithBackorders";

describe("economicOrderQuantityWithBackorders", () => {
  test("Snyder & Shen Example 3.8: K = 8, h = 0.225, p = 5, λ = 1300 gives Q* = 310.8126, x* = 0.0431, g* = 66.9214", () => {
    const result = economicOrderQuantityWithBackorders({
      demand: 1300,
      orderCost: 8,
      holdingCost: 0.225,
      backorderCost: 5,
    });
    expect(result.quantity).toBeCloseTo(310.8125551589646, 9);
    expect(result.stockoutFraction).toBeCloseTo(0.043062200956938, 12);
    expect(result.costPerPeriod).toBeCloseTo(66.92136355097325, 9);
    // The largest backorder is the stockout fraction of the order: 310.8126 × 0.04306 = 13.3843.
    expect(result.maxBackorders).toBeCloseTo(310.8125551589646 * 0.043062200956938, 9);
    expect(result.maxInventory).toBeCloseTo(310.8125551589646 * (1 - 0.043062200956938), 9);
  });

  test("Snyder & Shen Problem 3.2(b): K = 40, h = 40.05, p = 60, λ = 2080 gives Q* = 83.2354, g* = 1999.148 (stockpyl's solution)", () => {
    const result = economicOrderQuantityWithBackorders({
      demand: 2080,
      orderCost: 40,
      holdingCost: 40.05,
      backorderCost: 60,
    });
    expect(result.quantity).toBeCloseTo(83.23544812889804, 9);
    expect(result.stockoutFraction).toBeCloseTo(0.400299850074962, 12);
    expect(result.costPerPeriod).toBeCloseTo(1999.148244415212, 8);
  });

  test("zero demand orders nothing and backorders nothing", () => {
    expect(
      economicOrderQuantityWithBackorders({ demand: 0, orderCost: 8, holdingCost: 1, backorderCost: 2 }),
    ).toMatchObject({ quantity: 0, maxBackorders: 0, maxInventory: 0, costPerPeriod: 0 });
  });

  test.each([
    [{ demand: 1, orderCost: 1, holdingCost: 1, backorderCost: 0 }, "backorderCost must be greater than 0 (got 0)"],
    [{ demand: 1, orderCost: 1, holdingCost: -1, backorderCost: 1 }, "holdingCost must be greater than 0 (got -1)"],
    [{ demand: 1e308, orderCost: 1e308, holdingCost: 1e-308, backorderCost: 1e-308 }, "inputs are too large"],
  ])("rejects %o", (input, message) => {
    expect(() => economicOrderQuantityWithBackorders(input)).toThrow(message);
  });

  test("planned backorders order more and cost less than the EOQ, and become the EOQ as p grows", () => {
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, (d, s, h, p) => {
        const eoq = economicOrderQuantity({ demand: d, orderCost: s, holdingCost: h });
        const withBackorders = economicOrderQuantityWithBackorders({
          demand: d,
          orderCost: s,
          holdingCost: h,
          backorderCost: p,
        });
        expect(withBackorders.quantity).toBeGreaterThanOrEqual(eoq.quantity * (1 - 1e-12));
        expect(withBackorders.costPerPeriod).toBeLessThanOrEqual(eoq.costPerPeriod * (1 + 1e-12));
        expect(withBackorders.maxBackorders + withBackorders.maxInventory).toBeCloseTo(withBackorders.quantity, 6);
        const nearlyNone = economicOrderQuantityWithBackorders({
          demand: d,
          orderCost: s,
          holdingCost: h,
          backorderCost: h * 1e12,
        });
        expect(nearlyNone.quantity / eoq.quantity).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("eoqWithBackordersAt: the cost g(Q, x) at a given order quantity or backorder fraction", () => {
  const example38 = { demand: 1300, orderCost: 8, holdingCost: 0.225, backorderCost: 5 };

  test("Snyder & Shen Example 3.8 through eq. (3.26): g(Q*, x*) = 66.9214 at Q* = 310.8126, x* = 0.0431", () => {
    const at = eoqWithBackordersAt({ ...example38, orderQuantity: 310.8125551589646 });
    expect(at.stockoutFraction).toBeCloseTo(0.043062200956938, 12);
    expect(at.costPerPeriod).toBeCloseTo(66.92136355097325, 9);
    const both = eoqWithBackordersAt({
      ...example38,
      orderQuantity: 310.8125551589646,
      backorderFraction: 0.043062200956938,
    });
    expect(both.costPerPeriod).toBeCloseTo(66.92136355097325, 9);
  });

  test("Snyder & Shen Example 3.8 at Q = 400 (x* = H/(H + p) still): 8·1300/400 + 0.21531·400/2 = 69.0622", () => {
    // H(1 − x*)² + p·x*² = Hp/(H + p) = 0.215311
    const at = economicOrderQuantityWithBackorders({ ...example38, orderQuantity: 400 });
    expect(at.costPerPeriod).toBeCloseTo(26 + ((0.225 * 5) / 5.225) * 200, 10);
    expect(at.maxBackorders).toBeCloseTo(400 * 0.043062200956938, 10);
    expect(at.maxInventory).toBeCloseTo(400 * (1 - 0.043062200956938), 10);
  });

  test("x = 0 is the plain EOQ: g(Q, 0) = DS/Q + HQ/2, and without Q the EOQ itself", () => {
    const eoq = economicOrderQuantity({ demand: 1300, orderCost: 8, holdingCost: 0.225 });
    const none = economicOrderQuantityWithBackorders({ ...example38, backorderFraction: 0 });
    expect(none.quantity).toBeCloseTo(eoq.quantity, 10);
    expect(none.costPerPeriod).toBeCloseTo(eoq.costPerPeriod, 10);
    expect(none.maxBackorders).toBe(0);
  });

  test("the optimum is never beaten: g(Q, x) ≥ g* for every Q and x", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (orderQuantity, backorderFraction) => {
          const at = eoqWithBackordersAt({ ...example38, orderQuantity, backorderFraction });
          expect(at.costPerPeriod).toBeGreaterThanOrEqual(66.92136355097325 - 1e-9);
        },
      ),
    );
  });

  test("a backorder fraction outside [0, 1] or an order quantity of 0 is an input error; no demand costs 0", () => {
    expect(() => eoqWithBackordersAt({ ...example38, backorderFraction: 1.5 })).toThrow(
      "backorderFraction must be between 0 and 1 (got 1.5; for 1.5% enter 0.015 or 1.5%)",
    );
    expect(() => eoqWithBackordersAt({ ...example38, orderQuantity: 0 })).toThrow(InputError);
    expect(eoqWithBackordersAt({ ...example38, demand: 0, backorderFraction: 0.5 })).toMatchObject({
      quantity: 0,
      costPerPeriod: 0,
    });
  });
});
