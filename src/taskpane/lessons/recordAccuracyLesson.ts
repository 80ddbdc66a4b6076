/**
 * Lesson 13: record accuracy and cycle counting. The workload is Heizer &
 * Render's Cole's Trucks (Example 2: 500 A items counted monthly, 1,750 B
 * quarterly, 2,750 C twice a year, 240 working days: 77 counts a day). The
 * twelve counted records, and the tolerance per class, are made up for the
 * lesson.
 */
import { cycleCountsPerDay } from "../../core/metrics/cycleCountsPerDay";
import { recordAccuracy } from "../../core/metrics/recordAccuracy";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const CLASSES = ["A", "B", "C"] as const;
/** Counted records, four per class, in class order. */
const RECORDS = [
  "R-101",
  "R-102",
  "R-103",
  "R-104",
  "R-205",
  "R-206",
  "R-207",
  "R-208",
  "R-309",
  "R-310",
  "R-311",
  "R-312",
];
const PER_CLASS = 4;

const SAMPLE = {
  workingDays: 240,
  items: [500, 1750, 2750],
  countsPerYear: [12, 4, 2],
  tolerance: [0.002, 0.01, 0.05],
  book: [1000, 480, 250, 1200, 300, 150, 820, 60, 90, 2000, 35, 500],
  counted: [1003, 480, 251, 1198, 298, 140, 815, 60, 88, 1960, 30, 520],
};

