/*
 * The names in the built functions.json as Excel accepts them. Excel refuses to
 * register custom functions whose id or name is shorter than three characters,
 * longer than 128, starts with something other than a letter, or uses characters
 * other than letters, digits, periods and underscores; ids must be unique; and a
 * parameter name is letters, digits and underscores, starting with a letter.
 */
import { loadBundle } from "./support/bundle";

const { functions } = loadBundle().metadata;

/** Excel's rule for a custom function's id and name. */
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9._]{2,127}$/;
/** Excel's rule for a parameter name. */
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

describe("functions.json names", () => {
  test("the bundle declares functions", () => {
    expect(functions.length).toBeGreaterThan(10);
  });

  test.each(functions.map((fn) => [fn.id, fn]))(
    "%s: id and name are 3 to 128 letters, digits, periods or underscores, starting with a letter",
    (_id, fn) => {
      expect(fn.id).toMatch(FUNCTION_NAME);
      expect(fn.name).toMatch(FUNCTION_NAME);
    },
  );

  test.each(functions.map((fn) => [fn.id, fn]))(
    "%s: every parameter name is letters, digits or underscores, starting with a letter",
    (_id, fn) => {
      for (const parameter of fn.parameters) expect(parameter.name).toMatch(PARAMETER_NAME);
    },
  );

  test("ids are unique (Excel compares them without regard to case)", () => {
    const ids = functions.map((fn) => fn.id.toUpperCase());
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  test("the rules catch what Excel refuses", () => {
    for (const bad of ["CV", "1EOQ", "_EOQ", "EOQ-COST", "EOQ COST", "A".repeat(129)]) {
      expect(bad).not.toMatch(FUNCTION_NAME);
    }
    for (const good of ["EOQ", "COEFVAR", "A.B_C", "A".repeat(128)]) expect(good).toMatch(FUNCTION_NAME);
    for (const bad of ["1x", "_x", "a.b", "a b", ""]) expect(bad).not.toMatch(PARAMETER_NAME);
  });
});
