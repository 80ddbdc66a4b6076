import { InputError } from "../core/shared/inputError";
import {
  MAX_CELLS,
  alongSeries,
  choiceArgument,
  elementwise,
  elementwiseColumns,
  guarded,
  logicalArgument,
  oneCell,
  reshape,
  resultOutput,
  valueError,
  type ArgumentReader,
  type Binding,
  type ListArgument,
  type Output,
} from "./funnel";
import { valueErrors } from "../../test/support/excelValues";

const { message: valueErrorMessage, thrown: thrownMessage } = valueErrors();

/** A model with one required and one optional argument: value × (factor ?? 2), value ≥ 0. */
function double(value: unknown, factor?: unknown): Output[][] {
  return elementwise("DOUBLE", { value: ["value", value] }, { factor: ["factor", factor] }, (input) => {
    if (input.value < 0) throw new InputError("value", "must be zero or more", input.value);
    return input.value * (input.factor ?? 2);
  });
}

/** Two required arguments, to test shapes and blank rows. */
function add(left: unknown, right: unknown): Output[][] {
  return elementwise("ADD", { left: ["left_value", left], right: ["right_value", right] }, {}, (i) => i.left + i.right);
}

describe("elementwise: shapes", () => {
  test("single values give a 1 × 1 result", () => {
    expect(double([[21]])).toEqual([[42]]);
    expect(double(21)).toEqual([[42]]); // a bare scalar (not what Excel sends, but accepted)
  });

  test("a column, a row and a 2-D range keep their shape", () => {
    expect(double([[1], [2], [3]])).toEqual([[2], [4], [6]]);
    expect(double([[1, 2, 3]])).toEqual([[2, 4, 6]]);
    expect(
      double(
        [
          [1, 2],
          [3, 4],
        ],
        [[10]],
      ),
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });

  test("ranges of the same shape combine element by element; single values broadcast", () => {
    expect(double([[1], [2]], [[3], [4]])).toEqual([[3], [8]]);
    expect(add([[1], [2]], [[10]])).toEqual([[11], [12]]);
    expect(add([[1]], [[10], [20]])).toEqual([[11], [21]]);
  });

  test("mismatched shapes are one #VALUE! naming both shapes", () => {
    expect(thrownMessage(() => add([[1], [2], [3]], [[1], [2]]))).toBe(
      "ADD: left_value is 3 rows × 1 column but right_value is 2 rows × 1 column; ranges must have the same shape, or be a single value",
    );
    expect(thrownMessage(() => add([[1, 2]], [[1], [2]]))).toMatch(
      /1 row × 2 columns but right_value is 2 rows × 1 column/,
    );
  });

  test("ragged, empty and oversized ranges are refused", () => {
    expect(thrownMessage(() => double([[1, 2], [3]]))).toBe(
      "DOUBLE: value is not a rectangular range (row 2 differs from row 1)",
    );
    expect(thrownMessage(() => double([]))).toBe("DOUBLE: value is an empty range");
    expect(thrownMessage(() => double([[]]))).toBe("DOUBLE: value is an empty range");
    const huge = Array.from({ length: 1025 }, () => new Array(1024).fill(1));
    expect(thrownMessage(() => double(huge))).toBe(
      "DOUBLE: value has 1,049,600 cells; at most 1,048,576 (one full column) are allowed",
    );
  });

  test("a full column (1,048,576 cells) is allowed", () => {
    const column = Array.from({ length: MAX_CELLS }, (_, i) => [i % 7 === 0 ? null : 1]);
    const result = double(column);
    expect(result).toHaveLength(MAX_CELLS);
    expect(result[0]).toEqual([""]);
    expect(result[1]).toEqual([2]);
  });
});

describe("elementwise: cells", () => {
  test("one bad element is #VALUE! at its position and the others compute", () => {
    const result = double([[1], [-1], [3]]);
    expect(result[0]).toEqual([2]);
    expect(valueErrorMessage(result[1]?.[0])).toBe("DOUBLE: value (row 2) must be zero or more (got -1)");
    expect(result[2]).toEqual([6]);
    const grid = double([
      [1, 2],
      [3, -4],
    ]);
    expect(valueErrorMessage(grid[1]?.[1])).toBe("DOUBLE: value (row 2, column 2) must be zero or more (got -4)");
    expect(valueErrorMessage(double([[1, -2]])[0]?.[1])).toBe("DOUBLE: value (column 2) must be zero or more (got -2)");
  });

  test("a single-value call names no position", () => {
    expect(valueErrorMessage(double([[-1]])[0]?.[0])).toBe("DOUBLE: value must be zero or more (got -1)");
  });

  test.each([
    [true, "DOUBLE: value must be a number, not a logical value (got TRUE)"],
    [false, "DOUBLE: value must be a number, not a logical value (got FALSE)"],
    ["abc", 'DOUBLE: value must be a number (got text "abc")'],
    [
      "12",
      'DOUBLE: value must be a number, not text (got text "12"; the cell holds a number stored as text: convert it with VALUE())',
    ],
    [
      "95%",
      'DOUBLE: value must be a number, not text (got text "95%"; enter 95% without quotes, or convert the cell with VALUE())',
    ],
    [{ type: "Error" }, "DOUBLE: value must be a number (got an error or an unsupported value)"],
    [Number.NaN, "DOUBLE: value must be a finite number (got NaN)"],
  ])("%p is a #VALUE! with a message", (cell, message) => {
    expect(valueErrorMessage(double([[cell]])[0]?.[0])).toBe(message);
  });

  test('a blank row (null or "") gives ""; a row of zeros is computed where 0 is valid', () => {
    expect(add([[1], [null], [""], [0]], [[1], [null], [""], [0]])).toEqual([[2], [""], [""], [0]]);
    expect(double([[0], [3]])).toEqual([[0], [6]]);
  });

  test('a row of blanks-or-zeros gives "" where 0 is not valid (some Excel builds pass empty cells as 0)', () => {
    const reciprocal = (value: unknown, scale?: unknown) =>
      elementwise("RECIP", { value: ["value", value] }, { scale: ["scale", scale] }, (input) => {
        if (input.value <= 0) throw new InputError("value", "must be greater than 0", input.value);
        return (input.scale ?? 1) / input.value;
      });
    expect(reciprocal([[0], [4]])).toEqual([[""], [0.25]]);
    // a row mixing a blank and a 0 is blank-or-zero too: "" when it cannot be computed
    expect(add([[0], [1]], [[null], [1]])).toEqual([[""], [2]]);
    // a 0 beside a real value in the same row is that value's row: the documented error
    const result = reciprocal([[0], [4]], [[1], [1]]);
    expect(result[0]).toEqual([""]); // scale is optional: it does not define the row
    const twoRequired = (a: unknown, b: unknown) =>
      elementwise("DIV", { a: ["numerator", a], b: ["denominator", b] }, {}, (input) => {
        if (input.b <= 0) throw new InputError("b", "must be greater than 0", input.b);
        return input.a / input.b;
      });
    expect(twoRequired([[0], [6]], [[0], [3]])).toEqual([[""], [2]]);
    expect(valueErrorMessage(twoRequired([[5], [6]], [[0], [3]])[0]?.[0])).toBe(
      "DIV: denominator (row 1) must be greater than 0 (got 0)",
    );
  });

  test("a row is judged by its ranges: a single value broadcast into a blank row does not fill it", () => {
    expect(add([[1], [null]], [[5]])).toEqual([[6], [""]]);
  });

  test('all-single-value calls: blank gives "", but 0 is a number', () => {
    expect(double([[null]])).toEqual([[""]]);
    expect(double([[""]])).toEqual([[""]]);
    expect(double([[0]])).toEqual([[0]]);
  });

  test("one required blank beside a non-blank is #VALUE! saying which", () => {
    const result = add([[1], [2]], [[1], [null]]);
    expect(valueErrorMessage(result[1]?.[0])).toBe("ADD: right_value (row 2) is blank; enter a number");
  });

  test("an omitted optional (null) and a blank optional cell both mean the default", () => {
    expect(double([[5]], null)).toEqual([[10]]);
    expect(double([[5]], undefined)).toEqual([[10]]);
    expect(double([[5]], [[null]])).toEqual([[10]]);
    expect(double([[5], [6]], [[""], [3]])).toEqual([[10], [18]]);
  });

  test("a bad optional is a #VALUE! naming it", () => {
    expect(valueErrorMessage(double([[5]], [["x"]])[0]?.[0])).toBe('DOUBLE: factor must be a number (got text "x")');
  });

  test("a model that returns NaN is a bug, not an input error", () => {
    const broken = () => elementwise("BROKEN", { x: ["x", [[1]]] }, {}, () => Number.NaN);
    expect(broken).toThrow("BROKEN returned NaN: core models must throw InputError instead");
  });

  test("an unexpected exception in a model is not disguised as #VALUE!", () => {
    const crash = () =>
      elementwise("CRASH", { x: ["x", [[1]]] }, {}, () => {
        throw new TypeError("boom");
      });
    expect(crash).toThrow(TypeError);
  });

  test("core field names in a rule are shown as Excel names", () => {
    const result = elementwise(
      "PAIR",
      { lowValue: ["low", [[5]]], highValue: ["high", [[1]]] },
      {},
      ({ lowValue, highValue }) => {
        if (highValue < lowValue) throw new InputError("highValue", "must be at least lowValue", highValue);
        return highValue - lowValue;
      },
    );
    expect(valueErrorMessage(result[0]?.[0])).toBe("PAIR: high must be at least low (got 1)");
  });

  test("long messages are cut to 255 characters", () => {
    const result = elementwise("LONG", { x: ["x", [[1]]] }, {}, () => {
      throw new InputError("x", "must be ".concat("very ".repeat(80), "short"), 1);
    });
    expect(valueErrorMessage(result[0]?.[0])).toHaveLength(255);
  });
});

describe("list and option arguments", () => {
  const sum = (values: unknown) =>
    guarded("SUMOF", { values: ["values", values] }, (read) => {
      const list = read.numbers("values");
      list.values.forEach((v, index) => {
        if (v !== null && v < 0) throw new InputError("values", "must be zero or more", v, { index });
      });
      return reshape(list.shape, list.values);
    });

  test('a list keeps its shape and blanks become ""', () => {
    expect(
      sum([
        [1, null],
        ["", 4],
      ]),
    ).toEqual([
      [1, ""],
      ["", 4],
    ]);
  });

  test("a core error about item k names its cell", () => {
    expect(
      thrownMessage(() =>
        sum([
          [1, 2],
          [3, -4],
        ]),
      ),
    ).toBe("SUMOF: values (row 2, column 2) must be zero or more (got -4)");
    expect(thrownMessage(() => sum([[1], [-2]]))).toBe("SUMOF: values (row 2) must be zero or more (got -2)");
  });

  test("a non-number in a list fails the call at its cell", () => {
    expect(thrownMessage(() => sum([[1], [true]]))).toBe(
      "SUMOF: values (row 2) must be a number, not a logical value (got TRUE)",
    );
  });

  test("choices are case-insensitive, blanks mean the default, others list the choices", () => {
    expect(choiceArgument("F", "basis", " COUNT ", ["value", "count"])).toBe("count");
    expect(choiceArgument("F", "basis", [["Value"]], ["value", "count"])).toBe("value");
    expect(choiceArgument("F", "basis", null, ["value", "count"])).toBeUndefined();
    expect(choiceArgument("F", "basis", "", ["value", "count"])).toBeUndefined();
    expect(thrownMessage(() => choiceArgument("F", "basis", 3, ["value", "count"]))).toBe(
      'F: basis must be "value" or "count" (got 3)',
    );
  });

  test("logicalArgument reads TRUE/FALSE before broadcasting; blank is undefined, others fail the call", () => {
    expect(logicalArgument("F", "lost_sales", [[true]])).toBe(true);
    expect(logicalArgument("F", "lost_sales", " false ")).toBe(false);
    expect(logicalArgument("F", "lost_sales", null)).toBeUndefined();
    expect(logicalArgument("F", "lost_sales", [[""]])).toBeUndefined();
    expect(thrownMessage(() => logicalArgument("F", "lost_sales", 2))).toBe(
      "F: lost_sales must be TRUE or FALSE (got 2)",
    );
  });

  test("a single-value option refuses a range", () => {
    const numberArgument = (fn: string, excelName: string, value: unknown) =>
      guarded(fn, { aCutoff: [excelName, value] }, (read) => read.optionalNumber("aCutoff"));
    expect(thrownMessage(() => numberArgument("F", "a_cutoff", [[0.1], [0.2]]))).toBe(
      "F: a_cutoff must be a single value (got a range of 2 rows × 1 column)",
    );
    expect(numberArgument("F", "a_cutoff", [[0.1]])).toBe(0.1);
    expect(numberArgument("F", "a_cutoff", null)).toBeUndefined();
  });
});

describe("elementwiseColumns: several outputs per element", () => {
  const spread = (center: unknown, width?: unknown) =>
    elementwiseColumns("SPREAD", { center: ["center", center] }, { width: ["width", width] }, 3, (input) => {
      if (input.center < 0) throw new InputError("center", "must be zero or more", input.center);
      const w = input.width ?? 1;
      return [input.center - w, input.center, input.center + w];
    });

  test("a single value gives one row of outputs", () => {
    expect(spread([[10]], [[2]])).toEqual([[8, 10, 12]]);
  });

  test("a column gives one row per element; blanks give a blank row; an error fills its row", () => {
    const result = spread([[10], [null], [-1]]);
    expect(result[0]).toEqual([9, 10, 11]);
    expect(result[1]).toEqual(["", "", ""]);
    expect(result[2]).toHaveLength(3);
    for (const cell of result[2] ?? []) {
      expect(valueErrorMessage(cell)).toBe("SPREAD: center (row 3) must be zero or more (got -1)");
    }
  });

  test("a row of items gives one column of outputs per item, as alongSeries lays them out", () => {
    expect(spread([[10, null, 0]])).toEqual([
      [9, "", -1],
      [10, "", 0],
      [11, "", 1],
    ]);
  });

  test("a zero is computed, not blanked", () => {
    expect(spread([[0], [10]])).toEqual([
      [-1, 0, 1],
      [9, 10, 11],
    ]);
  });

  test("ranges with several rows and several columns are refused", () => {
    expect(
      thrownMessage(() =>
        spread([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe(
      "SPREAD: center must be a single value, a single column or a single row (got 2 rows × 2 columns); the result has 3 outputs per item",
    );
  });
});

/** Runs `body` with a reader over `bindings` for the function "F", as a custom function body would. */
const withReader = <K extends string, T>(bindings: Record<K, Binding>, body: (read: ArgumentReader<K>) => T): T =>
  guarded("F", bindings, body);

describe("read.requiredNumber and read.requiredChoice", () => {
  test("work like their optional kin", () => {
    expect(withReader({ cost: ["cost", [[8]]] }, (read) => read.requiredNumber("cost"))).toBe(8);
    expect(withReader({ cost: ["cost", 8] }, (read) => read.requiredNumber("cost"))).toBe(8);
    expect(withReader({ method: ["method", " ww "] }, (read) => read.requiredChoice("method", ["LFL", "WW"]))).toBe(
      "WW",
    );
  });

  test("wrong types and ranges fail the call as the optional readers do", () => {
    expect(thrownMessage(() => withReader({ cost: ["cost", "cheap"] }, (read) => read.requiredNumber("cost")))).toBe(
      'F: cost must be a number (got text "cheap")',
    );
    expect(thrownMessage(() => withReader({ cost: ["cost", [[1], [2]]] }, (read) => read.requiredNumber("cost")))).toBe(
      "F: cost must be a single value (got a range of 2 rows × 1 column)",
    );
    expect(
      thrownMessage(() =>
        withReader({ method: ["method", 3] }, (read) => read.requiredChoice("method", ["LFL", "WW"])),
      ),
    ).toBe('F: method must be "LFL" or "WW" (got 3)');
  });

  test("blank or omitted is an error saying what to enter", () => {
    for (const blank of [null, undefined, "", [[null]], [[""]]]) {
      expect(thrownMessage(() => withReader({ cost: ["cost", blank] }, (read) => read.requiredNumber("cost")))).toBe(
        "F: cost is blank; enter a number",
      );
      expect(
        thrownMessage(() =>
          withReader({ method: ["method", blank] }, (read) => read.requiredChoice("method", ["LFL", "WW"])),
        ),
      ).toBe("F: method is blank; enter one of LFL, WW");
    }
  });
});

describe("read.optionalLogical", () => {
  const logical = (value: unknown) =>
    withReader({ incremental: ["incremental", value] }, (read) => read.optionalLogical("incremental"));

  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [" true ", true],
    ["False", false],
    [[[true]], true],
    [[[0]], false],
  ])("%p reads as %p", (value, expected) => {
    expect(logical(value)).toBe(expected);
  });

  test("omitted or blank gives undefined", () => {
    for (const blank of [null, undefined, "", [[null]], [[""]]]) expect(logical(blank)).toBeUndefined();
  });

  test("other values and ranges fail the call", () => {
    expect(thrownMessage(() => logical("yes"))).toBe('F: incremental must be TRUE or FALSE (got text "yes")');
    expect(thrownMessage(() => logical(2))).toBe("F: incremental must be TRUE or FALSE (got 2)");
    expect(thrownMessage(() => logical([[true], [false]]))).toBe(
      "F: incremental must be a single value, TRUE or FALSE",
    );
  });
});

describe("read.flags", () => {
  const flags = (value: unknown) => withReader({ on_time: ["on_time", value] }, (read) => read.flags("on_time"));

  test("TRUE/FALSE and 1/0 read as 1/0, other numbers pass through, blanks as null; the shape is kept", () => {
    expect(flags([[true], [false], [1], [0], [2], [null], [""]])).toEqual({
      name: "on_time",
      shape: { rows: 7, columns: 1 },
      values: [1, 0, 1, 0, 2, null, null],
    });
  });

  test("text fails the call at its cell in flag terms, before any other bad cell", () => {
    expect(thrownMessage(() => flags([[true], ["yes"]]))).toBe(
      'F: on_time (row 2) must be TRUE or FALSE, or 1 or 0 (got text "yes")',
    );
    expect(thrownMessage(() => flags([[true, true, "no"]]))).toBe(
      'F: on_time (column 3) must be TRUE or FALSE, or 1 or 0 (got text "no")',
    );
    expect(thrownMessage(() => flags([[Number.NaN], [" "]]))).toBe(
      'F: on_time (row 2) must be TRUE or FALSE, or 1 or 0 (got text " ")',
    );
    expect(thrownMessage(() => flags([[1, Number.NaN]]))).toBe(
      "F: on_time (column 2) must be a finite number (got NaN)",
    );
  });

  test("a core error about item k names its cell", () => {
    const otif = (value: unknown) =>
      withReader({ onTime: ["on_time", value] }, (read) => {
        const list = read.flags("onTime");
        list.values.forEach((v, index) => {
          if (v !== null && v > 1) throw new InputError("onTime", "must be TRUE or FALSE (or 1 or 0)", v, { index });
        });
        return list.values;
      });
    expect(
      thrownMessage(() =>
        otif([
          [1, 0],
          [0, 5],
        ]),
      ),
    ).toBe("F: on_time (row 2, column 2) must be TRUE or FALSE (or 1 or 0) (got 5)");
  });
});

describe("read.series and read.figures", () => {
  const figures = (value: unknown) =>
    withReader({ demand: ["demand", value] }, (read) => {
      const series = read.series("demand");
      return { shape: series.shape, figures: read.figures(series) };
    });

  test("a column or a row; figures up to the last one, trailing blanks dropped", () => {
    expect(figures([[10], [0], [30], [null], [""]])).toEqual({ shape: { rows: 5, columns: 1 }, figures: [10, 0, 30] });
    expect(figures([[10, 20]])).toEqual({ shape: { rows: 1, columns: 2 }, figures: [10, 20] });
    expect(figures([[null], [null]])).toEqual({ shape: { rows: 2, columns: 1 }, figures: [] });
  });

  test("a 2-D range and wrong types fail the call", () => {
    expect(
      thrownMessage(() =>
        figures([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe("F: demand must be a single column or a single row of periods (got 2 rows × 2 columns)");
    expect(thrownMessage(() => figures([[1], ["x"]]))).toBe('F: demand (row 2) must be a number (got text "x")');
  });

  test("a blank between figures fails the call at its cell", () => {
    expect(thrownMessage(() => figures([[10], [null], [30]]))).toBe(
      "F: demand (row 2) is blank between periods with demand; enter 0 for a period without demand",
    );
    expect(thrownMessage(() => figures([[10, 20, "", 30]]))).toBe(
      "F: demand (column 3) is blank between periods with demand; enter 0 for a period without demand",
    );
  });
});

describe("read.history and itemOutputs", () => {
  /** A per-item model: the row's sum; a negative figure is that item's InputError naming its period. */
  const sums = (rows: ReadonlyArray<ReadonlyArray<number | null>>) =>
    rows.map((row) => {
      if (row.every((v) => v === null)) return null;
      const bad = row.findIndex((v) => v !== null && v < 0);
      if (bad >= 0) return new InputError("demandHistory", "must be zero or more", row[bad], { index: bad });
      return row.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    });
  const rowSums = (value: unknown) =>
    withReader({ demandHistory: ["demand_history", value] }, (read) => {
      const history = read.history("demandHistory");
      return read.itemOutputs(sums(history.rows), history);
    });

  test('one result per row, as a column; blank periods skipped; a blank row gives ""', () => {
    expect(
      rowSums([
        [1, 2, null],
        ["", null, null],
        [3, "", 4],
      ]),
    ).toEqual([[3], [""], [7]]);
    expect(rowSums([[5, 6]])).toEqual([[11]]);
  });

  test("a single column of several rows is one item's history, its periods down the column", () => {
    expect(rowSums([[1], [2], [null], [4]])).toEqual([[7]]);
    expect(rowSums([[5]])).toEqual([[5]]);
    expect(valueErrorMessage(rowSums([[1], ["x"], [3]])[0]?.[0])).toBe(
      'F: demand_history (row 2) must be a number (got text "x")',
    );
    expect(valueErrorMessage(rowSums([[1], [-2], [3]])[0]?.[0])).toBe(
      "F: demand_history (row 2) must be zero or more (got -2)",
    );
  });

  test("a cell that is not a number costs only its row, naming row and column", () => {
    const result = rowSums([
      [1, 2],
      [true, "x"],
      [3, 4],
    ]);
    expect(result[0]).toEqual([3]);
    expect(valueErrorMessage(result[1]?.[0])).toBe(
      "F: demand_history (row 2, column 1) must be a number, not a logical value (got TRUE)",
    );
    expect(result[2]).toEqual([7]);
    expect(
      valueErrorMessage(
        rowSums([
          [1, 2],
          ["1", 2],
        ])[1]?.[0],
      ),
    ).toBe(
      'F: demand_history (row 2, column 1) must be a number, not text (got text "1"; the cell holds a number stored as text: convert it with VALUE())',
    );
  });

  test("an item's core error names its row and period", () => {
    const result = rowSums([
      [1, 2],
      [3, -4],
    ]);
    expect(valueErrorMessage(result[1]?.[0])).toBe("F: demand_history (row 2, column 2) must be zero or more (got -4)");
  });

  test("ragged, empty and oversized histories fail the call; the cap is ten full columns", () => {
    expect(thrownMessage(() => rowSums([[1, 2], [3]]))).toBe(
      "F: demand_history is not a rectangular range (row 2 differs from row 1)",
    );
    expect(thrownMessage(() => rowSums([[]]))).toBe("F: demand_history is an empty range");
    const row = new Array<number>(1024).fill(1); // shared: the range is large, the memory is not
    expect(rowSums(Array.from({ length: 1025 }, () => row))).toHaveLength(1025); // more than one column's cells
    expect(thrownMessage(() => rowSums(Array.from({ length: 10_241 }, () => row)))).toBe(
      "F: demand_history has 10,486,784 cells; at most 10,485,760 (ten full columns) are allowed",
    );
  });

  test("with values, results take its shape and an error about values names its cell", () => {
    const valued = (values: unknown, history: unknown) =>
      withReader({ values: ["values", values], demandHistory: ["demand_history", history] }, (read) => {
        const list = read.numbers("values");
        const rows = read.history("demandHistory");
        read.onePerItem(list, rows);
        const results = sums(rows.rows).map((result, item) =>
          list.values[item] === null ? new InputError("values", "is blank", null) : result,
        );
        return read.itemOutputs(results, rows, list);
      });
    const result = valued(
      [[1, null]],
      [
        [1, 2],
        [3, 4],
      ],
    );
    expect(result[0]?.[0]).toBe(3);
    expect(valueErrorMessage(result[0]?.[1])).toBe("F: values (column 2) is blank (got a blank)");
    expect(
      thrownMessage(() =>
        valued(
          [[1], [2], [3]],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      ),
    ).toBe(
      "F: values is 3 rows × 1 column but demand_history is 2 rows × 2 columns; give one value per row of demand_history",
    );
  });
});

describe("read.sameShape, read.sameCount and read.alignedOrSingle", () => {
  /** Reads book_qty and tolerance as lists and hands both to `check`. */
  const lists = <T>(
    a: unknown,
    b: unknown,
    check: (read: ArgumentReader, book: ListArgument, tol: ListArgument) => T,
  ) =>
    withReader({ book: ["book_qty", a], tolerance: ["tolerance", b] }, (read) =>
      check(read, read.numbers("book"), read.numbers("tolerance")),
    );

  test("sameShape: equal shapes pass; others fail naming both; orSingle lets the second be one cell", () => {
    expect(lists([[1], [2]], [[3], [4]], (read, a, b) => read.sameShape(a, b))).toBeUndefined();
    expect(thrownMessage(() => lists([[1], [2]], [[3, 4]], (read, a, b) => read.sameShape(a, b)))).toBe(
      "F: book_qty is 2 rows × 1 column but tolerance is 1 row × 2 columns; ranges must have the same shape",
    );
    expect(lists([[1], [2]], [[0.1]], (read, a, b) => read.sameShape(a, b, { orSingle: true }))).toBeUndefined();
    expect(
      thrownMessage(() => lists([[1], [2], [3]], [[1], [2]], (read, a, b) => read.sameShape(a, b, { orSingle: true }))),
    ).toBe(
      "F: book_qty is 3 rows × 1 column but tolerance is 2 rows × 1 column; ranges must have the same shape, or tolerance be a single value",
    );
  });

  test("sameCount: any shapes with one cell each per item", () => {
    expect(lists([[1, 2]], [[3], [4]], (read, a, b) => read.sameCount(a, b, "give one per value"))).toBeUndefined();
    expect(
      thrownMessage(() => lists([[1], [2]], [[3]], (read, a, b) => read.sameCount(a, b, "give one per value"))),
    ).toBe("F: book_qty has 2 cells but tolerance has 1 cell; give one per value");
  });

  test("alignedOrSingle: a range as its values, one cell as its number", () => {
    const aligned = (a: unknown, b: unknown) =>
      lists(a, b, (read, rows, list) => read.alignedOrSingle(list, [rows], "a fraction"));
    expect(aligned([[1], [2]], [[0.1], [null]])).toEqual([0.1, null]);
    expect(aligned([[1], [2]], [[0.1]])).toBe(0.1);
  });

  test("alignedOrSingle: one blank cell is undefined when every row is blank, else an error", () => {
    const aligned = (a: unknown, b: unknown) =>
      lists(a, b, (read, rows, list) => read.alignedOrSingle(list, [rows], "a fraction"));
    expect(aligned([[null], [""]], [[null]])).toBeUndefined();
    expect(thrownMessage(() => aligned([[null], [2]], [[""]]))).toBe("F: tolerance is blank; enter a fraction");
  });
});

describe("layout: reshape, oneCell, alongSeries, resultOutput", () => {
  test('reshape lays results out row by row, errors included; null becomes ""', () => {
    const error = valueError("F: bad");
    expect(reshape({ rows: 2, columns: 2 }, [1, null, error, "A"])).toEqual([
      [1, ""],
      [error, "A"],
    ]);
  });

  test('oneCell gives a 1 × 1 spill, "" for nothing', () => {
    expect(oneCell(0.5)).toEqual([[0.5]]);
    expect(oneCell(null)).toEqual([[""]]);
  });

  test("alongSeries: a column gives a row per item; a row gives a row per output", () => {
    const items: Output[][] = [
      [1, 2],
      ["", ""],
    ];
    expect(alongSeries({ rows: 2, columns: 1 }, items)).toEqual([
      [1, 2],
      ["", ""],
    ]);
    expect(alongSeries({ rows: 1, columns: 2 }, items)).toEqual([
      [1, ""],
      [2, ""],
    ]);
  });

  test("resultOutput picks an output by name, the first by default; others list the choices", () => {
    const outputs = { quantity: (r: { q: number; c: number }) => r.q, cost: (r: { q: number; c: number }) => r.c };
    expect(resultOutput("F", null, outputs)({ q: 1, c: 2 })).toBe(1);
    expect(resultOutput("F", [[""]], outputs)({ q: 1, c: 2 })).toBe(1);
    expect(resultOutput("F", " COST ", outputs)({ q: 1, c: 2 })).toBe(2);
    expect(thrownMessage(() => resultOutput("F", "size", outputs))).toBe(
      'F: result must be "quantity" or "cost" (got text "size")',
    );
  });
});
