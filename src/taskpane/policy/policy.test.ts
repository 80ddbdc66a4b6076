import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { DEFAULT_CLASSIFY } from "./classify";
import { mapColumns } from "./columns";
import { FIXTURE_HEADERS, fixtureTable } from "./itemsFixture";
import { buildPortfolio } from "./pipeline";
import { computePolicy, itemPolicy, type PolicySettings } from "./policy";
import { tradeOffCurve } from "./tradeOff";
import { DEFAULT_UNITS } from "./units";

const settings: PolicySettings = {
  measure: "cycle",
  targets: { A: 0.98, B: 0.95, C: 0.9 },
  carryingRate: 0.25,
  defaultOrderCost: 50,
};
const portfolio = buildPortfolio(fixtureTable(), {
  mapping: mapColumns(FIXTURE_HEADERS),
  units: DEFAULT_UNITS,
  classify: DEFAULT_CLASSIFY,
  policy: settings,
});
const rows = portfolio.policy.rows;

// Independent figures (Python: math.sqrt, statistics.stdev, statistics.NormalDist().inv_cdf) for the fixture:
// per year, L = days / 250, σd from the monthly history with F = 1/12.
const EXPECTED = [
  {
    sku: "P-100",
    itemClass: "A",
    eoq: 219.08902300206645,
    safetyStock: 24.314166731415305,
    reorderPoint: 72.3141667314153,
  },
  {
    sku: "P-600",
    itemClass: "A",
    eoq: 692.8203230275509,
    safetyStock: 31.816541312674687,
    reorderPoint: 79.81654131267469,
  },
  {
    sku: "P-800",
    itemClass: "C",
    eoq: 632.4555320336759,
    safetyStock: 31.334346757664562,
    reorderPoint: 151.33434675766455,
  },
];

describe("the policy per item", () => {
  it("matches independently computed EOQ, safety stock and reorder point for each item", () => {
    expect(rows.map((row) => [row.item.sku, row.itemClass])).toEqual(EXPECTED.map((e) => [e.sku, e.itemClass]));
    rows.forEach((row, index) => {
      const expected = EXPECTED[index];
      if (!row.ok || !expected) throw new Error("expected a computed row");
      expect(row.eoq).toBeCloseTo(expected.eoq, 10);
      expect(row.safetyStock).toBeCloseTo(expected.safetyStock, 8);
      expect(row.reorderPoint).toBeCloseTo(expected.reorderPoint, 8);
      expect(row.cycleStockValue).toBeCloseTo((expected.eoq / 2) * row.item.unitCost, 10);
      expect(row.safetyStockValue).toBeCloseTo(expected.safetyStock * row.item.unitCost, 8);
    });
  });

  it("is core's models with the converted inputs, nothing else", () => {
    const row = rows[0];
    if (!row?.ok) throw new Error("expected a computed row");
    const { item } = row;
    expect(row.eoq).toBe(
      economicOrderQuantity({ demand: 1200, orderCost: 50, holdingCost: 0.25, unitCost: 10 }).quantity,
    );
    expect(row.safetyStock).toBe(
      safetyStock({
        serviceLevel: 0.98,
        demandStdDev: item.demandStd,
        leadTime: 10 / 250,
        averageDemand: 1200,
        leadTimeStdDev: 2 / 250,
        forecastInterval: 1 / 12,
      }).safetyStock,
    );
  });

  it("uses the fill-rate model at the item's EOQ when the targets are fill rates", () => {
    const fill = itemPolicy(rows[0]!.item, "A", { ...settings, measure: "fillRate" });
    if (!fill.ok || !rows[0]?.ok) throw new Error("expected a computed row");
    const { item } = fill;
    expect(fill.safetyStock).toBe(
      safetyStockForFillRate({
        fillRate: 0.98,
        orderQuantity: rows[0].eoq,
        demandStdDev: item.demandStd,
        leadTime: item.leadTime,
        averageDemand: item.annualDemand,
        leadTimeStdDev: item.leadTimeStd,
        forecastInterval: item.forecastInterval,
      }).safetyStock,
    );
  });

  it("keeps a model's refusal as the row's message", () => {
    const item = { ...rows[0]!.item, orderCost: 0 };
    expect(itemPolicy(item, "A", { ...settings, measure: "fillRate" })).toMatchObject({
      ok: false,
      message: "orderQuantity must be greater than 0 (got 0)",
    });
    expect(itemPolicy(item, "Q", settings)).toMatchObject({ ok: false, message: "No service target for class Q" });
  });
});

describe("portfolio totals", () => {
  it("adds cycle and safety stock value into the inventory value, and gives the expected turns", () => {
    const { totals } = portfolio.policy;
    expect(totals.items).toBe(3);
    expect(totals.failed).toBe(0);
    expect(totals.cycleStockValue).toBeCloseTo(2262.60708706314, 8);
    expect(totals.safetyStockValue).toBeCloseTo(353.7762700759992, 8);
    expect(totals.inventoryValue).toBeCloseTo(2616.383357139139, 8);
    expect(totals.annualCost).toBe(21300);
    expect(totals.turns).toBeCloseTo(8.141008824979798, 10);
    // (0.98 × 12000 + 0.98 × 4800 + 0.90 × 4500) / 21300
    expect(totals.portfolioServiceLevel).toBeCloseTo((0.98 * 16800 + 0.9 * 4500) / 21300, 14);
  });

  it("raises the safety-stock investment with a higher target", () => {
    const higher = computePolicy(portfolio.grouping.policy, portfolio.classification.classes, {
      ...settings,
      targets: { A: 0.995, B: 0.95, C: 0.9 },
    });
    expect(higher.totals.safetyStockValue).toBeGreaterThan(portfolio.policy.totals.safetyStockValue);
  });
});

describe("the trade-off curve", () => {
  it("at each uniform cycle service level, is the sum of every item's safety stock value", () => {
    const curve = tradeOffCurve(rows, "cycle", [0.9, 0.98]);
    for (const point of curve) {
      const uniform = computePolicy(portfolio.grouping.policy, portfolio.classification.classes, {
        ...settings,
        targets: { A: point.level, B: point.level, C: point.level },
      });
      expect(point.investment).toBeCloseTo(uniform.totals.safetyStockValue, 9);
    }
  });

  it("rises with the service level, for cycle service and for fill rate", () => {
    for (const measure of ["cycle", "fillRate"] as const) {
      const curve = tradeOffCurve(rows, measure);
      for (let k = 1; k < curve.length; k++) {
        expect(curve[k]!.investment).toBeGreaterThan(curve[k - 1]!.investment);
      }
    }
  });
});
