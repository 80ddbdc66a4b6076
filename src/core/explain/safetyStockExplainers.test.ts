import { safetyStock } from "../safetyStock/safetyStock";
import { InputError } from "../shared/inputError";
import type { Explanation } from "./explanation";
import { explain } from "../../../test/support/explainers";

/** The value of the step whose symbol starts with `symbol`. */
function stepValue(explanation: Explanation, symbol: string): unknown {
  const found = explanation.steps.find((s) => s.symbol.startsWith(symbol));
  if (!found) throw new Error(`no step ${symbol} in ${explanation.steps.map((s) => s.symbol).join(", ")}`);
  return found.value;
}

const Z90 = 1.2815515655446004; // Excel NORM.S.INV(0.9)
const SIGMA_L = 500 * Math.SQRT2; // Chopra & Meindl Examples 12-1 to 12-5: weekly σ 500, L = 2 weeks

describe("safety-stock explainers", () => {
  test("SAFETYSTOCK, Chopra & Meindl Example 12-6 (Dell): z 1.28, terms 7 × 500² and 2,500² × 7², σ_LT 17,550, SS 22,491", () => {
    const args = { service_level: 0.9, demand_std: 500, lead_time: 7, avg_demand: 2500, lead_time_std: 7 };
    const explanation = explain("SAFETYSTOCK", args);
    expect(stepValue(explanation, "z = Φ⁻¹")).toBeCloseTo(Z90, 12);
    expect(stepValue(explanation, "(L/F)·σd²")).toBeCloseTo(7 * 500 ** 2, 6); // 1,750,000
    expect(stepValue(explanation, "d²·σL²")).toBe(2500 ** 2 * 7 ** 2); // 306,250,000
    expect(stepValue(explanation, "σ_LT")).toBeCloseTo(17549.93, 2); // the book: 17,550
    expect(explanation.result.value).toBeCloseTo(22491.1, 1); // the book: 22,491
    expect(explanation.result.value).toBe(
      safetyStock({ serviceLevel: 0.9, demandStdDev: 500, leadTime: 7, averageDemand: 2500, leadTimeStdDev: 7 })
        .safetyStock,
    );
    expect(explanation.inputs.map((i) => [i.argument, i.symbol, i.value, i.unit])).toEqual([
      ["service_level", "CSL", 0.9, "fraction"],
      ["demand_std", "σd", 500, "units"],
      ["lead_time", "L", 7, "periods"],
      ["avg_demand", "d", 2500, "units per period"],
      ["lead_time_std", "σL", 7, "periods"],
    ]);
    expect(explanation.source).toContain("Chopra & Meindl");
    expect(explanation.formula.symbols).toContain("SS = z·σ_LT");
  });

  test("SAFETYSTOCK, Chopra & Meindl Example 12-4: σ_LT = √2 × 500 = 707 (no lead-time term), SS = 906", () => {
    const explanation = explain("SAFETYSTOCK", { service_level: 0.9, demand_std: 500, lead_time: 2 });
    expect(stepValue(explanation, "(L/F)·σd²")).toBeCloseTo(2 * 500 ** 2, 6);
    expect(stepValue(explanation, "d²·σL²")).toBe(0);
    expect(stepValue(explanation, "σ_LT")).toBeCloseTo(707.107, 3);
    expect(explanation.result.value).toBeCloseTo(906.2, 1);
    expect(explanation.inputs.map((i) => i.argument)).toEqual(["service_level", "demand_std", "lead_time"]);
  });

  test("SAFETYSTOCK: a term whose square overflows is left out; σ_LT and the answer stay", () => {
    const explanation = explain("SAFETYSTOCK", { service_level: 0.9, demand_std: 1e200, lead_time: 1 });
    expect(explanation.steps.map((s) => s.symbol)).not.toContain("(L/F)·σd²");
    expect(stepValue(explanation, "σ_LT")).toBe(1e200);
    expect(explanation.result.value).toBeCloseTo(Z90 * 1e200, -190);
  });

  test("SAFETYSTOCK refuses what the model refuses, with the model's error", () => {
    expect(() => explain("SAFETYSTOCK", { service_level: 95, demand_std: 1, lead_time: 1 })).toThrow(InputError);
    expect(() => explain("SAFETYSTOCK", { service_level: 95, demand_std: 1, lead_time: 1 })).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
    expect(() => explain("SAFETYSTOCK", { service_level: 0.9, lead_time: 1 })).toThrow("demand_std is blank");
  });

  test("LEADTIMESTD, Chopra & Meindl Example 12-6 (Dell): √(1,750,000 + 306,250,000) = 17,549.9", () => {
    const explanation = explain("LEADTIMESTD", { demand_std: 500, lead_time: 7, avg_demand: 2500, lead_time_std: 7 });
    expect(stepValue(explanation, "(L/F)·σd²")).toBeCloseTo(1750000, 6);
    expect(stepValue(explanation, "d²·σL²")).toBe(306250000);
    expect(explanation.result.value).toBeCloseTo(Math.sqrt(1750000 + 306250000), 8);
  });

  test("SAFETYSTOCKFR, Chopra & Meindl Example 12-5: G(k) = 250/707 = 0.3536, k = 0.0943 (and G(k) is the target), SS = 67", () => {
    const explanation = explain("SAFETYSTOCKFR", {
      fill_rate: 0.975,
      demand_std: 500,
      lead_time: 2,
      order_quantity: 10000,
    });
    expect(stepValue(explanation, "σ_LT")).toBeCloseTo(707.1068, 4);
    expect(stepValue(explanation, "G(k) = Q(1 − FR)/σ_LT")).toBeCloseTo(0.3536, 4);
    expect(stepValue(explanation, "k = G⁻¹")).toBeCloseTo(0.0943245910250249, 12);
    expect(explanation.steps.find((s) => s.symbol === "G(k)")?.value).toBeCloseTo(250 / SIGMA_L, 12);
    expect(explanation.result.value).toBeCloseTo(66.6975579464429, 9); // the book rounds to 67
  });

  test("SAFETYSTOCKFR with no variability: no G(k) nor k to show; SS = −Q(1 − FR)", () => {
    const explanation = explain("SAFETYSTOCKFR", { fill_rate: 0.9, demand_std: 0, lead_time: 2, order_quantity: 100 });
    expect(explanation.steps.map((s) => s.symbol)).toEqual(["(L/F)·σd²", "d²·σL²", expect.stringMatching(/^σ_LT/)]);
    expect(explanation.result.value).toBeCloseTo(-10, 12);
  });

  test("FILLRATEK, Chopra & Meindl Example 12-5: the loss 0.3536 the target allows gives k = 0.0943", () => {
    const explanation = explain("FILLRATEK", {
      fill_rate: 0.975,
      order_quantity: 10000,
      lead_time_demand_std: SIGMA_L,
    });
    expect(stepValue(explanation, "G(k) = Q(1 − FR)/σ_LT")).toBeCloseTo(0.353553390593274, 12);
    expect(explanation.steps.find((s) => s.symbol === "G(k)")?.value).toBeCloseTo(0.353553390593274, 12);
    expect(explanation.result.value).toBeCloseTo(0.0943245910250249, 12);
  });

  test("FILLRATE, Chopra & Meindl Example 12-3: k = 1,000/707 = 1.414, ESC = 25.13, fill rate 0.9975", () => {
    const explanation = explain("FILLRATE", {
      safety_stock: 1000,
      lead_time_demand_std: SIGMA_L,
      order_quantity: 10000,
    });
    expect(stepValue(explanation, "k = SS/σ_LT")).toBeCloseTo(Math.SQRT2, 12);
    expect(stepValue(explanation, "G(k)")).toBeCloseTo(0.03554, 5);
    expect(stepValue(explanation, "ESC")).toBeCloseTo(25.13, 2);
    expect(explanation.result.value).toBeCloseTo(0.997487272916999, 12);
  });

  test("CYCLESERVICE, Chopra & Meindl Example 12-2: z = 1,000/707 = 1.41 gives CSL 0.92", () => {
    const explanation = explain("CYCLESERVICE", { safety_stock: 1000, lead_time_demand_std: SIGMA_L });
    expect(stepValue(explanation, "z = SS/σ_LT")).toBeCloseTo(1.414, 3);
    expect(explanation.result.value).toBeCloseTo(0.921350396474857, 12);
    expect(explain("CYCLESERVICE", { safety_stock: 5, lead_time_demand_std: 0 }).steps).toEqual([]);
  });

  test("REORDERPOINT, Chopra & Meindl Example 12-1: 2,500 × 2 = 5,000 of lead-time demand + 1,000 = 6,000", () => {
    const explanation = explain("REORDERPOINT", { avg_demand: 2500, lead_time: 2, safety_stock: 1000 });
    expect(stepValue(explanation, "d·L")).toBe(5000);
    expect(explanation.result.value).toBe(6000);
  });

  test("ORDERUPTO, Snyder & Shen Example 4.4: R + L = 5, 250 units over them, S* = 264.7669", () => {
    const args = { avg_demand: 50, review_period: 1, lead_time: 4, service_level: 0.7 / 0.88, demand_std: 8 };
    const explanation = explain("ORDERUPTO", args);
    expect(stepValue(explanation, "R + L")).toBe(5);
    expect(stepValue(explanation, "d·(R + L)")).toBe(250);
    expect(stepValue(explanation, "SS = z·σ_{R+L}")).toBeCloseTo(14.7669, 4);
    expect(explanation.result.value).toBeCloseTo(264.7668943741548, 10);
  });

  test("ORDERUPTO with a varying lead time, Chopra & Meindl Example 12-6 over R + L = 7: σ = √(7·500² + 2,500²·7²) = 17,549.9", () => {
    const args = { avg_demand: 2500, review_period: 1, lead_time: 6, service_level: 0.9, demand_std: 500 };
    const explanation = explain("ORDERUPTO", { ...args, lead_time_std: 7 });
    expect(stepValue(explanation, "d²·σL²")).toBe(2500 ** 2 * 49);
    expect(stepValue(explanation, "σ_{R+L}")).toBeCloseTo(17549.93, 1);
    expect(explanation.inputs.map((row) => row.argument)).toContain("lead_time_std");
  });

  test("FILLRATE with lost sales on Chopra & Meindl Example 12-3: 1 − 25.13/(10,000 + 25.13)", () => {
    const args = { safety_stock: 1000, lead_time_demand_std: SIGMA_L, order_quantity: 10000 };
    const explanation = explain("FILLRATE", { ...args, lost_sales: true });
    expect(explanation.result.symbol).toBe("FR = 1 − ESC/(Q + ESC)");
    expect(explanation.result.value).toBeCloseTo(10000 / 10025.13, 6);
  });

  test("NORMLOSS of order 2 and the complements: G2(0) = 0.25, n̄(1.25) = 1.25 + 0.0506 = 1.3006", () => {
    expect(explain("NORMLOSS", { k: 0, order: 2 }).result).toMatchObject({ symbol: "G2(k)", value: 0.25 });
    const below = explain("NORMLOSS", { k: 1.25, complementary: true });
    expect(below.result.symbol).toBe("n̄(k)");
    expect(below.result.value).toBeCloseTo(1.3006, 4);
    expect(explain("NORMLOSS", { k: 0, order: 2, complementary: true }).result.symbol).toBe("n̄2(k)");
  });

  test("NORMLOSS, Snyder & Shen Example 4.1: G(1.25) = φ(1.25) − 1.25·(1 − Φ(1.25)) = 0.0506", () => {
    const explanation = explain("NORMLOSS", { k: 1.25 });
    const density = stepValue(explanation, "φ(k)") as number;
    const tail = stepValue(explanation, "1 − Φ(k)") as number;
    expect(density).toBeCloseTo(0.182649, 6);
    expect(tail).toBeCloseTo(0.10565, 5);
    expect(explanation.result.value).toBeCloseTo(0.0506, 4);
    expect(explanation.result.value).toBeCloseTo(density - 1.25 * tail, 15);
  });

  test("NORMLOSSINV: the loss 0.0506 of Snyder & Shen Example 4.1 gives back k ≈ 1.25; G(0) = 0.3989 is where k changes sign", () => {
    const explanation = explain("NORMLOSSINV", { loss: 0.0506 });
    expect(stepValue(explanation, "G(0)")).toBeCloseTo(0.398942, 6);
    expect(stepValue(explanation, "G(k)")).toBeCloseTo(0.0506, 14);
    expect(explanation.result.value).toBeCloseTo(1.25, 2);
  });

  test("SAFETYFACTOR, Chopra & Meindl Example 12-4: CSL 90% (a 10% chance of a stockout) gives z = 1.28", () => {
    const explanation = explain("SAFETYFACTOR", { service_level: 0.9 });
    expect(stepValue(explanation, "1 − CSL")).toBeCloseTo(0.1, 15);
    expect(explanation.result.value).toBeCloseTo(Z90, 12);
  });

  test("MADTOSIGMA, APICS Dictionary: 1 MAD ≈ 0.8 σ, so a MAD of 80 is σ = 1.25 × 80 = 100", () => {
    const explanation = explain("MADTOSIGMA", { mad: 80 });
    expect(stepValue(explanation, "σ/MAD")).toBe(1.25);
    expect(explanation.result.value).toBe(100);
  });
});
