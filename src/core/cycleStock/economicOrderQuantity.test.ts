import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { economicOrderQuantity, economicOrderQuantityAlone } from "./economicOrderQuantity";

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

  test("figures near the ends of the doubles: Q* and g* are finite whenever they are", () => {
    // sqrt(2·1e200·1e200/1) = √2·1e200, though 2·D·S overflows on the way.
    const huge = economicOrderQuantity({ demand: 1e200, orderCost: 1e200, holdingCost: 1 });
    expect(huge.quantity / (Math.SQRT2 * 1e200)).toBeCloseTo(1, 14);
    expect(huge.costPerPeriod / (Math.SQRT2 * 1e200)).toBeCloseTo(1, 14); // sqrt(2DSH) = √2·1e200 too
    // 2·D·S underflows to 0 here; Q* = √2·1e-200.
    const tiny = economicOrderQuantity({ demand: 1e-200, orderCost: 1e-200, holdingCost: 1 });
    expect(tiny.quantity / (Math.SQRT2 * 1e-200)).toBeCloseTo(1, 14);
    // 2·D overflows; Q* = 1.7e308·√(2/4).
    expect(economicOrderQuantityAlone({ demand: 1.7e308, orderCost: 1.7e308, holdingCost: 4 }) / 1.7e308).toBeCloseTo(
      Math.SQRT1_2,
      14,
    );
    // Q* = √2·1e150 is finite though g* = √2·1e450 is not: the quantity alone still answers.
    const input = { demand: 1e300, orderCost: 1e300, holdingCost: 1e300 };
    expect(economicOrderQuantityAlone(input) / (Math.SQRT2 * 1e150)).toBeCloseTo(1, 14);
    expect(() => economicOrderQuantity(input)).toThrow("inputs are too large for a finite cost per period");
  });

  test("Q* = sqrt(2DS/H) over the whole range of the doubles: finite and accurate whenever the answer is finite", () => {
    const anyPositive = fc.double({ min: 5e-324, max: 1.7e308, noNaN: true });
    fc.assert(
      fc.property(anyPositive, anyPositive, anyPositive, (d, s, h) => {
        // ln Q* from logarithms, which cannot overflow: accurate to about 1e-13 relative.
        const logQuantity = 0.5 * (Math.LN2 + Math.log(d) + Math.log(s) - Math.log(h));
        if (logQuantity > Math.log(1.7e308) || logQuantity < Math.log(1e-300)) return;
        const quantity = economicOrderQuantityAlone({ demand: d, orderCost: s, holdingCost: h });
        expect(Math.abs(Math.log(quantity) - logQuantity)).toBeLessThan(1e-12);
      }),
      { numRuns: 1000 },
    );
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
