import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { discountSchedule, economicOrderQuantityWithDiscounts } from "./quantityDiscounts";

/** Snyder & Shen Example 3.5: K = 8, i = 0.3, λ = 1300, breaks 0 / 400 / 800, prices 0.75 / 0.72 / 0.68. */
const example35 = discountSchedule({ breakQuantities: [0, 400, 800], unitPrices: [0.75, 0.72, 0.68] });

describe("discountSchedule", () => {
  test("reads a first break of 1 as 0 and ignores trailing blanks", () => {
    expect(discountSchedule({ breakQuantities: [1, 400, null, null], unitPrices: [0.75, 0.72, null] })).toEqual({
      breaks: [0, 400],
      prices: [0.75, 0.72],
    });
  });

  test.each([
    [
      [0, 400, 800],
      [0.75, 0.72],
      "unitPrices must have one price per break quantity: breakQuantities has 3 but unitPrices has 2 (got 2)",
    ],
    [
      [100, 400],
      [0.75, 0.72],
      "breakQuantities at item 1 must start at 0 (or 1): the first price applies from the first unit (got 100)",
    ],
    [
      [0, 400, 400],
      [0.75, 0.72, 0.7],
      "breakQuantities at item 3 must increase: greater than the one before (400) (got 400)",
    ],
    [
      [0, 400],
      [0.75, 0.8],
      "unitPrices at item 2 must not rise as the quantity rises: at most the price before (0.75) (got 0.8)",
    ],
    [[0, null, 800], [0.75, 0.72, 0.7], "breakQuantities at item 2 is blank; every price needs its break quantity"],
    [[0, 400], [0.75, 0], "unitPrices at item 2 must be a finite number greater than 0 (got 0)"],
    [[0, -4], [0.75, 0.7], "breakQuantities at item 2 must be a finite number, zero or more (got -4)"],
    [[null], [null], "breakQuantities needs at least one break quantity (0 for the base price)"],
  ])("rejects breaks %p with prices %p", (breakQuantities, unitPrices, message) => {
    const run = () => discountSchedule({ breakQuantities, unitPrices });
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });
});

