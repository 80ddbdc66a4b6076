/* Pipeline, turnover, GMROI, days of supply and carrying cost: the single-formula metrics. */
import { InputError } from "../shared/inputError";
import { carryingCost } from "./carryingCost";
import { daysOfSupply } from "./daysOfSupply";
import { grossMarginReturnOnInventory } from "./grossMarginReturnOnInventory";
import { inventoryTurnover } from "./inventoryTurnover";
import { pipelineInventory } from "./pipelineInventory";

describe("pipelineInventory", () => {
  test("Little's law: 100 units a day for 6 days in transit is 600 units in the pipeline", () => {
    expect(pipelineInventory({ demandRate: 100, transitTime: 6 })).toBe(600);
    expect(pipelineInventory({ demandRate: 0, transitTime: 6 })).toBe(0);
  });

  test("falls in proportion as the transit time falls (lead-time reduction)", () => {
    expect(pipelineInventory({ demandRate: 250, transitTime: 2 })).toBe(
      pipelineInventory({ demandRate: 250, transitTime: 4 }) / 2,
    );
  });

  test.each([
    [{ demandRate: -1, transitTime: 1 }, "demandRate must be zero or more (got -1)"],
    [{ demandRate: 1, transitTime: -1 }, "transitTime must be zero or more (got -1)"],
    [{ demandRate: 1e308, transitTime: 10 }, "inputs are too large for a finite pipeline inventory (got Infinity)"],
  ])("rejects %o", (input, message) => {
    expect(() => pipelineInventory(input)).toThrow(InputError);
    expect(() => pipelineInventory(input)).toThrow(message);
  });
});

describe("inventoryTurnover", () => {
  test("Weygandt, Kimmel & Kieso, Financial Accounting, PepsiCo exercise (2015): 18,038 / 2,108 = 8.56 times", () => {
    expect(inventoryTurnover({ costOfGoodsSold: 18038, averageInventory: 2108 })).toBeCloseTo(8.5569, 4);
  });

  test.each([
    [{ costOfGoodsSold: -1, averageInventory: 1 }, "costOfGoodsSold must be zero or more (got -1)"],
    [{ costOfGoodsSold: 1, averageInventory: 0 }, "averageInventory must be greater than 0 (got 0)"],
    [{ costOfGoodsSold: 1e308, averageInventory: 1e-308 }, "inputs are too large for a finite turnover (got Infinity)"],
  ])("rejects %o", (input, message) => {
    expect(() => inventoryTurnover(input)).toThrow(message);
  });
});

describe("grossMarginReturnOnInventory", () => {
  test("gross margin / average inventory at cost, negative for a loss", () => {
    expect(grossMarginReturnOnInventory({ grossMargin: 500000, averageInventoryCost: 200000 })).toBe(2.5);
    expect(grossMarginReturnOnInventory({ grossMargin: -50, averageInventoryCost: 200 })).toBe(-0.25);
  });

  test.each([
    [{ grossMargin: 1, averageInventoryCost: 0 }, "averageInventoryCost must be greater than 0 (got 0)"],
    [{ grossMargin: Number.NaN, averageInventoryCost: 1 }, "grossMargin must be a finite number (got NaN)"],
    [{ grossMargin: 1e308, averageInventoryCost: 0.5 }, "inputs are too large for a finite GMROI (got Infinity)"],
  ])("rejects %o", (input, message) => {
    expect(() => grossMarginReturnOnInventory(input)).toThrow(message);
  });
});

describe("daysOfSupply", () => {
  test("inventory / average daily demand", () => {
    expect(daysOfSupply({ inventory: 1400, averageDailyDemand: 56 })).toBe(25);
  });

  test("identity: days of supply of the average inventory = 365 / annual turnover (PepsiCo exercise: 42.7 days)", () => {
    const days = daysOfSupply({ inventory: 2108, averageDailyDemand: 18038 / 365 });
    expect(days).toBeCloseTo(365 / inventoryTurnover({ costOfGoodsSold: 18038, averageInventory: 2108 }), 10);
    expect(days).toBeCloseTo(42.66, 2);
  });

  test.each([
    [{ inventory: -1, averageDailyDemand: 1 }, "inventory must be zero or more (got -1)"],
    [
      { inventory: 10, averageDailyDemand: 0 },
      "averageDailyDemand must be greater than 0 (with no demand the stock lasts indefinitely) (got 0)",
    ],
    [
      { inventory: 1e308, averageDailyDemand: 1e-308 },
      "inputs are too large for a finite days of supply (got Infinity)",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => daysOfSupply(input)).toThrow(message);
  });
});

describe("carryingCost", () => {
  test("average inventory value × carrying rate", () => {
    expect(carryingCost({ averageInventoryValue: 200000, carryingRate: 0.25 })).toBe(50000);
    expect(carryingCost({ averageInventoryValue: 200000, carryingRate: 0 })).toBe(0);
  });

  test.each([
    [{ averageInventoryValue: -5, carryingRate: 0.2 }, "averageInventoryValue must be zero or more (got -5)"],
    [{ averageInventoryValue: 5, carryingRate: -0.2 }, "carryingRate must be zero or more (got -0.2)"],
    [
      { averageInventoryValue: 1e308, carryingRate: 2 },
      "inputs are too large for a finite carrying cost (got Infinity)",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => carryingCost(input)).toThrow(message);
  });
});
