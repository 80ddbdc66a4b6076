import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { fillRate, fillRateWithShortage } from "./fillRate";

const sigmaL = 500 * Math.SQRT2; // Chopra & Meindl Examples 12-1 to 12-5: weekly σ 500, L = 2 weeks

describe("fillRate", () => {
  test("Chopra & Meindl Example 12-3: ss = 1,000, σ_L = 707, Q = 10,000 gives ESC = 25.13 and fill rate 0.9975", () => {
    const rate = fillRate({ safetyStock: 1000, leadTimeDemandStdDev: sigmaL, orderQuantity: 10000 });
    expect(rate).toBeCloseTo(0.997487272916999, 12); // the book: 1 − 25.13/10,000 = 0.9975
    expect((1 - rate) * 10000).toBeCloseTo(25.13, 2);
  });

  test("Chopra & Meindl Example 12-3, the steps: k = 1,000/707 = 1.414, G(k) = 0.0355, ESC = 25.13", () => {
    const input = { safetyStock: 1000, leadTimeDemandStdDev: sigmaL, orderQuantity: 10000 };
    const steps = fillRateWithShortage(input);
    expect(steps.safetyFactor).toBeCloseTo(Math.SQRT2, 12);
    expect(steps.loss).toBeCloseTo(0.03554, 5);
    expect(steps.expectedShortage).toBeCloseTo(25.13, 2); // the book: ESC = 25.13
    expect(steps.fillRate).toBe(fillRate(input));
  });

  test("no variability: no k nor G(k), and the shortage is max(0, −SS)", () => {
    expect(fillRateWithShortage({ safetyStock: -30, leadTimeDemandStdDev: 0, orderQuantity: 100 })).toEqual({
      fillRate: 0.7,
      safetyFactor: undefined,
      loss: undefined,
      expectedShortage: 30,
    });
  });

  test("zero safety stock: the shortage per cycle is σ·G(0) = σ/√(2π)", () => {
    expect(fillRate({ safetyStock: 0, leadTimeDemandStdDev: 100, orderQuantity: 1000 })).toBeCloseTo(
      1 - 100 / Math.sqrt(2 * Math.PI) / 1000,
      14,
    );
  });

  test("no variability: the shortage is exactly max(0, −SS)", () => {
    expect(fillRate({ safetyStock: 5, leadTimeDemandStdDev: 0, orderQuantity: 100 })).toBe(1);
    expect(fillRate({ safetyStock: -20, leadTimeDemandStdDev: 0, orderQuantity: 100 })).toBeCloseTo(0.8, 15);
  });

  test("a safety stock below about −Q reports 0 (the approximation would go negative), never less", () => {
    expect(fillRate({ safetyStock: -5000, leadTimeDemandStdDev: 100, orderQuantity: 1000 })).toBe(0);
    expect(fillRate({ safetyStock: -1e308, leadTimeDemandStdDev: 1e-300, orderQuantity: 1e-300 })).toBe(0);
  });

  test("a huge safety stock against a tiny deviation is a fill rate of 1", () => {
    expect(fillRate({ safetyStock: 1e308, leadTimeDemandStdDev: 1e-308, orderQuantity: 1 })).toBe(1);
  });

  test("rises with safety stock and order quantity, stays within [0, 1]", () => {
    const stock = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const positive = fc.double({ min: 0.01, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(stock, positive, positive, fc.double({ min: 0.01, max: 100, noNaN: true }), (ss, sigma, q, step) => {
        const base = fillRate({ safetyStock: ss, leadTimeDemandStdDev: sigma, orderQuantity: q });
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(1);
        expect(
          fillRate({ safetyStock: ss + step, leadTimeDemandStdDev: sigma, orderQuantity: q }),
        ).toBeGreaterThanOrEqual(base);
        expect(
          fillRate({ safetyStock: ss, leadTimeDemandStdDev: sigma, orderQuantity: q * (1 + step) }),
        ).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    [{ safetyStock: Number.NaN, leadTimeDemandStdDev: 1, orderQuantity: 1 }, "safetyStock must be a finite number"],
    [
      { safetyStock: 1, leadTimeDemandStdDev: -1, orderQuantity: 1 },
      "leadTimeDemandStdDev must be zero or more (got -1)",
    ],
    [{ safetyStock: 1, leadTimeDemandStdDev: 1, orderQuantity: 0 }, "orderQuantity must be greater than 0 (got 0)"],
  ])("rejects %o", (input, message) => {
    expect(() => fillRate(input)).toThrow(InputError);
    expect(() => fillRate(input)).toThrow(message);
  });
});

describe("fillRate with lost sales", () => {
  test("Silver, Pyke & Thomas lost-sales P2 on Chopra & Meindl Example 12-3: Q/(Q + ESC) = 10,000/10,025.13", () => {
    const input = { safetyStock: 1000, leadTimeDemandStdDev: sigmaL, orderQuantity: 10000 };
    const { expectedShortage } = fillRateWithShortage(input);
    const lost = fillRate({ ...input, lostSales: true });
    expect(lost).toBeCloseTo(10000 / 10025.13, 6);
    expect(lost).toBeCloseTo(1 - expectedShortage / (10000 + expectedShortage), 14);
    // The lost-sales condition of Silver, Pyke & Thomas: G(k) = (Q/σ)(1 − P2)/P2.
    expect((10000 / sigmaL) * ((1 - lost) / lost)).toBeCloseTo(fillRateWithShortage(input).loss ?? NaN, 12);
  });

  test("lost sales never fall below the backorder fill rate, and stay within [0, 1] where backorders floor at 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (safetyStock, leadTimeDemandStdDev, orderQuantity) => {
          const input = { safetyStock, leadTimeDemandStdDev, orderQuantity };
          const lost = fillRate({ ...input, lostSales: true });
          expect(lost).toBeGreaterThanOrEqual(fillRate(input));
          expect(lost).toBeGreaterThanOrEqual(0);
          expect(lost).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  test("a stock-out of 60 units on an order of 100: lost sales 100/160, backorders 0.4", () => {
    const input = { safetyStock: -60, leadTimeDemandStdDev: 0, orderQuantity: 100 };
    expect(fillRate({ ...input, lostSales: true })).toBeCloseTo(0.625, 14);
    expect(fillRate(input)).toBeCloseTo(0.4, 14);
  });
});
