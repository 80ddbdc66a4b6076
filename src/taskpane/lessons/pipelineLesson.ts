/**
 * Lesson 11: pipeline inventory and lead-time reduction. Chopra & Meindl
 * Example 12-6 (Dell: daily demand 2,500 ± 500, L = 7 days, CSL 90%): with
 * no lead-time variability the safety stock is 1,695 (the last row of the
 * book's table), and by Little's law 17,500 units are in the pipeline. Each
 * day cut from the lead time takes a day of demand out of the pipeline, and
 * safety stock falls with √L.
 */
import { pipelineInventory } from "../../core/metrics/pipelineInventory";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = {
  dailyDemand: 2500,
  demandStdDev: 500,
  leadTimeStdDev: 0,
  serviceLevel: 0.9,
  leadTime: 7,
  leadTimes: [7, 6, 5, 4, 3, 2, 1],
};

export const pipelineLesson = defineLesson(
  {
    number: 11,
    title: "Pipeline inventory and lead-time reduction",
    summary: "Stock in transit is demand × lead time; cutting the lead time shrinks it and the safety stock too.",
    purpose: "Pipeline (transit) inventory; lead-time reduction",
    sheetBaseName: "Lesson 11 Pipeline",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["dailyDemand", "Average daily demand d", FORMAT.units, "units per day"],
      ["demandStdDev", "Standard deviation of daily demand σd", FORMAT.units, "units per day"],
      ["leadTimeStdDev", "Standard deviation of the lead time σL", FORMAT.units1, "days"],
      INPUT.serviceLevel,
      ["leadTime", "Today's lead time L", FORMAT.units1, "days"],
    ]);
    const spread = cell.leadTimeStdDev;
    const [d, SIGMA, SL, CSL, L0] = [cell.dailyDemand, cell.demandStdDev, spread, cell.serviceLevel, cell.leadTime].map(
      abs,
    ) as [string, string, string, string, string];
    const stockAt = (leadTime: number) =>
      safetyStock({
        serviceLevel: data.serviceLevel,
        demandStdDev: data.demandStdDev,
        leadTime,
        averageDemand: data.dailyDemand,
        leadTimeStdDev: data.leadTimeStdDev,
      }).safetyStock;
    const pipeAt = (leadTime: number) => pipelineInventory({ demandRate: data.dailyDemand, transitTime: leadTime });
    const stockCall = (lead: string) => `INV.SAFETYSTOCK(${CSL},${SIGMA},${lead},${d},${SL})`;

    sheet.gap().section("results").heading("Results today: live formulas over the inputs");
    const pipe = sheet.result(
      "pipeline",
      "Pipeline inventory",
      `=INV.PIPELINE(${d},${L0})`,
      pipeAt(data.leadTime),
      FORMAT.units,
      "d × L (Little's law)",
    );
    const stock = sheet.result(
      "safetyStock",
      "Safety stock",
      `=${stockCall(L0)}`,
      stockAt(data.leadTime),
      FORMAT.units,
      "z √(L σd² + d² σL²)",
    );
    sheet.result(
      "total",
      "Pipeline + safety stock",
      `=${pipe}+${stock}`,
      pipeAt(data.leadTime) + stockAt(data.leadTime),
      FORMAT.units,
      "what the lead time ties up",
    );

    sheet.gap().section("table").heading("Shorter lead times: type any lead time in column A");
    sheet.line([
      txt("Lead time (days)"),
      txt("Pipeline inventory"),
      txt("Safety stock"),
      txt("Pipeline + safety"),
      txt("Safety stock / today's"),
      txt("√(L / today's L)"),
    ]);
    const first = sheet.nextRow;
    data.leadTimes.forEach((leadTime, k) => {
      const row = sheet.nextRow;
      sheet.line([
        num(leadTime, FORMAT.units1, `leadTimes.${k}`),
        fx(`=INV.PIPELINE(${d},A${row})`, pipeAt(leadTime), FORMAT.units),
        fx(`=${stockCall(`A${row}`)}`, stockAt(leadTime), FORMAT.units),
        fx(`=B${row}+C${row}`, pipeAt(leadTime) + stockAt(leadTime), FORMAT.units),
        fx(`=C${row}/${abs(stock)}`, stockAt(leadTime) / stockAt(data.leadTime), FORMAT.ratio),
        fx(`=SQRT(A${row}/${L0})`, Math.sqrt(leadTime / data.leadTime), FORMAT.ratio),
      ]);
    });
    const last = sheet.nextRow - 1;
    const x = `A${first}:A${last}`;

    const trySpread = 2;
    const tried = safetyStock({
      serviceLevel: data.serviceLevel,
      demandStdDev: data.demandStdDev,
      leadTime: data.leadTime,
      averageDemand: data.dailyDemand,
      leadTimeStdDev: trySpread,
    }).safetyStock;
    return sheet.plan(
      {
        what: "goods on their way are stock too: on average d × L units, whatever the order size. Safety stock covers demand over the lead time, so it shrinks with √L: halving L cuts it by 29%, not by half; the ratio column shows it (the classic slip is √(new L) instead of √(new L / old L)).",
        purpose: "pipeline (transit) inventory, and lead-time reduction, which shrinks both pipeline and safety stock.",
        source: `Little (1961); APICS Dictionary, "pipeline stock"; Chopra & Meindl, Supply Chain Management (2016), ch. 12, Example 12-6 (Dell: 2,500 ± 500 a day, L = 7 days, CSL 90%; with σL = 0 the safety stock is 1,695).`,
        chart:
          "columns: pipeline inventory, falling in a straight line with the lead time; line (right axis): safety stock, falling along a square-root curve.",
      },
      seriesChart({
        type: "columnLine",
        title: "Pipeline inventory and safety stock as the lead time falls",
        xAxisTitle: "Lead time (days)",
        yAxisTitle: "Pipeline inventory (units)",
        secondaryAxisTitle: "Safety stock (units)",
        series: [
          { name: "Pipeline inventory", values: `B${first}:B${last}`, categories: x },
          { name: "Safety stock", values: `C${first}:C${last}`, categories: x, line: true },
        ],
        anchor: "H8",
      }),
      {
        input: "leadTimeStdDev",
        value: trySpread,
        text: `change ${spread}, the lead time's standard deviation, from ${say(data.leadTimeStdDev)} to ${say(trySpread)} days, and watch ${stock}, the safety stock, jump from ${say(stockAt(data.leadTime))} to ${say(tried)} while ${pipe}, the pipeline, stays: an unreliable lead time costs more stock than a long one.`,
        watch: [
          { cell: stock, moves: "rises" },
          { cell: pipe, moves: "stays" },
        ],
      },
    );
  },
);
