/**
 * Lesson 5: fill rate against cycle service level. Chopra & Meindl Examples
 * 12-2, 12-3 and 12-5 (weekly σ = 500, L = 2 weeks, Q = 10,000): a safety
 * stock of 1,000 gives CSL = 0.92 but a fill rate of 0.9975 (ESC = 25.13);
 * a 97.5% fill rate needs only 67 units of safety stock.
 */
import { cycleServiceLevel } from "../../core/safetyStock/cycleServiceLevel";
import { fillRate } from "../../core/safetyStock/fillRate";
import { leadTimeDemandStdDev } from "../../core/safetyStock/leadTimeDemandStdDev";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = { demandStdDev: 500, leadTime: 2, orderQuantity: 10000, safetyStock: 1000, targetFillRate: 0.975 };
const LEVELS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 0.99];

export const fillRateLesson = defineLesson(
  {
    number: 5,
    title: "Fill rate against cycle service level",
    summary:
      "Two service measures of the same stock: the share of cycles without a stockout, and the share of demand filled.",
    purpose: "Customer service goals",
    sheetBaseName: "Lesson 5 Fill rate",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      INPUT.weeklyStdDev,
      INPUT.leadTimeWeeks,
      ["orderQuantity", "Order quantity Q", FORMAT.units, "units per order"],
      ["safetyStock", "Safety stock ss", FORMAT.units, "units"],
      ["targetFillRate", "Target fill rate", FORMAT.share, "share of demand filled from stock"],
    ]);
    const order = cell.orderQuantity;
    const [SIGMA, L, Q, SS, FR] = [cell.demandStdDev, cell.leadTime, order, cell.safetyStock, cell.targetFillRate].map(
      abs,
    ) as [string, string, string, string, string];
    const deviation = leadTimeDemandStdDev({ demandStdDev: data.demandStdDev, leadTime: data.leadTime });
    const rateAt = (units: number) =>
      fillRate({ safetyStock: units, leadTimeDemandStdDev: deviation, orderQuantity: data.orderQuantity });
    const stockFor = (serviceLevel: number) =>
      safetyStock({ serviceLevel, demandStdDev: data.demandStdDev, leadTime: data.leadTime }).safetyStock;
    const rate = rateAt(data.safetyStock);
    const forTarget = safetyStockForFillRate({
      fillRate: data.targetFillRate,
      demandStdDev: data.demandStdDev,
      leadTime: data.leadTime,
      orderQuantity: data.orderQuantity,
    }).safetyStock;

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const sigmaL = sheet.result(
      "sigmaL",
      "Std. deviation of lead-time demand σL",
      `=INV.LEADTIMESTD(${SIGMA},${L})`,
      deviation,
      FORMAT.units1,
      "σL = σd √L",
    );
    const SL = abs(sigmaL);
    const csl = sheet.result(
      "cycleService",
      "Cycle service level of ss",
      `=INV.CYCLESERVICE(${SS},${SL})`,
      cycleServiceLevel({ safetyStock: data.safetyStock, leadTimeDemandStdDev: deviation }),
      FORMAT.share2,
      "CSL = Φ(ss/σL)",
    );
    const filled = sheet.result(
      "fillRate",
      "Fill rate of ss",
      `=INV.FILLRATE(${SS},${SL},${Q})`,
      rate,
      FORMAT.share2,
      "FR = 1 − σL·G(ss/σL)/Q",
    );
    sheet.result(
      "shortage",
      "Expected shortage a cycle (ESC)",
      `=(1-${filled})*${Q}`,
      (1 - rate) * data.orderQuantity,
      FORMAT.units2,
      "ESC = (1 − FR)·Q = σL·G(k)",
    );
    sheet.result(
      "stockForTarget",
      "Safety stock for the target fill rate",
      `=INV.SAFETYSTOCKFR(${FR},${SIGMA},${L},${Q})`,
      forTarget,
      FORMAT.units1,
      "k with G(k) = Q(1 − FR)/σL; ss = k·σL",
    );

    sheet.gap().section("table").heading("The same safety stock, measured both ways");
    sheet.line([txt("Cycle service level"), txt("Safety stock"), txt("Fill rate")]);
    const first = sheet.nextRow;
    LEVELS.forEach((serviceLevel) => {
      const row = sheet.nextRow;
      sheet.line([
        num(serviceLevel, FORMAT.share),
        fx(`=INV.SAFETYSTOCK(A${row},${SIGMA},${L})`, stockFor(serviceLevel), FORMAT.units),
        fx(`=INV.FILLRATE(B${row},${SL},${Q})`, rateAt(stockFor(serviceLevel)), FORMAT.share2),
      ]);
    });
    const last = sheet.nextRow - 1;
    const x = `A${first}:A${last}`;

    const tryOrder = 1000;
    const tried = fillRate({ safetyStock: data.safetyStock, leadTimeDemandStdDev: deviation, orderQuantity: tryOrder });
    return sheet.plan(
      {
        what: "the cycle service level counts cycles without a stockout; the fill rate counts units. A cycle that runs short is short of only a few units of a large order, so the fill rate is far higher.",
        purpose: "customer service goals: choosing which service measure to promise, and the stock each one takes.",
        source: `Chopra & Meindl, Supply Chain Management (2016), ch. 12, Examples 12-2, 12-3 and 12-5: ss = 1,000 with σL = 707 gives CSL 0.92 and fill rate 0.9975 (ESC 25.13); a 97.5% fill rate needs ss = 67. Silver, Pyke & Thomas (2017), ch. 6 (P2 service).`,
        chart:
          "the fill rate (upper line) stays near 100% even at a 50% cycle service level, because Q = 10,000 is large against σL = 707; the diagonal is where the two measures would be equal.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Fill rate against cycle service level",
        xAxisTitle: "Cycle service level",
        yAxisTitle: "Fill rate",
        series: [
          { name: "Fill rate", values: `C${first}:C${last}`, categories: x },
          { name: "Fill rate = CSL", values: x, categories: x },
        ],
        anchor: "F8",
      }),
      {
        input: "orderQuantity",
        value: tryOrder,
        text: `change ${order}, the order quantity, from ${say(data.orderQuantity)} to ${say(tryOrder)}, and watch ${filled}, the fill rate, fall from ${say(rate, 2, "share")} to ${say(tried, 2, "share")} while ${csl}, the cycle service level, stays put: with smaller orders there are more cycles, each exposed to a shortage.`,
        watch: [
          { cell: filled, moves: "falls" },
          { cell: csl, moves: "stays" },
        ],
      },
    );
  },
);
