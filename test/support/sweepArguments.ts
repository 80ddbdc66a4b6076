/*
 * The arguments the bad-input sweep (test/sweep.test.ts) calls every registered
 * function with, generated per function from a seed so that failures
 * reproduce: bad and edge cells (null, "", text, numbers stored as text,
 * booleans, negatives, 0, ±1e308, tiny numbers, error-like objects), ragged,
 * empty, huge and large ranges, ranges of blanks, missing arguments, and valid
 * values so that deeper code runs too. test/explain.bundle.test.ts calls
 * INV.EXPLAIN over the same arguments.
 */
import type { FunctionMetadata, LoadedBundle } from "./bundle";

/** A small deterministic generator (mulberry32), seeded per function: failures reproduce. */
export function generator(seedText: string): () => number {
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
export const GOOD_CELLS: unknown[] = [
  1, 2, 3, 0.5, 0.9, 0.95, 0.05, 0.2, 5, 10, 12, 100, 250, 1300, 0.225, 8, 1000, 1e6,
];
const WORDS: unknown[] = ["value", "count", "quantity", "cost", "price", "backorders", "max_inventory", "cycle_time"];
const METHODS: unknown[] = ["LFL", "FOQ", "EOQ", "POQ", "FPR", "LUC", "PPB", "SM", "WW", "lfl", "ww", "bogus"];

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** How a cell is drawn: {@link cell} (bad, good and option cells), or good cells only. */
export type CellSource = (random: Random) => unknown;

/** A cell as the sweep draws it: bad cells 45% of the time, good ones 45%, option words 10%. */
export function cell(random: Random): unknown {
  const roll = random();
  if (roll < 0.45) return pick(random, BAD_CELLS);
  if (roll < 0.9) return pick(random, GOOD_CELLS);
  return pick(random, roll < 0.95 ? WORDS : METHODS);
}

function matrix(random: Random, rows: number, columns: number, fill: (r: Random) => unknown): unknown[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill(random)));
}

// Built once and shared: a range over the one-column limit, a large allowed one, and a full blank column.
const OVERSIZED = Array.from({ length: 1100 }, () => new Array<number>(1000).fill(1));
const LARGE = Array.from({ length: 20_000 }, (_, i) => [(i % 97) + 1]);
const BLANK_COLUMN = Array.from({ length: 5_000 }, () => [null]);

function rangeArgument(random: Random, size: { rows: number; columns: number }, cellOf: CellSource): unknown {
  const roll = random();
  if (roll < 0.3) return [[cellOf(random)]];
  if (roll < 0.55) return matrix(random, size.rows, size.columns, cellOf);
  if (roll < 0.62) return matrix(random, size.rows, size.columns, (r) => pick(r, GOOD_CELLS));
  if (roll < 0.68) return matrix(random, 1 + Math.floor(random() * 6), 1 + Math.floor(random() * 6), cellOf);
  if (roll < 0.73) return [[1, 2], [3]]; // ragged
  if (roll < 0.76) return random() < 0.5 ? [] : [[]];
  if (roll < 0.81) return matrix(random, size.rows, size.columns, () => pick(random, [null, "", 0]));
  if (roll < 0.83) return OVERSIZED;
  if (roll < 0.85) return LARGE;
  if (roll < 0.87) return BLANK_COLUMN;
  return cellOf(random); // off-contract: a bare value where a matrix is declared
}

/** The autocomplete choices (`@customenum`) each enum of the bundle declares, by enum id. */
export type EnumChoices = ReadonlyMap<string, readonly string[]>;

/** Autocomplete choices (`@customenum`) the bundle's parameters declare, so that option arguments are often valid. */
export function enumChoices(metadata: LoadedBundle["metadata"]): EnumChoices {
  return new Map(
    ((metadata as { enums?: Array<{ id: string; values: Array<{ stringValue?: string }> }> }).enums ?? []).map(
      (e) => [e.id, e.values.map((v) => v.stringValue).filter((v): v is string => typeof v === "string")] as const,
    ),
  );
}

/** A good cell only: the valid values the sweep draws from. */
export const goodCell: CellSource = (random) => pick(random, GOOD_CELLS);

/**
 * One call's arguments for `fn`, drawn with `random`: options from the declared
 * choices 60% of the time, ranges for matrix parameters, single cells (now and
 * then a 2 × 1 range) for the others; optionals omitted 35% of the time and
 * trailing arguments left out 10%. `cellOf` draws the cells (the sweep's mix by
 * default).
 */
export function argumentsFor(
  fn: FunctionMetadata,
  random: Random,
  enums: EnumChoices,
  cellOf: CellSource = cell,
): unknown[] {
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
    } else if (parameter.dimensionality === "matrix") args.push(rangeArgument(random, size, cellOf));
    else args.push(random() < 0.9 ? cellOf(random) : matrix(random, 2, 1, cellOf));
  }
  // Sometimes leave trailing arguments out altogether.
  if (random() < 0.1) args.length = Math.floor(random() * args.length);
  return args;
}

export function describeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    Array.isArray(value) && value.length > 12 ? `[${value.length} rows]` : value,
  );
}
