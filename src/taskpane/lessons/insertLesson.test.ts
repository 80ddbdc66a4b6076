/*
 * Inserting a lesson, without React: against the memory workbook (the demo)
 * and through the fake Excel. The sheet is new and uniquely named, the plan's
 * cells land where it says (formulas as formulas, the memory workbook keeping
 * their computed values for the demo's grid), nothing the workbook held is
 * touched, and a chart that fails leaves the lesson written and says how to
 * add it by hand.
 */
import { parseCell } from "../workbook/cellAddress";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import { installFakeExcel, uninstallFakeExcel, type FakeExcelOptions } from "../../../test/support/fakeExcel";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { isFormulaCell, isTextCell } from "../workbook/workbookPort";
import { LESSONS } from "./catalog";
import { insertLesson, LessonWriteError } from "./insertLesson";
import { planCells, type Lesson } from "./lesson";

const lesson = (number: number): Lesson => LESSONS[number - 1] as Lesson;

/** A workbook a class already works in: a sheet with data, and a sheet named like lesson 1's. */
function busyWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [
      { name: "Items", cells: { A1: "SKU", B1: "Demand", A2: "A-1", B2: 1300, C2: "=B2*2" } },
      { name: "Lesson 1 EOQ", cells: { C9: "my own notes" } },
    ],
    selection: "Items!B2",
  });
}

afterEach(uninstallFakeExcel);

describe("insertLesson on the memory workbook (the demo)", () => {
  it("adds a new sheet with a unique name, writes every planned cell there, and adds the chart", async () => {
    const workbook = busyWorkbook();
    const before = { items: workbook.snapshot("Items"), notes: workbook.snapshot("Lesson 1 EOQ") };
    const report = await insertLesson(workbook, lesson(1));
    expect(report.sheetName).toBe("Lesson 1 EOQ (2)");
    expect(workbook.sheetNames()).toEqual(["Items", "Lesson 1 EOQ", "Lesson 1 EOQ (2)"]);
    // Nothing the workbook held is touched.
    expect(workbook.snapshot("Items")).toEqual(before.items);
    expect(workbook.snapshot("Lesson 1 EOQ")).toEqual(before.notes);

    const plan = lesson(1).plan();
    const written = workbook.snapshot(report.sheetName);
    const cells = planCells(plan);
    expect(Object.keys(written).sort()).toEqual(Array.from(cells.keys()).sort());
    for (const [address, { write, format }] of cells) {
      const { row, column } = parseCell(address);
      const view = workbook.cellView(report.sheetName, row, column);
      if (isFormulaCell(write))
        expect(view).toMatchObject({ content: write.formula, isFormula: true, value: write.value });
      else if (isTextCell(write)) expect(view).toMatchObject({ content: write.text, isFormula: false, format: "@" });
      else expect(view).toMatchObject({ content: write, format: format ?? undefined });
    }

    expect(report.written.map((block) => block.what)).toEqual(plan.blocks.map((block) => block.what));
    expect(report.written[0]?.address).toBe("'Lesson 1 EOQ (2)'!A1:A6");
    expect(report).toMatchObject({
      lesson: 1,
      formulaCount: plan.formulaCount,
      chart: "xyScatterLines",
      tryThis: plan.tryThis.text,
    });
    expect(report.chartProblem).toBeUndefined();
    expect(workbook.charts()).toEqual([{ ...plan.chart.spec, sheetName: "Lesson 1 EOQ (2)", kind: "xyScatterLines" }]);
  });

  it("inserting the same lesson twice gives a second sheet, 'Lesson 1 EOQ (2)', and leaves the first as it was", async () => {
    const workbook = new MemoryWorkbook();
    const first = await insertLesson(workbook, lesson(1));
    const snapshot = workbook.snapshot(first.sheetName);
    const second = await insertLesson(workbook, lesson(1));
    expect([first.sheetName, second.sheetName]).toEqual(["Lesson 1 EOQ", "Lesson 1 EOQ (2)"]);
    expect(workbook.snapshot(first.sheetName)).toEqual(snapshot);
    expect(workbook.snapshot(second.sheetName)).toEqual(snapshot);
  });

  it("inserts all fifteen lessons into one workbook: fifteen new sheets, fifteen charts (one of them Excel's Pareto)", async () => {
    const workbook = new MemoryWorkbook();
    for (const each of LESSONS) await insertLesson(workbook, each);
    expect(workbook.sheetNames()).toEqual(["Sheet1", ...LESSONS.map((each) => each.sheetBaseName)]);
    expect(workbook.charts().map((chart) => chart.kind)).toEqual([
      "xyScatterLines",
      "xyScatterLines",
      "xyScatterLines",
      "xyScatterLines",
      "xyScatterLines",
      "xyScatterLines",
      "pareto",
      "columnClustered",
      "columnClustered",
      "columnLine",
      "columnLine",
      "columnLine",
      "columnLine",
      "columnClustered",
      "xyScatterLines",
    ]);
  });
});

