import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { coefficientOfVariation } from "./coefficientOfVariation";
import type { DemandRow } from "./demandHistory";
import { xyzClassification, xyzCutoffs, type XyzClass } from "./xyzClassification";

const classes = (results: unknown[]): unknown[] => results.map((r) => (r instanceof InputError ? "error" : r));

describe("xyzClassification", () => {
  test("defaults 0.5 / 1.0: steady demand is X, moderate Y, erratic Z, all-zero Z", () => {
    const history = [
      [100, 110, 90, 105, 95, 100], // CV ≈ 0.07
      [50, 150, 100, 20, 180, 100], // CV ≈ 0.61
      [0, 0, 300, 0, 10, 0], // CV ≈ 2.2
      [0, 0, 0, 0],
    ];
    expect(xyzClassification({ history })).toEqual(["X", "Y", "Z", "Z"]);
  });

  test("a CV exactly at a cut-off is in the lower class: 10, 20, 30 (CV 0.5) is X", () => {
    expect(xyzClassification({ history: [[10, 20, 30]] })).toEqual(["X"]);
    expect(xyzClassification({ history: [[10, 20, 30]], xCutoff: 0.49 })).toEqual(["Y"]);
  });

  test("custom cut-offs; an x cut-off above the default y moves y's default up with it", () => {
    const history = [
      [10, 20, 30],
      [0, 10, 20, 50],
    ]; // CVs 0.5 and ≈ 1.10
    expect(xyzClassification({ history, xCutoff: 0.3, yCutoff: 0.6 })).toEqual(["Y", "Z"]);
    expect(xyzClassification({ history, xCutoff: 1.2 })).toEqual(["X", "X"]);
    expect(xyzCutoffs({ xCutoff: 1.2 })).toEqual({ x: 1.2, y: 1.2 });
  });

  test("blank rows are null; a bad row is its own InputError and the others are classed", () => {
    const results = xyzClassification({ history: [[null, null], [5], [1, 1, 1], [1, -2]] });
    expect(classes(results)).toEqual([null, "error", "X", "error"]);
    expect((results[1] as InputError).message).toContain("needs a figure in at least 2 periods");
    expect((results[3] as InputError).index).toBe(1);
  });

  test.each([
    [{ xCutoff: 0 }, "xCutoff must be greater than 0 (got 0)"],
    [{ xCutoff: 0.6, yCutoff: 0.4 }, "yCutoff must be at least xCutoff (0.6) (got 0.4)"],
    [{ yCutoff: 0.2 }, "yCutoff must be at least xCutoff (0.5) (got 0.2)"],
    [{ yCutoff: Number.POSITIVE_INFINITY }, "yCutoff must be a finite number (got Infinity)"],
  ])("a bad cut-off fails the whole call: %o", (cutoffs, message) => {
    expect(() => xyzClassification({ history: [[1, 2]], ...cutoffs })).toThrow(message);
  });

  const rank: Record<XyzClass, number> = { X: 0, Y: 1, Z: 2 };
  const row = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(null)), { minLength: 2, maxLength: 12 });
  const usableRow = row.filter((r) => r.filter((v) => v !== null).length >= 2);
  const cutoffs = fc
    .tuple(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
    .map(([x, extra]) => ({ xCutoff: x, yCutoff: x + extra }));
  /** CV, with zero-mean rows as +∞ (they are Z). */
  const cvOf = (r: DemandRow): number => {
    try {
      return coefficientOfVariation(r) as number;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  };

  test("classes never invert the CV order", () => {
    fc.assert(
      fc.property(fc.array(usableRow, { minLength: 1, maxLength: 40 }), cutoffs, (history, cut) => {
        const result = xyzClassification({ history, ...cut }) as XyzClass[];
        const cvs = history.map(cvOf);
        for (let i = 0; i < history.length; i++) {
          for (let j = 0; j < history.length; j++) {
            if ((cvs[i] as number) < (cvs[j] as number)) {
              expect(rank[result[i] as XyzClass]).toBeLessThanOrEqual(rank[result[j] as XyzClass]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("an item's class does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        fc.array(usableRow, { minLength: 1, maxLength: 40 }),
        fc.infiniteStream(fc.nat()),
        (history, stream) => {
          const order = history.map((_, i) => i);
          const random = stream[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = (random.next().value as number) % (i + 1);
            [order[i], order[j]] = [order[j] as number, order[i] as number];
          }
          const original = xyzClassification({ history });
          const shuffled = xyzClassification({ history: order.map((i) => history[i] as DemandRow) });
          order.forEach((from, to) => expect(shuffled[to]).toEqual(original[from]));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("100,000 items of 24 periods classify (O(n·p))", () => {
    const history = Array.from({ length: 100_000 }, (_, i) =>
      Array.from({ length: 24 }, (_, t) => 100 + ((i % 50) * ((t * 7919) % 13)) / 2),
    );
    const result = xyzClassification({ history });
    expect(result).toHaveLength(100_000);
    expect(result[0]).toBe("X"); // i % 50 = 0: constant demand
    expect(result.every((r) => r === "X" || r === "Y" || r === "Z")).toBe(true);
  });
});
