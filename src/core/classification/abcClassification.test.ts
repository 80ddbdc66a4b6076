import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { abcAnalysis, abcClassification, type AbcClass } from "./abcClassification";

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1: ABC analysis for Silicon Chips, Inc.,
// ten items' annual dollar volume (units × unit cost). The book groups them A: 72%, B: 23%, C: 5% of value,
// i.e. 2 / 3 / 5 items (20% / 30% / 50% of the items).
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];
const classes = (text: string): AbcClass[] => text.split("") as AbcClass[];

describe("abcClassification", () => {
  test("Heizer & Render Example 1, basis count (20/50): A A B B B C C C C C, as the book", () => {
    expect(abcClassification({ values: SILICON_CHIPS, basis: "count" })).toEqual(classes("AABBBCCCCC"));
  });

  test("Heizer & Render Example 1, the ranking: shares 38.8%, 33.2%, 11.4%, 6.5%, 5.4% of $232,057; cumulative 38.8% … 100%", () => {
    const analysis = abcAnalysis({ values: SILICON_CHIPS });
    expect(analysis.total).toBe(232057);
    expect([analysis.aCutoff, analysis.bCutoff, analysis.basis]).toEqual([0.8, 0.95, "value"]);
    const top = analysis.ranking.slice(0, 5);
    [0.388, 0.332, 0.114, 0.065, 0.054].forEach((share, i) => expect(top[i]?.share).toBeCloseTo(share, 3));
    [0.388, 0.72, 0.833, 0.898, 0.952].forEach((share, i) => expect(top[i]?.cumulativeShare).toBeCloseTo(share, 3));
    expect(analysis.ranking.map((row) => row.abc).join("")).toBe("AABBCCCCCC");
    expect(analysis.ranking.at(-1)?.cumulativeShare).toBe(1);
    expect(analysis.classes).toEqual(abcClassification({ values: SILICON_CHIPS }));
  });

  test("the ranking keeps input positions and counts item shares; blanks are left out, all-zero shares are 0", () => {
    const analysis = abcAnalysis({ values: [8502, null, 90000, 150], basis: "count" });
    expect(analysis.ranking.map((row) => row.item)).toEqual([2, 0, 3]);
    expect(analysis.ranking.map((row) => row.cumulativeItemShare)).toEqual([1 / 3, 2 / 3, 1]);
    expect(analysis.classes).toEqual(["C", null, "A", "C"]); // 2/3 of the items passes the 50% B cut-off
    expect(abcAnalysis({ values: [0, 0] }).ranking.map((row) => [row.share, row.cumulativeShare, row.abc])).toEqual([
      [0, 0, "C"],
      [0, 0, "C"],
    ]);
  });

  test("Heizer & Render Example 1, basis value with the defaults 80/95: the 5th item crosses 95% and is C", () => {
    // Cumulative shares: 38.8%, 72.0%, 83.3%, 89.8%, 95.2%, … The book puts item 5 (10500, 5.4%) in B by
    // judgement; the "at most the cut-off" rule puts it in C at 95% and in B at 96%.
    expect(abcClassification({ values: SILICON_CHIPS })).toEqual(classes("AABBCCCCCC"));
    expect(abcClassification({ values: SILICON_CHIPS, bCutoff: 0.96 })).toEqual(classes("AABBBCCCCC"));
  });

  test("keeps input positions: classes line up with the unsorted input", () => {
    // Cumulative shares by rank: 90000 → 44.6%, 77000 → 82.7%, 26350 → 95.7%, 8502 → 99.9%, 150 → 100%.
    expect(abcClassification({ values: [8502, 90000, 150, 26350, 77000] })).toEqual(classes("CACCB"));
  });

  test("an item whose cumulative share is exactly the cut-off is in the class (80 of 100 is A)", () => {
    expect(abcClassification({ values: [50, 30, 15, 5] })).toEqual(classes("AABC"));
  });

  test("the top item is A even when it alone passes the A cut-off", () => {
    expect(abcClassification({ values: [95, 3, 2] })).toEqual(classes("ACC"));
    expect(abcClassification({ values: [85, 9, 6] })).toEqual(classes("ABC"));
  });

  test("zero-value items are C, and all-zero lists are all C", () => {
    expect(abcClassification({ values: [10, 0, 5] })).toEqual(classes("ABC").map((c, i) => (i === 1 ? "C" : c)));
    expect(abcClassification({ values: [0, 0] })).toEqual(classes("CC"));
    expect(abcClassification({ values: [0, 10, 0], basis: "count", aCutoff: 1 })).toEqual(classes("CAC"));
  });

  test("equal values get one class, the first one's in rank order: five items of 10 are all A", () => {
    expect(abcClassification({ values: [10, 10, 10, 10, 10] })).toEqual(classes("AAAAA"));
    expect(abcClassification({ values: [10, 10, 10, 10, 10], basis: "count", aCutoff: 0.4, bCutoff: 0.6 })).toEqual(
      classes("AAAAA"),
    );
  });

  test("a tie that straddles a cut-off stays in the first one's class: 50, 20, 20, 10 are A, A, A, C", () => {
    // Cumulative shares 50%, 70%, 90%, 100%: the second 20 crosses 80% but joins the first 20 in A.
    expect(abcClassification({ values: [50, 20, 20, 10] })).toEqual(classes("AAAC"));
    expect(abcClassification({ values: [20, 10, 50, 20] })).toEqual(classes("ACAA"));
    // Across the B cut-off: 60, 30, 4, 4, 2 has shares 60%, 90%, 94%, 98%, 100%: the 4s are both B.
    expect(abcClassification({ values: [60, 30, 4, 4, 2] })).toEqual(classes("ABBBC"));
    // By count (20/50) over 10 items: the two 50s are at 20% and 30% of the items; both are A.
    expect(abcClassification({ values: [90, 50, 50, 10, 9, 8, 7, 6, 5, 4], basis: "count" })).toEqual(
      classes("AAABBCCCCC"),
    );
  });

  test("blanks get no class and are left out of the shares", () => {
    expect(abcClassification({ values: [null, 80, null, 15, 5] })).toEqual([null, "A", null, "B", "C"]);
    expect(abcClassification({ values: [null, null] })).toEqual([null, null]);
    expect(abcClassification({ values: [] })).toEqual([]);
  });

  test("a cut-off of 1 puts every positive item in that class", () => {
    expect(abcClassification({ values: [5, 4, 3], aCutoff: 1 })).toEqual(classes("AAA"));
  });

  test("an A cut-off above the default B cut-off moves B's default up with it", () => {
    // Cumulative 50%, 80%, 95%, 98%, 100%: with a = 0.97, B's default becomes 0.97 too, so B is empty.
    expect(abcClassification({ values: [50, 30, 15, 3, 2], aCutoff: 0.97 })).toEqual(classes("AAACC"));
    expect(abcClassification({ values: [50, 30, 15, 3, 2], aCutoff: 0.97, bCutoff: 0.99 })).toEqual(classes("AAABC"));
  });

  test.each([
    [{ values: [1, -2] }, "values at item 2 must be a finite number, zero or more (got -2)"],
    [
      { values: [1, Number.POSITIVE_INFINITY] },
      "values at item 2 must be a finite number, zero or more (got Infinity)",
    ],
    [{ values: [1e308, 1e308] }, "values must sum to a finite total (got Infinity)"],
    [{ values: [1], aCutoff: 0 }, "aCutoff must be greater than 0 and at most 1 (got 0)"],
    [{ values: [1], aCutoff: 80 }, "aCutoff must be greater than 0 and at most 1 (got 80; for 80% enter 0.8 or 80%)"],
    [{ values: [1], aCutoff: 0.8, bCutoff: 0.7 }, "bCutoff must be at least aCutoff (0.8) (got 0.7)"],
    [{ values: [1], bCutoff: 0.1, basis: "count" as const }, "bCutoff must be at least aCutoff (0.2) (got 0.1)"],
  ])("rejects %o", (input, message) => {
    expect(() => abcClassification(input)).toThrow(InputError);
    expect(() => abcClassification(input)).toThrow(message);
  });

  const rank = { A: 0, B: 1, C: 2 } as const;
  const valueList = fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(0)), {
    minLength: 1,
    maxLength: 200,
  });
  const cutoffs = fc
    .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, t]) => ({ aCutoff: a, bCutoff: a + t * (1 - a) }));
  const basis = fc.constantFrom("value" as const, "count" as const);

  test("classes never invert the value order", () => {
    fc.assert(
      fc.property(valueList, cutoffs, basis, (values, cut, b) => {
        const result = abcClassification({ values, ...cut, basis: b });
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            if ((values[i] as number) > (values[j] as number)) {
              expect(rank[result[i] as AbcClass]).toBeLessThanOrEqual(rank[result[j] as AbcClass]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("equal values always get equal classes, and classes never invert the value order (many ties)", () => {
    const tiedValues = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(tiedValues, cutoffs, basis, (values, cut, b) => {
        const result = abcClassification({ values, ...cut, basis: b });
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            const [left, right] = [values[i] as number, values[j] as number];
            if (left === right) expect(result[i]).toBe(result[j]);
            if (left > right) expect(rank[result[i] as AbcClass]).toBeLessThanOrEqual(rank[result[j] as AbcClass]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test("the class of a value does not depend on the order of the items, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 100 }),
        fc.infiniteStream(fc.nat()),
        cutoffs,
        basis,
        (values, stream, cut, b) => {
          const byValue = (list: number[]) => {
            const result = abcClassification({ values: list, ...cut, basis: b });
            return new Map(list.map((v, i) => [v, result[i]]));
          };
          const shuffled = [...values];
          const random = stream[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (random.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
          }
          expect(byValue(shuffled)).toEqual(byValue(values));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the classes equal those of the ranking's walk (abcAnalysis), blanks, zeros and ties included", () => {
    const items = fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
      minLength: 1,
      maxLength: 120,
    });
    const withBlanks = items.chain((values) =>
      fc
        .array(fc.boolean(), { minLength: values.length, maxLength: values.length })
        .map((blank) => values.map((v, i) => (blank[i] ? null : v))),
    );
    fc.assert(
      fc.property(withBlanks, cutoffs, basis, (values, cut, b) => {
        const input = { values, ...cut, basis: b };
        expect(abcClassification(input)).toEqual(abcAnalysis(input).classes);
      }),
      { numRuns: 500 },
    );
  });

  test("100,000 items classify, with shares near the cut-offs", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1)); // a Zipf-like long tail
    const result = abcClassification({ values });
    expect(result).toHaveLength(100_000);
    const total = values.reduce((a, b) => a + b, 0);
    const share = (c: AbcClass) => values.reduce((sum, v, i) => (result[i] === c ? sum + v : sum), 0) / total;
    expect(share("A")).toBeLessThanOrEqual(0.8);
    expect(share("A")).toBeGreaterThan(0.8 - 1e-4);
    expect(share("A") + share("B")).toBeLessThanOrEqual(0.95);
    expect(share("A") + share("B") + share("C")).toBeCloseTo(1, 12);
  });
});
