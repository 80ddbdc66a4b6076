/**
 * Lesson 12: turnover, GMROI and carrying cost. The product lines are a
 * made-up retailer's ($ thousands); the PepsiCo check is Weygandt, Kimmel &
 * Kieso's PepsiCo exercise (cost of goods sold $18,038 million on an average
 * inventory of $2,108 million: 8.56 turns, 42.7 days).
 */
import { carryingCost } from "../../core/metrics/carryingCost";
import { daysOfSupply } from "../../core/metrics/daysOfSupply";
import { grossMarginReturnOnInventory } from "../../core/metrics/grossMarginReturnOnInventory";
import { inventoryTurnover } from "../../core/metrics/inventoryTurnover";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const LINES = ["Appliances", "Hardware", "Garden", "Paint"];

const SAMPLE = {
  carryingRate: 0.25,
  daysPerYear: 365,
  checkCogs: 18038,
  checkInventory: 2108,
  sales: [4800, 2400, 1500, 1200],
  cogs: [3600, 1500, 900, 720],
  averageInventory: [900, 750, 600, 180],
};

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const financeLesson = defineLesson(
  {
    number: 12,
    title: "Turnover, GMROI and carrying cost",
    summary: "What inventory costs to hold, how fast it turns, and what each dollar of it earns.",
    purpose: "Financial impact",
    sheetBaseName: "Lesson 12 Turnover",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["carryingRate", "Carrying rate", FORMAT.share, "of the average inventory value, a year"],
      ["daysPerYear", "Days in the year", FORMAT.units, "days"],
      ["checkCogs", "PepsiCo: cost of goods sold", FORMAT.money0, "$ million (the textbook exercise)"],
      ["checkInventory", "PepsiCo: average inventory", FORMAT.money0, "$ million, at cost"],
    ]);
    const [checkCogs, checkInventory] = [cell.checkCogs, cell.checkInventory];
    const [RATE, DAYS] = [abs(cell.carryingRate), abs(cell.daysPerYear)];
    const turns = data.cogs.map((cogs, k) =>
      inventoryTurnover({ costOfGoodsSold: cogs, averageInventory: data.averageInventory[k] as number }),
    );
    const margins = data.sales.map((sales, k) => sales - (data.cogs[k] as number));
    const gmroi = margins.map((margin, k) =>
      grossMarginReturnOnInventory({ grossMargin: margin, averageInventoryCost: data.averageInventory[k] as number }),
    );
    const carrying = data.averageInventory.map((value) =>
      carryingCost({ averageInventoryValue: value, carryingRate: data.carryingRate }),
    );
    const supply = data.averageInventory.map((value, k) =>
      daysOfSupply({ inventory: value, averageDailyDemand: (data.cogs[k] as number) / data.daysPerYear }),
    );
    const totals = {
      sales: sum(data.sales),
      cogs: sum(data.cogs),
      inventory: sum(data.averageInventory),
      margin: sum(margins),
    };

    const first = sheet.nextRow + 11; // below a gap, the results (heading and 6), a gap, a heading, a header
    const last = first + LINES.length - 1;
    const totalRow = last + 1;

    sheet.gap().section("results").heading("Results: live formulas");
    sheet.result(
      "checkTurnover",
      "PepsiCo: inventory turnover",
      `=INV.TURNOVER(${abs(checkCogs)},${abs(checkInventory)})`,
      inventoryTurnover({ costOfGoodsSold: data.checkCogs, averageInventory: data.checkInventory }),
      FORMAT.ratio,
      "COGS / average inventory (the book: 8.56 times)",
    );
    sheet.result(
      "checkDays",
      "PepsiCo: days of supply",
      `=INV.DAYSOFSUPPLY(${abs(checkInventory)},${abs(checkCogs)}/${DAYS})`,
      daysOfSupply({ inventory: data.checkInventory, averageDailyDemand: data.checkCogs / data.daysPerYear }),
      FORMAT.units1,
      "inventory / COGS a day (the book: 42.7 days)",
    );
    sheet.result(
      "turnover",
      "All lines: turnover",
      `=INV.TURNOVER(C${totalRow},D${totalRow})`,
      inventoryTurnover({ costOfGoodsSold: totals.cogs, averageInventory: totals.inventory }),
      FORMAT.ratio,
      "total COGS / total average inventory",
    );
    sheet.result(
      "gmroi",
      "All lines: GMROI",
      `=INV.GMROI(E${totalRow},D${totalRow})`,
      grossMarginReturnOnInventory({ grossMargin: totals.margin, averageInventoryCost: totals.inventory }),
      FORMAT.ratio,
      "gross margin / average inventory at cost",
    );
    const totalCarrying = sheet.result(
      "carryingCost",
      "All lines: carrying cost a year",
      `=I${totalRow}`,
      sum(carrying),
      FORMAT.money0,
      "average inventory × carrying rate ($ thousands)",
    );
    sheet.result(
      "carryingShare",
      "Carrying cost as a share of gross margin",
      `=${totalCarrying}/E${totalRow}`,
      sum(carrying) / totals.margin,
      FORMAT.share,
      "what holding the stock eats of the margin",
    );

    sheet.gap().section("table").heading("Product lines of a retailer ($ thousands a year; made-up figures)");
    sheet.line([
      txt("Line"),
      txt("Sales"),
      txt("Cost of goods sold"),
      txt("Average inventory at cost"),
      txt("Gross margin"),
      txt("Turnover"),
      txt("GMROI"),
      txt("Days of supply"),
      txt("Carrying cost"),
    ]);
    if (sheet.nextRow !== first) throw new Error("financeLesson: the lines are not where the results point");
    const turnCells = LINES.map((line, k) => {
      const row = sheet.nextRow;
      return sheet.line([
        txt(line),
        num(data.sales[k] as number, FORMAT.money0, `sales.${k}`),
        num(data.cogs[k] as number, FORMAT.money0, `cogs.${k}`),
        num(data.averageInventory[k] as number, FORMAT.money0, `averageInventory.${k}`),
        fx(`=B${row}-C${row}`, margins[k] as number, FORMAT.money0),
        fx(`=INV.TURNOVER(C${row},D${row})`, turns[k] as number, FORMAT.ratio),
        fx(`=INV.GMROI(E${row},D${row})`, gmroi[k] as number, FORMAT.ratio),
        fx(`=INV.DAYSOFSUPPLY(D${row},C${row}/${DAYS})`, supply[k] as number, FORMAT.units1),
        fx(`=INV.CARRYINGCOST(D${row},${RATE})`, carrying[k] as number, FORMAT.money0),
      ])[5] as string;
    });
    const total = (column: string, value: number) =>
      fx(`=SUM(${column}${first}:${column}${last})`, value, FORMAT.money0);
    sheet.line([
      txt("All lines"),
      total("B", totals.sales),
      total("C", totals.cogs),
      total("D", totals.inventory),
      total("E", totals.margin),
      null,
      null,
      null,
      total("I", sum(carrying)),
    ]);
    const x = `A${first}:A${last}`;

    const [line, tryInventory] = [2, 300];
    const triedTurns = inventoryTurnover({
      costOfGoodsSold: data.cogs[line] as number,
      averageInventory: tryInventory,
    });
    return sheet.plan(
      {
        what: "turnover is how many times the average inventory is sold in a year (cost of goods sold / average inventory at cost); GMROI is the gross margin each dollar of inventory earns; carrying cost is what holding it costs: capital, storage, insurance, obsolescence.",
        purpose: "the financial impact of inventory: an asset on the balance sheet, a cost in the income statement.",
        source: `APICS Dictionary, "inventory turnover", "carrying cost", "days of supply"; Heizer & Render, Operations Management, ch. 11; Levy & Weitz, Retailing Management (GMROI); the PepsiCo check is Weygandt, Kimmel & Kieso, Financial Accounting, the PepsiCo exercise (8.56 times, 42.7 days).`,
        chart:
          "columns: each line's average inventory; lines (right axis): its turnover and GMROI. Garden ties up much stock that turns slowly and earns little on it.",
      },
      seriesChart({
        type: "columnLine",
        title: "Average inventory, turnover and GMROI by product line",
        xAxisTitle: "Product line",
        yAxisTitle: "Average inventory ($ thousands)",
        secondaryAxisTitle: "Turns a year; GMROI",
        series: [
          { name: "Average inventory", values: `D${first}:D${last}`, categories: x },
          { name: "Turnover", values: `F${first}:F${last}`, categories: x, line: true },
          { name: "GMROI", values: `G${first}:G${last}`, categories: x, line: true },
        ],
        anchor: `A${totalRow + 2}`,
      }),
      {
        input: `averageInventory.${line}`,
        value: tryInventory,
        text: `change D${first + line}, ${LINES[line]}'s average inventory, from ${say(data.averageInventory[line] as number, 0, "money")} to ${say(tryInventory, 0, "money")} (thousand), and watch ${turnCells[line]}, its turnover, double from ${say(turns[line] as number, 2)} to ${say(triedTurns, 2)}, and ${totalCarrying}, the carrying cost, fall.`,
        watch: [
          { cell: turnCells[line] as string, moves: "rises" },
          { cell: totalCarrying, moves: "falls" },
        ],
      },
    );
  },
);
