import { explainerFor, type Explainer } from "../../core/explain/registry";
import { InputError } from "../../core/shared/inputError";
import { calculate, fieldOf } from "./calculation";

function explainer(fn: string): Explainer {
  const found = explainerFor(fn);
  if (!found) throw new Error(`no explainer for ${fn} in core's registry`);
  return found;
}

/** An explainer that answers `explain` as told, for the paths no real model takes. */
function fixture(explain: Explainer["explain"]): Explainer {
  return {
    fn: "FIXTURE",
    arguments: [
      { name: "order_cost", kind: "number", optional: false },
      { name: "basis", kind: "choice", optional: true, choices: ["value", "count"] },
    ],
    explain,
  };
}

describe("calculate with core's explainers", () => {
  it("Snyder & Shen Example 3.1: D 1300, S 8, H 0.225 gives Q* 304.05, with the formula and its explanation", () => {
    const { result, fieldErrors, missing } = calculate(explainer("EOQ"), {
      demand: "1300",
      order_cost: "8",
      holding_cost: "0.225",
    });
    expect(fieldErrors).toEqual({});
    expect(missing).toEqual([]);
    expect(result?.explanation.result.value).toBeCloseTo(304.0468, 4);
    expect(result?.explanation.formula.symbols).toMatch(/^Q\* = √\(2DS\/H\)/);
    expect(result?.formula).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(result?.explainFormula).toBe('=INV.EXPLAIN("EOQ", 1300, 8, 0.225)');
  });

  it("Chopra & Meindl Example 11-1: with a unit cost the holding cost is a carrying rate, typed as 20%", () => {
    const { result } = calculate(explainer("EOQ"), {
      demand: "12,000",
      order_cost: "4000",
      holding_cost: "20%",
      unit_cost: "500",
    });
    expect(result?.explanation.result.value).toBeCloseTo(979.8, 2);
    expect(result?.formula).toBe("=INV.EOQ(12000, 4000, 0.2, 500)");
  });

  it("Chopra & Meindl Example 12-4 intent: SS at 95% with σ 10 over 4 periods is 32.90, z·σ·√L", () => {
    const { result } = calculate(explainer("SAFETYSTOCK"), {
      service_level: "95%",
      demand_std: "10",
      lead_time: "4",
    });
    expect(result?.explanation.result.value).toBeCloseTo(1.6448536 * 10 * 2, 4);
    expect(result?.formula).toBe("=INV.SAFETYSTOCK(0.95, 10, 4)");
    expect(result?.explainFormula).toBe('=INV.EXPLAIN("SAFETYSTOCK", 0.95, 10, 4)');
  });

  it("waits quietly for the required arguments", () => {
    expect(calculate(explainer("EOQ"), {})).toEqual({
      fieldErrors: {},
      missing: ["demand", "order_cost", "holding_cost"],
    });
    expect(calculate(explainer("EOQ"), { demand: "1300" }).missing).toEqual(["order_cost", "holding_cost"]);
  });

  it("shows core's message at the field it is about, in the field's words", () => {
    const negative = calculate(explainer("EOQ"), { demand: "1300", order_cost: "-8", holding_cost: "0.225" });
    expect(negative.result).toBeUndefined();
    expect(negative.fieldErrors).toEqual({ order_cost: "order_cost must be zero or more (got -8)" });
    const zero = calculate(explainer("EOQ"), { demand: "1300", order_cost: "8", holding_cost: "0" });
    expect(zero.fieldErrors).toEqual({ holding_cost: "holding_cost must be greater than 0 (got 0)" });
  });

  it("a bare 95 as a service level gets core's advice at its field", () => {
    const { fieldErrors } = calculate(explainer("SAFETYSTOCK"), {
      service_level: "95",
      demand_std: "10",
      lead_time: "4",
    });
    expect(fieldErrors.service_level).toMatch(/^service_level must be between 0 and 1.*95%/);
  });

  it("reports every entry that cannot be read at once, and computes nothing", () => {
    const { fieldErrors, result } = calculate(explainer("EOQ"), { demand: "x", order_cost: "8", holding_cost: "y" });
    expect(Object.keys(fieldErrors)).toEqual(["demand", "holding_cost"]);
    expect(result).toBeUndefined();
  });
});

describe("calculate, the paths around the model", () => {
  it("shows a core message about no one argument apart from the fields", () => {
    const calculation = calculate(
      fixture(() => {
        throw new InputError("inputs", "are too large for a finite order quantity", 1e308);
      }),
      { order_cost: "8" },
    );
    expect(calculation.fieldErrors).toEqual({});
    expect(calculation.error).toBe("inputs are too large for a finite order quantity (got 1e+308)");
  });

  it("writes every core field name in a message the Excel way, as the calculator labels its fields", () => {
    const atField = calculate(
      fixture(() => {
        throw new InputError("orderCost", "must be at least holdingCost (5)", 1);
      }),
      { order_cost: "1" },
    );
    expect(atField.fieldErrors).toEqual({ order_cost: "order_cost must be at least holding_cost (5) (got 1)" });
    const overall = calculate(
      fixture(() => {
        throw new InputError("demandHistory", "must have one row per value (3 values)", 2);
      }),
      { order_cost: "1" },
    );
    expect(overall.error).toBe("demand_history must have one row per value (3 values) (got 2)");
  });

  it("says a failure that is not an input error is a bug, never one of the user's entries", () => {
    const calculation = calculate(
      fixture(() => {
        throw new TypeError("x is undefined");
      }),
      { order_cost: "8" },
    );
    expect(calculation.fieldErrors).toEqual({});
    expect(calculation.error).toBe("FIXTURE could not be explained (a bug, not your input): x is undefined");
  });

  it("passes only the arguments given, a choice as the function spells it", () => {
    const seen: unknown[] = [];
    const calculation = calculate(
      fixture((args) => {
        seen.push(args);
        throw new InputError("orderCost", "must be zero or more", -1);
      }),
      { order_cost: "-1", basis: "COUNT" },
    );
    expect(seen).toEqual([{ order_cost: -1, basis: "count" }]);
    expect(calculation.fieldErrors).toEqual({ order_cost: "order_cost must be zero or more (got -1)" });
  });
});

describe("fieldOf", () => {
  const parameters = fixture(() => {
    throw new Error("unused");
  }).arguments;

  it("finds the argument by its Excel name or by core's camelCase name", () => {
    expect(fieldOf("order_cost", parameters)).toBe("order_cost");
    expect(fieldOf("orderCost", parameters)).toBe("order_cost");
    expect(fieldOf("basis", parameters)).toBe("basis");
    expect(fieldOf("holdingCost", parameters)).toBeUndefined();
  });
});
