import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { demandPatternOf, demandPatterns, type DemandPatternResult } from "./demandPattern";

/** Demand in `withDemand` of `periods` periods (the first ones), sizes cycling through `sizes`. */
function series(periods: number, withDemand: number, sizes: number[]): number[] {
  return Array.from({ length: periods }, (_, t) => (t < withDemand ? (sizes[t % sizes.length] as number) : 0));
}

function analysed(demand: Array<number | null>): DemandPatternResult {
  const analysis = demandPatternOf(demand);
  if (analysis.kind !== "pattern") throw new Error(`no pattern: ${analysis.kind}`);
  return analysis;
}

// Syntetos, Boylan & Croston (2005): ADI cut-off 1.32, CV² cut-off 0.49; a figure at a cut-off is in the higher class.
describe("Syntetos & Boylan's cut-offs, at the boundaries", () => {
  // Sizes 3, 10, 17: mean 10, sample standard deviation 7, CV² = 0.49 exactly on paper.
  const AT_CV2 = [3, 10, 17];
  // Sizes 3.1, 10, 16.9: mean 10, standard deviation 6.9, CV² = 0.4761.
  const BELOW_CV2 = [3.1, 10, 16.9];

  test("ADI exactly 1.32 (33 periods, demand in 25) is intermittent or lumpy; 1.31 (131 periods, 100) is smooth or erratic", () => {
    const steady = [5];
    const variable = [1, 100]; // CV² ≈ 0.96
    expect(analysed(series(33, 25, steady)).averageDemandInterval).toBe(1.32);
    expect(analysed(series(33, 25, steady)).pattern).toBe("intermittent");
    expect(analysed(series(33, 25, variable)).pattern).toBe("lumpy");
    expect(analysed(series(131, 100, steady)).averageDemandInterval).toBe(1.31);
    expect(analysed(series(131, 100, steady)).pattern).toBe("smooth");
    expect(analysed(series(131, 100, variable)).pattern).toBe("erratic");
  });

  test("CV² exactly 0.49 (sizes 3, 10, 17) is erratic; 0.4761 (3.1, 10, 16.9) is smooth", () => {
    const at = analysed(AT_CV2);
    expect(at.sizeVariation).toBeCloseTo(0.49, 14);
    expect(at).toMatchObject({ pattern: "erratic", averageDemandInterval: 1 });
    const below = analysed(BELOW_CV2);
    expect(below.sizeVariation).toBeCloseTo(0.4761, 14);
    expect(below.pattern).toBe("smooth");
  });

  test("both at their cut-offs (ADI 1.32; 25 sizes, twelve 3s, twelve 17s and a 10: CV² = 0.49) is lumpy", () => {
    const sizes = (low: number, high: number) => [...Array<number>(12).fill(low), ...Array<number>(12).fill(high), 10];
    const at = analysed(series(33, 25, sizes(3, 17)));
    expect(at.sizeVariation).toBeCloseTo(0.49, 14);
    expect(at).toMatchObject({ pattern: "lumpy", averageDemandInterval: 1.32 });
    expect(analysed(series(33, 25, sizes(3.1, 16.9))).pattern).toBe("intermittent");
  });

  test("the four quadrants", () => {
    expect(
      demandPatterns([
        [5, 6, 5, 4],
        [1, 20, 2, 30],
        [0, 6, 0, 0, 4, 0],
        [0, 9, 0, 0, 1, 0],
      ]),
    ).toEqual(["smooth", "erratic", "intermittent", "lumpy"]);
  });
});

describe("demandPatternOf", () => {
  test("ADI over periods with a figure (blanks skipped) and CV² of the non-zero sizes only, with STDEV.S", () => {
    const result = analysed([0, 6, null, 0, 0, 4, null, 0]);
    expect(result).toMatchObject({ periods: 6, periodsWithDemand: 2, averageDemandInterval: 3 });
    // sizes 6, 4: mean 5, s = √2, CV² = 2/25
    expect(result.sizeVariation).toBeCloseTo(0.08, 15);
  });

  test("one non-zero demand shows no variation of size: CV² = 0", () => {
    expect(analysed([0, 0, 0, 7, 0, 0])).toMatchObject({ pattern: "intermittent", sizeVariation: 0 });
    expect(analysed([7])).toMatchObject({ pattern: "smooth", averageDemandInterval: 1, sizeVariation: 0 });
  });

  test("no pattern without demand: a blank item, an item with zero demand throughout", () => {
    expect(demandPatternOf([null, null])).toEqual({ kind: "blank" });
    expect(demandPatternOf([0, null, 0])).toEqual({ kind: "noDemand", periods: 2 });
    expect(demandPatterns([[null], [0, 0], [1, 1]])).toEqual([null, null, "smooth"]);
  });

  test("a negative or non-finite figure is that item's input error, naming the period", () => {
    expect(() => demandPatternOf([1, -2])).toThrow(InputError);
    expect(() => demandPatternOf([0, 0, NaN])).toThrow("demandHistory at item 3 must be a finite number, zero or more");
    const results = demandPatterns([
      [1, -2],
      [3, 3],
    ]);
    expect(results[0]).toBeInstanceOf(InputError);
    expect(results[1]).toBe("smooth");
  });

  test("no overflow: sizes near the largest double", () => {
    expect(analysed([1e308, 0, 1.7e308, 0])).toMatchObject({ pattern: "intermittent", averageDemandInterval: 2 });
  });
});

describe("properties", () => {
  const demand = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 40 });

  test("the pattern is the quadrant of ADI and CV² (cut-offs 1.32 and 0.49)", () => {
    fc.assert(
      fc.property(demand, (row) => {
        const analysis = demandPatternOf(row);
        if (analysis.kind !== "pattern") return row.every((v) => v === 0);
        const highAdi = analysis.averageDemandInterval >= 1.32;
        const highCv2 = analysis.sizeVariation >= 0.49 - 1e-12;
        const expected = highAdi ? (highCv2 ? "lumpy" : "intermittent") : highCv2 ? "erratic" : "smooth";
        return analysis.pattern === expected;
      }),
    );
  });

  test("scaling every figure by the same factor, or adding zero periods, never makes a pattern less intermittent", () => {
    fc.assert(
      fc.property(demand, fc.integer({ min: 2, max: 1000 }), (row, scale) => {
        const before = demandPatternOf(row);
        const scaled = demandPatternOf(row.map((v) => v * scale));
        const padded = demandPatternOf([...row, 0, 0, 0, 0]);
        if (before.kind !== "pattern" || scaled.kind !== "pattern" || padded.kind !== "pattern") return true;
        const intermittent = (p: string) => p === "intermittent" || p === "lumpy";
        return scaled.pattern === before.pattern && (!intermittent(before.pattern) || intermittent(padded.pattern));
      }),
    );
  });
});
