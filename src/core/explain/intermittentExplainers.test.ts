import { crostonRate } from "../intermittent/croston";
import { InputError } from "../shared/inputError";
import type { Explanation } from "./explanation";
import { explain, stepValue } from "../../../test/support/explainers";

/** The table titled `title`, as rows of objects keyed by its headers. */
function table(explanation: Explanation, title: string): Array<Record<string, unknown>> {
  const found = explanation.tables.find((t) => t.title === title);
  if (!found) throw new Error(`no table ${title}`);
  return found.rows.map((row) => Object.fromEntries(found.headers.map((header, c) => [header, row[c]])));
}

// P. Morgan, "Croston's method" (pmorgan.com.au tutorial): 14 days of book sales, sizes 2, 1, 5, 4, 3, 1, 1.
const MORGAN_SALES = [2, 0, 0, 1, 0, 5, 4, 0, 0, 3, 0, 0, 1, 1];

describe("intermittent explainers", () => {
  test("DEMANDPATTERN: each item's ADI and CV² against Syntetos & Boylan's cut-offs, the pattern spilled per row", () => {
    const explanation = explain("DEMANDPATTERN", {
      history: [
        [5, 6, 5, 4],
        [1, 20, 2, 30],
        [0, 6, 0, 0, 4, 0],
        [0, 9, 0, 0, 1, 0],
        [null, null],
        [0, 0],
      ],
    });
    expect(explanation.output).toEqual([["smooth"], ["erratic"], ["intermittent"], ["lumpy"], [""], [""]]);
    expect(stepValue(explanation, "ADI*")).toBe(1.32);
    expect(stepValue(explanation, "CV²*")).toBe(0.49);
    const rows = table(explanation, "Each item's demand");
    expect(rows[2]).toMatchObject({ ADI: 3, "Periods with demand": 2, Pattern: "intermittent" });
    expect(rows[2]?.["CV² of sizes"]).toBeCloseTo(0.08, 14);
    expect(rows[5]).toMatchObject({ Periods: 2, "Periods with demand": 0, Pattern: "" });
    expect(explanation.result).toMatchObject({ label: "Items intermittent or lumpy", value: 2 });
  });

  test("DEMANDPATTERN of one item: the result is its pattern (P. Morgan's sales: ADI 2, CV² 0.444, intermittent)", () => {
    const explanation = explain("DEMANDPATTERN", { history: MORGAN_SALES });
    expect(explanation.result).toMatchObject({ label: "Pattern", value: "intermittent" });
    expect(table(explanation, "Each item's demand")[0]?.["CV² of sizes"]).toBeCloseTo(0.44406, 5);
  });

  test("CROSTON, P. Morgan's example with α = 0.1: ẑ = 2.174581, p̂ = 1.525708, Croston 1.425293", () => {
    const explanation = explain("CROSTON", { history: MORGAN_SALES, alpha: 0.1, method: "croston" });
    expect(explanation.result.value).toBeCloseTo(1.425293, 6);
    const row = table(explanation, "Each item's smoothed demand")[0];
    expect(row?.["Size ẑ"]).toBeCloseTo(2.174581, 6);
    expect(row?.["Interval p̂"]).toBeCloseTo(1.525708, 6);
    expect(explanation.formula.symbols).toContain("rate = ẑ/p̂");
  });

  test("CROSTON defaults: SBA with α = 0.1, factor 0.95; TSB shows the probability", () => {
    const sba = explain("CROSTON", { history: MORGAN_SALES });
    expect(stepValue(sba, "α")).toBe(0.1);
    expect(stepValue(sba, "1 − α/2")).toBe(0.95);
    expect(sba.result.value).toBe(crostonRate({ demand: MORGAN_SALES })?.rate);
    const tsb = explain("CROSTON", { history: [[0, 3, 0, 0, 5, 0]], alpha: 0.2, method: "TSB" });
    expect(table(tsb, "Each item's smoothed demand")[0]?.["Probability d̂"]).toBeCloseTo(0.3648, 14);
    expect(tsb.result.value).toBeCloseTo(1.24032, 14);
    expect(stepValue(tsb, "1 − α/2")).toBeUndefined();
  });

  test("CROSTON over several items: the rates spilled, blank rows blank; bad inputs are the model's errors", () => {
    const explanation = explain("CROSTON", {
      history: [
        [4, 4],
        [null, null],
        [0, 0],
      ],
      method: "croston",
    });
    expect(explanation.output).toEqual([[4], [""], [0]]);
    expect(explanation.result).toMatchObject({ label: "Items with a rate", value: 2 });
    expect(() => explain("CROSTON", { history: [[1]], alpha: 0 })).toThrow(InputError);
    expect(() => explain("CROSTON", { history: [[1, -1]] })).toThrow("demandHistory at item 2");
    expect(() => explain("DEMANDPATTERN", { history: "x" })).toThrow(InputError);
  });
});
