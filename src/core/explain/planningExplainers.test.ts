import { chasePlan } from "../planning/chasePlan";
import { levelPlan } from "../planning/levelPlan";
import { InputError } from "../shared/inputError";
import type { Explanation } from "./explanation";
import { explain } from "../../../test/support/explainers";

/** The step values by symbol. */
const steps = (explanation: Explanation): Record<string, unknown> =>
  Object.fromEntries(explanation.steps.map((s) => [s.symbol, s.value]));
/** A column of the period table. */
const periodColumn = (explanation: Explanation, header: string): unknown[] => {
  const table = explanation.tables[0];
  const c = table?.headers.indexOf(header) ?? -1;
  return table?.rows.map((row) => row[c]) ?? [];
};

// Stevenson, Operations Management, ch. 11 (aggregate planning), the skateboard example: forecast 200, 200, 300, 400,
// 500, 200; a level output of 300 a period from no inventory ends period 5 with a backlog of 100.
const SKATEBOARDS = [200, 200, 300, 400, 500, 200];
// The fudge level-strategy problem: forecast 120, 150, 100, 70 pounds, 150 a month to end with 160: 30, 30, 80, 160.
const FUDGE = [120, 150, 100, 70];

describe("planning explainers", () => {
  test("LEVELPLAN, Stevenson's skateboards with a backlog: 300 a period, ending 100, 200, 200, 100, −100, 0", () => {
    const explanation = explain("LEVELPLAN", { demand: SKATEBOARDS, allow_backlog: true });
    expect(explanation.result).toMatchObject({ label: "Level production per period", symbol: "P", value: 300 });
    expect(steps(explanation)).toMatchObject({ n: 6, ΣD: 1800, "I₀": 0, I_end: 0, "min I_t": -100, "max I_t": 200 });
    expect(periodColumn(explanation, "Ending inventory")).toEqual([100, 200, 200, 100, -100, 0]);
    expect(periodColumn(explanation, "Beginning inventory")).toEqual([0, 100, 200, 200, 100, -100]);
    expect(explanation.output).toEqual(
      levelPlan({ demand: SKATEBOARDS, allowBacklog: true }).map((p) => [p.production, p.endingInventory]),
    );
    expect(explanation.inputs.map((i) => [i.argument, i.value])).toEqual([
      ["demand", "200; 200; 300; 400; 500; 200"],
      ["allow_backlog", "TRUE"],
    ]);
  });

  test("LEVELPLAN, Stevenson's skateboards without a backlog: the model's refusal (at least 600 on hand)", () => {
    expect(() => explain("LEVELPLAN", { demand: SKATEBOARDS })).toThrow(InputError);
    expect(() => explain("LEVELPLAN", { demand: SKATEBOARDS })).toThrow("beginningInventory must be at least 600");
  });

  test("LEVELPLAN, the fudge problem: 150 a month to end at 160 builds 30, 30, 80, 160 of anticipation stock", () => {
    const explanation = explain("LEVELPLAN", { demand: FUDGE, ending_inventory: 160 });
    expect(explanation.result.value).toBe(150);
    expect(periodColumn(explanation, "Production")).toEqual([150, 150, 150, 150]);
    expect(periodColumn(explanation, "Ending inventory")).toEqual([30, 30, 80, 160]);
    expect(steps(explanation)).toMatchObject({ ΣD: 440, I_end: 160, "max I_t": 160 });
    expect(steps(explanation)).not.toHaveProperty("min I_t");
  });

  test("LEVELPLAN lays its spill out as the function does: a row of demand gives two rows; blanks after the last period give blanks", () => {
    const across = explain("LEVELPLAN", { demand: [FUDGE], ending_inventory: 160 });
    expect(across.output).toEqual([
      [150, 150, 150, 150],
      [30, 30, 80, 160],
    ]);
    const down = explain("LEVELPLAN", { demand: [...FUDGE, null, null], ending_inventory: 160 });
    expect(down.output?.slice(4)).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(explain("LEVELPLAN", { demand: [null, null] })).toMatchObject({
      output: [
        ["", ""],
        ["", ""],
      ],
      steps: [],
    });
    expect(() => explain("LEVELPLAN", { demand: [120, null, 100] })).toThrow(
      "demand at item 2 is blank between periods",
    );
  });

  test("CHASEPLAN, Stevenson's skateboards: production follows the forecast (1,800 in all, a peak of 500) and no stock is held", () => {
    const explanation = explain("CHASEPLAN", { demand: SKATEBOARDS });
    expect(periodColumn(explanation, "Production")).toEqual(SKATEBOARDS);
    expect(periodColumn(explanation, "Ending inventory")).toEqual([0, 0, 0, 0, 0, 0]);
    expect(steps(explanation)).toMatchObject({ ΣP_t: 1800, "max I_t": 0 });
    expect(explanation.result).toMatchObject({ symbol: "max P_t", value: 500 });
  });

  test("CHASEPLAN: the first period moves 50 on hand to the target 20 (170, 200, 300), which is then held", () => {
    const explanation = explain("CHASEPLAN", {
      demand: [200, 200, 300],
      beginning_inventory: 50,
      ending_inventory: 20,
    });
    expect(explanation.output).toEqual(
      chasePlan({ demand: [200, 200, 300], beginningInventory: 50, endingInventory: 20 }).map((p) => [
        p.production,
        p.endingInventory,
      ]),
    );
    expect(periodColumn(explanation, "Production")).toEqual([170, 200, 300]);
    expect(periodColumn(explanation, "Beginning inventory")).toEqual([50, 20, 20]);
  });

  test("DDMRPZONES, Ptak & Smith Part 403P: red 178.5 + 53.55, yellow 357, green the MOQ 300; top of green 889.05 (the book: 890)", () => {
    const explanation = explain("DDMRPZONES", {
      adu: 17,
      dlt: 21,
      lead_time_factor: 0.5,
      variability_factor: 0.3,
      moq: 300,
    });
    const values = steps(explanation);
    expect(values["ADU·DLT·LTF"]).toBe(178.5); // the book: 179
    expect(values["red base·VF"]).toBeCloseTo(53.55, 12); // the book: 54
    expect(values["red base + red safety"]).toBeCloseTo(232.05, 12);
    expect(values["ADU·DLT"]).toBe(357);
    expect([values["ADU·OC"], values.MOQ, values["max(ADU·OC, ADU·DLT·LTF, MOQ)"]]).toEqual([0, 300, 300]);
    expect(explanation.tables[0]?.rows.map((row) => row[2] as number)).toEqual([
      expect.closeTo(232.05, 12),
      expect.closeTo(589.05, 12),
      expect.closeTo(889.05, 12),
    ]);
    expect(explanation.result.value).toBeCloseTo(889.05, 12);
    expect(explanation.output).toEqual([[values["red base + red safety"], 357, 300]]);
  });

  test("DDMRPZONES, Ptak & Smith Part 707: no MOQ, so green is the red base 35.1; tops 53 / 131 / 166 rounded", () => {
    const explanation = explain("DDMRPZONES", { adu: 6, dlt: 13, lead_time_factor: 0.45, variability_factor: 0.5 });
    expect(steps(explanation)).not.toHaveProperty("MOQ");
    expect(steps(explanation)["max(ADU·OC, ADU·DLT·LTF, MOQ)"]).toBeCloseTo(35.1, 12);
    expect(explanation.tables[0]?.rows.map((row) => Math.round(row[2] as number))).toEqual([53, 131, 166]);
  });

  test('DDMRPZONES result "tops" and "detail", Ptak & Smith Part 403P: tops 232.05 / 589.05 / 889.05; detail has 8 figures', () => {
    const args = { adu: 17, dlt: 21, lead_time_factor: 0.5, variability_factor: 0.3, moq: 300 };
    expect(explain("DDMRPZONES", { ...args, result: "tops" }).output).toEqual([
      [expect.closeTo(232.05, 12), expect.closeTo(589.05, 12), expect.closeTo(889.05, 12)],
    ]);
    const detail = explain("DDMRPZONES", { ...args, result: "detail" }).output?.[0];
    expect(detail?.slice(0, 2)).toEqual([178.5, expect.closeTo(53.55, 12)]);
    expect(detail).toHaveLength(8);
    expect(explain("DDMRPZONES", { result: "detail" }).output).toEqual([new Array(8).fill("")]);
  });

  test("DDMRPZONES of a blank item spills three blanks, as the function does", () => {
    expect(explain("DDMRPZONES", {})).toMatchObject({ output: [["", "", ""]], result: { value: "" }, steps: [] });
    expect(() => explain("DDMRPZONES", { adu: 5 })).toThrow("dlt is blank");
  });
});
