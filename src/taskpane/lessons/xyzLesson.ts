/**
 * Lesson 8: XYZ classification and the ABC/XYZ matrix. The items and their
 * annual values are Heizer & Render's Example 1 (lesson 7); the twelve months
 * of demand are made up for the lesson, each item's months adding up to its
 * annual units, some steady, some seasonal, some lumpy.
 */
import { abcClassification } from "../../core/classification/abcClassification";
import { abcXyzClassification } from "../../core/classification/abcXyzClassification";
import { coefficientOfVariation } from "../../core/classification/coefficientOfVariation";
import { xyzClassification } from "../../core/classification/xyzClassification";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const ITEMS = ["#10286", "#11526", "#12760", "#10867", "#10500", "#12572", "#14075", "#01036", "#01307", "#10572"];
const MONTHS = 12;

const SAMPLE = {
  aCutoff: 0.8,
  bCutoff: 0.96,
  xCutoff: 0.5,
  yCutoff: 1,
  values: [90000, 77000, 26350, 15001, 12500, 8502, 1200, 850, 504, 150],
  history: [
    [77, 95, 87, 67, 87, 77, 96, 87, 67, 77, 87, 96],
    [15, 26, 46, 77, 94, 62, 36, 21, 15, 21, 41, 46],
    [141, 113, 155, 127, 99, 127, 167, 113, 141, 127, 113, 127],
    [8, 12, 19, 35, 54, 70, 62, 39, 19, 12, 8, 12],
    [0, 0, 300, 0, 75, 0, 0, 375, 0, 0, 25, 225],
    [46, 58, 52, 40, 52, 46, 58, 52, 40, 46, 52, 58],
    [62, 103, 186, 309, 372, 247, 144, 82, 62, 82, 165, 186],
    [0, 19, 0, 0, 0, 0, 74, 0, 0, 7, 0, 0],
    [109, 87, 120, 98, 76, 98, 133, 87, 109, 98, 87, 98],
    [0, 0, 75, 0, 19, 0, 0, 94, 0, 0, 6, 56],
  ],
};
const ABC = ["A", "B", "C"] as const;
const XYZ = ["X", "Y", "Z"] as const;
/** The item table's columns: item, value, the months (C to N), CV (O), XYZ (P), ABC (Q), ABC/XYZ (R). */
const MATRIX_COLUMN = "R";