describe("insertLesson through Excel (the fake Excel)", () => {
  function openExcel(options: FakeExcelOptions = {}) {
    const document = busyWorkbook();
    const fake = installFakeExcel(document, options);
    return { document, fake, port: new ExcelWorkbook() };
  }

  it("writes the formulas as formulas (never an object), the labels as text, and makes the native chart", async () => {
    const { document, fake, port } = openExcel();
    const report = await insertLesson(port, lesson(1));
    expect(report.sheetName).toBe("Lesson 1 EOQ (2)");
    expect(document.contentAt("'Lesson 1 EOQ (2)'!C14")).toBe("=INV.EOQ($C$9,$C$10,$C$11)");
    expect(document.contentAt("'Lesson 1 EOQ (2)'!C10")).toBe(8);
    expect(document.formatAt("'Lesson 1 EOQ (2)'!C10")).toBe("$#,##0.00");
    expect(document.contentAt("'Lesson 1 EOQ (2)'!A2")).toMatch(/^What it shows: /);
    expect(document.contentAt("Lesson 1 EOQ!C9")).toBe("my own notes");
    expect(fake.charts).toHaveLength(1);
    expect(fake.charts[0]).toMatchObject({
      sheetName: "Lesson 1 EOQ (2)",
      type: "XYScatterLines",
      title: "Cost a year against the order quantity",
      position: "F8",
      series: [
        { name: "Ordering DS/Q", values: "B22:B46", xAxisValues: "A22:A46" },
        { name: "Holding HQ/2", values: "C22:C46", xAxisValues: "A22:A46" },
        { name: "Total", values: "D22:D46", xAxisValues: "A22:A46" },
      ],
    });
    expect(report.chart).toBe("xyScatterLines");
  });

  it("makes lesson 7's chart Excel's own Pareto chart", async () => {
    const { fake, port } = openExcel();
    await expect(insertLesson(port, lesson(7))).resolves.toMatchObject({ chart: "pareto" });
    expect(fake.charts.map((chart) => chart.type)).toEqual(["Pareto"]);
  });

  it("keeps the lesson when its chart fails, and says why and how to add it by hand", async () => {
    const { document, fake, port } = openExcel({
      fail: (operation) => operation.kind === "chart" && operation.step === "series",
    });
    const report = await insertLesson(port, lesson(10));
    expect(report.chart).toBeUndefined();
    expect(report.chartProblem).toBe(
      "The chart could not be added: The ColumnClustered chart's series failed: the argument is invalid or missing or has an incorrect format. The lesson is written: to add the chart by hand, select A25:A30, B25:B30, C25:C30, D25:D30 and insert a Clustered Column - Line on Secondary Axis (Insert > Combo) chart.",
    );
    expect(fake.charts).toEqual([]);
    expect(document.contentAt("'Lesson 10 Level vs chase'!E31")).toBe("=SUM(E25:E30)");
  });

  it("on an Excel without chart series (ExcelApi 1.6) writes the lesson and says what the chart needs", async () => {
    const { port } = openExcel({ excelApi: "1.6" });
    const report = await insertLesson(port, lesson(4));
    expect(report.chartProblem).toMatch(/^The chart could not be added: This version of Excel cannot make the chart/);
    expect(report.chartProblem).toMatch(/select A20:A36, C20:C36 and insert a Scatter with Straight Lines chart\.$/);
  });

  it("a write that fails names the sheet added, so that the user can delete it", async () => {
    const { port } = openExcel({ fail: (operation) => operation.kind === "write" });
    const error = await insertLesson(port, lesson(2)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LessonWriteError);
    expect((error as LessonWriteError).sheetAdded).toBe("Lesson 2 Discounts");
    expect((error as Error).message).toMatch(
      /^Lesson 2 was not written: Writing 'Lesson 2 Discounts'!A1:A6 failed: .*\. The sheet "Lesson 2 Discounts" was added before it failed: delete it\.$/,
    );
  });
});
