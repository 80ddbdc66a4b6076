import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { abcClassification, type AbcClass } from "./abcClassification";
import { abcXyzClassification } from "./abcXyzClassification";
import { xyzClassification } from "./xyzClassification";

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1 (Silicon Chips, Inc.): annual dollar volume.
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];
const steady = [100, 102, 98, 101, 99, 100]; // X
const moderate = [50, 150, 100, 20, 180, 100]; // Y
const erratic = [0, 0, 300, 0, 10, 0]; // Z

describe("abcXyzClassification", () => {
  test("joins the ABC class by value (Heizer & Render Example 1, defaults 80/95) with the XYZ class", () => {
    const history = [steady, erratic, moderate, steady, moderate, erratic, steady, moderate, erratic, steady];
    expect(abcXyzClassification({ values: SILICON_CHIPS, history })).toEqual([
      "AX",
      "AZ",
      "BY",
      "BX",
      "CY",
      "CZ",
      "CX",
      "CY",
      "CZ",
      "CX",
    ]);
  });

  test("is exactly ABCCLASS (basis value) + XYZCLASS, cut-offs passed through", () => {
    const history = SILICON_CHIPS.map((_, i) => [i + 1, 2 * i + 3, (i * 7) % 5, 4]);
    const cut = { aCutoff: 0.7, bCutoff: 0.9, xCutoff: 0.3, yCutoff: 0.8 };
    const abc = abcClassification({ values: SILICON_CHIPS, aCutoff: 0.7, bCutoff: 0.9 });
    const xyz = xyzClassification({ history, xCutoff: 0.3, yCutoff: 0.8 });
    expect(abcXyzClassification({ values: SILICON_CHIPS, history, ...cut })).toEqual(
      abc.map((a, i) => `${a}${xyz[i] as string}`),
    );
  });

  test("value shares per class sum to 1", () => {
    const history = SILICON_CHIPS.map(() => steady);
    const result = abcXyzClassification({ values: SILICON_CHIPS, history }) as string[];
    const total = SILICON_CHIPS.reduce((a, b) => a + b, 0);
    const share = (c: string) => SILICON_CHIPS.reduce((s, v, i) => (result[i]?.[0] === c ? s + v : s), 0) / total;
    expect(share("A") + share("B") + share("C")).toBeCloseTo(1, 14);
    expect(share("A")).toBeCloseTo(0.72, 2); // the book's 72% in class A
  });

  test("blank in both is blank; blank in one is that item's error; ABC shares count every valued item", () => {
    const results = abcXyzClassification({
      values: [null, 80, null, 15, 5],
      history: [[null, null], steady, steady, [null, null], erratic],
    });
    expect(results[0]).toBeNull();
    expect(results[1]).toBe("AX");
    expect((results[2] as InputError).message).toBe(
      "values is blank for an item with a demand history; enter the item's value (got a blank)",
    );
    expect((results[3] as InputError).message).toBe(
      "demandHistory is blank for an item with a value; enter its demand for at least 2 periods (got a blank)",
    );
    expect(results[4]).toBe("CZ"); // 80 / 100, 95 / 100, 100 / 100: 15 is B, 5 is C
  });

  test("bad values, cut-offs and counts fail the whole call", () => {
    expect(() => abcXyzClassification({ values: [1, -1], history: [steady, steady] })).toThrow(
      "values at item 2 must be a finite number, zero or more (got -1)",
    );
    expect(() => abcXyzClassification({ values: [1], history: [steady], yCutoff: 0.1 })).toThrow(
      "yCutoff must be at least xCutoff (0.5) (got 0.1)",
    );
    expect(() => abcXyzClassification({ values: [1, 2], history: [steady] })).toThrow(
      "demandHistory must have one row per value (2 values) (got 1)",
    );
  });

  const rank: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
  test("the ABC part never inverts the value order, and an item's class does not depend on the row order", () => {
    const rows = fc.constantFrom(steady, moderate, erratic);
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 60 })
          .chain((values) =>
            fc.tuple(fc.constant(values), fc.array(rows, { minLength: values.length, maxLength: values.length })),
          ),
        fc.infiniteStream(fc.nat()),
        ([values, history], stream) => {
          const result = abcXyzClassification({ values, history }) as string[];
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if ((values[i] as number) > (values[j] as number)) {
                expect(rank[result[i]?.[0] as AbcClass]).toBeLessThanOrEqual(rank[result[j]?.[0] as AbcClass]);
              }
            }
          }
          const order = values.map((_, i) => i);
          const random = stream[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = (random.next().value as number) % (i + 1);
            [order[i], order[j]] = [order[j] as number, order[i] as number];
          }
          const shuffled = abcXyzClassification({
            values: order.map((i) => values[i] as number),
            history: order.map((i) => history[i] as number[]),
          });
          order.forEach((from, to) => expect(shuffled[to]).toBe(result[from]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
