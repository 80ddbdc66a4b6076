import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { abcClassification } from "./abcClassification";
import { paretoShares } from "./paretoShares";

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1 (Silicon Chips, Inc.), total 232,057.
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];

describe("paretoShares", () => {
  test("Heizer & Render Example 1: cumulative 38.8%, 72.0%, 83.3%, 89.8%, 95.2%, … 100% of the dollar volume", () => {
    const shares = paretoShares({ values: SILICON_CHIPS }) as number[];
    [0.388, 0.72, 0.833, 0.898, 0.952].forEach((share, i) => expect(shares[i]).toBeCloseTo(share, 3));
    expect(shares[9]).toBe(1);
    expect(shares[0]).toBeCloseTo(90000 / 232057, 15);
  });

  test("aligned with the input: each share sits at its item's position", () => {
    expect(paretoShares({ values: [20, 50, null, 30] })).toEqual([1, 0.5, null, 0.8]);
  });

  test("ties keep their input order; zero values rank last with share 1", () => {
    expect(paretoShares({ values: [10, 0, 10, 20] })).toEqual([0.75, 1, 1, 0.5]);
  });

  test("A items are those whose share is at most the A cut-off (matches ABCCLASS)", () => {
    const shares = paretoShares({ values: SILICON_CHIPS }) as number[];
    const abc = abcClassification({ values: SILICON_CHIPS });
    shares.forEach((share, i) => expect(abc[i] === "A").toBe(share <= 0.8 || i === 0));
  });

  test("ties get successive shares in input order, and ABC gives them the class of the first one's share", () => {
    const values = [50, 20, 20, 10];
    expect(paretoShares({ values })).toEqual([0.5, 0.7, 0.9, 1]);
    // The second 20's own share (0.9) passes 0.8, yet it is A with the first 20, whose share is 0.7.
    expect(abcClassification({ values })).toEqual(["A", "A", "A", "C"]);
    expect(paretoShares({ values: [10, 10, 10, 10, 10] })).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  test("with ties, ABC class A is the items whose share, or the share of the first item of their value, is at most the cut-off", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 60 }), (values) => {
        const shares = paretoShares({ values }) as number[];
        const abc = abcClassification({ values });
        const top = Math.max(...values);
        values.forEach((value, i) => {
          const firstOfValue = Math.min(...values.flatMap((v, j) => (v === value ? [shares[j] as number] : [])));
          expect(abc[i] === "A").toBe(firstOfValue <= 0.8 + 1e-12 || value === top);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("blank-only input is all blank; values near 1e308 still give shares", () => {
    expect(paretoShares({ values: [null, null] })).toEqual([null, null]);
    expect(paretoShares({ values: [] })).toEqual([]);
    expect(paretoShares({ values: [1e308, 1e308] })).toEqual([0.5, 1]);
  });

  test.each([
    [[1, -2], "values at item 2 must be a finite number, zero or more (got -2)"],
    [[0, 0, null], "values must have a total greater than 0 for cumulative shares (got 0)"],
  ])("rejects %p", (values, message) => {
    expect(() => paretoShares({ values })).toThrow(InputError);
    expect(() => paretoShares({ values })).toThrow(message);
  });

  test("shares never fall with value, the last-ranked is exactly 1, and do not depend on the order of the items", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: 0.001, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.infiniteStream(fc.nat()),
        (values, stream) => {
          const shares = paretoShares({ values }) as number[];
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if ((values[i] as number) > (values[j] as number)) {
                expect(shares[i]).toBeLessThanOrEqual(shares[j] as number);
              }
            }
          }
          expect(Math.max(...shares)).toBe(1);
          const shuffled = [...values];
          const random = stream[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (random.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
          }
          const again = paretoShares({ values: shuffled }) as number[];
          shuffled.forEach((value, i) => expect(again[i]).toBe(shares[values.indexOf(value)]));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("100,000 items (O(n log n)): the last share is 1 and shares rise to it", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1));
    const shares = paretoShares({ values }) as number[];
    expect(shares).toHaveLength(100_000);
    expect(shares[99_999]).toBe(1);
    expect(shares.every((share, i) => i === 0 || share >= (shares[i - 1] as number))).toBe(true);
  });
});
