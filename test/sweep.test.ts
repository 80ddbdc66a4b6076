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

const CALLS_PER_FUNCTION = 240;
const bundle = loadBundle();

/** A small deterministic generator (mulberry32), seeded per function: failures reproduce. */
function generator(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 1779033703);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_CELLS: unknown[] = [
  null,
  "",
  " ",
  "text",
  "12",
  "95%",
  "-3",
  true,
  false,
  -1,
  -0.5,
  -1e308,
  0,
  1e308,
  -5e-324,
  5e-324,
  1e-308,
  Number.MAX_SAFE_INTEGER,
  { type: "error" },
];
const GOOD_CELLS: unknown[] = [1, 2, 3, 0.5, 0.9, 0.95, 0.05, 0.2, 5, 10, 12, 100, 250, 1300, 0.225, 8, 1000, 1e6];
const WORDS: unknown[] = ["value", "count", "quantity", "cost", "price", "backorders", "max_inventory", "cycle_time"];
const METHODS: unknown[] = ["LFL", "FOQ", "EOQ", "POQ", "FPR", "LUC", "PPB", "SM", "WW", "lfl", "ww", "bogus"];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function cell(random: Random): unknown {
  const roll = random();
  if (roll < 0.45) return pick(random, BAD_CELLS);
  if (roll < 0.9) return pick(random, GOOD_CELLS);
  return pick(random, roll < 0.95 ? WORDS : METHODS);
}

function matrix(random: Random, rows: number, columns: number, fill: (r: Random) => unknown = cell): unknown[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill(random)));
}

// Built once and shared: a range over the one-column limit, a large allowed one, and a full blank column.
const OVERSIZED = Array.from({ length: 1100 }, () => new Array<number>(1000).fill(1));
const LARGE = Array.from({ length: 20_000 }, (_, i) => [(i % 97) + 1]);
const BLANK_COLUMN = Array.from({ length: 5_000 }, () => [null]);

function rangeArgument(random: Random, size: { rows: number; columns: number }): unknown {
  const roll = random();
  if (roll < 0.3) return [[cell(random)]];
  if (roll < 0.55) return matrix(random, size.rows, size.columns);
  if (roll < 0.62) return matrix(random, size.rows, size.columns, (r) => pick(r, GOOD_CELLS));
  if (roll < 0.68) return matrix(random, 1 + Math.floor(random() * 6), 1 + Math.floor(random() * 6));
  if (roll < 0.73) return [[1, 2], [3]]; // ragged
  if (roll < 0.76) return random() < 0.5 ? [] : [[]];
  if (roll < 0.81) return matrix(random, size.rows, size.columns, () => pick(random, [null, "", 0]));
  if (roll < 0.83) return OVERSIZED;
  if (roll < 0.85) return LARGE;
  if (roll < 0.87) return BLANK_COLUMN;
  return cell(random); // off-contract: a bare value where a matrix is declared
}

/** Autocomplete choices (`@customenum`) a parameter declares, so that option arguments are often valid. */
const enums = new Map(
  ((bundle.metadata as { enums?: Array<{ id: string; values: Array<{ stringValue?: string }> }> }).enums ?? []).map(
    (e) => [e.id, e.values.map((v) => v.stringValue).filter((v): v is string => typeof v === "string")] as const,
  ),
);

function argumentsFor(fn: FunctionMetadata, random: Random): unknown[] {
  // One common shape per call, so that ranges often agree and the elementwise paths run.
  const size = { rows: 1 + Math.floor(random() * 8), columns: random() < 0.7 ? 1 : 1 + Math.floor(random() * 4) };
  const args: unknown[] = [];
  for (const parameter of fn.parameters) {
    if (parameter.optional && random() < 0.35) {
      args.push(null);
      continue;
    }
    const choices = enums.get((parameter as { customEnumId?: string }).customEnumId ?? "");
    if (choices && choices.length > 0 && random() < 0.6) {
      const choice = pick(random, choices);
      args.push(random() < 0.2 ? choice.toUpperCase() : choice);
    } else if (parameter.dimensionality === "matrix") args.push(rangeArgument(random, size));
    else args.push(random() < 0.9 ? cell(random) : matrix(random, 2, 1));
  }
  // Sometimes leave trailing arguments out altogether.
  if (random() < 0.1) args.length = Math.floor(random() * args.length);
  return args;
}

function describeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    Array.isArray(value) && value.length > 12 ? `[${value.length} rows]` : value,
  );
}

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
      const args = argumentsFor(fn, random);
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
