/*
 * The bad-input sweep. Every function registered in the built bundle (read from
 * dist/functions.json, so functions added later are swept automatically) is
 * called with generated bad and edge arguments: null, "", text, numbers stored
 * as text, booleans, negatives, 0, ±1e308, tiny numbers, error-like objects,
 * ragged, empty, huge (over one column) and large 2-D ranges, ranges of blanks,
 * missing arguments, and some valid values so that deeper code runs too.
 *
 * A call passes when it either
 * - returns a value (a matrix for matrix results) whose every element is a finite
 *   number, a string ("" for blanks) or a CustomFunctions.Error with a message, or
 * - throws a CustomFunctions.Error with a message.
 * Anything else (another exception, NaN, ±Infinity, null, undefined, a ragged or
 * empty matrix) fails the sweep and prints the arguments.
 */
import { loadBundle, type FunctionMetadata, type RuntimeError } from "./support/bundle";
import { argumentsFor, describeArgs, enumChoices, generator } from "./support/sweepArguments";

const CALLS_PER_FUNCTION = 240;
const bundle = loadBundle();
const enums = enumChoices(bundle.metadata);

/** Returns why an element is not acceptable, or undefined when it is. */
function badElement(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `the number ${value}`;
  if (typeof value === "string") return undefined;
  if (value instanceof bundle.ErrorClass) return badError(value);
  return `a ${value === null ? "null" : typeof value} element (${String(value)})`;
}

function badError(error: RuntimeError): string | undefined {
  if (!["#VALUE!", "#N/A"].includes(error.code))
    return `error code ${error.code} (only #VALUE! and #N/A show a message)`;
  if (typeof error.message !== "string" || error.message.trim() === "") return `an error without a message`;
  return undefined;
}

function badResult(fn: FunctionMetadata, result: unknown): string | undefined {
  if (fn.result?.dimensionality !== "matrix") return badElement(result);
  if (!Array.isArray(result) || result.length === 0) return `a matrix result that is ${JSON.stringify(result)}`;
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width <= 0) return "a matrix result with an empty or missing first row";
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== width) return "a ragged matrix result";
    for (const element of row) {
      const why = badElement(element);
      if (why) return why;
    }
  }
  return undefined;
}

describe("bad-input sweep over every registered function", () => {
  const functions = bundle.metadata.functions;

  test("the sweep sees every function the bundle registers", () => {
    expect(functions.length).toBeGreaterThanOrEqual(3);
    expect(functions.map((f) => f.id).sort()).toEqual([...bundle.functions.keys()].sort());
  });

  test.each(functions.map((fn) => [fn.id, fn] as const))("%s", (_id, fn) => {
    const random = generator(fn.id);
    const failures: string[] = [];
    let returned = 0;
    let thrownErrors = 0;
    for (let i = 0; i < CALLS_PER_FUNCTION; i++) {
      const args = argumentsFor(fn, random, enums);
      let why: string | undefined;
      try {
        why = badResult(fn, bundle.call(fn.id, ...args));
        returned++;
      } catch (error) {
        thrownErrors++;
        why =
          error instanceof bundle.ErrorClass
            ? badError(error)
            : `an uncaught ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`;
      }
      if (why) failures.push(`${fn.id}(${describeArgs(args)}) gave ${why}`);
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
    // Every call counts, whether it computed or was refused as a whole (valid inputs are the
    // business of each family's bundle test; list functions rarely get one from random cells).
    expect(returned + thrownErrors).toBeGreaterThanOrEqual(200);
  });
});
