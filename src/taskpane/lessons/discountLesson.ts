/**
 * Lesson 2: quantity discounts, all-units and incremental, side by side.
 * Snyder & Shen Examples 3.5–3.7 (D = 1,300, K = $8, i = 30%, prices $0.75,
 * $0.72 from 400, $0.68 from 800): all-units Q* = 800 at $978.60 a year;
 * incremental Q* = 304.05 at $1,043.41 a year.
 */
import { discountSchedule, economicOrderQuantityWithDiscounts } from "../../core/cycleStock/quantityDiscounts";
import { orderQuantityCost } from "../../core/cycleStock/orderQuantityCost";
import { defineLesson } from "./lesson";
import { FORMAT, LessonSheet, abs, fx, num, say, seriesChart, steps, txt } from "./lessonSheet";

const SAMPLE = {
  demand: 1300,
  orderCost: 8,
  carryingRate: 0.3,
  breaks: [0, 400, 800],
  prices: [0.75, 0.72, 0.68],
};

export const discountLesson = defineLesson(
  {
    number: 2,
    title: "Quantity discounts: all-units and incremental",
    summary: "When a lower price for a larger order pays for holding the extra stock, and why the two schemes differ.",
    purpose: "Economies of scale",
    sheetBaseName: "Lesson 2 Discounts",
  },
  SAMPLE,
  (data, info) => {
    const sheet = new LessonSheet(info);
    const { demand, orderCost, carryingRate } = sheet.inputs(data, [
      ["demand", "Annual demand D", FORMAT.units, "units per year"],
      ["orderCost", "Order cost S", FORMAT.money, "$ per order"],
      ["carryingRate", "Carrying rate i", FORMAT.share, "of the unit price, per year"],
    ]);
    const [D, S, I] = [demand, orderCost, carryingRate].map(abs) as [string, string, string];

    sheet.gap().heading("Price schedule: the price from each break quantity up");
    sheet.line([txt("Tier"), txt("From quantity"), txt("Unit price"), txt("Cost of the units below the break")]);
    const tierTop = sheet.nextRow;
    const bought: number[] = [];
    data.breaks.forEach((quantity, j) => {
      const row = sheet.nextRow;
      const before =
        j === 0
          ? 0
          : (bought[j - 1] as number) + (data.prices[j - 1] as number) * (quantity - (data.breaks[j - 1] as number));
      bought.push(before);
      sheet.line([
        num(j + 1),
        num(quantity, FORMAT.units, `breaks.${j}`),
        num(data.prices[j] as number, FORMAT.money, `prices.${j}`),
        j === 0 ? num(0, FORMAT.money) : fx(`=D${row - 1}+C${row - 1}*(B${row}-B${row - 1})`, before, FORMAT.money),
      ]);
    });
    const tierBottom = sheet.nextRow - 1;
    const breaks = abs(`B${tierTop}:B${tierBottom}`);
    const prices = abs(`C${tierTop}:C${tierBottom}`);
    const boughtColumn = abs(`D${tierTop}:D${tierBottom}`);

    const schedule = discountSchedule({ breakQuantities: data.breaks, unitPrices: data.prices });
    const input = { demand: data.demand, orderCost: data.orderCost, carryingRate: data.carryingRate, schedule };
    const allUnits = economicOrderQuantityWithDiscounts(input);
    const incremental = economicOrderQuantityWithDiscounts({ ...input, incremental: true });
    const call = (flag: "FALSE" | "TRUE", result?: string) =>
      `=INV.EOQDISCOUNT(${D},${S},${I},${breaks},${prices},${flag}${result === undefined ? "" : `,"${result}"`})`;

    sheet.gap().section("results").heading("Results: live formulas over the inputs");
    const allUnitsQ = sheet.result(
      "allUnitsQuantity",
      "All-units: order quantity Q*",
      call("FALSE"),
      allUnits.quantity,
      FORMAT.units1,
      "each tier's EOQ, moved up to its break; least cost wins",
    );
    sheet.result(
      "allUnitsPrice",
      "All-units: unit price paid",
      call("FALSE", "price"),
      allUnits.unitPrice,
      FORMAT.money,
      "C of Q*'s tier",
    );
    sheet.result(
      "allUnitsCost",
      "All-units: cost a year",
      call("FALSE", "cost"),
      allUnits.costPerPeriod,
      FORMAT.money,
      "g = DC + DS/Q + iCQ/2",
    );
    sheet.result(
      "incrementalQuantity",
      "Incremental: order quantity Q*",
      call("TRUE"),
      incremental.quantity,
      FORMAT.units1,
      "each tier's EOQ, kept inside its tier",
    );
    sheet.result(
      "incrementalPrice",
      "Incremental: average unit price",
      call("TRUE", "price"),
      incremental.unitPrice,
      FORMAT.ratio4,
      "purchase cost of an order / Q*",
    );
    sheet.result(
      "incrementalCost",
      "Incremental: cost a year",
      call("TRUE", "cost"),
      incremental.costPerPeriod,
      FORMAT.money,
      "g = D·c(Q)/Q + DS/Q + i·c(Q)/2",
    );

    sheet.gap().section("table").heading("Cost a year at each order quantity, under each scheme");
    sheet.line([
      txt("Order quantity Q"),
      txt("Tier"),
      txt("All-units price"),
      txt("All-units cost a year"),
      txt("Incremental: cost of an order c(Q)"),
      txt("Incremental cost a year"),
    ]);
    const quantities = steps(100, 1200, 25);
    const first = sheet.nextRow;
    quantities.forEach((quantity) => {
      const row = sheet.nextRow;
      const tier = schedule.breaks.reduce((found, lower, j) => (quantity >= lower ? j : found), 0);
      const price = data.prices[tier] as number;
      const lower = data.breaks[tier] as number;
      const orderValue = (bought[tier] as number) + price * (quantity - lower);
      const at = (column: string) => `INDEX(${column},B${row})`;
      const allUnitsCost =
        data.demand * price +
        orderQuantityCost({
          demand: data.demand,
          orderCost: data.orderCost,
          holdingCost: data.carryingRate,
          orderQuantity: quantity,
          unitCost: price,
        }).costPerPeriod;
      sheet.line([
        num(quantity, FORMAT.units),
        fx(`=MATCH(A${row},${breaks},1)`, tier + 1, FORMAT.units),
        fx(`=${at(prices)}`, price, FORMAT.money),
        fx(`=${D}*C${row}+INV.EOQCOST(${D},${S},${I},A${row},C${row})`, allUnitsCost, FORMAT.money),
        fx(`=${at(boughtColumn)}+${at(prices)}*(A${row}-${at(breaks)})`, orderValue, FORMAT.money),
        fx(
          `=${D}*E${row}/A${row}+${S}*${D}/A${row}+${I}*E${row}/2`,
          (data.demand * orderValue) / quantity +
            (data.orderCost * data.demand) / quantity +
            (data.carryingRate * orderValue) / 2,
          FORMAT.money,
        ),
      ]);
    });
    const last = sheet.nextRow - 1;
    const x = `A${first}:A${last}`;

    const tryDemand = 600;
    const tried = economicOrderQuantityWithDiscounts({ ...input, demand: tryDemand });
    return sheet.plan(
      {
        what: "all-units discounts cut the price of every unit of a large order, so the best order often sits on a break; incremental discounts cut only the units above the break, so the best order is an EOQ inside a tier.",
        purpose: "economies of scale: buying more at once for a lower price, and holding the extra stock that buys.",
        source: `Snyder & Shen, Fundamentals of Supply Chain Theory (2019), eq. (3.18)–(3.22), Examples 3.5–3.7: all-units Q* = 800 at $978.60 a year; incremental Q* = 304.05 at $1,043.41. Silver, Pyke & Thomas (2017), ch. 4; APICS Dictionary, "quantity discount".`,
        chart:
          "the all-units curve drops at each break (400, 800); the incremental curve is continuous, with its lowest point inside a tier.",
      },
      seriesChart({
        type: "xyScatterLines",
        title: "Cost a year (purchase + ordering + holding) against the order quantity",
        xAxisTitle: "Order quantity Q (units)",
        yAxisTitle: "Cost a year ($)",
        series: [
          { name: "All-units", values: `D${first}:D${last}`, categories: x },
          { name: "Incremental", values: `F${first}:F${last}`, categories: x },
        ],
        anchor: "H8",
      }),
      {
        input: "demand",
        value: tryDemand,
        text: `change ${demand}, the annual demand, from ${say(data.demand)} to ${say(tryDemand)}, and watch ${allUnitsQ}, the all-units order, fall from ${say(allUnits.quantity)} to ${say(tried.quantity)}: with less demand, holding a large order costs more than the discount saves.`,
        watch: [{ cell: allUnitsQ, moves: "falls" }],
      },
    );
  },
);
