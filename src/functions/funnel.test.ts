import { InputError } from "../core/shared/inputError";
import {
  MAX_CELLS,
  choiceArgument,
  elementwise,
  elementwiseColumns,
  guarded,
  numberArgument,
  reshape,
  type Output,
} from "./funnel";

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

function valueErrorMessage(result: unknown): string {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  const error = result as CustomFunctions.Error;
  expect(error.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  return error.message ?? "";
}

function thrownMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return valueErrorMessage(error);
  }
  throw new Error("expected a #VALUE! error to be thrown");
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

  test('a blank row gives "" (blank as null, "" or 0 in ranges)', () => {
    expect(add([[1], [null], [""], [0]], [[1], [null], [""], [0]])).toEqual([[2], [""], [""], [""]]);
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
    guarded("SUMOF", { values: "values" }, (read) => {
      const list = read.numbers("values", values);
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

  test("a single-value option refuses a range", () => {
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

  test("ranges with several columns are refused", () => {
    expect(thrownMessage(() => spread([[1, 2]]))).toBe(
      "SPREAD: center must be a single value or a single column (got 1 row × 2 columns); the result has 3 columns per row",
    );
  });
});
