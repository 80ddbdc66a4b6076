import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { chasePlan } from "./chasePlan";

// Stevenson, Operations Management, ch. 11: the skateboard forecast, chased from no inventory to none.
const SKATEBOARDS = [200, 200, 300, 400, 500, 200];

describe("chasePlan", () => {
  test("Stevenson's skateboards: production follows the forecast and no inventory is held", () => {
    const plan = chasePlan({ demand: SKATEBOARDS });
    expect(plan.map((p) => p.production)).toEqual(SKATEBOARDS);
    expect(plan.map((p) => p.endingInventory)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test("the first period moves the beginning inventory to the target, which is then held", () => {
    const plan = chasePlan({ demand: [200, 200, 300], beginningInventory: 50, endingInventory: 20 });
    expect(plan.map((p) => p.production)).toEqual([170, 200, 300]);
    expect(plan.map((p) => p.endingInventory)).toEqual([20, 20, 20]);
  });

  test("a beginning surplus is used up before production restarts; a surplus never used stays", () => {
    const plan = chasePlan({ demand: [100, 100, 100], beginningInventory: 250 });
    expect(plan.map((p) => p.production)).toEqual([0, 0, 50]);
    expect(plan.map((p) => p.endingInventory)).toEqual([150, 50, 0]);
    expect(chasePlan({ demand: [10], beginningInventory: 25 })).toEqual([{ production: 0, endingInventory: 15 }]);
  });

  test.each([
    [{ demand: [] }, "demand needs at least one period (got 0)"],
    [{ demand: [-5] }, "demand at item 1 must be a finite number, zero or more (got -5)"],
    [{ demand: [5], endingInventory: -1 }, "endingInventory must be zero or more (got -1)"],
  ])("rejects %o", (input, message) => {
    expect(() => chasePlan(input)).toThrow(InputError);
    expect(() => chasePlan(input)).toThrow(message);
  });

  test("identities: production sums to demand + final inventory − beginning; inventory never below the target", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 5000 }),
        (demand, beginning, ending) => {
          const plan = chasePlan({ demand, beginningInventory: beginning, endingInventory: ending });
          const produced = plan.reduce((a, p) => a + p.production, 0);
          const final = plan[plan.length - 1]?.endingInventory as number;
          expect(produced).toBe(demand.reduce((a, b) => a + b, 0) + final - beginning);
          plan.forEach((p) => {
            expect(p.production).toBeGreaterThanOrEqual(0);
            expect(p.endingInventory).toBeGreaterThanOrEqual(Math.min(ending, beginning));
          });
          if (beginning <= (demand[0] as number) + ending)
            expect(plan.every((p) => p.endingInventory === ending)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
