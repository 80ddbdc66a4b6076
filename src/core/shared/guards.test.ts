import fc from "fast-check";
import {
  type Guard,
  percentHint,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireNonNegative,
  requireOpenFraction,
  requirePositive,
  requireShare,
  withDefault,
} from "./guards";
import { InputError } from "./inputError";

/** The InputError that `run` throws; fails the test when it throws nothing or something else. */
function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}

const NOT_FINITE = [Number.NaN, Infinity, -Infinity];

describe("requireFinite", () => {
  test.each([0, -0, -1e308, 1e308, Number.MIN_VALUE, -3.5])("returns %p as given", (value) => {
    expect(requireFinite(value, "x")).toBe(value);
  });

  test.each(NOT_FINITE)("refuses %p", (value) => {
    const error = thrown(() => requireFinite(value, "demand"));
    expect(error.argument).toBe("demand");
    expect(error.rule).toBe("must be a finite number");
    expect(error.value).toBe(value);
    expect(error.index).toBeUndefined();
  });

  test("names the list element", () => {
    expect(() => requireFinite(Number.NaN, "actuals", 0)).toThrow(
      "actuals at item 1 must be a finite number (got NaN)",
    );
  });
});

describe("requireNonNegative", () => {
  test.each([0, -0, 1e-300, 1300, 1e308])("returns %p as given", (value) => {
    expect(requireNonNegative(value, "x")).toBe(value);
  });

  test("a single value names the condition it failed", () => {
    expect(() => requireNonNegative(-1, "demand")).toThrow(new InputError("demand", "must be zero or more", -1));
    expect(() => requireNonNegative(-1e-300, "demand")).toThrow("demand must be zero or more (got -1e-300)");
    expect(() => requireNonNegative(Number.NaN, "demand")).toThrow("demand must be a finite number (got NaN)");
    expect(() => requireNonNegative(Infinity, "demand")).toThrow("demand must be a finite number (got Infinity)");
  });

  test("a list element states the whole rule and its position", () => {
    const error = thrown(() => requireNonNegative(-2, "requirements", 3));
    expect(error.message).toBe("requirements at item 4 must be a finite number, zero or more (got -2)");
    expect(error.index).toBe(3);
    expect(error.value).toBe(-2);
    expect(() => requireNonNegative(-Infinity, "requirements", 0)).toThrow(
      "requirements at item 1 must be a finite number, zero or more (got -Infinity)",
    );
  });

  test("no percent hint: a quantity is not a fraction", () => {
    expect(thrown(() => requireNonNegative(-50, "demand")).hint).toBeUndefined();
  });
});

describe("requirePositive", () => {
  test.each([Number.MIN_VALUE, 0.225, 1e308])("returns %p as given", (value) => {
    expect(requirePositive(value, "x")).toBe(value);
  });

  test.each([0, -0, -1])("refuses %p", (value) => {
    expect(() => requirePositive(value, "holdingCost")).toThrow(
      `holdingCost must be greater than 0 (got ${value === -1 ? "-1" : "0"})`,
    );
  });

  test("not finite", () => {
    expect(() => requirePositive(Number.NaN, "holdingCost")).toThrow("holdingCost must be a finite number (got NaN)");
  });

  test("a list element states the whole rule and its position", () => {
    expect(() => requirePositive(0, "unitPrices", 1)).toThrow(
      "unitPrices at item 2 must be a finite number greater than 0 (got 0)",
    );
    expect(() => requirePositive(Infinity, "unitPrices", 1)).toThrow(
      "unitPrices at item 2 must be a finite number greater than 0 (got Infinity)",
    );
  });
});

describe("the fraction guards", () => {
  test("requireFraction: 0 ≤ value ≤ 1", () => {
    expect(requireFraction(0, "x")).toBe(0);
    expect(requireFraction(1, "x")).toBe(1);
    expect(requireFraction(0.02, "x")).toBe(0.02);
    expect(() => requireFraction(-0.1, "tolerance")).toThrow("tolerance must be between 0 and 1 (got -0.1)");
    expect(() => requireFraction(2, "tolerance")).toThrow(
      "tolerance must be between 0 and 1 (got 2; for 2% enter 0.02 or 2%)",
    );
  });

  test("requireOpenFraction: 0 < value < 1", () => {
    expect(requireOpenFraction(0.95, "x")).toBe(0.95);
    expect(requireOpenFraction(Number.MIN_VALUE, "x")).toBe(Number.MIN_VALUE);
    expect(() => requireOpenFraction(0, "serviceLevel")).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 0)",
    );
    expect(() => requireOpenFraction(1, "serviceLevel")).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 1)",
    );
    expect(() => requireOpenFraction(95, "serviceLevel")).toThrow(
      "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
  });

  test("requireShare: 0 < value ≤ 1", () => {
    expect(requireShare(1, "x")).toBe(1);
    expect(requireShare(0.8, "x")).toBe(0.8);
    expect(() => requireShare(0, "aCutoff")).toThrow("aCutoff must be greater than 0 and at most 1 (got 0)");
    expect(() => requireShare(80, "aCutoff")).toThrow(
      "aCutoff must be greater than 0 and at most 1 (got 80; for 80% enter 0.8 or 80%)",
    );
  });

  test.each<[string, Guard]>([
    ["requireFraction", requireFraction],
    ["requireOpenFraction", requireOpenFraction],
    ["requireShare", requireShare],
  ])("%s: not finite is said so, with no hint", (_, guard) => {
    for (const value of NOT_FINITE) {
      const error = thrown(() => guard(value, "rate"));
      expect(error.rule).toBe("must be a finite number");
      expect(error.hint).toBeUndefined();
    }
  });

  test.each<[string, Guard, string]>([
    ["requireFraction", requireFraction, "must be between 0 and 1"],
    ["requireOpenFraction", requireOpenFraction, "must be between 0 and 1, both excluded"],
    ["requireShare", requireShare, "must be greater than 0 and at most 1"],
  ])("%s names a list element, with the hint", (_, guard, rule) => {
    const error = thrown(() => guard(5, "tolerance", 1));
    expect(error.message).toBe(`tolerance at item 2 ${rule} (got 5; for 5% enter 0.05 or 5%)`);
    expect(error.index).toBe(1);
    expect(error.hint).toBe("for 5% enter 0.05 or 5%");
    expect(thrown(() => guard(Number.NaN, "tolerance", 1)).message).toBe(
      "tolerance at item 2 must be a finite number (got NaN)",
    );
  });

  test("no hint where the value cannot be a percent", () => {
    expect(thrown(() => requireFraction(-5, "x")).hint).toBeUndefined();
    expect(thrown(() => requireFraction(250, "x")).hint).toBeUndefined();
  });
});

