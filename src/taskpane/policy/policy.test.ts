import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { DEFAULT_CLASSIFY } from "./classify";
import { mapColumns } from "./columns";
import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { buildPortfolio } from "../../../test/support/portfolio";
import { standardNormalCdf } from "../../core/shared/normal";
import {
  computePolicy,
  costOptimalItemPolicy,
  itemPolicy,
  poissonItemPolicy,
  policyTotals,
  type ItemPolicy,
  type PolicySettings,
} from "./policy";
import type { ItemRecord } from "./validation";
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
/** The rows the normal model computed (EOQ + safety stock from the item's own deviation). */
const rows = portfolio.policy.rows.filter((row) => row.method === "normal");
const rowOf = (sku: string) => {
  const row = portfolio.policy.rows.find((candidate) => candidate.item.sku === sku);
  if (!row?.ok) throw new Error(`no computed row for ${sku}`);
  return row;
};

// Independent figures (Python: math.sqrt, statistics.stdev, statistics.NormalDist().inv_cdf) for the fixture:
// per year, L = days / 250, σd from the monthly history with F = 1/12. The classes are ABC over the items with
// demand (P-100, P-400, P-500 at its SBA rate, P-600, P-800): P-600 is B (target 0.95).
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
    itemClass: "B",
    eoq: 692.8203230275509,
    safetyStock: 25.481962816527666,
    reorderPoint: 73.48196281652767,
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
      message: "Order quantity must be greater than 0; got 0",
    });
    expect(itemPolicy(item, "Q", settings)).toMatchObject({ ok: false, message: "No service target for class Q" });
  });
});

describe("portfolio totals", () => {
  it("adds cycle and safety stock value into the inventory value, and gives the expected turns", () => {
    const { totals } = portfolio.policy;
    // Every usable row has a policy: three by the normal model, a new item, an intermittent one, a zero-demand one.
    expect(totals.items).toBe(portfolio.read.items.length);
    expect(totals.items).toBe(6);
    expect(totals.failed).toBe(0);
    const sum = (pick: (row: Extract<ItemPolicy, { ok: true }>) => number) =>
      portfolio.policy.rows.reduce((total, row) => total + (row.ok ? pick(row) : 0), 0);
    expect(totals.cycleStockValue).toBeCloseTo(
      sum((row) => (row.eoq / 2) * row.item.unitCost),
      8,
    );
    expect(totals.safetyStockValue).toBeCloseTo(
      sum((row) => row.safetyStock * row.item.unitCost),
      8,
    );
    expect(totals.inventoryValue).toBeCloseTo(totals.cycleStockValue + totals.safetyStockValue, 8);
    // 12000 + 4800 + 4500 (normal) + 12000 (P-400) + 66.0758… × 80 (P-500 at its SBA rate) + 0 (P-300)
    expect(totals.annualCost).toBeCloseTo(33300 + 66.07582562747687 * 80, 8);
    expect(totals.turns).toBeCloseTo(totals.annualCost / totals.inventoryValue, 10);
    // The trade-off curve's point, over the normal model's items: (0.98 × 12000 + 0.95 × 4800 + 0.90 × 4500) / 21300
    expect(totals.normalModel.portfolioServiceLevel).toBeCloseTo((0.98 * 12000 + 0.95 * 4800 + 0.9 * 4500) / 21300, 14);
  });

  it("raises the safety-stock investment with a higher target", () => {
    const higher = buildPortfolio(fixtureTable(), {
      mapping: mapColumns(FIXTURE_HEADERS),
      units: DEFAULT_UNITS,
      classify: DEFAULT_CLASSIFY,
      policy: { ...settings, targets: { A: 0.995, B: 0.95, C: 0.9 } },
    }).policy;
    expect(higher.totals.safetyStockValue).toBeGreaterThan(portfolio.policy.totals.safetyStockValue);
  });
});

