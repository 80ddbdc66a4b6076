import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { newsvendorDiscrete, newsvendorDiscreteQuantity } from "./newsvendorDiscrete";

const problem47b = {
  values: [1, 2, 3, 4, 5, 6, 7, 8],
  probabilities: [0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05],
  underageCost: 1000000,
  overageCost: 500000,
};

/** g(Q) = Co·Σ p(Q − v)⁺ + Cu·Σ p(v − Q)⁺ */
function costAt(q: number, values: number[], probabilities: number[], cu: number, co: number): number {
  let cost = 0;
  values.forEach((v, i) => {
    const p = probabilities[i] as number;
    cost += v < q ? co * (q - v) * p : cu * (v - q) * p;
  });
  return cost;
}

describe("newsvendorDiscrete", () => {
  test("Snyder & Shen Problem 4.7(b): h = 500,000, p = 1,000,000 on demand 1..8 gives S* = 5 with g(S*) = 1,225,000", () => {
    const result = newsvendorDiscrete(problem47b);
    expect(result.quantity).toBe(5);
    expect(result.expectedCost).toBeCloseTo(1225000, 6);
    expect(costAt(3, problem47b.values, problem47b.probabilities, 1000000, 500000)).toBeCloseTo(1725000, 6);
  });

  test("Snyder & Shen Example 4.7 with the Poisson(6) pmf on 0..40 as a table gives S* = 8", () => {
    const values = Array.from({ length: 41 }, (_, k) => k);
    const probabilities = values.map((k) => {
      let p = Math.exp(-6);
      for (let i = 1; i <= k; i++) p *= 6 / i;
      return p;
    });
    const result = newsvendorDiscrete({ values, probabilities, underageCost: 4, overageCost: 1 });
    expect(result.quantity).toBe(8);
    expect(result.expectedCost).toBeCloseTo(3.570106945770941, 10);
  });

  test("values in any order, repeated values merged, blank rows skipped", () => {
    expect(
      newsvendorDiscreteQuantity({
        values: [8, null, 3, 1, 5, 2, 4, 7, 6, 5],
        probabilities: [0.05, null, 0.1, 0.25, 0.1, 0.05, 0.2, 0.1, 0.1, 0.05],
        underageCost: 1000000,
        overageCost: 500000,
      }),
    ).toBe(5);
  });

  test("a tie on paper is kept: F(v) equal to the ratio picks v, on both sides of ½", () => {
    // CR = 3/5 = 0.6 and F(2) = 0.25 + 0.35 = 0.6
    expect(
      newsvendorDiscreteQuantity({
        values: [1, 2, 3],
        probabilities: [0.25, 0.35, 0.4],
        underageCost: 3,
        overageCost: 2,
      }),
    ).toBe(2);
    // CR = 0.8 and F(2) = 0.2 + 0.6 = 0.8
    expect(
      newsvendorDiscreteQuantity({
        values: [1, 2, 3],
        probabilities: [0.2, 0.6, 0.2],
        underageCost: 4,
        overageCost: 1,
      }),
    ).toBe(2);
    // CR = 0.3 = F(1)
    expect(
      newsvendorDiscreteQuantity({
        values: [1, 2, 3],
        probabilities: [0.3, 0.3, 0.4],
        underageCost: 3,
        overageCost: 7,
      }),
    ).toBe(1);
  });

  test("probabilities that sum to 1 within 1e-6 are accepted and normalised", () => {
    expect(
      newsvendorDiscreteQuantity({
        values: [10, 20],
        probabilities: [0.5000004, 0.5],
        underageCost: 1,
        overageCost: 1,
      }),
    ).toBe(10);
  });

  test("zero-probability values are never chosen over a cheaper neighbour", () => {
    expect(
      newsvendorDiscreteQuantity({ values: [1, 2, 3], probabilities: [0.5, 0.5, 0], underageCost: 99, overageCost: 1 }),
    ).toBe(2);
    expect(
      newsvendorDiscreteQuantity({ values: [1, 2, 3], probabilities: [0, 0.5, 0.5], underageCost: 1, overageCost: 99 }),
    ).toBe(2);
  });

  test("Q* minimises the expected cost over the support, on 500 random distributions", () => {
    const distribution = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 })), {
        minLength: 1,
        maxLength: 12,
      })
      .filter((rows) => rows.some(([, w]) => w > 0));
    fc.assert(
      fc.property(
        distribution,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, cu, co) => {
          const weight = rows.reduce((sum, [, w]) => sum + w, 0);
          const values = rows.map(([v]) => v);
          const probabilities = rows.map(([, w]) => w / weight);
          const { quantity, expectedCost } = newsvendorDiscrete({
            values,
            probabilities,
            underageCost: cu,
            overageCost: co,
          });
          expect(values).toContain(quantity);
          expect(expectedCost).toBeCloseTo(costAt(quantity, values, probabilities, cu, co), 9);
          for (const v of values) {
            expect(expectedCost).toBeLessThanOrEqual(costAt(v, values, probabilities, cu, co) * (1 + 1e-9) + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  const base = { underageCost: 1, overageCost: 1 };
  test.each([
    [
      { ...base, values: [1, 2], probabilities: [0.5, 0.45] },
      "probabilities must sum to 1, within 1e-6 (got 0.95; that is their sum)",
    ],
    [
      { ...base, values: [1, 2], probabilities: [50, 50] },
      "probabilities at item 1 must be between 0 and 1 (got 50; for 50% enter 0.5 or 50%)",
    ],
    [
      { ...base, values: [1, 2], probabilities: [-0.5, 1.5] },
      "probabilities at item 1 must be between 0 and 1 (got -0.5)",
    ],
    [
      { ...base, values: [1, -2], probabilities: [0.5, 0.5] },
      "values at item 2 must be a finite number, zero or more (got -2)",
    ],
    [
      { ...base, values: [1, null], probabilities: [0.5, 0.5] },
      "values at item 2 must be given for every probability (got a blank)",
    ],
    [
      { ...base, values: [1, 2], probabilities: [1, null] },
      "probabilities at item 2 must be given for every value (got a blank)",
    ],
    [{ ...base, values: [null], probabilities: [null] }, "values must hold at least one demand value (got a blank)"],
    [
      { ...base, values: [1, 2, 3], probabilities: [0.5, 0.5] },
      "probabilities must give one probability per value (values has 3) (got 2)",
    ],
    [{ ...base, values: [1], probabilities: [1], underageCost: 0 }, "underageCost must be greater than 0 (got 0)"],
  ])("rejects %o", (input, message) => {
    expect(() => newsvendorDiscrete(input)).toThrow(InputError);
    expect(() => newsvendorDiscrete(input)).toThrow(message);
  });

  test("a sum above 1 is reported too", () => {
    expect(() =>
      newsvendorDiscrete({ values: [1, 2], probabilities: [0.6, 0.7], underageCost: 1, overageCost: 1 }),
    ).toThrow("(got 1.3; that is their sum)");
  });
});
