/**
 * Lesson 1: the EOQ and the total-cost curve. Snyder & Shen Example 3.1
 * (D = 1,300 a year, K = $8 an order, h = $0.225 a unit a year) gives
 * Q* = 304.05 and g(Q*) = $68.41; the table prices every order size from 100
 * to 700, and the curve's flat bottom sits at the EOQ.
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { orderQuantityCost } from "../../core/cycleStock/orderQuantityCost";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, steps } from "./lessonSheet";

const SAMPLE = { demand: 1300, orderCost: 8, holdingCost: 0.225 };

export const eoqLesson = defineLesson(
  {
    number: 1,
    title: "EOQ and the total-cost curve",
    summary: "Order size that balances ordering against holding cost, and the flat bottom of the cost curve.",
    purpose: "Cycle stock",
    sheetBaseName: "Lesson 1 EOQ",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const { demand, orderCost, holdingCost } = sheet.inputs(data, [
      ["demand", "Annual demand D", FORMAT.units, "units per year"],
      ["orderCost", "Order cost S", FORMAT.money, "$ per order"],
      ["holdingCost", "Holding cost H", FORMAT.money, "$ per unit per year"],
    ]);
    const [D, S, H] = [demand, orderCost, holdingCost].map(abs) as [string, string, string];
    const input = { demand: data.demand, orderCost: data.orderCost, holdingCost: data.holdingCost };
    const eoq = economicOrderQuantity(input);
    const costAt = (quantity: number) => orderQuantityCost({ ...input, orderQuantity: quantity });

    const quantities = steps(100, 700, 25);
    const first = sheet.nextRow + 10; // the table's first data row: below a gap, 5 results, a gap, a heading and a header
    const last = first + quantities.length - 1;
    const qColumn = abs(`A${first}:A${last}`);
    const totalColumn = abs(`D${first}:D${last}`);
    const totals = quantities.map((quantity) => costAt(quantity).costPerPeriod);
    const least = quantities[totals.indexOf(Math.min(...totals))] as number;

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const q = sheet.result(
      "eoq",
      "Economic order quantity Q*",
      `=INV.EOQ(${D},${S},${H})`,
      eoq.quantity,
      FORMAT.units1,
      "Q* = √(2DS/H)",
    );
    sheet.result(
      "cost",
      "Ordering + holding cost a year at Q*",
      `=INV.EOQCOST(${D},${S},${H},${q})`,
      costAt(eoq.quantity).costPerPeriod,
      FORMAT.money,
      "g(Q*) = DS/Q* + HQ*/2",
    );
    sheet.result("orders", "Orders a year", `=${D}/${q}`, data.demand / eoq.quantity, FORMAT.units1, "D/Q*");
    sheet.result(
      "days",
      "Days between orders",
      `=365*${q}/${D}`,
      (365 * eoq.quantity) / data.demand,
      FORMAT.units1,
      "365 Q*/D",
    );
    const minimum = sheet.result(
      "tableMinimum",
      "Cheapest Q in the table",
      `=INDEX(${qColumn},MATCH(MIN(${totalColumn}),${totalColumn},0))`,
      least,
      FORMAT.units,
      "the curve's lowest point, in steps of 25",
    );

    sheet.gap().section("table").heading("The total-cost curve: cost a year at each order quantity");
    sheet.line([
      { text: "Order quantity Q" },
      { text: "Ordering cost DS/Q" },
      { text: "Holding cost HQ/2" },
      { text: "Total (INV.EOQCOST)" },
    ]);
    quantities.forEach((quantity) => {
      const row = sheet.nextRow;
      const cost = costAt(quantity);
      sheet.line([
        num(quantity, FORMAT.units),
        fx(`=${D}*${S}/A${row}`, (data.demand * data.orderCost) / quantity, FORMAT.money),
        fx(`=${H}*A${row}/2`, (data.holdingCost * quantity) / 2, FORMAT.money),
        fx(`=INV.EOQCOST(${D},${S},${H},A${row})`, cost.costPerPeriod, FORMAT.money),
      ]);
    });
    if (sheet.nextRow !== last + 1) throw new Error("eoqLesson: the table is not where the results point");

    const x = `A${first}:A${last}`;
    const tryCost = 20;
    const tryEoq = economicOrderQuantity({ ...input, orderCost: tryCost }).quantity;
    return sheet.plan(
      {
        what: "ordering often costs orders; ordering much costs holding. Q* is where the two costs a year are equal, and the total is lowest.",
        purpose: "cycle stock, the Q/2 on hand on average because goods come in lots of Q rather than one at a time.",
        source: `Snyder & Shen, Fundamentals of Supply Chain Theory (2019), §3.2, eq. (3.4)–(3.5), Example 3.1: D = 1,300, K = $8, h = $0.225 give Q* = 304.05 and g(Q*) = $68.41. APICS Dictionary, "economic order quantity".`,
        chart: "the total is flat near its bottom: ordering 20% more or less than Q* costs only about 2% more a year.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Cost a year against the order quantity",
        xAxisTitle: "Order quantity Q (units)",
        yAxisTitle: "Cost a year ($)",
        series: [
          { name: "Ordering DS/Q", values: `B${first}:B${last}`, categories: x },
          { name: "Holding HQ/2", values: `C${first}:C${last}`, categories: x },
          { name: "Total", values: `D${first}:D${last}`, categories: x },
        ],
        anchor: "F8",
      }),
      {
        input: "orderCost",
        value: tryCost,
        text: `change ${orderCost}, the order cost, from ${say(data.orderCost, 2, "money")} to ${say(tryCost, 2, "money")}, and watch ${q}, the EOQ, rise from ${say(eoq.quantity, 1)} to ${say(tryEoq, 1)} (√2.5 times), and the curve's minimum (${minimum}) move right.`,
        watch: [
          { cell: q, moves: "rises" },
          { cell: minimum, moves: "rises" },
        ],
      },
    );
  },
);
