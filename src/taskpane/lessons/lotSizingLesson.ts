/**
 * Lesson 9: lot-sizing rules side by side. Heizer & Render ch. 14 (net
 * requirements over ten weeks after 35 on hand, S = $100, H = $1 a unit a
 * week): lot-for-lot costs $700, part-period balancing $490, and
 * Wagner-Whitin finds the least, $455. Every rule is a live INV.LOTSIZE row
 * and its INV.LOTSIZECOST.
 */
import { lotSizing, type LotSizingMethod } from "../../core/lotSizing/lotSizing";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = { orderCost: 100, holdingCost: 1, requirements: [0, 30, 40, 0, 10, 40, 30, 0, 30, 55] };

/** The rules compared: Wagner-Whitin first, the optimum every rule of thumb is measured against. */
const RULES: readonly { method: LotSizingMethod; name: string }[] = [
  { method: "WW", name: "Wagner-Whitin (optimal)" },
  { method: "LFL", name: "Lot-for-lot" },
  { method: "EOQ", name: "EOQ lots" },
  { method: "POQ", name: "Period order quantity" },
  { method: "PPB", name: "Part-period balancing" },
  { method: "LUC", name: "Least unit cost" },
  { method: "SM", name: "Silver-Meal" },
];

export const lotSizingLesson = defineLesson(
  {
    number: 9,
    title: "Lot-sizing rules side by side",
    summary: "Seven ways to group weekly requirements into orders, their cost, and the optimum (Wagner-Whitin).",
    purpose: "Cycle stock",
    sheetBaseName: "Lesson 9 Lot sizing",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const { orderCost, holdingCost } = sheet.inputs(data, [
      ["orderCost", "Order (setup) cost S", FORMAT.money, "$ per order"],
      ["holdingCost", "Holding cost H", FORMAT.money, "$ per unit carried into the next week"],
    ]);
    const [S, H] = [abs(orderCost), abs(holdingCost)];
    const weeks = data.requirements.length;
    const lastColumn = String.fromCharCode(66 + weeks); // weeks in C onwards
    sheet.gap().heading("Net requirements by week");
    sheet.line([txt("Week"), null, ...data.requirements.map((_units, w) => num(w + 1))]);
    const requirementRow = sheet.nextRow;
    sheet.line([
      txt("Net requirement"),
      null,
      ...data.requirements.map((units, w) => num(units, FORMAT.units, `requirements.${w}`)),
    ]);
    const R = abs(`C${requirementRow}:${lastColumn}${requirementRow}`);
    const plans = RULES.map((rule) =>
      lotSizing({
        requirements: data.requirements,
        orderCost: data.orderCost,
        holdingCost: data.holdingCost,
        method: rule.method,
      }),
    );
    const costs = plans.map((plan) => plan.totalCost);
    const least = Math.min(...costs);

    sheet.gap().section("results").heading("Orders by week for each rule, and what each plan costs (live formulas)");
    const costColumn = String.fromCharCode(68 + weeks);
    sheet.line([
      txt("Method"),
      txt("Rule"),
      ...data.requirements.map((_units, w) => txt(`W${w + 1}`)),
      txt("Orders"),
      txt("Ordering + holding cost"),
    ]);
    const first = sheet.nextRow;
    RULES.forEach((rule, k) => {
      const row = sheet.nextRow;
      const plan = plans[k] as (typeof plans)[number];
      sheet.line([
        txt(rule.method),
        txt(rule.name),
        ...plan.orders.map((units, w) =>
          fx(`=INDEX(INV.LOTSIZE(${R},${S},${H},$A${row}),1,${w + 1})`, units as number, FORMAT.units),
        ),
        fx(
          `=COUNTIF(C${row}:${lastColumn}${row},">0")`,
          plan.orders.filter((units) => (units ?? 0) > 0).length,
          FORMAT.units,
        ),
        fx(`=INV.LOTSIZECOST(${R},${S},${H},$A${row})`, plan.totalCost, FORMAT.money, `cost${rule.method}`),
      ]);
    });
    const last = sheet.nextRow - 1;
    const costRange = abs(`${costColumn}${first}:${costColumn}${last}`);
    const names = abs(`B${first}:B${last}`);
    sheet.gap();
    const leastCell = sheet.result(
      "leastCost",
      "Least cost",
      `=MIN(${costRange})`,
      least,
      FORMAT.money,
      "no rule can beat Wagner-Whitin",
    );
    sheet.result(
      "leastRule",
      "Least-cost rule",
      `=INDEX(${names},MATCH(${abs(leastCell)},${costRange},0))`,
      RULES[costs.indexOf(least)]?.name as string,
      null,
      "the first rule listed at the least cost",
    );
    sheet.result(
      "ties",
      "Rules of thumb that match it",
      `=COUNTIF(${costRange},${abs(leastCell)})-1`,
      costs.filter((cost) => cost === least).length - 1,
      FORMAT.units,
      "here, on this data",
    );

    const tryCost = 200;
    const tried = RULES.map(
      (rule) =>
        lotSizing({
          requirements: data.requirements,
          orderCost: tryCost,
          holdingCost: data.holdingCost,
          method: rule.method,
        }).totalCost,
    );
    const wwCell = `${costColumn}${first}`;
    const lflCell = `${costColumn}${first + 1}`;
    return sheet.plan(
      {
        what: "each rule groups the weeks' requirements into orders differently: lot-for-lot orders every week that needs something (no holding, many orders); the others carry stock to save orders. Wagner-Whitin searches every grouping and is never beaten.",
        purpose:
          "cycle stock over a time-phased requirements plan (MRP): the lot size decides how much is carried from week to week.",
        source: `Heizer & Render, Operations Management, ch. 14 (lot-sizing techniques: lot-for-lot $700, part-period balancing $490, Wagner-Whitin $455); Silver, Pyke & Thomas (2017), ch. 5; Wagner & Whitin (1958); Silver & Meal (1973).`,
        chart:
          "one column per rule: the ordering plus holding cost of its plan. The lowest column is the optimum; Silver-Meal often reaches it, lot-for-lot and fixed EOQ lots rarely do.",
      },
      seriesChart({
        type: "columnClustered",
        title: "Ordering + holding cost of each lot-sizing rule",
        xAxisTitle: "Rule",
        yAxisTitle: "Cost over the plan ($)",
        series: [
          { name: "Cost", values: `${costColumn}${first}:${costColumn}${last}`, categories: `B${first}:B${last}` },
        ],
        anchor: `A${sheet.nextRow + 1}`,
      }),
      {
        input: "orderCost",
        value: tryCost,
        text: `change ${orderCost}, the order cost, from ${say(data.orderCost, 0, "money")} to ${say(tryCost, 0, "money")}, and watch ${lflCell}, lot-for-lot's cost, double from ${say(costs[1] as number, 0, "money")} to ${say(tried[1] as number, 0, "money")}, while ${wwCell}, Wagner-Whitin, rises only from ${say(costs[0] as number, 0, "money")} to ${say(tried[0] as number, 0, "money")} by ordering less often.`,
        watch: [
          { cell: lflCell, moves: "rises" },
          { cell: wwCell, moves: "rises" },
        ],
      },
    );
  },
);
