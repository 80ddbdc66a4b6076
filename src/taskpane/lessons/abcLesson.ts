/**
 * Lesson 7: ABC classification with a Pareto chart. Heizer & Render §12.2
 * Example 1 (Silicon Chips, Inc., ten items): two items hold 72% of the
 * annual dollar volume (A), three the next 23% (B), five the last 5% (C).
 * The cut-offs are inputs: the book's grouping is A to 80%, B to 96%; at the
 * common 95% the fifth item (cumulative 95.2%) drops to C.
 */
import { abcClassification } from "../../core/classification/abcClassification";
import { paretoShares } from "../../core/classification/paretoShares";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, paretoChart, say, txt } from "./lessonSheet";

/** Heizer & Render Example 1's item numbers, in the book's (ranked) order. */
const ITEMS = ["#10286", "#11526", "#12760", "#10867", "#10500", "#12572", "#14075", "#01036", "#01307", "#10572"];

const SAMPLE = {
  aCutoff: 0.8,
  bCutoff: 0.96,
  units: [1000, 500, 1550, 350, 1000, 600, 2000, 100, 1200, 250],
  unitCost: [90, 154, 17, 42.86, 12.5, 14.17, 0.6, 8.5, 0.42, 0.6],
};
const CLASSES = ["A", "B", "C"] as const;

export const abcLesson = defineLesson(
  {
    number: 7,
    title: "ABC classification and the Pareto chart",
    summary: "Rank items by annual value: a few hold most of it, so control effort goes where the money is.",
    purpose: "Classification and control",
    sheetBaseName: "Lesson 7 ABC",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const { aCutoff: a, bCutoff: b } = sheet.inputs(data, [INPUT.aCutoff, INPUT.bCutoff]);
    const values = data.units.map((units, k) => units * (data.unitCost[k] as number));
    const total = values.reduce((sum, value) => sum + value, 0);
    const shares = paretoShares({ values });
    const classes = abcClassification({ values, aCutoff: data.aCutoff, bCutoff: data.bCutoff });

    const first = sheet.nextRow + 10; // below a gap, the results (heading, total, header, 3 classes), a gap, a heading, a header
    const last = first + ITEMS.length - 1;
    const valueColumn = abs(`D${first}:D${last}`);
    const classColumn = abs(`G${first}:G${last}`);

    sheet.gap().section("results").heading("Results: live formulas over the items below");
    const totalCell = sheet.result(
      "total",
      "Total annual value",
      `=SUM(${valueColumn})`,
      total,
      FORMAT.money0,
      "Σ annual units × unit cost",
    );
    sheet.line([txt("Class"), txt("Items"), txt("Annual value"), txt("Share of value")]);
    const counts: Record<string, string> = {};
    for (const label of CLASSES) {
      const row = sheet.nextRow;
      const inClass = values.filter((_value, k) => classes[k] === label);
      const value = inClass.reduce((sum, each) => sum + each, 0);
      const [, count] = sheet.line([
        txt(label),
        fx(`=COUNTIF(${classColumn},"${label}")`, inClass.length, FORMAT.units, `count${label}`),
        fx(`=SUMIF(${classColumn},"${label}",${valueColumn})`, value, FORMAT.money0),
        fx(`=C${row}/${abs(totalCell)}`, value / total, FORMAT.share, `share${label}`),
      ]);
      counts[label] = count as string;
    }

    sheet.gap().section("table").heading("Items ranked by annual value (Heizer & Render Example 1)");
    sheet.line([
      txt("Item"),
      txt("Annual units"),
      txt("Unit cost"),
      txt("Annual value"),
      txt("Share of value"),
      txt("Cumulative share"),
      txt("Class"),
    ]);
    if (sheet.nextRow !== first) throw new Error("abcLesson: the items are not where the results point");
    const classCells = ITEMS.map((item, k) => {
      const row = sheet.nextRow;
      const cells = sheet.line([
        txt(item),
        num(data.units[k] as number, FORMAT.units, `units.${k}`),
        num(data.unitCost[k] as number, FORMAT.money, `unitCost.${k}`),
        fx(`=B${row}*C${row}`, values[k] as number, FORMAT.money0),
        fx(`=D${row}/${abs(totalCell)}`, (values[k] as number) / total, FORMAT.share),
        fx(`=INDEX(INV.PARETO(${valueColumn}),${k + 1})`, shares[k] as number, FORMAT.share),
        fx(
          `=INDEX(INV.ABCCLASS(${valueColumn},${abs(a)},${abs(b)}),${k + 1})`,
          classes[k] as string,
          null,
          `class${k + 1}`,
        ),
      ]);
      return cells[6] as string;
    });

    const tryCutoff = 0.95;
    const fifth = classCells[4] as string;
    const tried = abcClassification({ values, aCutoff: data.aCutoff, bCutoff: tryCutoff });
    return sheet.plan(
      {
        what: "ranked by annual value (units × unit cost), the first 20% of the items hold about 70% of the value: the A items earn the tightest control, the C items the lightest.",
        purpose: "classification and control: count, review and forecast A items most often, C items least.",
        source: `Heizer & Render, Operations Management, 12th ed., §12.2, Example 1 (Silicon Chips, Inc.): A 72%, B 23%, C 5% of the dollar volume. Silver, Pyke & Thomas (2017), §2.6; APICS Dictionary, "ABC classification".`,
        chart:
          "the columns are the items' annual values, largest first; the line is the cumulative share, steep for the A items and flat for the C items.",
      },
      paretoChart({
        title: "Annual value by item, and the cumulative share",
        categories: `A${first}:A${last}`,
        values: `D${first}:D${last}`,
        cumulativeShares: `F${first}:F${last}`,
        anchor: "I8",
      }),
      {
        input: "bCutoff",
        value: tryCutoff,
        text: `change ${b}, the B cut-off, from ${say(data.bCutoff, 0, "share")} to ${say(tryCutoff, 0, "share")}, and watch ${fifth}, item ${ITEMS[4]} at a cumulative ${say(shares[4] as number, 1, "share")}, move from class ${classes[4]} to ${tried[4]}, and ${counts.B}, the B count, fall: a cut-off is a choice, not a law.`,
        watch: [
          { cell: fifth, moves: "changes" },
          { cell: counts.B as string, moves: "falls" },
        ],
      },
    );
  },
);
