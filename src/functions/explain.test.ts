/*
 * INV.EXPLAIN as Excel calls it: the function's name, then its arguments as one
 * repeating parameter (an array of the values Excel passes, each a matrix).
 * It works; an unknown name; wrong arguments give the function's own message;
 * ranges where one value belongs are refused; blanks and omitted optionals.
 */
import { explainerFor, type Explainer } from "../core/explain/registry";
import { InputError } from "../core/shared/inputError";
import { eoq, eoqdiscount } from "./cycleStock";
import { explain } from "./explain";
import { lotsize } from "./lotSizing";
import { newsvendor } from "./newsvendor";
import { col, first, m, text, thrownBy, valueErrors } from "../../test/support/excelValues";

const { message, thrown } = valueErrors();

/** The row of the spill whose first cell is `section` (the first such row). */
const row = (rows: unknown[][], section: string) => rows.find((r) => r[0] === section);
/** The value column (the fourth) of the Result row. */
const resultOf = (rows: unknown[][]) => row(rows, "Result")?.[3];

describe("INV.EXPLAIN", () => {
  test('works: =INV.EXPLAIN("EOQ", 1300, 8, 0.225) spills the work, its result INV.EOQ\'s own (Snyder & Shen Example 3.1)', () => {
    const rows = explain("EOQ", [m([1300]), m([8]), m([0.225])]);
    expect(rows[0]?.slice(0, 2)).toEqual(["EOQ", "Economic order quantity"]);
    expect(row(rows, "Input")).toEqual(["Input", "Demand per period", "D", 1300, "units per period"]);
    expect(row(rows, "Formula")?.[2]).toBe("Q* = √(2DS/H)");
    expect(resultOf(rows)).toBe(first(eoq(m([1300]), m([8]), m([0.225]))));
    expect(resultOf(rows)).toBeCloseTo(304.0468, 4);
    expect(rows.at(-1)?.[0]).toBe("Source");
    // Rectangular, at least five columns, no null.
    const width = rows[0]?.length ?? 0;
    expect(width).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r).toHaveLength(width);
      for (const cell of r) expect(["number", "string"]).toContain(typeof cell);
    }
  });

  test("the name in any case, with or without INV.; arguments as Excel passes them (single values or 1 × 1 ranges)", () => {
    const expected = explain("EOQ", [m([1300]), m([8]), m([0.225])]);
    expect(explain(" inv.eoq ", [1300, 8, 0.225] as never)).toEqual(expected);
    expect(explain("Eoq", [m([1300]), m([8]), m([0.225]), null] as never)).toEqual(expected);
  });

  test("lists and options: EOQDISCOUNT (Snyder & Shen Example 3.6) with its tier table; the chosen result", () => {
    const args = [m([1300]), m([8]), m([0.3]), col(0, 400, 800), col(0.75, 0.72, 0.68), m([false]), m(["cost"])];
    const rows = explain("EOQDISCOUNT", args as never);
    expect(resultOf(rows)).toBe(first(eoqdiscount(...(args as Parameters<typeof eoqdiscount>))));
    expect(resultOf(rows)).toBeCloseTo(978.6, 9);
    expect(row(rows, "Table")?.[1]).toBe("Price tiers tried (all-units discounts)");
  });

  test("a spilling function: LOTSIZE's output is its spill, cell by cell (Snyder & Shen Example 3.9)", () => {
    const args = [col(90, 120, 80, 70), m([500]), m([2]), m(["WW"])];
    const rows = explain("LOTSIZE", args as never);
    const at = rows.findIndex((r) => r[0] === "Output");
    expect(rows.slice(at + 1, at + 5).map((r) => r[1])).toEqual(
      (lotsize(col(90, 120, 80, 70), m([500]), m([2]), text("WW")) as unknown[][]).map((r) => r[0]),
    );
    expect(resultOf(rows)).toBe(1380);
  });

  test("an unknown name, a name that is not text, and EXPLAIN itself are refused naming function_name", () => {
    expect(thrown(() => explain("EOQQ", [m([1])]))).toBe(
      'EXPLAIN: function_name must be the name of an INV function that EXPLAIN covers (got text "EOQQ")',
    );
    expect(thrown(() => explain(42, [m([1])]))).toBe(
      "EXPLAIN: function_name must be the name of an INV function that EXPLAIN covers (got 42)",
    );
    expect(thrown(() => explain("EXPLAIN", [m(["EOQ"])]))).toMatch(/^EXPLAIN: function_name must be/);
  });

  test("more arguments than the function takes", () => {
    expect(thrown(() => explain("EOQ", [m([1]), m([2]), m([3]), m([4]), m([5])]))).toBe(
      "EXPLAIN: EOQ takes at most 4 arguments (got 5)",
    );
  });

  test("wrong arguments give the function's own message", () => {
    expect(message(first(explain("EOQ", [m([1300]), m([8]), m([0])])))).toBe(
      "EOQ: holding_cost must be greater than 0 (got 0)",
    );
    expect(message(first(explain("EOQ", [m([1300]), m(["eight"]), m([0.225])])))).toBe(
      'EOQ: order_cost must be a number (got text "eight")',
    );
    // Missing required arguments read as blanks, as the function reads them.
    expect(message(first(explain("EOQ", [m([1300]), m([8])])))).toBe("EOQ: holding_cost is blank; enter a number");
    // An error the function throws is thrown as is.
    expect(thrown(() => explain("NEWSVENDOR", [m([50]), m([8]), m([0.7]), m([0.18]), m(["size"])]))).toBe(
      thrown(() => newsvendor(m([50]), m([8]), m([0.7]), m([0.18]), "size")),
    );
    expect(thrown(() => explain("LOTSIZE", [col(1, 2), m([1]), m([1]), m(["XYZ"])]))).toMatch(
      /^LOTSIZE: method must be/,
    );
  });

  test("a range where one value belongs is refused: EXPLAIN explains one calculation", () => {
    expect(thrown(() => explain("EOQ", [col(1300, 2600), m([8]), m([0.225])]))).toBe(
      "EXPLAIN explains one calculation: demand must be a single value",
    );
    expect(thrown(() => explain("NEWSVENDOR", [m([50]), m([8, 9]), m([0.7]), m([0.18])]))).toBe(
      "EXPLAIN explains one calculation: std must be a single value",
    );
  });

  test('blanks: all required arguments blank gives "", as the function does; a blank optional is omitted', () => {
    expect(explain("EOQ", [m([null]), m([null]), m([""])])).toEqual([[""]]);
    expect(resultOf(explain("EOQ", [m([1300]), m([8]), m([0.225]), m([null])]))).toBeCloseTo(304.0468, 4);
  });

  describe("a bug is never passed off as an input error", () => {
    const explainer = explainerFor("EOQ") as Explainer;
    const args = [m([1300]), m([8]), m([0.225])];
    afterEach(() => jest.restoreAllMocks());

    test("an explanation whose result is not the function's own throws a plain Error", () => {
      const real = explainer.explain({ demand: 1300, order_cost: 8, holding_cost: 0.225 });
      jest.spyOn(explainer, "explain").mockReturnValue({ ...real, result: { ...real.result, value: 304 } });
      const error = thrownBy(() => explain("EOQ", args));
      expect(error).not.toBeInstanceOf(CustomFunctions.Error);
      expect((error as Error).message).toMatch(
        /^EXPLAIN: the explanation of EOQ gives \[304\] but EOQ gives \[304\.0467800264/,
      );
    });

    test("an explainer that refuses what the function accepted throws a plain Error", () => {
      jest.spyOn(explainer, "explain").mockImplementation(() => {
        throw new InputError("demand", "is wrong", 1300);
      });
      const error = thrownBy(() => explain("EOQ", args));
      expect(error).not.toBeInstanceOf(CustomFunctions.Error);
      expect((error as Error).message).toBe(
        "EXPLAIN: the explainer of EOQ refused what EOQ accepted (demand is wrong (got 1300))",
      );
    });
  });
});
