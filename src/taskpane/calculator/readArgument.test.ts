import type { ExplainArgument } from "../../core/explain/registry";
import { readArgument } from "./readArgument";

const number: ExplainArgument = { name: "demand", kind: "number", optional: false };
const list: ExplainArgument = { name: "requirements", kind: "list", optional: false };
const history: ExplainArgument = { name: "demand_history", kind: "history", optional: false };
const choice: ExplainArgument = { name: "method", kind: "choice", optional: false, choices: ["LFL", "EOQ", "WW"] };
const logical: ExplainArgument = { name: "incremental", kind: "logical", optional: true };

const value = (v: unknown) => ({ kind: "value", value: v });

describe("readArgument", () => {
  it("reads numbers as Excel does in a formula: 98% is 0.98 and thousands may be grouped", () => {
    expect(readArgument(number, "1300")).toEqual(value(1300));
    expect(readArgument(number, "98%")).toEqual(value(0.98));
    expect(readArgument(number, "0.98")).toEqual(value(0.98));
    expect(readArgument(number, "75,000")).toEqual(value(75000));
    expect(readArgument(number, "  ")).toEqual({ kind: "empty" });
    expect(readArgument(number, undefined)).toEqual({ kind: "empty" });
  });

  it("names the Excel argument in its messages", () => {
    expect(readArgument(number, "lots")).toEqual({
      kind: "invalid",
      message: 'demand must be a number (got text "lots")',
    });
  });

  it("reads a list on one line at commas, or one number per line (where 1,300 is one number)", () => {
    expect(readArgument(list, "10, 20, 30")).toEqual(value([10, 20, 30]));
    expect(readArgument(list, "10,20,30,")).toEqual(value([10, 20, 30]));
    expect(readArgument(list, "10 20 30")).toEqual(value([10, 20, 30]));
    expect(readArgument(list, "1,300\n2,000\n\n500\n")).toEqual(value([1300, 2000, null, 500]));
    expect(readArgument(list, "10;0;30")).toEqual(value([10, 0, 30]));
  });

  it("keeps a blank inside a list as a blank cell, and reads a list of blanks as empty", () => {
    expect(readArgument(list, "10, , 30")).toEqual(value([10, null, 30]));
    expect(readArgument(list, " , ,")).toEqual({ kind: "empty" });
  });

  it("says which item of a list is not a number", () => {
    expect(readArgument(list, "10, x, 30")).toEqual({
      kind: "invalid",
      message: 'requirements at item 2 must be a number (got text "x")',
    });
  });

  it("reads a history as one item per line, periods across, as a block pasted from Excel", () => {
    expect(readArgument(history, "10, 12, 14\n20 20 26")).toEqual(
      value([
        [10, 12, 14],
        [20, 20, 26],
      ]),
    );
    expect(readArgument(history, "10\t12\t14\n20\t\t26\n")).toEqual(
      value([
        [10, 12, 14],
        [20, null, 26],
      ]),
    );
    // Rows as long as the longest, as a range is.
    expect(readArgument(history, "1 2 3\n4 5")).toEqual(
      value([
        [1, 2, 3],
        [4, 5, null],
      ]),
    );
    // One figure per line is one item, as a single-column range is in Excel; one line is one item too.
    expect(readArgument(history, "10\n12\n\n14")).toEqual(value([[10, 12, 14]]));
    expect(readArgument(history, "10 12 14")).toEqual(value([[10, 12, 14]]));
    expect(readArgument(history, "1 2\n4 z")).toEqual({
      kind: "invalid",
      message: 'demand_history at item 2, period 2 must be a number (got text "z")',
    });
  });

  it("reads a choice in any case, spelled as the function spells it", () => {
    expect(readArgument(choice, "ww")).toEqual(value("WW"));
    expect(readArgument(choice, "")).toEqual({ kind: "empty" });
    expect(readArgument(choice, "SM")).toEqual({
      kind: "invalid",
      message: 'method must be "LFL", "EOQ" or "WW" (got text "SM")',
    });
  });

  it("reads a switch: left out until switched when optional, FALSE until switched when required", () => {
    expect(readArgument(logical, undefined)).toEqual({ kind: "empty" });
    expect(readArgument(logical, true)).toEqual(value(true));
    expect(readArgument(logical, false)).toEqual(value(false));
    expect(readArgument({ ...logical, optional: false }, undefined)).toEqual(value(false));
  });
});
