/**
 * Lesson 3: the economic production quantity. Heizer & Render's Nathan
 * Manufacturing (D = 1,000 a year, S = $10 a setup, H = $0.50 a unit a year,
 * d = 4 and p = 8 a day over 250 days, so P = 2,000 a year) makes runs of
 * Q* = 282.8; stock builds while the line runs and peaks at Q*(1 − D/P).
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { economicProductionQuantity, requireCycleTime } from "../../core/cycleStock/economicProductionQuantity";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = { demand: 1000, setupCost: 10, holdingCost: 0.5, productionRate: 2000, workingDays: 250 };

export const epqLesson = defineLesson(
  {
    number: 3,
    title: "EPQ: the production lot size",
    summary: "Lot size when stock builds while the line runs, and the sawtooth of a production cycle.",
    purpose: "Cycle stock",
    sheetBaseName: "Lesson 3 EPQ",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["demand", "Annual demand D", FORMAT.units, "units per year"],
      ["setupCost", "Setup cost S", FORMAT.money, "$ per production run"],
      ["holdingCost", "Holding cost H", FORMAT.money, "$ per unit per year"],
      ["productionRate", "Production rate P", FORMAT.units, "units per year while the line runs"],
      ["workingDays", "Working days a year", FORMAT.units, "days"],
    ]);
    const rate = cell.productionRate;
    const [D, S, H, P, W] = [cell.demand, cell.setupCost, cell.holdingCost, rate, cell.workingDays].map(abs) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const epq = economicProductionQuantity({
      demand: data.demand,
      setupCost: data.setupCost,
      holdingCost: data.holdingCost,
      productionRate: data.productionRate,
    });
    const eoq = economicOrderQuantity({
      demand: data.demand,
      orderCost: data.setupCost,
      holdingCost: data.holdingCost,
    });
    const cycleDays = requireCycleTime(epq) * data.workingDays;
    const runDays = epq.productionTime * data.workingDays;
    const call = (result: string) => `=INV.EPQ(${D},${S},${H},${P},"${result}")`;

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const q = sheet.result(
      "epq",
      "Production lot size Q*",
      `=INV.EPQ(${D},${S},${H},${P})`,
      epq.quantity,
      FORMAT.units1,
      "Q* = √(2DS / (H(1 − D/P)))",
    );
    const peak = sheet.result(
      "maxInventory",
      "Peak inventory",
      call("max_inventory"),
      epq.maxInventory,
      FORMAT.units1,
      "Q*(1 − D/P): the line makes P but ships D",
    );
    sheet.result(
      "cost",
      "Setup + holding cost a year",
      call("cost"),
      epq.costPerPeriod,
      FORMAT.money,
      "√(2DSH(1 − D/P))",
    );
    const cycle = sheet.result(
      "cycleDays",
      "Days between runs",
      `=${call("cycle_time").slice(1)}*${W}`,
      cycleDays,
      FORMAT.units1,
      "Q*/D, in working days",
    );
    const run = sheet.result(
      "runDays",
      "Days the line runs",
      `=${q}/${P}*${W}`,
      runDays,
      FORMAT.units1,
      "Q*/P, in working days",
    );
    sheet.result(
      "eoq",
      "EOQ if the lot came in at once",
      `=INV.EOQ(${D},${S},${H})`,
      eoq.quantity,
      FORMAT.units1,
      "√(2DS/H): smaller, as stock never builds gradually",
    );

    sheet.gap().section("table").heading("Inventory over three production cycles");
    sheet.line([txt("Day"), txt("Inventory")]);
    const first = sheet.nextRow;
    for (let k = 0; k < 3; k++) {
      const start = k === 0 ? num(0, FORMAT.units1) : fx(`=${k}*${abs(cycle)}`, k * cycleDays, FORMAT.units1);
      sheet.line([start, num(0, FORMAT.units1)]);
      sheet.line([
        fx(
          k === 0 ? `=${abs(run)}` : `=${k}*${abs(cycle)}+${abs(run)}`,
          k === 0 ? runDays : k * cycleDays + runDays,
          FORMAT.units1,
        ),
        fx(`=${abs(peak)}`, epq.maxInventory, FORMAT.units1),
      ]);
    }
    sheet.line([fx(`=3*${abs(cycle)}`, 3 * cycleDays, FORMAT.units1), num(0, FORMAT.units1)]);
    const last = sheet.nextRow - 1;

    const tryRate = 1200;
    const tried = economicProductionQuantity({
      demand: data.demand,
      setupCost: data.setupCost,
      holdingCost: data.holdingCost,
      productionRate: tryRate,
    });
    return sheet.plan(
      {
        what: "a line that makes P a year while demand takes D builds stock only at P − D, so the peak is below Q and the best lot is larger than the EOQ.",
        purpose: "cycle stock made in production runs: each setup's lot covers demand until the next run.",
        source: `Heizer & Render, Operations Management, ch. 12, "Production order quantity model" (Nathan Manufacturing: D = 1,000, S = $10, H = $0.50, d = 4 and p = 8 a day: Q* = 282.8); Snyder & Shen (2019), eq. (3.31)–(3.32).`,
        chart:
          "stock rises while the line runs (slope P − D), then falls at the demand rate until the next run starts at zero.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Inventory over three production cycles",
        xAxisTitle: "Working day",
        yAxisTitle: "Units on hand",
        series: [{ name: "Inventory", values: `B${first}:B${last}`, categories: `A${first}:A${last}` }],
        anchor: "F8",
      }),
      {
        input: "productionRate",
        value: tryRate,
        text: `change ${rate}, the production rate, from ${say(data.productionRate)} to ${say(tryRate)} a year, and watch ${q}, the lot size, rise from ${say(epq.quantity, 1)} to ${say(tried.quantity, 1)} while ${peak}, the peak, falls from ${say(epq.maxInventory, 1)} to ${say(tried.maxInventory, 1)}: a slower line builds less stock per run.`,
        watch: [
          { cell: q, moves: "rises" },
          { cell: peak, moves: "falls" },
        ],
      },
    );
  },
);
