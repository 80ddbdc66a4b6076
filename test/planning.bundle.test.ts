/*
 * The planning functions (level and chase plans, DDMRP zones) through the built
 * bundle, loaded the way Excel loads it: published examples and the spills' shapes.
 */
import { loadBundle } from "./support/bundle";
import { col, m, thrownBy, valueErrors } from "./support/excelValues";

const bundle = loadBundle();
const { expectValueError } = valueErrors(bundle.ErrorClass);

describe("planning", () => {
  test("LEVELPLAN: production sums to demand + ending − beginning; a shortage says so", () => {
    const demand = [120, 150, 100, 70];
    const plan = bundle.call("LEVELPLAN", col(...demand), 40, 160) as number[][];
    const produced = plan.reduce((sum, row) => sum + (row[0] as number), 0);
    expect(produced).toBeCloseTo(440 + 160 - 40, 9);
    expect(plan[3]?.[1]).toBe(160);
    expectValueError(
      thrownBy(() => bundle.call("LEVELPLAN", col(200, 200, 300, 400, 500, 200), null, null, null)),
      /^LEVELPLAN: beginning_inventory must be at least 600 .* period 5 would end at -100; or allow a backlog with allow_backlog/,
    );
  });

  test("LEVELPLAN with allow_backlog TRUE: Stevenson's skateboards, 300 a period, a backlog of 100 in period 5", () => {
    const plan = bundle.call("LEVELPLAN", col(200, 200, 300, 400, 500, 200), null, null, true);
    expect(plan).toEqual([100, 200, 200, 100, -100, 0].map((inventory) => [300, inventory]));
  });

  test("CHASEPLAN follows demand", () => {
    expect(bundle.call("CHASEPLAN", col(200, 200, 300), 50, 20)).toEqual([
      [170, 20],
      [200, 20],
      [300, 20],
    ]);
  });

  test("DDMRPZONES: Ptak & Smith Part 403P (red 232.05, yellow 357, green 300) as a 1 × 3 spill", () => {
    const zones = bundle.call("DDMRPZONES", m([17]), m([21]), m([0.5]), m([0.3]), m([300]), null) as number[][];
    expect(zones).toHaveLength(1);
    expect(zones[0]).toHaveLength(3);
    expect(zones[0]?.[0]).toBeCloseTo(232.05, 10);
    expect(zones[0]?.slice(1)).toEqual([357, 300]);
    const tops = bundle.call("DDMRPZONES", m([17]), m([21]), m([0.5]), m([0.3]), m([300]), null, "tops");
    expect(tops).toEqual([[expect.closeTo(232.05, 10), expect.closeTo(589.05, 10), expect.closeTo(889.05, 10)]]);
    const detail = bundle.call(
      "DDMRPZONES",
      col(17, 6),
      col(21, 13),
      col(0.5, 0.45),
      col(0.3, 0.5),
      null,
      null,
      "detail",
    );
    expect((detail as number[][]).map((row) => row.length)).toEqual([8, 8]);
    expect((detail as number[][])[1]?.[0]).toBeCloseTo(35.1, 10); // Part 707's red base
  });
});
