/**
 * Lesson 15: the newsvendor. Snyder & Shen Examples 4.1 and 4.3 (demand
 * N(50, 8²), h = $0.18 a unit left over, p = $0.70 a unit short): the
 * critical ratio 0.7955 gives S* = 56.60 at an expected cost of 1.9976;
 * ordering 60 costs 2.1561 and 40 costs 7.3561.
 */
import { criticalRatio } from "../../core/newsvendor/criticalRatio";
import { newsvendorNormal } from "../../core/newsvendor/newsvendorNormal";
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import { standardNormalLoss } from "../../core/shared/normal";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, steps, txt } from "./lessonSheet";

const SAMPLE = { mean: 50, stdDev: 8, underageCost: 0.7, overageCost: 0.18 };

export const newsvendorLesson = defineLesson(
  {
    number: 15,
    title: "The newsvendor: one order against uncertain demand",
    summary: "How much to buy once, when leftovers and shortages both cost: the critical ratio.",
    purpose: "Hedge inventory",
    sheetBaseName: "Lesson 15 Newsvendor",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["mean", "Mean demand μ", FORMAT.units1, "units in the season"],
      ["stdDev", "Standard deviation of demand σ", FORMAT.units1, "units"],
      ["underageCost", "Underage cost Cu (p)", FORMAT.money, "$ per unit short: margin lost"],
      ["overageCost", "Overage cost Co (h)", FORMAT.money, "$ per unit left over: cost − salvage"],
    ]);
    const under = cell.underageCost;
    const [MU, SIGMA, CU, CO] = [cell.mean, cell.stdDev, under, cell.overageCost].map(abs) as [
      string,
      string,
      string,
      string,
    ];
    const costs = { underageCost: data.underageCost, overageCost: data.overageCost };
    const ratio = criticalRatio(costs);
    const best = newsvendorNormal({ mean: data.mean, stdDev: data.stdDev, ...costs });
    const quantities = steps(30, 80, 2);
    const rows = quantities.map((quantity) => {
      const z = (quantity - data.mean) / data.stdDev;
      const short = data.stdDev * standardNormalLoss(z);
      const left = data.stdDev * standardNormalLoss(-z);
      return {
        quantity,
        z,
        loss: standardNormalLoss(z),
        short,
        left,
        cost: data.overageCost * left + data.underageCost * short,
      };
    });
    const cheapest = rows.reduce((low, row) => (row.cost < low.cost ? row : low));

    const first = sheet.nextRow + 10; // below a gap, the results (heading and 5), a gap, a heading, a header
    const last = first + quantities.length - 1;
    const costColumn = abs(`F${first}:F${last}`);

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const ratioCell = sheet.result(
      "criticalRatio",
      "Critical ratio",
      `=INV.CRITICALRATIO(${CU},${CO})`,
      ratio,
      FORMAT.ratio4,
      "Cu / (Cu + Co): the chance of selling out to aim for",
    );
    sheet.result(
      "z",
      "z for the critical ratio",
      `=INV.SAFETYFACTOR(${ratioCell})`,
      safetyFactor({ serviceLevel: ratio }),
      FORMAT.ratio4,
      "z = NORM.S.INV(critical ratio)",
    );
    const quantity = sheet.result(
      "quantity",
      "Order quantity Q*",
      `=INV.NEWSVENDOR(${MU},${SIGMA},${CU},${CO})`,
      best.quantity,
      FORMAT.units2,
      "Q* = μ + zσ",
    );
    sheet.result(
      "cost",
      "Expected cost at Q*",
      `=INV.NEWSVENDOR(${MU},${SIGMA},${CU},${CO},"cost")`,
      best.expectedCost,
      FORMAT.ratio4,
      "Co·E[left over] + Cu·E[short]",
    );
    const tableBest = sheet.result(
      "tableMinimum",
      "Cheapest Q in the table",
      `=INDEX(${abs(`A${first}:A${last}`)},MATCH(MIN(${costColumn}),${costColumn},0))`,
      cheapest.quantity,
      FORMAT.units,
      "the curve's lowest point, in steps of 2",
    );

    sheet.gap().section("table").heading("Expected cost of each order quantity");
    sheet.line([
      txt("Order quantity Q"),
      txt("z = (Q − μ)/σ"),
      txt("G(z) (INV.NORMLOSS)"),
      txt("Expected units short σG(z)"),
      txt("Expected units left over σG(−z)"),
      txt("Expected cost"),
    ]);
    if (sheet.nextRow !== first) throw new Error("newsvendorLesson: the table is not where the results point");
    for (const row of rows) {
      const at = sheet.nextRow;
      sheet.line([
        num(row.quantity, FORMAT.units),
        fx(`=(A${at}-${MU})/${SIGMA}`, row.z, FORMAT.ratio4),
        fx(`=INV.NORMLOSS(B${at})`, row.loss, FORMAT.ratio4),
        fx(`=${SIGMA}*C${at}`, row.short, FORMAT.units2),
        fx(`=${SIGMA}*INV.NORMLOSS(-B${at})`, row.left, FORMAT.units2),
        fx(`=${CO}*E${at}+${CU}*D${at}`, row.cost, FORMAT.ratio4, `costAt${row.quantity}`),
      ]);
    }

    const tryUnder = 1.4;
    const tried = newsvendorNormal({
      mean: data.mean,
      stdDev: data.stdDev,
      underageCost: tryUnder,
      overageCost: data.overageCost,
    });
    return sheet.plan(
      {
        what: "ordering one more unit pays when the chance of selling it, 1 − F(Q), times the margin lost on a shortage beats the chance of being left with it, F(Q), times the loss on a leftover. The best Q is where F(Q) equals the critical ratio Cu / (Cu + Co).",
        purpose: "hedge inventory: a one-time buy against an uncertain season, a promotion or a supply risk.",
        source: `Snyder & Shen, Fundamentals of Supply Chain Theory (2019), ch. 4, Examples 4.1 and 4.3: N(50, 8²), h = 0.18, p = 0.70 give α = 0.7955, S* = 56.60, g(S*) = 1.9976, g(60) = 2.1561, g(40) = 7.3561. Chopra & Meindl (2016), ch. 13.`,
        chart:
          "the expected cost falls steeply below the mean (shortages cost 0.70 each) and rises slowly above it (leftovers cost 0.18): the lowest point is above the mean.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Expected cost against the order quantity",
        xAxisTitle: "Order quantity Q (units)",
        yAxisTitle: "Expected cost ($)",
        series: [{ name: "Expected cost", values: `F${first}:F${last}`, categories: `A${first}:A${last}` }],
        anchor: "H8",
      }),
      {
        input: "underageCost",
        value: tryUnder,
        text: `change ${under}, the underage cost, from ${say(data.underageCost, 2, "money")} to ${say(tryUnder, 2, "money")}, and watch ${ratioCell}, the critical ratio, rise from ${say(ratio, 4)} to ${say(criticalRatio({ ...costs, underageCost: tryUnder }), 4)}, ${quantity}, the order, from ${say(best.quantity, 2)} to ${say(tried.quantity, 2)}, and the curve's minimum (${tableBest}) move right.`,
        watch: [
          { cell: ratioCell, moves: "rises" },
          { cell: quantity, moves: "rises" },
          { cell: tableBest, moves: "rises" },
        ],
      },
    );
  },
);
