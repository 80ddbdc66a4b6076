import { abcClassification } from "../classification/abcClassification";
import { abcXyzClassification } from "../classification/abcXyzClassification";
import { paretoShares } from "../classification/paretoShares";
import { InputError } from "../shared/inputError";
import type { Explanation, ExplainedTable } from "./explanation";
import { explain } from "../../../test/support/explainers";

/** The table titled `title`, as rows of objects keyed by its headers. */
function table(explanation: Explanation, title: string): Array<Record<string, unknown>> {
  const found: ExplainedTable | undefined = explanation.tables.find((t) => t.title.startsWith(title));
  if (!found) throw new Error(`no table ${title}`);
  return found.rows.map((row) => Object.fromEntries(found.headers.map((header, c) => [header, row[c]])));
}

const column = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell ?? ""]);

// Heizer & Render, Operations Management (12th ed.), §12.2 Example 1: Silicon Chips, Inc., ten items' annual dollar
// volume, $232,057 in all. The book: A = 2 items (20%), 72% of the volume; B = 3 items (30%), 23%; C = 5 items, 5%.
const SILICON_CHIPS = [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150];
// Heizer & Render, ch. 4, Port of Baltimore: tonnage unloaded over eight quarters (1,439 tons in all).
const PORT_OF_BALTIMORE = [180, 168, 159, 175, 190, 205, 180, 182];
const steady = [100, 102, 98, 101, 99, 100];
const moderate = [50, 150, 100, 20, 180, 100];
const erratic = [0, 0, 300, 0, 10, 0];

