/**
 * Lesson 6: the reorder point and the sawtooth. Chopra & Meindl Examples 12-1
 * and 12-4 (weekly demand 2,500 ± 500, L = 2 weeks, CSL 90%, Q = 10,000):
 * ss = 906 and ROP = 5,906. The sawtooth falls from ss + Q to ss each cycle;
 * an order goes out where it crosses the reorder point, L weeks before it
 * arrives.
 */
import { reorderPoint } from "../../core/safetyStock/reorderPoint";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { defineLesson } from "./lesson";
import { FORMAT, INPUT, LessonSheet, abs, fx, num, say, seriesChart, txt } from "./lessonSheet";

const SAMPLE = { averageDemand: 2500, demandStdDev: 500, leadTime: 2, serviceLevel: 0.9, orderQuantity: 10000 };
const CYCLES = 3;

export const reorderPointLesson = defineLesson(
  {
    number: 6,
    title: "Reorder point and the sawtooth",
    summary: "When to reorder: lead-time demand plus safety stock, and the inventory picture over time.",
    purpose: "Cycle stock and safety stock",
    sheetBaseName: "Lesson 6 Reorder point",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const cell = sheet.inputs(data, [
      ["averageDemand", "Average weekly demand d", FORMAT.units, "units per week"],
      INPUT.weeklyStdDev,
      INPUT.leadTimeWeeks,
      INPUT.serviceLevel,
      ["orderQuantity", "Order quantity Q", FORMAT.units, "units per order"],
    ]);
    const sigma = cell.demandStdDev;
    const [d, SIGMA, L, CSL, Q] = [cell.averageDemand, sigma, cell.leadTime, cell.serviceLevel, cell.orderQuantity].map(
      abs,
    ) as [string, string, string, string, string];
    const ss = safetyStock({
      serviceLevel: data.serviceLevel,
      demandStdDev: data.demandStdDev,
      leadTime: data.leadTime,
    }).safetyStock;
    const rop = reorderPoint({ averageDemand: data.averageDemand, leadTime: data.leadTime, safetyStock: ss });
    const cycle = data.orderQuantity / data.averageDemand;

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const stock = sheet.result(
      "safetyStock",
      "Safety stock ss",
      `=INV.SAFETYSTOCK(${CSL},${SIGMA},${L})`,
      ss,
      FORMAT.units,
      "z σd √L",
    );
    const point = sheet.result(
      "reorderPoint",
      "Reorder point ROP",
      `=INV.REORDERPOINT(${d},${L},${stock})`,
      rop,
      FORMAT.units,
      "ROP = d·L + ss",
    );
    const weeks = sheet.result("cycleWeeks", "Weeks between orders", `=${Q}/${d}`, cycle, FORMAT.units1, "Q/d");
    sheet.result(
      "averageInventory",
      "Average inventory",
      `=${Q}/2+${stock}`,
      data.orderQuantity / 2 + ss,
      FORMAT.units,
      "Q/2 + ss: cycle stock plus safety stock",
    );
    const [SS, ROP, T] = [abs(stock), abs(point), abs(weeks)];

    sheet.gap().section("table").heading("The sawtooth: inventory on hand, with demand at its average");
    sheet.line([txt("Week"), txt("On hand"), null, txt("Week"), txt("Reorder point"), txt("Safety stock")]);
    const first = sheet.nextRow;
    const week = (k: number) => (k === 0 ? num(0, FORMAT.units1) : fx(`=${k}*${T}`, k * cycle, FORMAT.units1));
    const full = () => fx(`=${SS}+${Q}`, ss + data.orderQuantity, FORMAT.units);
    const floor = () => fx(`=${SS}`, ss, FORMAT.units);
    sheet.line([week(0), full()]);
    for (let k = 1; k <= CYCLES; k++) {
      sheet.line([week(k), floor()]);
      if (k < CYCLES) sheet.line([week(k), full()]);
    }
    const last = sheet.nextRow - 1;
    // The level lines: two points each, from week 0 to the last week, beside the sawtooth.
    [week(0), week(CYCLES)].forEach((at, k) => {
      sheet.put(`D${first + k}`, at);
      sheet.put(`E${first + k}`, fx(`=${ROP}`, rop, FORMAT.units));
      sheet.put(`F${first + k}`, floor());
    });
    const x = `D${first}:D${first + 1}`;

    const trySigma = 1000;
    const triedStock = safetyStock({
      serviceLevel: data.serviceLevel,
      demandStdDev: trySigma,
      leadTime: data.leadTime,
    }).safetyStock;
    const triedPoint = reorderPoint({
      averageDemand: data.averageDemand,
      leadTime: data.leadTime,
      safetyStock: triedStock,
    });
    return sheet.plan(
      {
        what: "stock falls at the demand rate; when it reaches the reorder point, an order goes out, and the L weeks until it arrives use up d·L on average. Safety stock covers demand above that average.",
        purpose: "cycle stock (the teeth, Q high) sitting on safety stock (the floor the teeth fall to on average).",
        source: `Chopra & Meindl, Supply Chain Management (2016), ch. 12, Examples 12-1 and 12-4: weekly demand 2,500 ± 500, L = 2 weeks, CSL 90% give ss = 906 and ROP = 5,906. APICS Dictionary, "order point".`,
        chart:
          "each tooth falls from ss + Q to ss; the order is placed where a tooth crosses the reorder point line, L weeks before the next tooth starts.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Inventory on hand, reorder point and safety stock",
        xAxisTitle: "Week",
        yAxisTitle: "Units",
        series: [
          { name: "On hand", values: `B${first}:B${last}`, categories: `A${first}:A${last}` },
          { name: "Reorder point", values: `E${first}:E${first + 1}`, categories: x },
          { name: "Safety stock", values: `F${first}:F${first + 1}`, categories: x },
        ],
        anchor: "H8",
      }),
      {
        input: "demandStdDev",
        value: trySigma,
        text: `change ${sigma}, the weekly standard deviation, from ${say(data.demandStdDev)} to ${say(trySigma)}, and watch ${stock}, the safety stock, double from ${say(ss)} to ${say(triedStock)} and ${point}, the reorder point, rise from ${say(rop)} to ${say(triedPoint)}: the whole sawtooth floats up.`,
        watch: [
          { cell: stock, moves: "rises" },
          { cell: point, moves: "rises" },
        ],
      },
    );
  },
);
