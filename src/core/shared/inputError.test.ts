import { InputError, formatValue } from "./inputError";

describe("InputError", () => {
  test("names the argument, the rule and the value; keeps each as a field", () => {
    const error = new InputError("demand", "must be zero or more", -5);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.message).toBe("demand must be zero or more (got -5)");
    expect(error.argument).toBe("demand");
    expect(error.rule).toBe("must be zero or more");
    expect(error.value).toBe(-5);
    expect(error.hint).toBeUndefined();
    expect(error.index).toBeUndefined();
  });

  test("an index names the item, counted from 1", () => {
    const error = new InputError("values", "must be a finite number, zero or more", -1, { index: 2 });
    expect(error.message).toBe("values at item 3 must be a finite number, zero or more (got -1)");
    expect(error.index).toBe(2);
  });

  test("index 0 is the first item, not a missing index", () => {
    expect(new InputError("values", "must be greater than 0", 0, { index: 0 }).message).toBe(
      "values at item 1 must be greater than 0 (got 0)",
    );
  });

  test("an index given as undefined is no index", () => {
    expect(new InputError("demand", "must be zero or more", -5, { index: undefined }).message).toBe(
      "demand must be zero or more (got -5)",
    );
  });

  test("a hint follows the value", () => {
    const error = new InputError("serviceLevel", "must be between 0 and 1, both excluded", 95, {
      hint: "for 95% enter 0.95 or 95%",
    });
    expect(error.message).toBe(
      "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    );
    expect(error.hint).toBe("for 95% enter 0.95 or 95%");
  });

  test("an empty or undefined hint adds nothing", () => {
    expect(new InputError("a", "must be 1", 2, { hint: "" }).message).toBe("a must be 1 (got 2)");
    expect(new InputError("a", "must be 1", 2, { hint: undefined }).message).toBe("a must be 1 (got 2)");
  });

  test("an index and a hint together", () => {
    expect(
      new InputError("tolerance", "must be between 0 and 1", 5, { index: 1, hint: "for 5% enter 0.05" }).message,
    ).toBe("tolerance at item 2 must be between 0 and 1 (got 5; for 5% enter 0.05)");
  });

  test("a blank value", () => {
    expect(new InputError("ordered", "is blank for a line with units shipped", null, { index: 0 }).message).toBe(
      "ordered at item 1 is blank for a line with units shipped (got a blank)",
    );
  });
});

describe("formatValue", () => {
  test.each<[number, string]>([
    [1300, "1300"],
    [-4, "-4"],
    [0, "0"],
    [-0, "0"],
    [0.225, "0.225"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.3333333333"],
    [1234567.891234, "1234567.891"],
    [123456789012345, "123456789012345"],
    [1e15, "1000000000000000"],
    [1234567890123456800, "1234567890000000000"],
    [1e21, "1e+21"],
    [1e-7, "1e-7"],
  ])("the number %p is shown as %s (up to 10 significant digits, whole numbers below 1e15 in full)", (value, shown) => {
    expect(formatValue(value)).toBe(shown);
  });

  test("NaN and the infinities are named", () => {
    expect(formatValue(Number.NaN)).toBe("NaN");
    expect(formatValue(Infinity)).toBe("Infinity");
    expect(formatValue(-Infinity)).toBe("-Infinity");
  });

  test("text is quoted, and cut after 40 characters", () => {
    expect(formatValue("abc")).toBe('text "abc"');
    expect(formatValue("")).toBe('text ""');
    const forty = "x".repeat(40);
    expect(formatValue(forty)).toBe(`text "${forty}"`);
    expect(formatValue(forty + "y")).toBe(`text "${forty}…"`);
  });

  test("logical values as Excel shows them", () => {
    expect(formatValue(true)).toBe("TRUE");
    expect(formatValue(false)).toBe("FALSE");
  });

  test("null and undefined are a blank", () => {
    expect(formatValue(null)).toBe("a blank");
    expect(formatValue(undefined)).toBe("a blank");
  });

  test("anything else as JavaScript writes it", () => {
    expect(formatValue([1, 2])).toBe("1,2");
    expect(formatValue(BigInt(5))).toBe("5");
  });
});