export const recordAccuracyLesson = defineLesson(
  {
    number: 13,
    title: "Record accuracy and cycle counting",
    summary: "Share of records within tolerance, by class, and how many counts a day a cycle-count program takes.",
    purpose: "Record accuracy",
    sheetBaseName: "Lesson 13 Record accuracy",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const days = sheet.input("workingDays", "Working days a year", data.workingDays, FORMAT.units, "days");
    sheet.line([txt("Class"), txt("Items"), txt("Counts a year"), txt("Tolerance")]);
    const classTop = sheet.nextRow;
    const toleranceCells = CLASSES.map(
      (label, c) =>
        sheet.line([
          txt(label),
          num(data.items[c] as number, FORMAT.units, `items.${c}`),
          num(data.countsPerYear[c] as number, FORMAT.units, `countsPerYear.${c}`),
          num(data.tolerance[c] as number, FORMAT.share, `tolerance.${c}`),
        ])[3] as string,
    );
    const classBottom = sheet.nextRow - 1;
    const labels = abs(`A${classTop}:A${classBottom}`);
    const tolerances = abs(`D${classTop}:D${classBottom}`);
    const recordClass = (k: number) => CLASSES[Math.floor(k / PER_CLASS)] as string;
    const recordTolerance = data.book.map((_book, k) => data.tolerance[Math.floor(k / PER_CLASS)] as number);
    const accuracy = (from: number, to: number) =>
      recordAccuracy({
        bookQuantities: data.book.slice(from, to),
        countedQuantities: data.counted.slice(from, to),
        tolerance: recordTolerance.slice(from, to),
      }) as number;
    const perDay = cycleCountsPerDay({
      itemsPerClass: data.items,
      countsPerYear: data.countsPerYear,
      workingDays: data.workingDays,
    }) as number;

    const first = sheet.nextRow + 10; // below a gap, the results (heading, header, 3 classes, all), a gap, a heading, a header
    const last = first + RECORDS.length - 1;
    const records = (column: string, from: number, to: number) => `${column}${first + from}:${column}${first + to - 1}`;

    sheet.gap().section("results").heading("Results: live formulas");
    sheet.line([txt("Class"), txt("Counts a day"), txt("Record accuracy")]);
    const resultTop = sheet.nextRow;
    const accuracyCells = CLASSES.map((label, c) => {
      const [from, to] = [c * PER_CLASS, (c + 1) * PER_CLASS];
      return sheet.line([
        txt(label),
        fx(
          `=B${classTop + c}*C${classTop + c}/${abs(days)}`,
          ((data.items[c] as number) * (data.countsPerYear[c] as number)) / data.workingDays,
          FORMAT.units1,
        ),
        fx(
          `=INV.RECORDACCURACY(${records("C", from, to)},${records("D", from, to)},${records("E", from, to)})`,
          accuracy(from, to),
          FORMAT.share,
          `accuracy${label}`,
        ),
      ])[2] as string;
    });
    const [, perDayCell, overall] = sheet.line([
      txt("All"),
      fx(
        `=INV.CYCLECOUNTS(${abs(`B${classTop}:B${classBottom}`)},${abs(`C${classTop}:C${classBottom}`)},${abs(days)})`,
        perDay,
        FORMAT.units1,
        "countsPerDay",
      ),
      fx(
        `=INV.RECORDACCURACY(${abs(`C${first}:C${last}`)},${abs(`D${first}:D${last}`)},${abs(`E${first}:E${last}`)})`,
        accuracy(0, RECORDS.length),
        FORMAT.share,
        "accuracy",
      ),
    ]);

    sheet.gap().section("table").heading("Records counted this week (made-up counts)");
    sheet.line([
      txt("Record"),
      txt("Class"),
      txt("Book quantity"),
      txt("Counted"),
      txt("Tolerance"),
      txt("Difference"),
      txt("Within tolerance?"),
    ]);
    if (sheet.nextRow !== first) throw new Error("recordAccuracyLesson: the records are not where the results point");
    RECORDS.forEach((record, k) => {
      const row = sheet.nextRow;
      const [book, counted] = [data.book[k] as number, data.counted[k] as number];
      const within = recordAccuracy({
        bookQuantities: [book],
        countedQuantities: [counted],
        tolerance: recordTolerance[k] as number,
      });
      sheet.line([
        txt(record),
        txt(recordClass(k)),
        num(book, FORMAT.units, `book.${k}`),
        num(counted, FORMAT.units, `counted.${k}`),
        fx(`=INDEX(${tolerances},MATCH(B${row},${labels},0))`, recordTolerance[k] as number, FORMAT.share),
        fx(`=D${row}-C${row}`, counted - book, FORMAT.units),
        fx(`=IF(INV.RECORDACCURACY(C${row},D${row},E${row})=1,"Yes","No")`, within === 1 ? "Yes" : "No"),
      ]);
    });

    const tryTolerance = 0.005;
    const triedA = recordAccuracy({
      bookQuantities: data.book.slice(0, PER_CLASS),
      countedQuantities: data.counted.slice(0, PER_CLASS),
      tolerance: tryTolerance,
    }) as number;
    const x = `A${resultTop}:A${resultTop + CLASSES.length - 1}`;
    return sheet.plan(
      {
        what: "a record is accurate when the count is within the class's tolerance of the book quantity; accuracy is the share of records counted that were. Cycle counting counts a few items every day, the A items most often, instead of a yearly shutdown.",
        purpose:
          "record accuracy: the plan, the reorder points and the promises made to customers are only as good as the on-hand records.",
        source: `APICS Dictionary, "inventory accuracy", "cycle counting"; Heizer & Render, Operations Management, ch. 12, Example 2 (Cole's Trucks: 500 A monthly, 1,750 B quarterly, 2,750 C semiannually, 240 days: 77 counts a day). The counts below are made up.`,
        chart:
          "columns: counts a day per class (the A items are few but counted monthly); line (right axis): each class's record accuracy, against its own tolerance.",
      },
      seriesChart({
        type: "columnLine",
        title: "Cycle counts a day and record accuracy by class",
        xAxisTitle: "Class",
        yAxisTitle: "Counts a day",
        secondaryAxisTitle: "Record accuracy",
        series: [
          { name: "Counts a day", values: `B${resultTop}:B${resultTop + CLASSES.length - 1}`, categories: x },
          {
            name: "Record accuracy",
            values: `C${resultTop}:C${resultTop + CLASSES.length - 1}`,
            categories: x,
            line: true,
          },
        ],
        anchor: "I8",
      }),
      {
        input: "tolerance.0",
        value: tryTolerance,
        text: `change ${toleranceCells[0]}, the A items' tolerance, from ${say(data.tolerance[0] as number, 1, "share")} to ${say(tryTolerance, 1, "share")}, and watch ${accuracyCells[0]}, their accuracy, rise from ${say(accuracy(0, PER_CLASS), 0, "share")} to ${say(triedA, 0, "share")}, and ${overall}, the overall figure, with it, while ${perDayCell}, the counts a day, stays: accuracy depends on the tolerance you set.`,
        watch: [
          { cell: accuracyCells[0] as string, moves: "rises" },
          { cell: overall as string, moves: "rises" },
          { cell: perDayCell as string, moves: "stays" },
        ],
      },
    );
  },
);