describe("the items a normal model does not fit", () => {
  it("a lumpy item (P-500): SBA rate, negative binomial reorder point at its class's target, whole units", () => {
    // Independent figures (Python): Croston over the monthly history with α = 0.1 gives z = 13.163, p = 2.271,
    // SBA rate 0.95 z/p = 5.5063 a month, D = 66.0758 a year; L = 20/250 years = 0.96 months. The history's
    // sample std is 7.9658 a month (statistics.stdev), so σ_L² = 7.9658² × 0.96 = 60.916 > μ_L = 5.2861: lumpy.
    // scipy.stats.nbinom(n = μ²/(σ² − μ), p = μ/σ²): F(29) = 0.97974 < 0.98 ≤ F(30) = 0.98173, so r = 30;
    // EOQ √(2·66.08·75/(0.25·80)) = 22.26 → 22.
    const row = rowOf("P-500");
    expect(row.method).toBe("negbin");
    expect(row.itemClass).toBe("A");
    expect(row.ratePerPeriod).toBeCloseTo(5.50631880228974, 12);
    expect(row.stdPerPeriod).toBeCloseTo(7.9658361428380795, 12);
    expect(row.demand).toBeCloseTo(66.07582562747687, 10);
    expect(row.reorderPoint).toBe(30);
    expect(row.eoq).toBe(22);
    expect(row.safetyStock).toBeCloseTo(30 - 5.2860660501981505, 10);
    expect(row.maxStock).toBe(52);
    expect(row.annualValue).toBeCloseTo(66.07582562747687 * 80, 8);
  });

  it("an intermittent item whose variance is at most its mean keeps the Poisson reorder point (P-500 without its spread)", () => {
    // D_L ~ Poisson(5.2861): P(D_L ≤ 9) < 0.98 ≤ P(D_L ≤ 10) = 0.98033 (scipy.stats.poisson), so r = 10.
    const item = portfolio.grouping.planned.find((candidate) => candidate.sku === "P-500");
    if (!item) throw new Error("no P-500");
    const slow = { ratePerPeriod: 5.50631880228974, periodsPerYear: 12 };
    for (const stdPerPeriod of [null, 0, Math.sqrt(5.50631880228974)]) {
      const row = poissonItemPolicy(item, "A", settings, { ...slow, stdPerPeriod });
      expect(row).toMatchObject({ ok: true, method: "poisson", reorderPoint: 10, eoq: 22 });
    }
    const lumpy = poissonItemPolicy(item, "A", settings, { ...slow, stdPerPeriod: 3 });
    expect(lumpy).toMatchObject({ ok: true, method: "negbin" });
  });

  it("a new item (P-400): its own demand with its class's median CV, marked estimated", () => {
    // Class A's only item with enough history is P-100, CV = 10 / 100 = 0.1. σd = 0.1 × 480 / 12 = 4 a month;
    // SS = z(0.98) × √((15/250) × 12 × 4² + 480² × (3/250)²) = 13.7306 (Python: statistics.NormalDist).
    const row = rowOf("P-400");
    expect(row.method).toBe("estimated");
    expect(row.estimatedCv).toBeCloseTo(0.1, 14);
    expect(row.safetyStock).toBeCloseTo(13.730597880539484, 9);
    expect(row.reorderPoint).toBeCloseTo(42.53059788053948, 9);
  });

  it("an item without demand (P-300): no replenishment, the value at stake, no class", () => {
    const row = rowOf("P-300");
    expect(row).toMatchObject({ method: "obsolete", itemClass: "", eoq: 0, reorderPoint: 0, maxStock: 0 });
    expect(row.valueAtStake).toBe(3);
    expect(portfolio.classification.classes).toHaveLength(portfolio.grouping.planned.length);
    expect(portfolio.grouping.planned.map((item) => item.sku)).not.toContain("P-300");
  });

  it("stocks at least one unit of any item with demand, whatever its rate", () => {
    const item = portfolio.grouping.planned.find((candidate) => candidate.sku === "P-500");
    if (!item) throw new Error("no P-500");
    const slow = poissonItemPolicy({ ...item, annualDemand: 0.01 }, "C", settings, {
      ratePerPeriod: 0.01 / 12,
      stdPerPeriod: 0.5,
      periodsPerYear: 12,
    });
    expect(slow).toMatchObject({ ok: true, reorderPoint: 0, eoq: 1, maxStock: 1 });
  });
});

