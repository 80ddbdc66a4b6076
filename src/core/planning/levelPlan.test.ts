import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { leastBeginningInventory, levelPlan } from "./levelPlan";

// Stevenson, Operations Management, ch. 11 (aggregate planning), the skateboard example: forecast 200, 200, 300, 400,
// 500, 200 (1,800 in all); a level output of 1,800 / 6 = 300 a period from no inventory runs 100 short in period 5.
const SKATEBOARDS = [200, 200, 300, 400, 500, 200];
// The fudge level-strategy problem (forecast 120, 150, 100, 70 pounds; published solution at justaaa.com): producing
// 150 a month, the peak, with no backorders, ends month 4 with 160 pounds; inventories 30, 30, 80, 160.
const FUDGE = [120, 150, 100, 70];

const production = (plan: ReturnType<typeof levelPlan>) => plan.map((p) => p.production);
const inventory = (plan: ReturnType<typeof levelPlan>) => plan.map((p) => p.endingInventory);

describe("levelPlan", () => {
  test("the fudge problem: 150 a month to end at 160 gives inventories 30, 30, 80, 160", () => {
    const plan = levelPlan({ demand: FUDGE, endingInventory: 160 });
    expect(production(plan)).toEqual([150, 150, 150, 150]);
    expect(inventory(plan)).toEqual([30, 30, 80, 160]);
  });

  test("Stevenson's skateboards: 300 a period runs short in period 5, and the error says by how much and what avoids it", () => {
    expect(() => levelPlan({ demand: SKATEBOARDS })).toThrow(
      "beginningInventory must be at least 600 for a level plan without a shortage " +
        "(at 300 per period, period 5 would end at -100; or allow a backlog with allowBacklog, or use a chase plan) (got 0)",
    );
    // With 600 on hand the level rate falls to 200 and no period runs short.
    const plan = levelPlan({ demand: SKATEBOARDS, beginningInventory: 600 });
    expect(production(plan)).toEqual(new Array(6).fill(200));
    expect(inventory(plan)).toEqual([600, 600, 500, 300, 0, 0]);
  });

  test("Stevenson's skateboards with a backlog: 300 a period, ending inventory 100, 200, 200, 100, −100, 0; cost $4,700", () => {
    const plan = levelPlan({ demand: SKATEBOARDS, allowBacklog: true });
    expect(production(plan)).toEqual(new Array(6).fill(300));
    expect(inventory(plan)).toEqual([100, 200, 200, 100, -100, 0]);
    // The book's costs: $2 a unit of regular output, $1 a unit of average inventory per period (the average of the
    // on-hand stock at the start and the end of the period), $5 a unit backordered per period.
    let onHand = 0;
    let cost = 0;
    for (const period of plan) {
      const end = period.endingInventory;
      cost += 2 * period.production + (onHand + Math.max(0, end)) / 2 + 5 * Math.max(0, -end);
      onHand = Math.max(0, end);
    }
    expect(cost).toBe(4700);
  });

  test("allowBacklog false or omitted keeps the refusal; a plan that never runs short is the same either way", () => {
    expect(() => levelPlan({ demand: SKATEBOARDS, allowBacklog: false })).toThrow(/period 5 would end at -100/);
    expect(levelPlan({ demand: FUDGE, endingInventory: 160, allowBacklog: true })).toEqual(
      levelPlan({ demand: FUDGE, endingInventory: 160 }),
    );
    // The fudge problem without ending stock, backlog allowed: 110 a month ends at −10, −50, −40, 0.
    expect(inventory(levelPlan({ demand: FUDGE, allowBacklog: true }))).toEqual([-10, -50, -40, 0]);
  });

  test("the fudge problem without ending stock: 110 a month runs 10 short in month 1", () => {
    expect(() => levelPlan({ demand: FUDGE })).toThrow(
      "beginningInventory must be at least 160 for a level plan without a shortage (at 110 per period, period 1 would end at -10; or allow a backlog with allowBacklog, or use a chase plan) (got 0)",
    );
  });

  test("a beginning inventory above total demand plus the target cannot be levelled", () => {
    expect(() => levelPlan({ demand: [10, 10], beginningInventory: 30, endingInventory: 5 })).toThrow(
      "beginningInventory must be at most total demand plus endingInventory (25); a level plan cannot produce a negative amount (got 30)",
    );
    expect(production(levelPlan({ demand: [10, 10], beginningInventory: 25, endingInventory: 5 }))).toEqual([0, 0]);
  });

  test("production is not rounded; the last period ends exactly at the target", () => {
    const plan = levelPlan({ demand: [100, 100, 101], endingInventory: 7 });
    expect(plan[0]?.production).toBeCloseTo(308 / 3, 12);
    expect(plan[2]?.endingInventory).toBe(7);
  });

  test.each([
    [{ demand: [] }, "demand needs at least one period (got 0)"],
    [{ demand: [1, -1] }, "demand at item 2 must be a finite number, zero or more (got -1)"],
    [{ demand: [1], beginningInventory: -1 }, "beginningInventory must be zero or more (got -1)"],
    [{ demand: [1], endingInventory: Number.NaN }, "endingInventory must be a finite number (got NaN)"],
    [{ demand: [1e308, 1e308] }, "inputs are too large for a finite total demand (got Infinity)"],
    [{ demand: [1e308], endingInventory: 1e308 }, "inputs are too large for a finite total requirement (got Infinity)"],
  ])("rejects %o", (input, message) => {
    expect(() => levelPlan(input)).toThrow(InputError);
    expect(() => levelPlan(input)).toThrow(message);
  });

  test("the least beginning inventory is never above total demand + ending, even after rounding", () => {
    // Found by the property below (seed -323089776): the quotient came out as 5853.000000000001.
    const least = leastBeginningInventory([0, 0, 5851, 2, 0], 0);
    expect(least).toBeLessThanOrEqual(5853);
    expect(() => levelPlan({ demand: [0, 0, 5851, 2, 0], beginningInventory: least })).not.toThrow();
  });

  test("identities: constant production summing to demand + ending − beginning; inventory balances every period", () => {
    const demand = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(
        demand,
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, ending, f) => {
          const total = d.reduce((a, b) => a + b, 0);
          const beginning = Math.floor(f * (total + ending));
          const least = leastBeginningInventory(d, ending);
          let plan;
          try {
            plan = levelPlan({ demand: d, beginningInventory: beginning, endingInventory: ending });
          } catch (error) {
            // A shortage is said so, never planned as negative stock; the least beginning inventory it names works.
            expect((error as InputError).message).toMatch(/^beginningInventory must be at least .* without a shortage/);
            expect(beginning).toBeLessThan(least);
            expect(() => levelPlan({ demand: d, beginningInventory: least, endingInventory: ending })).not.toThrow();
            // With a backlog allowed the same plan stands, negative stock and all, and still balances.
            const backlog = levelPlan({
              demand: d,
              beginningInventory: beginning,
              endingInventory: ending,
              allowBacklog: true,
            });
            let position = beginning;
            backlog.forEach((p, t) => {
              position += p.production - (d[t] as number);
              expect(p.endingInventory).toBeCloseTo(position, 6);
            });
            expect(Math.min(...backlog.map((p) => p.endingInventory))).toBeLessThan(0);
            return;
          }
          expect(beginning).toBeGreaterThanOrEqual(least - 1e-6 * (total + ending));
          const produced = plan.reduce((a, p) => a + p.production, 0);
          expect(produced).toBeCloseTo(total + ending - beginning, 6);
          let onHand = beginning;
          plan.forEach((p, t) => {
            expect(p.production).toBe(plan[0]?.production);
            onHand += p.production - (d[t] as number);
            expect(p.endingInventory).toBeGreaterThanOrEqual(0);
            expect(p.endingInventory).toBeCloseTo(Math.max(0, onHand), 6);
          });
          expect(plan[plan.length - 1]?.endingInventory).toBe(ending);
        },
      ),
      { numRuns: 500 },
    );
  });
});
