/**
 * Lesson 10: level against chase, and the anticipation inventory a level
 * plan builds. Stevenson's skateboards (forecast 200, 200, 300, 400, 500,
 * 200; output $2 a unit, $1 a unit of average inventory a period, $5 a unit
 * backordered a period): a level output of 300 builds 100, 200, 200, 100,
 * runs 100 short in period 5, and costs $4,700. The chase plan holds nothing
 * but changes its output; what a change costs is an assumption of the lesson.
 */
import { chasePlan } from "../../core/planning/chasePlan";
import { levelPlan } from "../../core/planning/levelPlan";
import type { PlanPeriod } from "../../core/planning/productionPlan";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt, type Entry } from "./lessonSheet";

const SAMPLE = {
  beginningInventory: 0,
  endingInventory: 0,
  outputCost: 2,
  holdingCost: 1,
  backorderCost: 5,
  changeCost: 3,
  demand: [200, 200, 300, 400, 500, 200],
};

interface Rates {
  outputCost: number;
  holdingCost: number;
  backorderCost: number;
  changeCost: number;
}

/** Cost of each period of a plan: output, holding on the average of the stock at its start and end, backorders, and (chase) changes of output. */
function periodCosts(plan: readonly PlanPeriod[], beginning: number, rates: Rates, chargeChanges: boolean): number[] {
  return plan.map((period, t) => {
    const start = t === 0 ? beginning : (plan[t - 1] as PlanPeriod).endingInventory;
    const end = period.endingInventory;
    const base =
      rates.outputCost * period.production +
      (rates.holdingCost * (Math.max(0, start) + Math.max(0, end))) / 2 +
      rates.backorderCost * Math.max(0, -end);
    return chargeChanges && t > 0
      ? base + rates.changeCost * Math.abs(period.production - (plan[t - 1] as PlanPeriod).production)
      : base;
  });
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const levelChaseLesson = defineLesson(
  {
    number: 10,
    title: "Level against chase: anticipation inventory",
    summary: "Produce at a steady rate and let stock absorb the seasons, or follow demand and hold nothing.",
    purpose: "Seasonal and anticipation inventory; production stability",
    sheetBaseName: "Lesson 10 Level vs chase",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["beginningInventory", "Inventory at the start", FORMAT.units, "units"],
      ["endingInventory", "Inventory wanted at the end", FORMAT.units, "units"],
      ["outputCost", "Output cost", FORMAT.money, "$ per unit made"],
      ["holdingCost", "Holding cost", FORMAT.money, "$ per unit of average inventory a period"],
      ["backorderCost", "Backorder cost", FORMAT.money, "$ per unit short at a period's end"],
      ["changeCost", "Cost to change the output rate", FORMAT.money, "$ per unit of change (assumed for this lesson)"],
    ]);
    const holding = cell.holdingCost;
    const [B, E, OUT, HOLD, BACK, CHANGE] = [
      cell.beginningInventory,
      cell.endingInventory,
      cell.outputCost,
      holding,
      cell.backorderCost,
      cell.changeCost,
    ].map(abs) as [string, string, string, string, string, string];
    const inputs = {
      demand: data.demand,
      beginningInventory: data.beginningInventory,
      endingInventory: data.endingInventory,
    };
    const level = levelPlan({ ...inputs, allowBacklog: true });
    const chase = chasePlan(inputs);
    const levelCosts = periodCosts(level, data.beginningInventory, data, false);
    const chaseCosts = periodCosts(chase, data.beginningInventory, data, true);
    const periods = data.demand.length;

    const first = sheet.nextRow + 10; // below a gap, the results (heading and 5), a gap, a heading, a header
    const last = first + periods - 1;
    const D = abs(`B${first}:B${last}`);
    const levelTotal = sum(levelCosts);
    const chaseTotal = sum(chaseCosts);
    const totalRow = last + 1;

    sheet.gap().section("results").heading("Results: live formulas over the plans below");
    sheet.result(
      "levelRate",
      "Level output a period",
      `=C${first}`,
      (level[0] as PlanPeriod).production,
      FORMAT.units,
      "(total demand + ending − starting inventory) / periods",
    );
    sheet.result(
      "peakInventory",
      "Peak anticipation inventory",
      `=MAX(D${first}:D${last})`,
      Math.max(...level.map((p) => p.endingInventory)),
      FORMAT.units,
      "stock built ahead of the peak",
    );
    const levelCell = sheet.result(
      "levelCost",
      "Level plan: total cost",
      `=E${totalRow}`,
      levelTotal,
      FORMAT.money0,
      "output + holding + backorders",
    );
    sheet.result(
      "chaseCost",
      "Chase plan: total cost",
      `=H${totalRow}`,
      chaseTotal,
      FORMAT.money0,
      "output + holding + backorders + changes of rate",
    );
    const cheaper = sheet.result(
      "cheaperPlan",
      "The cheaper plan",
      `=IF(${abs(levelCell)}<=H${totalRow},"Level","Chase")`,
      levelTotal <= chaseTotal ? "Level" : "Chase",
      null,
      "with these costs",
    );

    sheet.gap().section("table").heading("Period by period: INV.LEVELPLAN and INV.CHASEPLAN");
    sheet.line([
      txt("Period"),
      txt("Forecast demand"),
      txt("Level output"),
      txt("Level ending inventory"),
      txt("Level cost"),
      txt("Chase output"),
      txt("Chase ending inventory"),
      txt("Chase cost"),
    ]);
    if (sheet.nextRow !== first) throw new Error("levelChaseLesson: the plan is not where the results point");
    const levelCall = `INV.LEVELPLAN(${D},${B},${E},TRUE)`;
    const chaseCall = `INV.CHASEPLAN(${D},${B},${E})`;
    const costFormula = (row: number, out: string, stock: string, withChange: boolean) => {
      const start = row === first ? B : `${stock}${row - 1}`;
      const base = `${OUT}*${out}${row}+${HOLD}*(MAX(0,${start})+MAX(0,${stock}${row}))/2+${BACK}*MAX(0,-${stock}${row})`;
      return `=${base}${withChange && row > first ? `+${CHANGE}*ABS(${out}${row}-${out}${row - 1})` : ""}`;
    };
    data.demand.forEach((units, t) => {
      const row = sheet.nextRow;
      const [levelPeriod, chasePeriod] = [level[t] as PlanPeriod, chase[t] as PlanPeriod];
      sheet.line([
        num(t + 1),
        num(units, FORMAT.units, `demand.${t}`),
        fx(`=INDEX(${levelCall},${t + 1},1)`, levelPeriod.production, FORMAT.units),
        fx(`=INDEX(${levelCall},${t + 1},2)`, levelPeriod.endingInventory, FORMAT.units),
        fx(costFormula(row, "C", "D", false), levelCosts[t] as number, FORMAT.money0),
        fx(`=INDEX(${chaseCall},${t + 1},1)`, chasePeriod.production, FORMAT.units),
        fx(`=INDEX(${chaseCall},${t + 1},2)`, chasePeriod.endingInventory, FORMAT.units),
        fx(costFormula(row, "F", "G", true), chaseCosts[t] as number, FORMAT.money0),
      ]);
    });
    const total = (column: string, value: number, format: string): Entry =>
      fx(`=SUM(${column}${first}:${column}${last})`, value, format);
    sheet.line([
      txt("Total"),
      total("B", sum(data.demand), FORMAT.units),
      total("C", sum(level.map((p) => p.production)), FORMAT.units),
      null,
      total("E", levelTotal, FORMAT.money0),
      total("F", sum(chase.map((p) => p.production)), FORMAT.units),
      null,
      total("H", chaseTotal, FORMAT.money0),
    ]);

    const tryHolding = 3;
    const triedLevel = sum(periodCosts(level, data.beginningInventory, { ...data, holdingCost: tryHolding }, false));
    const triedChase = sum(periodCosts(chase, data.beginningInventory, { ...data, holdingCost: tryHolding }, true));
    const x = `A${first}:A${last}`;
    return sheet.plan(
      {
        what: "a level plan makes the same amount every period: stock built in the slow periods (anticipation inventory) serves the peak, and a backlog covers what it cannot. A chase plan makes what each period needs and holds nothing, but changes its output rate.",
        purpose:
          "seasonal and anticipation inventory, held for production stability: a steady workforce and line instead of hiring and idling.",
        source: `Stevenson, Operations Management, ch. 11 (aggregate planning, the skateboard example: level output 300, cost $4,700); Heizer & Render, Operations Management, ch. 13; APICS Dictionary, "level production method", "chase production method".`,
        chart:
          "columns are demand and the level output; the line (right axis) is the level plan's ending inventory: built up in periods 1–4, drawn down to a backlog in period 5.",
      },
      seriesChart({
        type: "columnLine",
        title: "Demand, level output and the anticipation inventory it builds",
        xAxisTitle: "Period",
        yAxisTitle: "Units a period",
        secondaryAxisTitle: "Level plan's ending inventory",
        series: [
          { name: "Forecast demand", values: `B${first}:B${last}`, categories: x },
          { name: "Level output", values: `C${first}:C${last}`, categories: x },
          { name: "Level ending inventory", values: `D${first}:D${last}`, categories: x, line: true },
        ],
        anchor: "J8",
      }),
      {
        input: "holdingCost",
        value: tryHolding,
        text: `change ${holding}, the holding cost, from ${say(data.holdingCost, 0, "money")} to ${say(tryHolding, 0, "money")}, and watch ${levelCell}, the level plan's cost, rise from ${say(levelTotal, 0, "money")} to ${say(triedLevel, 0, "money")}, and ${cheaper}, the cheaper plan, turn to ${triedLevel <= triedChase ? "Level" : "Chase"} (${say(triedChase, 0, "money")}): anticipation inventory pays only while holding is cheap.`,
        watch: [
          { cell: levelCell, moves: "rises" },
          { cell: cheaper, moves: "changes" },
        ],
      },
    );
  },
);
