import type { ItemPolicy } from "../policy/policy";
import { DEFAULT_SORT, filterOptions, nextSort, NO_FILTER, viewRows } from "./policyRows";

/** A computed row: only the fields the preview sorts and filters by matter here. */
function row(index: number, sku: string, itemClass: string, safetyStockValue: number, extra: object = {}): ItemPolicy {
  return {
    item: { index, sku },
    itemClass,
    method: "normal",
    ok: true,
    reorderPoint: 100 - index,
    safetyStockValue,
    ...extra,
  } as unknown as ItemPolicy;
}

const failed = { item: { index: 9, sku: "Z-9" }, itemClass: "C", method: "normal", ok: false, message: "no" };
const rows: ItemPolicy[] = [
  row(0, "PLB-10", "B", 50),
  row(1, "PLB-9", "A", 900),
  failed as unknown as ItemPolicy,
  row(3, "ELC-1", "A", 50, { method: "poisson" }),
  row(4, "OLD-1", "", 0, { method: "obsolete" }),
];
const skus = (list: ItemPolicy[]) => list.map((entry) => entry.item.sku);

describe("the preview's rows", () => {
  it("start with the largest safety-stock value, ties in table order, rows without figures last", () => {
    expect(skus(viewRows(rows, NO_FILTER, DEFAULT_SORT))).toEqual(["PLB-9", "PLB-10", "ELC-1", "OLD-1", "Z-9"]);
    const ascending = { ...DEFAULT_SORT, direction: "ascending" as const };
    expect(skus(viewRows(rows, NO_FILTER, ascending))).toEqual(["OLD-1", "PLB-10", "ELC-1", "PLB-9", "Z-9"]);
  });

  it("sort SKUs as people read them (PLB-9 before PLB-10), numbers largest first at the first click", () => {
    expect(skus(viewRows(rows, NO_FILTER, nextSort(DEFAULT_SORT, "sku")))).toEqual([
      "ELC-1",
      "OLD-1",
      "PLB-9",
      "PLB-10",
      "Z-9",
    ]);
    expect(nextSort(DEFAULT_SORT, "reorderPoint")).toEqual({ column: "reorderPoint", direction: "descending" });
    expect(nextSort(nextSort(DEFAULT_SORT, "reorderPoint"), "reorderPoint").direction).toBe("ascending");
  });

  it("filter by class (the items without one too) and by method", () => {
    expect(skus(viewRows(rows, { itemClass: "A", method: "all" }, DEFAULT_SORT))).toEqual(["PLB-9", "ELC-1"]);
    expect(skus(viewRows(rows, { itemClass: "", method: "all" }, DEFAULT_SORT))).toEqual(["OLD-1"]);
    expect(skus(viewRows(rows, { itemClass: "A", method: "poisson" }, DEFAULT_SORT))).toEqual(["ELC-1"]);
    expect(filterOptions(rows)).toEqual({ classes: ["", "A", "B", "C"], methods: ["normal", "poisson", "obsolete"] });
  });

  it("sort 20,000 items, every one in order", () => {
    const many = Array.from({ length: 20_000 }, (_, k) => row(k, `SKU-${k}`, "A", (k * 7919) % 10_007));
    const view = viewRows(many, NO_FILTER, DEFAULT_SORT);
    expect(view).toHaveLength(20_000);
    for (let k = 1; k < view.length; k++) {
      const [before, after] = [view[k - 1], view[k]] as [ItemPolicy & { ok: true }, ItemPolicy & { ok: true }];
      expect(before.safetyStockValue).toBeGreaterThanOrEqual(after.safetyStockValue);
    }
  });
});
