import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { fillRate } from "./fillRate";
import { safetyStockForFillRate } from "./safetyStockForFillRate";

describe("safetyStockForFillRate", () => {
  test("Chopra & Meindl Example 12-5: weekly σ 500, L = 2 weeks, Q = 10,000, fill rate 97.5% gives ss = 67", () => {
    const result = safetyStockForFillRate({ fillRate: 0.975, demandStdDev: 500, leadTime: 2, orderQuantity: 10000 });
    expect(result.leadTimeDemandStdDev).toBeCloseTo(707.1068, 4);
    expect(result.safetyFactor).toBeCloseTo(0.0943245910250249, 12);
    expect(result.safetyStock).toBeCloseTo(66.6975579464429, 9); // the book rounds to 67
  });

  test("Chopra & Meindl Example 12-5, the steps: ESC = 0.025 × 10,000 = 250, G(k) = 250/707 = 0.3536, σ_L's one term 707", () => {
    const result = safetyStockForFillRate({ fillRate: 0.975, demandStdDev: 500, leadTime: 2, orderQuantity: 10000 });
    expect(result.loss).toBeCloseTo(250 / (500 * Math.SQRT2), 12);
    expect(result.loss).toBeCloseTo(0.3536, 4);
    expect(result.demandTerm).toBeCloseTo(707.1068, 4);
    expect(result.leadTimeTerm).toBe(0);
  });

  test("with lead-time variability, σ_LT is LEADTIMESTD's (Chopra & Meindl Example 12-6 inputs)", () => {
    const result = safetyStockForFillRate({
      fillRate: 0.99,
      demandStdDev: 500,
      leadTime: 7,
      averageDemand: 2500,
      leadTimeStdDev: 7,
      orderQuantity: 50000,
    });
    expect(result.leadTimeDemandStdDev).toBeCloseTo(17549.93, 2);
    expect(
      fillRate({ safetyStock: result.safetyStock, leadTimeDemandStdDev: 17549.93, orderQuantity: 50000 }),
    ).toBeCloseTo(0.99, 6);
  });

  test("not floored at 0: negative when the order quantity alone meets the target", () => {
    // σ_L = 100, Q = 1,000, FR = 95%: zero safety stock already gives 1 − 39.9/1,000 = 96%.
    const result = safetyStockForFillRate({ fillRate: 0.95, demandStdDev: 100, leadTime: 1, orderQuantity: 1000 });
    expect(result.safetyStock).toBeLessThan(0);
    expect(fillRate({ safetyStock: result.safetyStock, leadTimeDemandStdDev: 100, orderQuantity: 1000 })).toBeCloseTo(
      0.95,
      12,
    );
  });

  test("no variability (σ_LT = 0): SS = −Q(1 − FR), the formula's limit, and FILLRATE gives FR back", () => {
    const result = safetyStockForFillRate({ fillRate: 0.98, demandStdDev: 40, leadTime: 0, orderQuantity: 500 });
    expect(result.leadTimeDemandStdDev).toBe(0);
    expect(result.safetyFactor).toBeUndefined();
    expect(result.safetyStock).toBeCloseTo(-10, 12);
    expect(fillRate({ safetyStock: result.safetyStock, leadTimeDemandStdDev: 0, orderQuantity: 500 })).toBeCloseTo(
      0.98,
      14,
    );
  });

  test("FILLRATE(SAFETYSTOCKFR(fr, …)) = fr on 1,000 random inputs", () => {
    const positive = fc.double({ min: 0.1, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.999999, noNaN: true }),
        positive,
        fc.double({ min: 0.1, max: 52, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.option(fc.tuple(positive, fc.double({ min: 0, max: 10, noNaN: true })), { nil: undefined }),
        (fr, sd, lt, q, variable) => {
          const result = safetyStockForFillRate({
            fillRate: fr,
            demandStdDev: sd,
            leadTime: lt,
            orderQuantity: q,
            averageDemand: variable?.[0],
            leadTimeStdDev: variable?.[1],
          });
          const back = fillRate({
            safetyStock: result.safetyStock,
            leadTimeDemandStdDev: result.leadTimeDemandStdDev,
            orderQuantity: q,
          });
          // Relative to the shortfall 1 − FR, which is what the model solves for.
          expect(Math.abs(back - fr)).toBeLessThanOrEqual(1e-9 * (1 - fr) + 1e-15);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("rises with the fill rate, demand std and lead-time std once the target needs positive stock", () => {
    const factor = fc.double({ min: 1.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 0.9, max: 0.9999, noNaN: true }),
        fc.double({ min: 10, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        factor,
        (fr, sd, lt, f) => {
          const input = {
            fillRate: fr,
            demandStdDev: sd,
            leadTime: lt,
            orderQuantity: sd,
            averageDemand: 10,
            leadTimeStdDev: 1,
          };
          const base = safetyStockForFillRate(input).safetyStock;
          expect(safetyStockForFillRate({ ...input, fillRate: 1 - (1 - fr) / f }).safetyStock).toBeGreaterThan(base);
          expect(safetyStockForFillRate({ ...input, demandStdDev: sd * f }).safetyStock).toBeGreaterThan(base);
          expect(safetyStockForFillRate({ ...input, leadTimeStdDev: f }).safetyStock).toBeGreaterThan(base);
          expect(safetyStockForFillRate({ ...input, orderQuantity: sd * f }).safetyStock).toBeLessThan(base);
        },
      ),
      { numRuns: 500 },
    );
  });

  test.each([
    [
      { fillRate: 1, demandStdDev: 1, leadTime: 1, orderQuantity: 1 },
      "fillRate must be between 0 and 1, both excluded (got 1)",
    ],
    [{ fillRate: 0.9, demandStdDev: -1, leadTime: 1, orderQuantity: 1 }, "demandStdDev must be zero or more (got -1)"],
    [
      { fillRate: 0.9, demandStdDev: 1, leadTime: 1, orderQuantity: -5 },
      "orderQuantity must be greater than 0 (got -5)",
    ],
    [
      { fillRate: 0.9, demandStdDev: 1, leadTime: 1, orderQuantity: 5, leadTimeStdDev: 1 },
      "leadTimeStdDev needs averageDemand",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => safetyStockForFillRate(input)).toThrow(InputError);
    expect(() => safetyStockForFillRate(input)).toThrow(message);
  });

  test("an order quantity a double cannot compare with σ_LT falls back to the no-variability limit", () => {
    const result = safetyStockForFillRate({ fillRate: 0.9, demandStdDev: 1e-308, leadTime: 1, orderQuantity: 1e308 });
    expect(result.safetyStock).toBeCloseTo(-1e307, -296);
  });
});
