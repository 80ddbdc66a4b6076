import { abcClassification } from "../../core/classification/abcClassification";
import { xyzClassification } from "../../core/classification/xyzClassification";
import { classify, DEFAULT_CLASSIFY } from "./classify";
import type { ItemRecord } from "./validation";

/** Items with a value of D × C = `value` (C = 1) and the given history. */
function items(values: number[], histories?: number[][]): ItemRecord[] {
  return values.map((value, index) => ({
    index,
    row: index + 2,
    sku: `I-${index + 1}`,
    description: "",
    annualDemand: value,
    unitCost: 1,
    orderCost: 10,
    leadTime: 0.1,
    leadTimeStd: 0,
    demandStd: 1,
    forecastInterval: 1,
    history: histories?.[index] ?? null,
  }));
}

// Heizer & Render, Operations Management, §12.2, Example 1 (Silicon Chips Inc.): annual volume × unit cost.
const HEIZER_RENDER = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];

describe("classify", () => {
  it("gives core's ABC classes: Heizer & Render Example 1 by count is 20% A, 30% B, 50% C", () => {
    const result = classify(items(HEIZER_RENDER), { ...DEFAULT_CLASSIFY, basis: "count", aCutoff: 0.2, bCutoff: 0.5 });
    expect(result.classes).toEqual(["A", "A", "B", "B", "B", "C", "C", "C", "C", "C"]);
    expect(result.classes).toEqual(abcClassification({ values: HEIZER_RENDER, basis: "count" }));
  });

  it("summarizes each class: items, share of items, value, share of value", () => {
    const result = classify(items(HEIZER_RENDER), { ...DEFAULT_CLASSIFY, basis: "count", aCutoff: 0.2, bCutoff: 0.5 });
    const total = HEIZER_RENDER.reduce((a, b) => a + b, 0);
    expect(result.totalValue).toBe(total);
    expect(result.summary.map((row) => [row.label, row.items, row.shareOfItems])).toEqual([
      ["A", 2, 0.2],
      ["B", 3, 0.3],
      ["C", 5, 0.5],
    ]);
    expect(result.summary[0]?.value).toBe(167000);
    expect(result.summary[0]?.shareOfValue).toBeCloseTo(167000 / total, 15);
    expect(result.summary.reduce((sum, row) => sum + row.shareOfValue, 0)).toBeCloseTo(1, 15);
  });

  it("changes with the cut-offs: by value at 80/95 (cumulative 38.8%, 72.0%, 83.3%, 89.8%, 95.2%, …), then A to 50%", () => {
    const byValue = classify(items(HEIZER_RENDER), DEFAULT_CLASSIFY);
    expect(byValue.summary.map((row) => row.items)).toEqual([2, 2, 6]);
    const tighter = classify(items(HEIZER_RENDER), { ...DEFAULT_CLASSIFY, aCutoff: 0.5 });
    expect(tighter.summary.map((row) => row.items)).toEqual([1, 3, 6]);
  });

  it("ranks the items by value with core's cumulative shares (the Pareto curve)", () => {
    const result = classify(items([20, 50, 30]), DEFAULT_CLASSIFY);
    expect(result.ranking).toEqual([
      { item: 1, value: 50, cumulativeShare: 0.5 },
      { item: 2, value: 30, cumulativeShare: 0.8 },
      { item: 0, value: 20, cumulativeShare: 1 },
    ]);
  });

  it("joins the XYZ class from the history, with the nine matrix rows", () => {
    const histories = [
      [10, 10, 10, 10],
      [1, 9, 2, 8],
      [0, 0, 9, 0],
    ];
    const result = classify(items([700, 200, 100], histories), { ...DEFAULT_CLASSIFY, xyz: true });
    const xyz = xyzClassification({ history: histories });
    expect(xyz).toEqual(["X", "Y", "Z"]);
    expect(result.classes).toEqual(["AX", "BY", "CZ"]);
    expect(result.summary.map((row) => row.label)).toEqual(["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"]);
    expect(result.summary.filter((row) => row.items > 0).map((row) => row.label)).toEqual(["AX", "BY", "CZ"]);
  });

  it("passes core's refusal of a bad cut-off on, naming it", () => {
    expect(() => classify(items([1, 2]), { ...DEFAULT_CLASSIFY, aCutoff: 0.9, bCutoff: 0.8 })).toThrow(
      "bCutoff must be at least aCutoff (0.9) (got 0.8)",
    );
  });

  it("classifies an empty list without dividing by zero", () => {
    const result = classify([], DEFAULT_CLASSIFY);
    expect(result.classes).toEqual([]);
    expect(result.ranking).toEqual([]);
    expect(result.summary.every((row) => row.items === 0 && row.shareOfItems === 0 && row.shareOfValue === 0)).toBe(
      true,
    );
  });
});