describe("economicOrderQuantityWithDiscounts", () => {
  test("Snyder & Shen Example 3.6 (all-units): Q* = 800 at $0.68, g = $978.60 per year", () => {
    const result = economicOrderQuantityWithDiscounts({
      demand: 1300,
      orderCost: 8,
      carryingRate: 0.3,
      schedule: example35,
    });
    expect(result.quantity).toBe(800);
    expect(result.tier).toBe(2);
    expect(result.unitPrice).toBe(0.68);
    expect(result.costPerPeriod).toBeCloseTo(978.6, 10);
  });

  test("Snyder & Shen Example 3.7 (incremental): Q* = 304.0468 in the first tier, g = $1,043.41 per year", () => {
    const result = economicOrderQuantityWithDiscounts({
      demand: 1300,
      orderCost: 8,
      carryingRate: 0.3,
      schedule: example35,
      incremental: true,
    });
    expect(result.quantity).toBeCloseTo(304.04678003, 8);
    expect(result.tier).toBe(0);
    expect(result.unitPrice).toBe(0.75);
    expect(result.costPerPeriod).toBeCloseTo(1043.41052551, 8);
  });

  test("Snyder & Shen Problem 3.12 (stockpyl's solutions): all-units Q* = 2400, g = 201,251,093.75; incremental Q* = 28,553.06, g = 208,678,591.68", () => {
    const schedule = discountSchedule({ breakQuantities: [0, 1200, 2400], unitPrices: [1490, 1220, 1100] });
    const input = { demand: 182500, orderCost: 2250, carryingRate: 0.25, schedule };
    const allUnits = economicOrderQuantityWithDiscounts(input);
    expect(allUnits.quantity).toBe(2400);
    expect(allUnits.costPerPeriod).toBeCloseTo(201251093.75, 4);
    const incremental = economicOrderQuantityWithDiscounts({ ...input, incremental: true });
    expect(incremental.quantity).toBeCloseTo(28553.06065428, 6);
    expect(incremental.tier).toBe(2);
    expect(incremental.costPerPeriod).toBeCloseTo(208678591.6799284, 4);
    // The average price paid: (1490·1200 + 1220·1200 + 1100·(Q − 2400)) / Q.
    const q = incremental.quantity;
    expect(incremental.unitPrice).toBeCloseTo((1490 * 1200 + 1220 * 1200 + 1100 * (q - 2400)) / q, 9);
  });

  test("one tier is the plain EOQ plus the purchase cost", () => {
    const schedule = discountSchedule({ breakQuantities: [0], unitPrices: [0.75] });
    const result = economicOrderQuantityWithDiscounts({ demand: 1300, orderCost: 8, carryingRate: 0.3, schedule });
    expect(result.quantity).toBeCloseTo(304.0467800264368, 9);
    expect(result.costPerPeriod).toBeCloseTo(1300 * 0.75 + 68.41052550594829, 9);
  });

  test("zero demand orders nothing; a free order buys at the best break", () => {
    expect(
      economicOrderQuantityWithDiscounts({ demand: 0, orderCost: 8, carryingRate: 0.3, schedule: example35 }),
    ).toEqual({
      quantity: 0,
      tier: 0,
      unitPrice: 0.75,
      costPerPeriod: 0,
      tiers: [],
    });
    // S = 0: tier 0 at Q → 0 costs 975; tier 1 at 400 costs 936 + 43.2; tier 2 at 800 costs 884 + 81.6 = 965.6.
    const free = economicOrderQuantityWithDiscounts({
      demand: 1300,
      orderCost: 0,
      carryingRate: 0.3,
      schedule: example35,
    });
    expect(free.quantity).toBe(800);
    expect(free.costPerPeriod).toBeCloseTo(965.6, 10);
  });

  test.each([
    [{ demand: -1, orderCost: 8, carryingRate: 0.3 }, "demand must be zero or more (got -1)"],
    [{ demand: 1, orderCost: 8, carryingRate: 0 }, "carryingRate must be greater than 0 (got 0)"],
    [{ demand: 1e308, orderCost: 8, carryingRate: 0.3 }, "inputs are too large"],
  ])("rejects %o", (input, message) => {
    expect(() => economicOrderQuantityWithDiscounts({ ...input, schedule: example35 })).toThrow(message);
  });

  /** A random schedule: increasing breaks from 0, prices that never rise. */
  const schedules = fc
    .array(fc.tuple(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 0.5, max: 1, noNaN: true })), {
      minLength: 0,
      maxLength: 5,
    })
    .chain((steps) =>
      fc.double({ min: 0.01, max: 1000, noNaN: true }).map((base) => {
        const breakQuantities = [0];
        const unitPrices = [base];
        for (const [gap, factor] of steps) {
          breakQuantities.push((breakQuantities[breakQuantities.length - 1] as number) + gap);
          unitPrices.push((unitPrices[unitPrices.length - 1] as number) * factor);
        }
        return { breakQuantities, unitPrices };
      }),
    );

  /** Cost per period of ordering Q under the schedule, straight from the definitions. */
  function costAt(
    q: number,
    d: number,
    s: number,
    i: number,
    breaks: number[],
    prices: number[],
    incremental: boolean,
  ) {
    let tier = 0;
    while (tier + 1 < breaks.length && q >= (breaks[tier + 1] as number)) tier++;
    let purchase: number; // purchase cost of one order of Q
    if (!incremental) purchase = (prices[tier] as number) * q;
    else {
      purchase = 0;
      for (let j = 0; j <= tier; j++) {
        const upper = j + 1 < breaks.length ? Math.min(q, breaks[j + 1] as number) : q;
        purchase += (prices[j] as number) * (upper - (breaks[j] as number));
      }
    }
    return (d / q) * (purchase + s) + (i * purchase) / 2;
  }

  test.each([false, true])(
    "the optimum is never worse than any tier's EOQ clamped into that tier (incremental: %p)",
    (incremental) => {
      fc.assert(
        fc.property(
          schedules,
          fc.double({ min: 1, max: 1e5, noNaN: true }),
          fc.double({ min: 0.01, max: 1e4, noNaN: true }),
          fc.double({ min: 0.01, max: 1, noNaN: true }),
          ({ breakQuantities, unitPrices }, d, s, i) => {
            const schedule = discountSchedule({ breakQuantities, unitPrices });
            const best = economicOrderQuantityWithDiscounts({
              demand: d,
              orderCost: s,
              carryingRate: i,
              schedule,
              incremental,
            });
            const { breaks, prices } = schedule;
            expect(
              best.costPerPeriod / costAt(best.quantity, d, s, i, [...breaks], [...prices], incremental),
            ).toBeCloseTo(1, 9);
            for (let j = 0; j < breaks.length; j++) {
              const lower = breaks[j] as number;
              const upper = j + 1 < breaks.length ? (breaks[j + 1] as number) : Infinity;
              const eoq = Math.sqrt((2 * d * s) / (i * (prices[j] as number)));
              const clamped = Math.max(Math.min(eoq, upper), Math.max(lower, 1e-9));
              const cost = costAt(clamped, d, s, i, [...breaks], [...prices], incremental);
              expect(best.costPerPeriod).toBeLessThanOrEqual(cost * (1 + 1e-9));
            }
          },
        ),
        { numRuns: 500 },
      );
    },
  );
});
