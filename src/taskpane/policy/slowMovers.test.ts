import fc from "fast-check";
import { median, medianCvByClass, sbaRate } from "./slowMovers";
import type { ItemRecord } from "./validation";

describe("sbaRate", () => {
  it("is Croston's rate × (1 − α/2) with α = 0.1 (Syntetos & Boylan 2005), worked by hand", () => {
    // First demand 6 in period 3: z = 6, p = 3. Then 4 two periods later: z = 6 + 0.1(4 − 6) = 5.8,
    // p = 3 + 0.1(2 − 3) = 2.9. Rate = (1 − 0.05) × 5.8 / 2.9 = 1.9.
    expect(sbaRate([0, 0, 6, 0, 4])).toBeCloseTo(1.9, 14);
    expect(sbaRate([null, 0, 0, null, 6, 0, 4])).toBeCloseTo(1.9, 14);
  });

  it("has no rate without demand", () => {
    expect(sbaRate([0, 0, null])).toBeNull();
    expect(sbaRate([null])).toBeNull();
  });

  it("gives (1 − α/2) × d for demand d in every period", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.integer({ min: 1, max: 24 }), (d, n) => {
        const rate = sbaRate(new Array<number>(n).fill(d)) as number;
        expect(rate).toBeCloseTo(0.95 * d, 9);
      }),
    );
  });
});

describe("median and the class's median CV", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("gives each class the median of its items' CVs, and the median of all as a fallback", () => {
    const item = (history: number[]) => ({ history }) as unknown as ItemRecord;
    // CVs: [10, 20, 30] → 0.5; [90, 110] → 0.1414; [100, 100] → 0.
    const items = [item([10, 20, 30]), item([90, 110]), item([100, 100])];
    const { byClass, all } = medianCvByClass(items, ["A", "A", "C"]);
    expect(byClass.get("A")).toBeCloseTo((0.5 + Math.SQRT2 * 0.1) / 2, 12);
    expect(byClass.get("C")).toBe(0);
    expect(all).toBeCloseTo(Math.SQRT2 * 0.1, 12);
  });
});