describe("the cost-optimal option (basis cost)", () => {
  const costSettings: PolicySettings = { ...settings, basis: "cost", backorderRate: 4 };

  it("Snyder & Shen Example 5.1 (λ = 1300, τ = 150, L = 1/12, K = 8, h = 0.225, p = 7.5): r* = 126.8, Q* = 328.5, g* = 78.07", () => {
    // Per year, with C = 1: h = i × C with i = 22.5%, p = b × C with b = 750%; σd = 150 over F = 1 year.
    const item: ItemRecord = {
      ...portfolio.grouping.policy[0]!,
      annualDemand: 1300,
      demandStd: 150,
      forecastInterval: 1,
      leadTime: 1 / 12,
      leadTimeStd: 0,
      unitCost: 1,
      orderCost: 8,
    };
    const example = { ...costSettings, carryingRate: 0.225, backorderRate: 7.5 };
    const row = costOptimalItemPolicy(item, "A", example);
    if (!row.ok || !row.costComparison) throw new Error(row.ok ? "no comparison" : row.message);
    expect(row.method).toBe("costOptimal");
    expect(Math.abs(row.reorderPoint - 126.8)).toBeLessThan(0.1);
    expect(row.eoq).toBeCloseTo(328.4, 0);
    expect(row.costComparison.optimalCost).toBeCloseTo(78.07, 2);
    expect(row.safetyStock).toBeCloseTo(row.reorderPoint - 1300 / 12, 12);
    // What r* achieves: Φ((r* − λL)/(τ√L)), against the class's 98%.
    const achieved = standardNormalCdf((row.reorderPoint - 1300 / 12) / (150 * Math.sqrt(1 / 12)));
    expect(row.costComparison.achievedService).toBeCloseTo(achieved, 12);
    // The service-level policy it replaces: EOQ √(2·1300·8/0.225) = 304.05 and r = λL + z(0.98)·τ√L.
    expect(row.costComparison.serviceOrderQuantity).toBeCloseTo(304.0467800264368, 9);
    expect(row.costComparison.serviceCost).toBeGreaterThan(row.costComparison.optimalCost);
  });

  it("on the fixture, replaces every normal item's policy and never costs more than the service-level policy", () => {
    const costly = buildPortfolio(fixtureTable(), {
      mapping: mapColumns(FIXTURE_HEADERS),
      units: DEFAULT_UNITS,
      classify: DEFAULT_CLASSIFY,
      policy: costSettings,
    });
    const methods = costly.policy.rows.map((row) => row.method);
    expect(methods.filter((method) => method === "costOptimal")).toHaveLength(rows.length);
    expect(methods).not.toContain("normal");
    // The other methods stay: intermittent, new and obsolete items are not priced by the normal model.
    expect(methods).toEqual(portfolio.policy.rows.map((row) => (row.method === "normal" ? "costOptimal" : row.method)));
    for (const row of costly.policy.rows) {
      if (!row.ok || !row.costComparison) continue;
      expect(row.costComparison.optimalCost).toBeLessThanOrEqual(row.costComparison.serviceCost * (1 + 1e-12));
      expect(row.costComparison.achievedService).toBeGreaterThan(0);
      expect(row.costComparison.achievedService).toBeLessThan(1);
    }
    const totals = costly.policy.totals.costComparison;
    expect(totals?.items).toBe(rows.length);
    expect(totals!.optimalCost).toBeLessThanOrEqual(totals!.serviceCost);
    expect(portfolio.policy.totals.costComparison).toBeNull();
    // The trade-off curve still shows what service targets would cost the same items.
    for (const measure of ["cycle", "fillRate"] as const) {
      expect(tradeOffCurve(costly.policy.rows, measure)).toEqual(tradeOffCurve(portfolio.policy.rows, measure));
    }
  });

  it("a higher backorder cost raises r*, and with it the service achieved", () => {
    const item = portfolio.grouping.policy[0]!;
    const at = (backorderRate: number) => {
      const row = costOptimalItemPolicy(item, "A", { ...costSettings, backorderRate });
      if (!row.ok || !row.costComparison) throw new Error("no cost-optimal row");
      return row;
    };
    expect(at(10).reorderPoint).toBeGreaterThan(at(1).reorderPoint);
    expect(at(10).costComparison!.achievedService).toBeGreaterThan(at(1).costComparison!.achievedService);
  });

  it("with a fill-rate measure, reports the fill rate r* achieves: 1 − σ_LT·G(k)/Q", () => {
    const item = portfolio.grouping.policy[0]!;
    const row = costOptimalItemPolicy(item, "A", { ...costSettings, measure: "fillRate", targets: { A: 0.99 } });
    if (!row.ok || !row.costComparison) throw new Error("no cost-optimal row");
    expect(row.costComparison.achievedService).toBeGreaterThan(0.9);
    expect(row.costComparison.achievedService).toBeLessThan(1);
    const totals = policyTotals([row]).costComparison;
    expect(totals?.achievedService).toBeCloseTo(row.costComparison.achievedService, 12);
    expect(totals?.targetService).toBe(0.99);
  });

  it("refuses to price an item it cannot order for: a row message, not a throw", () => {
    const item = { ...portfolio.grouping.policy[0]!, orderCost: 0 };
    const row = costOptimalItemPolicy(item, "A", costSettings);
    expect(row).toMatchObject({ ok: false, method: "costOptimal" });
    if (!row.ok) expect(row.message).toMatch(/order cost/i);
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