describe("percentHint", () => {
  test.each<[number, string]>([
    [95, "for 95% enter 0.95 or 95%"],
    [100, "for 100% enter 1 or 100%"],
    [1.5, "for 1.5% enter 0.015 or 1.5%"],
    // 14.3 / 100 is 0.14300000000000002 in binary: the hint shows what a user would type.
    [14.3, "for 14.3% enter 0.143 or 14.3%"],
  ])("%p: %s", (value, hint) => {
    expect(percentHint(value)).toBe(hint);
  });

  test.each([1, 0.5, 0, -95, 100.5, 1e6, Number.NaN, Infinity])("none for %p, which cannot be a percent", (value) => {
    expect(percentHint(value)).toBeUndefined();
  });
});

describe("withDefault", () => {
  test("an omitted input takes the default, unchecked", () => {
    expect(withDefault(undefined, 250, requirePositive, "workingDays")).toBe(250);
    expect(withDefault(undefined, undefined, requirePositive, "orderQuantity")).toBeUndefined();
    // The default is the model's own: the guard does not judge it.
    expect(withDefault(undefined, -1, requireNonNegative, "x")).toBe(-1);
  });

  test("a given input goes through the guard, and its error names the argument", () => {
    expect(withDefault(240, 250, requirePositive, "workingDays")).toBe(240);
    expect(withDefault(0, 250, requireNonNegative, "orderCycle")).toBe(0);
    expect(() => withDefault(0, 250, requirePositive, "workingDays")).toThrow(
      "workingDays must be greater than 0 (got 0)",
    );
    expect(() => withDefault(80, 0.8, requireShare, "aCutoff")).toThrow(
      "aCutoff must be greater than 0 and at most 1 (got 80; for 80% enter 0.8 or 80%)",
    );
  });
});

describe("requireFiniteResult", () => {
  test("a finite result passes", () => {
    expect(requireFiniteResult(304.0467800264, "order quantity")).toBe(304.0467800264);
    expect(requireFiniteResult(-1, "reorder point")).toBe(-1);
  });

  test("an overflow is the inputs' error, as a whole", () => {
    const error = thrown(() => requireFiniteResult(1e308 * 10, "order quantity"));
    expect(error.message).toBe("inputs are too large for a finite order quantity (got Infinity)");
    expect(error.argument).toBe("inputs");
    expect(() => requireFiniteResult(Number.NaN, "total")).toThrow("inputs are too large for a finite total (got NaN)");
  });
});

describe("every guard, on any number", () => {
  const guards: Array<[string, Guard, (value: number) => boolean]> = [
    ["requireFinite", requireFinite, (v) => Number.isFinite(v)],
    ["requireNonNegative", requireNonNegative, (v) => Number.isFinite(v) && v >= 0],
    ["requirePositive", requirePositive, (v) => Number.isFinite(v) && v > 0],
    ["requireFraction", requireFraction, (v) => v >= 0 && v <= 1],
    ["requireOpenFraction", requireOpenFraction, (v) => v > 0 && v < 1],
    ["requireShare", requireShare, (v) => v > 0 && v <= 1],
  ];

  test.each(guards)(
    "%s returns the value itself when it keeps the rule, else throws an InputError about it",
    (_, guard, keeps) => {
      fc.assert(
        fc.property(fc.double(), fc.option(fc.nat(1000), { nil: undefined }), (value, index) => {
          if (keeps(value)) {
            expect(Object.is(guard(value, "x", index), value)).toBe(true);
            return;
          }
          const error = thrown(() => guard(value, "x", index));
          expect(Object.is(error.value, value)).toBe(true);
          expect(error.argument).toBe("x");
          expect(error.index).toBe(index);
          expect(error.message.startsWith(index === undefined ? "x must be" : `x at item ${index + 1} must be`)).toBe(
            true,
          );
        }),
      );
    },
  );
});
