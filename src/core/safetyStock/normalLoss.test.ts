import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { standardNormalCdf, standardNormalPdf } from "../shared/normal";
import { normalLoss } from "./normalLoss";

describe("normalLoss", () => {
  test("Snyder & Shen Example 4.1: the first-order loss at z = 1.25 is 0.0506, and the default is the first order", () => {
    expect(normalLoss({ k: 1.25 })).toBeCloseTo(0.0506, 4);
    expect(normalLoss({ k: 1.25, order: 1 })).toBe(normalLoss({ k: 1.25 }));
  });

  test("Snyder & Shen eq. (C.23): G2(0) = 0.25, and the complement n̄2(0) = 0.25 too", () => {
    expect(normalLoss({ k: 0, order: 2 })).toBeCloseTo(0.25, 15);
    expect(normalLoss({ k: 0, order: 2, complementary: true })).toBeCloseTo(0.25, 15);
  });

  test("the complement n̄(k) = E[(k − Z)⁺] = k + G(k); n̄2(k) = ½((k² + 1)Φ(k) + kφ(k))", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (k) => {
        expect(normalLoss({ k, complementary: true })).toBeCloseTo(k + normalLoss({ k }), 12);
        const closed = 0.5 * ((k * k + 1) * standardNormalCdf(k) + k * standardNormalPdf(k));
        expect(normalLoss({ k, order: 2, complementary: true })).toBeCloseTo(closed, 10);
      }),
    );
  });

  test("a loss and its complement add up: n + n̄ = E[Z − k] = −k, n2 + n̄2 = ½E[(Z − k)²] = ½(k² + 1)", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (k) => {
        const first = normalLoss({ k }) - normalLoss({ k, complementary: true });
        expect(first).toBeCloseTo(-k, 12);
        const second = normalLoss({ k, order: 2 }) + normalLoss({ k, order: 2, complementary: true });
        expect(second).toBeCloseTo(0.5 * (k * k + 1), 10);
      }),
    );
  });

  test("an order other than 1 or 2, and a k that is not finite, are input errors", () => {
    expect(() => normalLoss({ k: 0, order: 3 })).toThrow(InputError);
    expect(() => normalLoss({ k: 0, order: 1.5 })).toThrow("order must be 1 (first-order loss) or 2");
    expect(() => normalLoss({ k: Number.NaN })).toThrow(InputError);
  });
});
