import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { axisRange, sheetCharts } from "./sheetCharts";

async function chartBook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const sheet = await workbook.addSheet("Lesson");
  await workbook.writeCells(sheet, "A1", [
    ["Q", "Ordering", "Holding", "Label"],
    [100, { formula: "=1300*8/A2", value: 104 }, { formula: "=0.225*A2/2", value: 11.25 }, "a"],
    [200, { formula: "=1300*8/A3", value: 52 }, "=0.225*A3/2", "b"],
  ]);
  await workbook.addChart(sheet, {
    type: "xyScatterLines",
    title: "Cost curve",
    xAxisTitle: "Order quantity",
    series: [
      { name: "Ordering", values: "B2:B3", categories: "A2:A3" },
      { name: "Holding", values: "C2:C3", categories: "A2:A3" },
    ],
    anchor: "F2",
  });
  await workbook.addChart(sheet, {
    type: "columnLine",
    title: "Mixed",
    series: [
      { name: "Ordering", values: "B2:B3", categories: "D2:D3" },
      { name: "Holding", values: "C2:C3", line: true },
    ],
    anchor: "F20",
  });
  await workbook.addParetoChart(sheet, {
    title: "Pareto",
    categories: "D2:D3",
    values: "A2:A3",
    cumulativeShares: "B1:C1",
    anchor: "F40",
  });
  return workbook;
}

describe("sheetCharts", () => {
  it("reads each chart's series from the cells: constants, computed values, a gap where the demo has no value", async () => {
    const [curve, mixed, pareto] = sheetCharts(await chartBook(), "lesson");
    expect(curve).toEqual({
      title: "Cost curve",
      layout: "xy",
      categories: [],
      series: [
        { name: "Ordering", values: [104, 52], xs: [100, 200], as: "line", axis: "primary" },
        { name: "Holding", values: [11.25, undefined], xs: [100, 200], as: "line", axis: "primary" },
      ],
      xAxisTitle: "Order quantity",
      yAxisTitle: undefined,
      secondaryAxisTitle: undefined,
      anchor: "F2",
    });
    expect(mixed?.categories).toEqual(["a", "b"]);
    expect(mixed?.series.map((series) => [series.as, series.axis])).toEqual([
      ["column", "primary"],
      ["line", "secondary"],
    ]);
    // A row block reads across; text is no number.
    expect(pareto?.series.map((series) => series.values)).toEqual([
      [100, 200],
      [undefined, undefined],
    ]);
    expect(sheetCharts(await chartBook(), "Sheet1")).toEqual([]);
  });

  it("has no charts for a source that records none", () => {
    expect(
      sheetCharts({ cellView: () => ({ content: "", isFormula: false, value: "", format: undefined }) }, "A"),
    ).toEqual([]);
  });
});

describe("axisRange", () => {
  it("runs from 0 to a round number above the largest value, and below 0 when values are negative", () => {
    expect(axisRange([104, 52, undefined])).toEqual({ min: 0, max: 200 });
    expect(axisRange([0.93, 1])).toEqual({ min: 0, max: 1 });
    expect(axisRange([-30, 12])).toEqual({ min: -50, max: 20 });
    expect(axisRange([2400])).toEqual({ min: 0, max: 2500 });
    expect(axisRange([undefined])).toEqual({ min: 0, max: 1 });
    expect(axisRange([0, 0])).toEqual({ min: 0, max: 1 });
  });
});
