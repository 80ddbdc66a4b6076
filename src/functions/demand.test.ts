/*
 * DEMANDSTATS as Excel calls it: that it works (on published examples), wrong
 * types, out of range, and blanks / omitted optionals.
 */
import { demandstats } from "./demand";
import { col, m, omitted, text, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

// Microsoft, "STDEV.S function" (Excel help), example: breaking strength of 10 tools; =STDEV.S gives 27.46391572.
const BREAKING_STRENGTH = [1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299];
// NIST Statistical Reference Datasets, univariate summary statistics, NumAcc1: certified mean 10000002, sd 1.
const NUMACC1 = [10000001, 10000003, 10000002];

describe("INV.DEMANDSTATS", () => {
  test("works: Microsoft's STDEV.S example and NIST StRD NumAcc1, one row per item", () => {
    const history = m(BREAKING_STRENGTH, [...NUMACC1, null, null, null, null, null, null, null]);
    const means = demandstats(history) as number[][];
    expect(means[0]?.[0]).toBeCloseTo(1328.6, 10);
    expect(means[1]?.[0]).toBeCloseTo(10000002, 7);
    const deviations = demandstats(history, text("std")) as number[][];
    expect(deviations[0]?.[0]).toBeCloseTo(27.46391572, 8);
    expect(deviations[1]?.[0]).toBeCloseTo(1, 9);
    expect(demandstats(history, text("periods"))).toEqual(col(10, 3));
  });

  test("works: the result names ignore case and spaces, all-zero demand is 0 and 0", () => {
    expect((demandstats(m([10, 20, 30]), text(" STD ")) as number[][])[0]?.[0]).toBeCloseTo(10, 13);
    expect(demandstats(m([0, 0, 0]))).toEqual([[0]]);
    expect(demandstats(m([0, 0, 0]), text("std"))).toEqual([[0]]);
  });

  test("wrong types: a text cell is #VALUE! at its row only; an unknown result fails the call", () => {
    const result = demandstats(m([10, 20, 30], [1, "n/a", 3], [5, 5, 5]));
    expect(result[0]?.[0]).toBe(20);
    expect(message(result[1]?.[0])).toBe(
      'DEMANDSTATS: demand_history (row 2, column 2) must be a number (got text "n/a")',
    );
    expect(result[2]?.[0]).toBe(5);
    expect(thrown(() => demandstats(m([10, 20]), text("median")))).toBe(
      'DEMANDSTATS: result must be "mean" or "std" or "periods" (got text "median")',
    );
  });

  test("out of range: a negative figure or a row with one period is #VALUE! at its row", () => {
    const result = demandstats(m([4, null, ""], [3, -1, 2], [1, 2, 3]), text("std"));
    expect(message(result[0]?.[0])).toMatch(
      /^DEMANDSTATS: demand_history \(row 1\) needs a figure in at least 2 periods for a standard deviation/,
    );
    expect(message(result[1]?.[0])).toBe(
      "DEMANDSTATS: demand_history (row 2, column 2) must be a finite number, zero or more (got -1)",
    );
    expect(result[2]?.[0]).toBe(1);
  });

  test('blanks and omitted optionals: blank periods skipped, a blank row gives "", a blank result is the mean', () => {
    expect(demandstats(m([10, null, 20, "", 30], [null, "", null, null, null]), omitted)).toEqual(col(20, ""));
    expect(demandstats(m([10, null, 20, "", 30]), text(""))).toEqual([[20]]);
  });
});
