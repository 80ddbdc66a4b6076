/*
 * The newsvendor explainers on published examples: the critical ratio, the z or
 * the cumulative distribution the quantity is read from, and the expected cost.
 */
import { newsvendorLognormalCost } from "../newsvendor/newsvendorLognormal";
import { newsvendorNormalCost, newsvendorNormalQuantity } from "../newsvendor/newsvendorNormal";
import { NEWSVENDOR_EXPLAINERS } from "./newsvendorExplainers";
import { explain, stepValue } from "../../../test/support/explainers";

test("the newsvendor explainers take exactly the functions' arguments", () => {
  expect(
    Object.fromEntries(
      NEWSVENDOR_EXPLAINERS.map((e) => [e.fn, e.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name))]),
    ),
  ).toEqual({
    CRITICALRATIO: ["underage_cost", "overage_cost"],
    NEWSVENDOR: ["mean", "std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
    NEWSVENDORPOISSON: ["mean", "underage_cost", "overage_cost", "[result]", "[quantity]"],
    NEWSVENDORNEGBIN: ["mean", "std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
    NEWSVENDORLOGNORMAL: ["log_mean", "log_std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
    NEWSVENDORDISCRETE: ["values", "probabilities", "underage_cost", "overage_cost"],
  });
});

describe("CRITICALRATIO", () => {
  test("Snyder & Shen Example 4.3 (p = 0.70, h = 0.18): CR = 0.7955", () => {
    const e = explain("CRITICALRATIO", { underage_cost: 0.7, overage_cost: 0.18 });
    expect(stepValue(e, "Cu + Co")).toBeCloseTo(0.88, 12);
    expect(e.result.value).toBeCloseTo(0.7955, 4);
    expect(e.formula.symbols).toBe("CR = Cu/(Cu + Co)");
  });
});

describe("NEWSVENDOR", () => {
  const example43 = { mean: 50, std: 8, underage_cost: 0.7, overage_cost: 0.18 };

  test("Snyder & Shen Example 4.3 (μ = 50, σ = 8): CR = 0.7955, z = 0.8255, Q* = 56.6040, g(Q*) = 1.9976", () => {
    const e = explain("NEWSVENDOR", example43);
    expect(stepValue(e, "CR = Cu/(Cu + Co)")).toBeCloseTo(0.7955, 4);
    expect(stepValue(e, "z = Φ⁻¹(CR)")).toBeCloseTo(0.8255, 4);
    expect(stepValue(e, "μ + zσ")).toBeCloseTo(56.604, 3);
    expect(stepValue(e, "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]")).toBeCloseTo(1.9976, 4);
    expect(e.result.value).toBe(
      newsvendorNormalQuantity({ mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 }),
    );
    expect(e.result.value).toBeCloseTo(56.604, 3);
  });

  test('result "cost" makes the expected cost the result and keeps Q* a step', () => {
    const e = explain("NEWSVENDOR", { ...example43, result: "cost" });
    expect(e.result.value).toBeCloseTo(1.9976, 4);
    expect(stepValue(e, "Q* = μ + zσ")).toBeCloseTo(56.604, 3);
  });

  test("Snyder & Shen Example 4.1: the cost at S = 60 is g(60) = 2.1561, shown with the quantity given", () => {
    const e = explain("NEWSVENDOR", { ...example43, result: "cost", quantity: 60 });
    expect(e.result).toMatchObject({ symbol: "g(Q) = Co·E[(Q − D)⁺] + Cu·E[(D − Q)⁺]" });
    expect(e.result.value).toBeCloseTo(2.1561, 4);
    expect(e.inputs.find((i) => i.argument === "quantity")?.value).toBe(60);
    expect(stepValue(e, "Q* = μ + zσ")).toBeCloseTo(56.604, 3);
  });

  test("μ + zσ below 0 (μ = 5, σ = 30, CR = 0.1) orders nothing, and says so", () => {
    const e = explain("NEWSVENDOR", { mean: 5, std: 30, underage_cost: 1, overage_cost: 9 });
    expect(stepValue(e, "μ + zσ")).toBeCloseTo(-33.4465, 4);
    expect(stepValue(e, "max(0, μ + zσ)")).toBe(0);
    expect(e.result).toMatchObject({ symbol: "Q* = max(0, μ + zσ)", value: 0 });
  });
});

describe("NEWSVENDORPOISSON", () => {
  test("Snyder & Shen Example 4.7 (λ = 6, p = 4, h = 1): CR = 0.8, F(7) = 0.744 < 0.8 ≤ F(8) = 0.847, Q* = 8", () => {
    const e = explain("NEWSVENDORPOISSON", { mean: 6, underage_cost: 4, overage_cost: 1 });
    expect(stepValue(e, "CR = Cu/(Cu + Co)")).toBeCloseTo(0.8, 12);
    expect(stepValue(e, "F(Q* − 1)")).toBeCloseTo(0.744, 3);
    expect(e.result.value).toBe(8);
    const rows = e.tables[0]?.rows ?? [];
    const row = (k: number) => rows.find((r) => r[0] === k);
    expect(row(0)?.[1]).toBeCloseTo(Math.exp(-6), 12);
    expect(row(8)?.[2]).toBeCloseTo(0.8472, 4);
    expect(row(8)?.[3]).toBe("Q*: the first to reach CR");
    expect(row(7)?.[3]).toBe("no");
    expect(rows.at(-1)?.[0]).toBe(10);
    expect(stepValue(e, "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]")).toBeCloseTo(3.5701, 4);
  });

  test("a large mean shows a window around Q*, not the whole distribution", () => {
    const e = explain("NEWSVENDORPOISSON", { mean: 10000, underage_cost: 1, overage_cost: 1 });
    const rows = e.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(13);
    expect(rows[10]?.[0]).toBe(e.result.value);
  });
});

describe("NEWSVENDORNEGBIN", () => {
  test("mean 2, std 2 (n = 2): σ²/μ = 2, CR = 0.9, F(4) = 57/64 < 0.9 ≤ F(5), Q* = 5 and the cost 4.40625", () => {
    const e = explain("NEWSVENDORNEGBIN", { mean: 2, std: 2, underage_cost: 9, overage_cost: 1 });
    expect(stepValue(e, "σ²/μ")).toBe(2);
    expect(stepValue(e, "n = μ²/(σ² − μ)")).toBe(2);
    expect(stepValue(e, "F(Q* − 1)")).toBeCloseTo(57 / 64, 12);
    expect(e.result.value).toBe(5);
    const rows = e.tables[0]?.rows ?? [];
    expect(rows.find((r) => r[0] === 0)?.[1]).toBeCloseTo(0.25, 12);
    expect(rows.find((r) => r[0] === 5)?.[3]).toBe("Q*: the first to reach CR");
    expect(e.tables[0]?.title).toMatch(/^Negative binomial demand/);
    expect(stepValue(e, "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]")).toBeCloseTo(4.40625, 12);
  });

  test("std² ≤ mean says the demand is Poisson (Snyder & Shen Example 4.7: Q* = 8)", () => {
    const e = explain("NEWSVENDORNEGBIN", { mean: 6, std: 1, underage_cost: 4, overage_cost: 1 });
    expect(e.tables[0]?.title).toMatch(/^Poisson demand with mean 6/);
    expect(e.result.value).toBe(8);
  });
});

describe("NEWSVENDORPOISSON with result and quantity", () => {
  test('Snyder & Shen Example 4.7: result "cost" is g(8) = 3.5701; at S = 6 it is the cost there', () => {
    const e = explain("NEWSVENDORPOISSON", { mean: 6, underage_cost: 4, overage_cost: 1, result: "cost" });
    expect(e.result.value).toBeCloseTo(3.5701, 4);
    expect(stepValue(e, "Q*")).toBe(8);
    const at6 = explain("NEWSVENDORPOISSON", {
      mean: 6,
      underage_cost: 4,
      overage_cost: 1,
      result: "cost",
      quantity: 6,
    });
    expect(at6.result.value).toBeGreaterThan(3.5702);
  });
});

describe("NEWSVENDORLOGNORMAL", () => {
  const input = { log_mean: 4, log_std: 0.5, underage_cost: 3, overage_cost: 1 };

  test("ln D ~ N(4, 0.5²), Cu = 3, Co = 1: CR = 0.75, z = 0.6745, ln Q* = 4.3372, Q* = 76.4965, g(Q*) = 44.7280", () => {
    const e = explain("NEWSVENDORLOGNORMAL", input);
    expect(stepValue(e, "CR = Cu/(Cu + Co)")).toBe(0.75);
    expect(stepValue(e, "z = Φ⁻¹(CR)")).toBeCloseTo(0.6745, 4);
    expect(stepValue(e, "ln Q* = μ + zσ")).toBeCloseTo(4.3372, 4);
    expect(e.result.value).toBeCloseTo(76.4965, 4);
    expect(stepValue(e, "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]")).toBeCloseTo(44.728, 4);
  });

  test('result "cost" at a given quantity: g(60) = 50.0728', () => {
    const e = explain("NEWSVENDORLOGNORMAL", { ...input, result: "cost", quantity: 60 });
    expect(e.result.value).toBeCloseTo(50.0728, 4);
    expect(stepValue(e, "Q* = exp(μ + zσ)")).toBeCloseTo(76.4965, 4);
  });
});

describe("the cost at a given quantity needs no Q*, in the explanation as in the function", () => {
  test("a critical ratio within 1e-250 of 0: no Q*, but g(3) for N(5, 1²)", () => {
    const args = { mean: 5, std: 1, underage_cost: 1e-300, overage_cost: 1, result: "cost", quantity: 3 };
    const e = explain("NEWSVENDOR", args);
    expect(e.result.value).toBe(
      newsvendorNormalCost({ mean: 5, stdDev: 1, underageCost: 1e-300, overageCost: 1, quantity: 3 }),
    );
    expect(stepValue(e, "z = Φ⁻¹(CR)")).toBeUndefined();
    expect(() => explain("NEWSVENDOR", { ...args, quantity: undefined })).toThrow("too far apart");
  });

  test("a lognormal Q* that overflows (μ = 709, σ = 0.5, CR = 0.99): no Q*, but g(1)", () => {
    const e = explain("NEWSVENDORLOGNORMAL", {
      log_mean: 709,
      log_std: 0.5,
      underage_cost: 0.99,
      overage_cost: 0.01,
      result: "cost",
      quantity: 1,
    });
    expect(e.result.value).toBe(
      newsvendorLognormalCost({ logMean: 709, logStdDev: 0.5, underageCost: 0.99, overageCost: 0.01, quantity: 1 }),
    );
    expect(stepValue(e, "Q* = exp(μ + zσ)")).toBeUndefined();
  });

  test("Poisson with a ratio within 1e-250 of 1: no table, but g(5)", () => {
    const e = explain("NEWSVENDORPOISSON", {
      mean: 6,
      underage_cost: 1,
      overage_cost: 1e-300,
      result: "cost",
      quantity: 5,
    });
    expect(e.tables).toEqual([]);
    expect(e.result.value).toBeGreaterThan(0);
  });
});

describe("NEWSVENDORDISCRETE", () => {
  test("Snyder & Shen Problem 4.7(b): CR = 2/3, F(4) = 0.60 < 2/3 ≤ F(5) = 0.75, Q* = 5, g = 1,225,000", () => {
    const e = explain("NEWSVENDORDISCRETE", {
      values: [1, 2, 3, 4, 5, 6, 7, 8],
      probabilities: [0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05],
      underage_cost: 1000000,
      overage_cost: 500000,
    });
    expect(stepValue(e, "CR = Cu/(Cu + Co)")).toBeCloseTo(2 / 3, 12);
    const rows = e.tables[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[3]?.[2]).toBeCloseTo(0.6, 12);
    expect(rows[4]?.[2]).toBeCloseTo(0.75, 12);
    expect(rows.map((r) => r[3])).toEqual(["no", "no", "no", "no", "Q*: the first to reach CR", "yes", "yes", "yes"]);
    expect(e.result.value).toBe(5);
    expect(stepValue(e, "g(Q*) = Co·E[(Q* − D)⁺] + Cu·E[(D − Q*)⁺]")).toBeCloseTo(1225000, 6);
  });

  test("values in any order, repeated values one level, blank rows skipped", () => {
    const e = explain("NEWSVENDORDISCRETE", {
      values: [20, 10, null, 20],
      probabilities: [0.25, 0.5, null, 0.25],
      underage_cost: 1,
      overage_cost: 1,
    });
    expect(e.tables[0]?.rows.map((r) => r.slice(0, 3))).toEqual([
      [10, 0.5, 0.5],
      [20, 0.5, 1],
    ]);
    expect(e.result.value).toBe(10);
  });
});
