/*
 * DEMANDPATTERN and CROSTON as Excel calls them: that they work, wrong types,
 * out of range, and blanks / omitted optionals.
 */
import { croston, demandpattern } from "./intermittent";
import { col, m, omitted, text, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

// P. Morgan, "Croston's method" (pmorgan.com.au tutorial): 14 days of book sales; Croston's rate with α = 0.1,
// started at the first demand and its interval (R's forecast::croston), is 2.174581 / 1.525708 = 1.425293.
const MORGAN_SALES = [2, 0, 0, 1, 0, 5, 4, 0, 0, 3, 0, 0, 1, 1];

describe("INV.DEMANDPATTERN", () => {
  test("works: one pattern per row, a column; a single column is one item", () => {
    const history = m([5, 6, 5, 4, 5, 6], [1, 20, 2, 30, 1, 25], [0, 6, 0, 0, 4, 0], [0, 9, 0, 0, 1, 0]);
    expect(demandpattern(history)).toEqual(col("smooth", "erratic", "intermittent", "lumpy"));
    expect(demandpattern(col(0, 6, 0, 0, 4, 0))).toEqual([["intermittent"]]);
    expect(demandpattern(col(...MORGAN_SALES))).toEqual([["intermittent"]]); // ADI 14/7 = 2, CV² 0.444
  });

  test("wrong types: a text cell is #VALUE! at its row only", () => {
    const result = demandpattern(m([5, 6, 5], [1, "n/a", 3], [0, 0, 4]));
    expect(result[0]?.[0]).toBe("smooth");
    expect(message(result[1]?.[0])).toBe('DEMANDPATTERN: history (row 2, column 2) must be a number (got text "n/a")');
    expect(result[2]?.[0]).toBe("intermittent");
  });

  test("out of range: a negative figure is #VALUE! at its cell", () => {
    expect(message(demandpattern(m([3, -1, 2]))[0]?.[0])).toBe(
      "DEMANDPATTERN: history (row 1, column 2) must be a finite number, zero or more (got -1)",
    );
  });

  test('blanks: blank periods skipped; a blank row and a row without demand (Excel desktop\'s blank-as-0) give ""', () => {
    expect(demandpattern(m([0, null, 6, "", 0, 4], [null, "", null, null, null, null], [0, 0, 0, 0, 0, 0]))).toEqual(
      col("intermittent", "", ""),
    );
    expect(thrown(() => demandpattern([]))).toBe("DEMANDPATTERN: history is an empty range");
  });
});

describe("INV.CROSTON", () => {
  test("works: P. Morgan's example, Croston 1.425293, SBA (default) × 0.95, TSB", () => {
    const history = col(...MORGAN_SALES);
    expect((croston(history, 0.1, text("croston")) as number[][])[0]?.[0]).toBeCloseTo(1.425293, 6);
    expect((croston(history, omitted, omitted) as number[][])[0]?.[0]).toBeCloseTo(0.95 * 1.425293, 6);
    expect((croston(m([0, 3, 0, 0, 5, 0]), 0.2, text(" TSB ")) as number[][])[0]?.[0]).toBeCloseTo(1.24032, 14);
  });

  test("one rate per row of the history, a column", () => {
    const rates = croston(m([4, 4, 4, 4], [0, 0, 0, 0], [0, 2, 0, 2]), 0.5, text("croston"));
    expect(rates).toEqual(col(4, 0, 1));
  });

  test("wrong types: a text cell is #VALUE! at its row; text alpha or an unknown method fails the call", () => {
    const result = croston(m([1, true, 3], [2, 2, 2]), omitted, text("croston"));
    expect(message(result[0]?.[0])).toBe(
      "CROSTON: history (row 1, column 2) must be a number, not a logical value (got TRUE)",
    );
    expect(result[1]?.[0]).toBe(2);
    expect(thrown(() => croston(m([1]), "a lot"))).toBe('CROSTON: alpha must be a number (got text "a lot")');
    expect(thrown(() => croston(m([1]), omitted, text("holt")))).toBe(
      'CROSTON: method must be "croston" or "sba" or "tsb" (got text "holt")',
    );
  });

  test("out of range: alpha outside (0, 1] fails the call; a negative figure is #VALUE! at its cell", () => {
    expect(thrown(() => croston(m([1]), 0))).toBe("CROSTON: alpha must be greater than 0 and at most 1 (got 0)");
    expect(thrown(() => croston(m([1]), 1.2))).toBe(
      "CROSTON: alpha must be greater than 0 and at most 1 (got 1.2; for 1.2% enter 0.012 or 1.2%)",
    );
    expect(thrown(() => croston(m([1]), col(0.1, 0.2)))).toBe(
      "CROSTON: alpha must be a single value (got a range of 2 rows × 1 column)",
    );
    expect(message(croston(m([3, -1, 2]))[0]?.[0])).toBe(
      "CROSTON: history (row 1, column 2) must be a finite number, zero or more (got -1)",
    );
  });

  test('blanks and omitted optionals: blank periods skipped, a blank row gives "", blank alpha and method default', () => {
    expect(croston(m([0, 3, 0, 5], [null, "", null, null]), "", "" as never)).toEqual(
      croston(m([0, 3, null, 0, 5], [null, null, null, null, null])),
    );
    expect(croston(m([null, null]))).toEqual([[""]]);
    expect(croston(m([0, 0]))).toEqual([[0]]);
  });
});
