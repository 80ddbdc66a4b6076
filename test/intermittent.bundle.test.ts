/*
 * DEMANDPATTERN and CROSTON through the built bundle, loaded the way Excel
 * loads it: the published examples, a whole
 * history in one spill (100,000 items), and both in a spreadsheet (HyperFormula
 * with the bundle's functions).
 */
import { loadBundle } from "./support/bundle";
import { createEngine } from "./support/engine";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

// P. Morgan, "Croston's method" (pmorgan.com.au tutorial): 14 days of book sales, sizes 2, 1, 5, 4, 3, 1, 1 and
// intervals 1, 3, 2, 1, 3, 3, 1; with α = 0.1 from the first of each: ẑ = 2.174581, p̂ = 1.525708, rate 1.425293.
const MORGAN_SALES = [2, 0, 0, 1, 0, 5, 4, 0, 0, 3, 0, 0, 1, 1];
const first = (result: unknown): unknown => (result as unknown[][])[0]?.[0];

describe("published examples", () => {
  test("Syntetos & Boylan's cut-offs: ADI 1.32 and CV² 0.49 are on the intermittent and erratic side", () => {
    const at132 = [...Array<number>(25).fill(5), ...Array<number>(8).fill(0)]; // 33 / 25 = 1.32
    const at131 = [...Array<number>(100).fill(5), ...Array<number>(31).fill(0)]; // 131 / 100 = 1.31
    expect(bundle.call("DEMANDPATTERN", col(...at132))).toEqual([["intermittent"]]);
    expect(bundle.call("DEMANDPATTERN", col(...at131))).toEqual([["smooth"]]);
    expect(bundle.call("DEMANDPATTERN", m([3, 10, 17], [3.1, 10, 16.9]))).toEqual(col("erratic", "smooth"));
  });

  test("Croston and SBA on P. Morgan's example; TSB hand-checked (0, 3, 0, 0, 5, 0, α = 0.2: 1.24032)", () => {
    expect(first(bundle.call("CROSTON", col(...MORGAN_SALES), 0.1, "croston"))).toBeCloseTo(1.425293, 6);
    expect(first(bundle.call("CROSTON", [MORGAN_SALES], null, null))).toBeCloseTo(0.95 * 1.425293, 6);
    expect(first(bundle.call("CROSTON", m([0, 3, 0, 0, 5, 0]), 0.2, "tsb"))).toBeCloseTo(1.24032, 14);
  });
});

describe("a whole history in one spill", () => {
  test("100,000 items × 24 periods: one pattern and one rate per row, a bad row #VALUE! at its cell", () => {
    const kinds = [
      [5, 6, 5, 4, 5, 6],
      [1, 20, 2, 30, 1, 25],
      [0, 6, 0, 0, 4, 0],
      [0, 9, 0, 0, 1, 0],
    ].map((row) => [...row, ...row, ...row, ...row]);
    const rows = Array.from({ length: 100_000 }, (_, i) => kinds[i % 4] as number[]);
    rows[99_999] = [...(kinds[0] as number[]).slice(0, 23), -1];
    const patterns = bundle.call("DEMANDPATTERN", rows) as unknown[][];
    const rates = bundle.call("CROSTON", rows, null, null) as unknown[][];
    expect(patterns.length).toBe(100_000);
    expect(rates.length).toBe(100_000);
    const expected = ["smooth", "erratic", "intermittent", "lumpy"];
    expect(patterns.slice(0, 99_999).every((row, i) => row[0] === expected[i % 4])).toBe(true);
    expect(rates.slice(0, 99_999).every((row) => typeof row[0] === "number" && row[0] >= 0)).toBe(true);
    expectValueError(
      patterns[99_999]?.[0],
      "DEMANDPATTERN: history (row 100000, column 24) must be a finite number, zero or more (got -1)",
    );
    expectValueError(
      rates[99_999]?.[0],
      "CROSTON: history (row 100000, column 24) must be a finite number, zero or more (got -1)",
    );
  });

  test("a bad alpha or method fails the whole call, naming the argument", () => {
    expectValueError(
      thrownBy(() => bundle.call("CROSTON", m([1, 0, 1]), 2, null)),
      "CROSTON: alpha must be greater than 0 and at most 1 (got 2; for 2% enter 0.02 or 2%)",
    );
    expectValueError(
      thrownBy(() => bundle.call("CROSTON", m([1, 0, 1]), null, "ses")),
      'CROSTON: method must be "croston" or "sba" or "tsb" (got text "ses")',
    );
  });
});

describe("in a spreadsheet (HyperFormula with the bundle's functions)", () => {
  test('=INV.DEMANDPATTERN(B2:G4) and =INV.CROSTON(B2:G4, 0.2, "tsb") spill one row per item; editing a period recomputes', () => {
    const engine = createEngine({
      Items: [
        ["SKU", "P1", "P2", "P3", "P4", "P5", "P6", "Pattern", "Rate"],
        ["A", 5, 6, 5, 4, 5, 6, "=INV.DEMANDPATTERN(B2:G4)", '=INV.CROSTON(B2:G4, 0.2, "tsb")'],
        ["B", 0, 3, 0, 0, 5, 0],
        ["C", 0, 9, 0, 0, 1, 0],
      ],
    });
    expect(engine.values("Items!H2:H4")).toEqual([["smooth"], ["intermittent"], ["lumpy"]]);
    expect(engine.value("Items!I3")).toBeCloseTo(1.24032, 12);
    engine.set("Items!C3", 0);
    engine.set("Items!B3", 3); // the first demand moves to period 1: d̂ starts at 1
    expect(engine.value("Items!H3")).toBe("intermittent");
    expect(engine.value("Items!I3")).not.toBeCloseTo(1.24032, 6);
  });
});