export const xyzLesson = defineLesson(
  {
    number: 8,
    title: "XYZ classification and the ABC/XYZ matrix",
    summary: "Sort items by how steady their demand is, and cross it with ABC to set a policy per cell.",
    purpose: "Classification and control",
    sheetBaseName: "Lesson 8 XYZ",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      INPUT.aCutoff,
      INPUT.bCutoff,
      ["xCutoff", "Class X up to a coefficient of variation of", FORMAT.ratio, "CV = standard deviation / mean"],
      ["yCutoff", "Class Y up to a coefficient of variation of", FORMAT.ratio, "above it: Z"],
    ]);
    const [A, B, X, Y] = [cell.aCutoff, cell.bCutoff, cell.xCutoff, cell.yCutoff].map(abs) as [
      string,
      string,
      string,
      string,
    ];
    const cutoffs = { aCutoff: data.aCutoff, bCutoff: data.bCutoff, xCutoff: data.xCutoff, yCutoff: data.yCutoff };
    const abc = abcClassification({ values: data.values, aCutoff: data.aCutoff, bCutoff: data.bCutoff });
    const xyz = xyzClassification({ history: data.history, xCutoff: data.xCutoff, yCutoff: data.yCutoff });
    const matrix = abcXyzClassification({ values: data.values, history: data.history, ...cutoffs });

    const first = sheet.nextRow + 9; // below a gap, the matrix (heading, header, 3 rows), a gap, a heading, a header
    const last = first + ITEMS.length - 1;
    const values = abs(`B${first}:B${last}`);
    const history = abs(`C${first}:N${last}`);
    const cells = abs(`${MATRIX_COLUMN}${first}:${MATRIX_COLUMN}${last}`);

    sheet.gap().section("results").heading("The ABC/XYZ matrix: items in each cell (live COUNTIF over the table)");
    sheet.line([txt("ABC \\ XYZ"), ...XYZ.map((label) => txt(label))]);
    const matrixTop = sheet.nextRow;
    for (const row of ABC) {
      sheet.line([
        txt(row),
        ...XYZ.map((column) => {
          const label = `${row}${column}`;
          const count = matrix.filter((cell) => cell === label).length;
          return fx(`=COUNTIF(${cells},"${label}")`, count, FORMAT.units, label);
        }),
      ]);
    }

    sheet.gap().section("table").heading("Items: annual value and twelve months of demand");
    sheet.line([
      txt("Item"),
      txt("Annual value"),
      ...Array.from({ length: MONTHS }, (_, m) => txt(`M${m + 1}`)),
      txt("CV"),
      txt("XYZ"),
      txt("ABC"),
      txt("ABC/XYZ"),
    ]);
    if (sheet.nextRow !== first) throw new Error("xyzLesson: the items are not where the matrix points");
    const xyzCells = ITEMS.map((item, k) => {
      const row = sheet.nextRow;
      const months = `C${row}:N${row}`;
      const demand = data.history[k] as readonly number[];
      const line = sheet.line([
        txt(item),
        num(data.values[k] as number, FORMAT.money0, `values.${k}`),
        ...demand.map((units, m) => num(units, FORMAT.units, `history.${k}.${m}`)),
        fx(`=INV.COEFVAR(${months})`, coefficientOfVariation(demand) as number, FORMAT.ratio, `cv${k + 1}`),
        fx(`=INV.XYZCLASS(${months},${X},${Y})`, xyz[k] as string, null, `xyz${k + 1}`),
        fx(`=INDEX(INV.ABCCLASS(${values},${A},${B}),${k + 1})`, abc[k] as string),
        fx(`=INDEX(INV.ABCXYZ(${values},${history},${A},${B},${X},${Y}),${k + 1})`, matrix[k] as string),
      ]);
      return { cv: line[MONTHS + 2] as string, xyz: line[MONTHS + 3] as string };
    });

    const [month, spike] = [4, 600];
    const changed = data.history.map((row, k) =>
      k === 2 ? row.map((units, m) => (m === month ? spike : units)) : row,
    );
    const before = coefficientOfVariation(data.history[2] as readonly number[]) as number;
    const after = coefficientOfVariation(changed[2] as readonly number[]) as number;
    const afterClass = xyzClassification({
      history: [changed[2] as readonly number[]],
      xCutoff: data.xCutoff,
      yCutoff: data.yCutoff,
    })[0];
    const monthCell = `${String.fromCharCode(67 + month)}${first + 2}`;
    return sheet.plan(
      {
        what: "XYZ sorts items by the coefficient of variation of their demand: X steady (easy to forecast, little safety stock), Y seasonal or trending, Z lumpy. Crossed with ABC, each of the nine cells gets its own policy: AX items on tight, lean replenishment; CZ items reviewed, or made to order.",
        purpose:
          "classification and control: forecasting and buffering effort set by value and by predictability together.",
        source: `Scholz-Reiter, Heger, Meinecke & Bergmann (2012), "Integration of demand forecasts in ABC-XYZ analysis"; values from Heizer & Render, Operations Management, §12.2, Example 1; the monthly demand is made up for this lesson. Silver, Pyke & Thomas (2017), §2.6.`,
        chart:
          "one group of columns per ABC class; the columns count its X, Y and Z items. Here the A items are steady or seasonal, and the lumpy Z items are of lower value.",
      },
      seriesChart({
        type: "columnClustered",
        title: "Items in each cell of the ABC/XYZ matrix",
        xAxisTitle: "ABC class",
        yAxisTitle: "Items",
        series: XYZ.map((label, c) => {
          const column = String.fromCharCode(66 + c);
          return {
            name: label,
            values: `${column}${matrixTop}:${column}${matrixTop + 2}`,
            categories: `A${matrixTop}:A${matrixTop + 2}`,
          };
        }),
        anchor: `A${last + 2}`,
      }),
      {
        input: `history.2.${month}`,
        value: spike,
        text: `change ${monthCell}, month ${month + 1} of item ${ITEMS[2]}, from ${say((data.history[2] as readonly number[])[month] as number)} to ${say(spike)}, a one-off rush order, and watch its CV (${xyzCells[2]?.cv}) jump from ${say(before, 2)} to ${say(after, 2)} and its class (${xyzCells[2]?.xyz}) move from ${xyz[2] as string} to ${afterClass as string}.`,
        watch: [
          { cell: xyzCells[2]?.cv as string, moves: "rises" },
          { cell: xyzCells[2]?.xyz as string, moves: "changes" },
        ],
      },
    );
  },
);
