/*
 * LEVELPLAN, CHASEPLAN and DDMRPZONES as Excel calls them: for each, that it
 * works, wrong types, out of range, and blanks / omitted optionals.
 */
import { chaseplan, ddmrpzones, levelplan } from "./planning";
import { col, m, omitted, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

// Stevenson, Operations Management, ch. 11: the skateboard forecast.
const SKATEBOARDS = [200, 200, 300, 400, 500, 200];

describe("INV.LEVELPLAN", () => {
  test("works: the fudge problem, 150 a month ending at 160: one row per period, production and ending inventory", () => {
    expect(levelplan(col(120, 150, 100, 70), null, 160)).toEqual([
      [150, 30],
      [150, 30],
      [150, 80],
      [150, 160],
    ]);
  });

  test("a row of demand gives the transpose: production and ending inventory under the periods", () => {
    expect(levelplan(m([120, 150, 100, 70]), 0, 160)).toEqual([
      [150, 150, 150, 150],
      [30, 30, 80, 160],
    ]);
  });

  test("a plan that would run short says so (Stevenson's skateboards: period 5 ends at -100)", () => {
    expect(thrown(() => levelplan(col(...SKATEBOARDS)))).toBe(
      "LEVELPLAN: beginning_inventory must be at least 600 for a level plan without a shortage " +
        "(at 300 per period, period 5 would end at -100; or allow a backlog with allow_backlog, or use a chase plan) (got 0)",
    );
    expect(thrown(() => levelplan(col(...SKATEBOARDS), null, null, false))).toMatch(/period 5 would end at -100/);
  });

  test("allow_backlog TRUE: Stevenson's skateboards at 300 a period end period 5 at -100, a backlog period 6 fills", () => {
    const plan = [100, 200, 200, 100, -100, 0].map((inventory) => [300, inventory]);
    expect(levelplan(col(...SKATEBOARDS), null, null, true)).toEqual(plan);
    expect(levelplan(col(...SKATEBOARDS), 0, 0, 1)).toEqual(plan);
    expect(levelplan(col(...SKATEBOARDS), "", "", "TRUE")).toEqual(plan);
  });

  test("allow_backlog: wrong type is one #VALUE!; blank or omitted is FALSE", () => {
    expect(thrown(() => levelplan(col(...SKATEBOARDS), null, null, "yes"))).toBe(
      'LEVELPLAN: allow_backlog must be TRUE or FALSE (got text "yes")',
    );
    expect(thrown(() => levelplan(col(...SKATEBOARDS), null, null, [[true], [false]]))).toBe(
      "LEVELPLAN: allow_backlog must be a single value, TRUE or FALSE",
    );
    expect(thrown(() => levelplan(col(...SKATEBOARDS), null, null, ""))).toMatch(/without a shortage/);
  });

  test("wrong types and out of range", () => {
    expect(thrown(() => levelplan(col(100, "x")))).toBe('LEVELPLAN: demand (row 2) must be a number (got text "x")');
    expect(thrown(() => levelplan(col(100, -5)))).toBe(
      "LEVELPLAN: demand (row 2) must be a finite number, zero or more (got -5)",
    );
    expect(thrown(() => levelplan(col(100), "lots"))).toBe(
      'LEVELPLAN: beginning_inventory must be a number (got text "lots")',
    );
    expect(thrown(() => levelplan(col(100), -1))).toBe("LEVELPLAN: beginning_inventory must be zero or more (got -1)");
    expect(thrown(() => levelplan(m([1, 2], [3, 4])))).toBe(
      "LEVELPLAN: demand must be a single column or a single row of periods (got 2 rows × 2 columns)",
    );
  });

  test("blanks: trailing blank periods give blank rows; a blank between periods is refused; omitted inventories are 0", () => {
    expect(levelplan(col(10, 30, null, ""), null, null)).toEqual([
      [20, 10],
      [20, 0],
      ["", ""],
      ["", ""],
    ]);
    expect(thrown(() => levelplan(col(10, null, 30)))).toBe(
      "LEVELPLAN: demand (row 2) is blank between periods with demand; enter 0 for a period without demand",
    );
    expect(levelplan(col(null, null))).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });
});

describe("INV.CHASEPLAN", () => {
  test("works: Stevenson's skateboards chased from no inventory", () => {
    expect(chaseplan(col(...SKATEBOARDS))).toEqual(SKATEBOARDS.map((d) => [d, 0]));
  });

  test("moves the beginning inventory to the target in period 1", () => {
    expect(chaseplan(col(200, 200, 300), 50, 20)).toEqual([
      [170, 20],
      [200, 20],
      [300, 20],
    ]);
  });

  test("wrong types, out of range, blanks", () => {
    expect(thrown(() => chaseplan(col(true)))).toBe(
      "CHASEPLAN: demand must be a number, not a logical value (got TRUE)",
    );
    expect(thrown(() => chaseplan(col(5), 0, -3))).toBe("CHASEPLAN: ending_inventory must be zero or more (got -3)");
    expect(chaseplan(m([5, ""]))).toEqual([
      [5, ""],
      [0, ""],
    ]);
  });
});

describe("INV.DDMRPZONES", () => {
  test("works: Ptak & Smith's Part 501D spills red, yellow, green (the book, rounded: 538 / 1,120 / 1,000)", () => {
    const zones = ddmrpzones(m([40]), m([28]), m([0.3]), m([0.6]), m([1000]), omitted) as number[][];
    expect(zones).toHaveLength(1);
    expect(zones[0]?.[0]).toBeCloseTo(537.6, 12);
    expect(zones[0]?.[1]).toBe(1120);
    expect(zones[0]?.[2]).toBe(1000);
  });

  test("result: Ptak & Smith's Part 501D tops (537.6 / 1,657.6 / 2,657.6) and detail (red base 336, red safety 201.6, …)", () => {
    const tops = ddmrpzones(m([40]), m([28]), m([0.3]), m([0.6]), m([1000]), omitted, "Tops" as never) as number[][];
    expect(tops).toEqual([[expect.closeTo(537.6, 12), expect.closeTo(1657.6, 12), expect.closeTo(2657.6, 12)]]);
    const detail = ddmrpzones(
      m([40]),
      m([28]),
      m([0.3]),
      m([0.6]),
      m([1000]),
      omitted,
      "detail" as never,
    ) as number[][];
    expect(detail[0]?.map((v) => Math.round(v * 100) / 100)).toEqual([
      336, 201.6, 537.6, 1120, 1000, 537.6, 1657.6, 2657.6,
    ]);
    const blank = ddmrpzones(col(40, null), col(28, null), m([0.3]), m([0.6]), omitted, omitted, "detail" as never);
    expect(blank[1]).toEqual(new Array(8).fill(""));
    expect(thrown(() => ddmrpzones(m([40]), m([28]), m([0.3]), m([0.6]), omitted, omitted, "red" as never))).toBe(
      'DDMRPZONES: result must be "zones" or "tops" or "detail" (got text "red")',
    );
  });

  test("a column of items gives one row each; a bad item fills its row with #VALUE!", () => {
    const zones = ddmrpzones(col(17, -1, null), col(21, 5, null), m([0.5]), m([0.3]), col(300, 0, null), omitted);
    expect(zones[0]?.[0]).toBeCloseTo(232.05, 12);
    expect(zones[0]?.slice(1)).toEqual([357, 300]);
    expect(message(zones[1]?.[0])).toBe("DDMRPZONES: adu (row 2) must be zero or more (got -1)");
    expect(zones[1]?.[2]).toBe(zones[1]?.[0]);
    expect(zones[2]).toEqual(["", "", ""]);
  });

  test("a row of items gives one column each (red, yellow, green down); a 2-D range is refused", () => {
    const zones = ddmrpzones(m([17, 10]), m([21, 0]), m([0.5]), m([0.3]), m([300, 100]), omitted);
    expect(zones).toHaveLength(3);
    expect(zones[0]?.[0]).toBeCloseTo(232.05, 12);
    expect(zones.map((row) => row[1])).toEqual([0, 0, 100]);
    expect(thrown(() => ddmrpzones(m([1, 2], [3, 4]), m([20]), m([0.5]), m([0.5])))).toContain(
      "DDMRPZONES: adu must be a single value, a single column or a single row (got 2 rows × 2 columns)",
    );
  });

  test("wrong types and out of range", () => {
    expect(message(ddmrpzones(m(["10"]), m([20]), m([0.5]), m([0.5]))[0]?.[0])).toBe(
      'DDMRPZONES: adu must be a number, not text (got text "10"; the cell holds a number stored as text: convert it with VALUE())',
    );
    expect(message(ddmrpzones(m([10]), m([20]), m([50]), m([0.5]))[0]?.[0])).toBe(
      "DDMRPZONES: lead_time_factor must be greater than 0 and at most 1 (got 50; for 50% enter 0.5 or 50%)",
    );
    expect(message(ddmrpzones(m([10]), m([20]), m([0.5]), m([60]))[0]?.[0])).toBe(
      "DDMRPZONES: variability_factor must be between 0 and 1 (got 60; for 60% enter 0.6 or 60%)",
    );
  });

  test("omitted and blank optionals default to 0 (as in OCA ddmrp): green from the lead-time factor", () => {
    expect(ddmrpzones(m([10]), m([20]), m([0.5]), m([0.5]), m([null]), omitted)).toEqual([[150, 200, 100]]);
    expect(ddmrpzones(m([10]), m([20]), m([0.5]), m([0.5]), omitted, m([14]))).toEqual([[150, 200, 140]]);
  });
});
