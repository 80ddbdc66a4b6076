/**
 * Lesson 4: safety stock against the cycle service level. Chopra & Meindl
 * Example 12-4 (weekly σ = 500, L = 2 weeks, CSL 90%): σ_L = 707, z = 1.28,
 * ss = 906. The curve shows each extra point of service costing more stock
 * than the one before.
 */
import { leadTimeDemandStdDev } from "../../core/safetyStock/leadTimeDemandStdDev";
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = { serviceLevel: 0.9, demandStdDev: 500, leadTime: 2 };
const LEVELS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999];

export const safetyStockLesson = defineLesson(
  {
    number: 4,
    title: "Safety stock against service level",
    summary: "How much stock each cycle service level takes, and why the last points of service are the dearest.",
    purpose: "Buffering against uncertainty: safety stock",
    sheetBaseName: "Lesson 4 Safety stock",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const {
      serviceLevel,
      demandStdDev,
      leadTime: lead,
    } = sheet.inputs(data, [INPUT.serviceLevel, INPUT.weeklyStdDev, INPUT.leadTimeWeeks]);
    const [CSL, SIGMA, L] = [serviceLevel, demandStdDev, lead].map(abs) as [string, string, string];
    const stockAt = (serviceLevel: number) =>
      safetyStock({ serviceLevel, demandStdDev: data.demandStdDev, leadTime: data.leadTime }).safetyStock;
    const deviation = leadTimeDemandStdDev({ demandStdDev: data.demandStdDev, leadTime: data.leadTime });

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    sheet.result(
      "z",
      "Safety factor z",
      `=INV.SAFETYFACTOR(${CSL})`,
      safetyFactor({ serviceLevel: data.serviceLevel }),
      FORMAT.ratio4,
      "z = NORM.S.INV(CSL)",
    );
    sheet.result(
      "sigmaL",
      "Std. deviation of lead-time demand σL",
      `=INV.LEADTIMESTD(${SIGMA},${L})`,
      deviation,
      FORMAT.units1,
      "σL = σd √L",
    );
    const stock = sheet.result(
      "safetyStock",
      "Safety stock",
      `=INV.SAFETYSTOCK(${CSL},${SIGMA},${L})`,
      stockAt(data.serviceLevel),
      FORMAT.units,
      "ss = z σd √L",
    );

    sheet.gap().section("table").heading("The curve: safety stock for each service level");
    sheet.line([txt("Cycle service level"), txt("z"), txt("Safety stock"), txt("Extra stock for this step")]);
    const first = sheet.nextRow;
    LEVELS.forEach((serviceLevel, k) => {
      const row = sheet.nextRow;
      const previous = LEVELS[k - 1];
      sheet.line([
        num(serviceLevel, FORMAT.share),
        fx(`=INV.SAFETYFACTOR(A${row})`, safetyFactor({ serviceLevel }), FORMAT.ratio4),
        fx(`=INV.SAFETYSTOCK(A${row},${SIGMA},${L})`, stockAt(serviceLevel), FORMAT.units),
        previous === undefined
          ? null
          : fx(`=C${row}-C${row - 1}`, stockAt(serviceLevel) - stockAt(previous), FORMAT.units),
      ]);
    });
    const last = sheet.nextRow - 1;

    const tryLead = 8;
    const tried = safetyStock({
      serviceLevel: data.serviceLevel,
      demandStdDev: data.demandStdDev,
      leadTime: tryLead,
    }).safetyStock;
    return sheet.plan(
      {
        what: "safety stock is z standard deviations of lead-time demand; z grows ever faster as the service level nears 100%, so the curve bends up.",
        purpose:
          "buffering against uncertainty: stock held so that demand above the forecast during the lead time is still met.",
        source: `Chopra & Meindl, Supply Chain Management (2016), §12.3, Example 12-4: weekly σ = 500, L = 2 weeks, CSL 90% give σL = 707 and ss = 906. Silver, Pyke & Thomas (2017), ch. 6; APICS Dictionary, "safety stock".`,
        chart:
          "from 50% to 90% z climbs from 0 to 1.28; from 90% to 99.9% it climbs from 1.28 to 3.09: the last 9.9 points cost more stock than the 40 before them.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Safety stock against the cycle service level",
        xAxisTitle: "Cycle service level",
        yAxisTitle: "Safety stock (units)",
        series: [{ name: "Safety stock", values: `C${first}:C${last}`, categories: `A${first}:A${last}` }],
        anchor: "F8",
      }),
      {
        input: "leadTime",
        value: tryLead,
        text: `change ${lead}, the lead time, from ${say(data.leadTime)} to ${say(tryLead)} weeks, and watch ${stock}, the safety stock, grow from ${say(stockAt(data.serviceLevel))} to ${say(tried)}: four times the lead time needs √4 = 2 times the stock, and the whole curve rises.`,
        watch: [{ cell: stock, moves: "rises" }],
      },
    );
  },
);