describe("classification explainers", () => {
  test("ABCCLASS, Heizer & Render Example 1 by count (20/50): the ranking, the classes A A B B B C C C C C, 72% / 23% / 5% of value", () => {
    const explanation = explain("ABCCLASS", { values: SILICON_CHIPS, basis: "count" });
    const ranking = table(explanation, "Items ranked");
    expect(ranking.map((row) => row.Item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    [0.388, 0.332, 0.114, 0.065, 0.054].forEach((share, i) =>
      expect(ranking[i]?.["Share of value"]).toBeCloseTo(share, 3),
    );
    [0.388, 0.72, 0.833, 0.898, 0.952].forEach((cum, i) =>
      expect(ranking[i]?.["Cumulative share of value"]).toBeCloseTo(cum, 3),
    );
    expect(ranking.map((row) => row["Cumulative share of items"])).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(ranking.map((row) => row.Class).join("")).toBe("AABBBCCCCC");
    const classes = table(explanation, "Classes");
    expect(classes.map((row) => [row.Class, row.Items])).toEqual([
      ["A", 2],
      ["B", 3],
      ["C", 5],
    ]);
    expect(classes.map((row) => Math.round((row["Share of value"] as number) * 100))).toEqual([72, 23, 5]);
    expect(explanation.steps.find((s) => s.symbol === "Σv")?.value).toBe(232057);
    expect(explanation.steps.filter((s) => s.symbol === "a" || s.symbol === "b").map((s) => s.value)).toEqual([
      0.2, 0.5,
    ]);
    expect(explanation.output).toEqual(column(abcClassification({ values: SILICON_CHIPS, basis: "count" })));
    expect(explanation.result).toMatchObject({ label: "Items in class A", value: 2 });
    expect(explanation.inputs.map((i) => [i.argument, i.value])).toEqual([
      ["values", "90000; 77000; 26350; 15001; 12500; 8502; 1200; 850; 504; 150"],
      ["basis", "count"],
    ]);
  });

  test("ABCCLASS, Heizer & Render Example 1 by value (80/95): the 5th item's cumulative 95.2% passes b and is C", () => {
    const explanation = explain("ABCCLASS", { values: SILICON_CHIPS });
    expect(
      table(explanation, "Items ranked")
        .map((row) => row.Class)
        .join(""),
    ).toBe("AABBCCCCCC");
    expect(explanation.steps.filter((s) => s.symbol === "a" || s.symbol === "b").map((s) => s.value)).toEqual([
      0.8, 0.95,
    ]);
  });

  test('ABCCLASS keeps the input\'s positions and shape; blanks are left out of the ranking and spill as ""', () => {
    const explanation = explain("ABCCLASS", {
      values: [
        [8502, 90000],
        [null, 26350],
      ],
    });
    expect(explanation.output).toEqual([
      ["C", "A"],
      ["", "B"],
    ]);
    expect(table(explanation, "Items ranked").map((row) => row.Item)).toEqual([2, 4, 1]);
  });

  test("ABCCLASS of one item: its class is the result, as the function's single cell", () => {
    const explanation = explain("ABCCLASS", { values: [500] });
    expect(explanation.output).toEqual([["A"]]);
    expect(explanation.result.value).toBe("A");
  });

  test("ABCCLASS refuses what the model refuses", () => {
    expect(() => explain("ABCCLASS", { values: [1, 2], a_cutoff: 0.9, b_cutoff: 0.5 })).toThrow(InputError);
    expect(() => explain("ABCCLASS", { values: [1, -2] })).toThrow(
      "values at item 2 must be a finite number, zero or more",
    );
  });

  test("PARETO, Heizer & Render Example 1: the top 20% of the items (2 of 10) hold 72.0% of the value", () => {
    const explanation = explain("PARETO", { values: SILICON_CHIPS });
    expect(explanation.output).toEqual(column(paretoShares({ values: SILICON_CHIPS })));
    expect(table(explanation, "Items ranked").map((row) => row["Cumulative share of value"])).toEqual(
      paretoShares({ values: SILICON_CHIPS }),
    );
    expect(explanation.result.label).toContain("top 20% of items (2 of 10)");
    expect(explanation.result.value).toBeCloseTo(0.72, 3);
  });

  test("XYZCLASS, Heizer & Render's Port of Baltimore tonnage: mean 1,439/8 = 179.875, CV = STDEV.S/AVERAGE, class X", () => {
    const history = [PORT_OF_BALTIMORE, moderate, erratic, [0, 0, 0, 0]];
    const explanation = explain("XYZCLASS", { demand_history: history });
    const items = table(explanation, "Each item's demand");
    const mean = 1439 / 8;
    const s = Math.sqrt(PORT_OF_BALTIMORE.reduce((sum, x) => sum + (x - mean) ** 2, 0) / 7);
    expect(items[0]).toMatchObject({ Item: 1, Periods: 8, Class: "X" });
    expect(items[0]?.Mean).toBeCloseTo(179.875, 12);
    expect(items[0]?.["Standard deviation"]).toBeCloseTo(s, 10);
    expect(items[0]?.["Coefficient of variation"]).toBeCloseTo(s / mean, 12);
    expect(items.map((row) => row.Class)).toEqual(["X", "Y", "Z", "Z"]);
    expect(items[3]?.["Coefficient of variation"]).toBe("none (mean 0)");
    expect(explanation.output).toEqual([["X"], ["Y"], ["Z"], ["Z"]]);
    expect(explanation.result).toMatchObject({ label: "Items in class X", value: 1 });
    expect(explanation.steps.map((step) => step.value)).toEqual([4, 0.5, 1]);
  });

  test("XYZCLASS of one item is its class; a bad item's error is the explanation's", () => {
    expect(explain("XYZCLASS", { demand_history: [[10, 20, 30]] }).result.value).toBe("X"); // CV 0.5 exactly
    expect(() => explain("XYZCLASS", { demand_history: [[1, 1, 1], [5]] })).toThrow(
      "needs a figure in at least 2 periods",
    );
  });

  test("COEFVAR: 10, 20, 30 has x̄ 20, s 10 and CV 0.5 (=STDEV.S/AVERAGE)", () => {
    const explanation = explain("COEFVAR", { demand_history: [[10, 20, 30]] });
    const item = table(explanation, "Each item's demand")[0];
    expect(item).toMatchObject({ Periods: 3 });
    expect(item?.Mean).toBeCloseTo(20, 13);
    expect(item?.["Standard deviation"]).toBeCloseTo(10, 13);
    expect(item?.["COEFVAR gives"]).toBeCloseTo(0.5, 15);
    expect(explanation.result.value).toBeCloseTo(0.5, 15);
    expect(explanation.output).toEqual([[explanation.result.value]]);
  });

  test("DEMANDSTATS: the monthly series 120, 80, 95, 0, 210, 60, 75, 150 has AVERAGE 98.75 and STDEV.S 62.8348", () => {
    const history = [[120, 80, 95, 0, 210, 60, 75, 150], PORT_OF_BALTIMORE];
    const std = explain("DEMANDSTATS", { demand_history: history, result: "std" });
    expect(std.output?.[0]?.[0]).toBeCloseTo(62.83481746384154, 10);
    expect(table(std, "Each item's demand")[0]?.Mean).toBeCloseTo(98.75, 12);
    expect(std.result).toMatchObject({ label: "Items with statistics", value: 2 });
    const mean = explain("DEMANDSTATS", { demand_history: [history[0] as number[]] });
    expect(mean.result).toMatchObject({ symbol: "x̄", unit: "units" });
    expect(mean.result.value).toBeCloseTo(98.75, 12);
  });

  test("ABCXYZ, Heizer & Render Example 1's values with steady, moderate and erratic demand: the classes and the matrix", () => {
    const history = [steady, erratic, moderate, steady, moderate, erratic, steady, moderate, erratic, steady];
    const explanation = explain("ABCXYZ", { values: SILICON_CHIPS, demand_history: history });
    expect(explanation.output).toEqual(column(abcXyzClassification({ values: SILICON_CHIPS, history })));
    expect(table(explanation, "The ABC/XYZ matrix")).toEqual([
      { "": "A", X: 1, Y: 0, Z: 1 },
      { "": "B", X: 1, Y: 1, Z: 0 },
      { "": "C", X: 2, Y: 2, Z: 2 },
    ]);
    expect(
      table(explanation, "Items ranked")
        .map((row) => row.Class)
        .join(""),
    ).toBe("AABBCCCCCC");
    expect(explanation.result).toMatchObject({ label: "Items in AX", value: 1 });
  });
});
