/*
 * Zeros are numbers, blanks are blank: the rule of cells every function follows,
 * checked for every function the built bundle registers (read from
 * dist/functions.json, so a function added later must join the table below).
 *
 * The rule (docs/conventions.md, "Cells, blanks and zeros"):
 * - a row whose range cells are all truly blank (null or "") gives "";
 * - a row whose range cells are all blank-or-0 gives "" only where 0 is not a
 *   valid input (where it would otherwise be an error): Excel desktop passes
 *   some empty cells as 0, and this keeps the spare rows of a column clean;
 * - everywhere else a 0 is computed.
 *
 * For each function, one valid call is written down (VALID). For every
 * argument that broadcasts (found by probing: a two-row range of the valid
 * value gives two rows equal to the single call), the sweep checks:
 * - a 0 where the single call with 0 computes: the range's row with 0 gives the
 *   same values, not "";
 * - a 0 where the single call with 0 is an error: the row gives "" when that
 *   argument alone defines the row, and the documented error when another
 *   required range has a real value in the same row;
 * - a blank (null or "") in a required argument gives ""; in an optional one,
 *   the default;
 * - a row where every required argument is blank gives "".
 * Functions whose ranges are lists (items, periods, lines) are checked with
 * zeros in their lists in LIST_ZEROS.
 */
import { loadBundle } from "./support/bundle";

const bundle = loadBundle();

/** One valid call per function: its arguments in order (null: omitted). */
const VALID: Record<string, unknown[]> = {
  ABCCLASS: [[[10], [5], [1]]],
  XYZCLASS: [[[10, 12, 14]]],
  COEFVAR: [[[10, 12, 14]]],
  DEMANDSTATS: [[[10, 12, 14]], null],
  ABCXYZ: [[[10]], [[10, 12, 14]]],
  PARETO: [[[10], [5], [1]]],
  DEMANDPATTERN: [[[0, 10, 0, 12, 0, 14]]],
  CROSTON: [[[0, 10, 0, 12, 0, 14]], 0.2, null],
  EOQ: [1000, 50, 2, null],
  EOQCOST: [1000, 50, 2, 100, null],
  EOQBACKORDER: [1000, 50, 2, 10, null, 200, 0.1],
  EOQDISCOUNT: [1000, 50, 0.2, [[0], [500]], [[10], [9]], null, null],
  EPQ: [1000, 50, 2, 5000, null, 200],
  EPQBACKORDER: [1000, 50, 2, 5000, 10, null],
  LOTSIZE: [[[10], [20]], 100, 1, "WW", null, null],
  LOTSIZECOST: [[[10], [20]], 100, 1, "WW", null, null],
  PIPELINE: [100, 2],
  TURNOVER: [1000, 250],
  GMROI: [400, 250],
  DAYSOFSUPPLY: [300, 10],
  CARRYINGCOST: [1000, 0.25],
  OTIF: [
    [[1], [0]],
    [[1], [1]],
  ],
  UNITFILLRATE: [
    [[90], [50]],
    [[100], [50]],
  ],
  RECORDACCURACY: [[[100], [50]], [[98], [50]], 0.05, 1],
  CYCLECOUNTS: [[[100], [200]], [[12], [4]], null],
  MAD: [
    [[10], [12]],
    [[11], [11]],
  ],
  TRACKINGSIGNAL: [
    [[10], [12]],
    [[11], [11]],
  ],
  CRITICALRATIO: [9, 1],
  NEWSVENDOR: [100, 20, 9, 1, "cost", 110],
  NEWSVENDORPOISSON: [10, 9, 1, "cost", 12],
  NEWSVENDORNEGBIN: [10, 5, 9, 1, "cost", 12],
  NEWSVENDORLOGNORMAL: [4, 0.5, 9, 1, "cost", 60],
  NEWSVENDORDISCRETE: [[[0], [1], [2]], [[0.2], [0.5], [0.3]], 9, 1],
  LEVELPLAN: [[[100], [200], [300]], null, null],
  CHASEPLAN: [[[100], [200], [300]], null, null],
  DDMRPZONES: [10, 20, 0.5, 0.5, 100, 30, null],
  SAFETYSTOCK: [0.95, 100, 2, 50, 1, null],
  SAFETYFACTOR: [0.95],
  LEADTIMESTD: [100, 2, 50, 1, null],
  MADTOSIGMA: [8],
  SAFETYSTOCKFR: [0.98, 100, 2, 500, 50, 1, null],
  FILLRATEK: [0.98, 500, 150],
  NORMLOSS: [1, 2, null],
  NORMLOSSINV: [0.1],
  FILLRATE: [50, 100, 500, null],
  CYCLESERVICE: [50, 100],
  REORDERPOINT: [100, 2, 50],
  ORDERUPTO: [100, 1, 2, 0.95, 20, 1, null],
  RQPOLICY: [1000, 100, 1, 8, 0.2, 5, null, null, null],
  RQCOST: [100, 300, 1000, 100, 1, 8, 0.2, 5],
  RQPOISSON: [1.5, 2, 100, 20, 150, null],
  RQPOISSONCOST: [3, 5, 1.5, 2, 100, 20, 150],
  MINMAXPOISSON: [6, 5, 1, 4, null],
  MINMAXPOISSONCOST: [4, 10, 6, 5, 1, 4],
  MINMAX: [50, 8, 0, 2.5, 0.18, 0.7, null],
  POISSONLOSS: [8, 6, 2, null],
};

type Output = unknown[][];
const call = (id: string, args: unknown[]): Output => bundle.call(id, ...args) as Output;
const isError = (value: unknown): boolean => value instanceof bundle.ErrorClass;
const messageOf = (value: unknown): string => (value as { message: string }).message;
/** What Excel passes for an argument that is a single cell holding `value` (null: omitted). */
const asCell = (value: unknown): unknown => (value === null || Array.isArray(value) ? value : [[value]]);
const withArgument = (args: unknown[], index: number, value: unknown): unknown[] =>
  args.map((arg, k) => (k === index ? value : asCell(arg)));

/** Every function but INV.EXPLAIN, whose zeros and blanks are those of the function it shows (test/explain.bundle.test.ts). */
const functions = bundle.metadata.functions.filter((fn) => fn.id !== "EXPLAIN");

test("every registered function has a valid call to probe with", () => {
  expect(Object.keys(VALID).sort()).toEqual(functions.map((f) => f.id).sort());
});

test.each(Object.entries(VALID))("the valid call to %s computes", (id, args) => {
  const result = call(id, args.map(asCell));
  expect(result.flat().some(isError)).toBe(false);
  expect(result.flat()).not.toContain("");
});

interface Probe {
  id: string;
  index: number;
  name: string;
  optional: boolean;
  value: number;
}

/** Every numeric argument that broadcasts: a two-row range of its valid value gives two rows, each the single call's. */
function broadcastingArguments(): Probe[] {
  const probes: Probe[] = [];
  for (const fn of functions) {
    const args = VALID[fn.id];
    if (!args) continue;
    const single = call(fn.id, args.map(asCell));
    fn.parameters.forEach((parameter, index) => {
      const value = args[index];
      if (typeof value !== "number" || parameter.dimensionality !== "matrix") return;
      const doubled = call(fn.id, withArgument(args, index, [[value], [value]]));
      if (doubled.length !== 2 * single.length) return;
      if (JSON.stringify(doubled[0]) !== JSON.stringify(single[0])) return;
      probes.push({ id: fn.id, index, name: parameter.name, optional: parameter.optional === true, value });
    });
  }
  return probes;
}

const probes = broadcastingArguments();
const label = (p: Probe) => `${p.id} ${p.name}` as const;

test("the probe finds the broadcasting arguments (at least the scalar catalog)", () => {
  const found = new Set(probes.map((p) => p.id));
  for (const id of ["EOQ", "SAFETYSTOCK", "NORMLOSS", "CYCLESERVICE", "REORDERPOINT", "DDMRPZONES", "EOQCOST", "EPQ"]) {
    expect(found).toContain(id);
  }
  expect(probes.length).toBeGreaterThanOrEqual(60);
});

describe.each(probes.map((p) => [label(p), p] as const))("%s", (_label, p) => {
  const args = VALID[p.id] as unknown[];
  const zeroAlone = call(p.id, withArgument(args, p.index, [[0]]))[0] as unknown[];
  const zeroIsValid = !zeroAlone.some(isError);

  test("a 0 in a range computes where a single 0 does, and is blank-or-error where it does not", () => {
    const row = call(p.id, withArgument(args, p.index, [[0], [p.value]]))[0] as unknown[];
    if (zeroIsValid) {
      expect(row).toEqual(zeroAlone);
    } else if (p.optional) {
      // An optional argument does not define the row: its 0 is the documented error.
      expect(row.every(isError)).toBe(true);
      expect(messageOf(row[0])).toContain(p.name);
    } else {
      expect(row.every((cell) => cell === "")).toBe(true);
    }
  });

  test("a blank in a range is blank (required) or the default (optional)", () => {
    const omitted = call(p.id, withArgument(args, p.index, null))[0];
    for (const blank of [null, ""]) {
      const row = call(p.id, withArgument(args, p.index, [[blank], [p.value]]))[0] as unknown[];
      if (p.optional) expect(row).toEqual(omitted);
      else expect(row.every((cell) => cell === "")).toBe(true);
    }
  });

  const other = probes.find((q) => q.id === p.id && q.index !== p.index && !q.optional);
  if (!p.optional && !zeroIsValid && other) {
    test(`a 0 beside a real ${other.name} in the same row is the documented error`, () => {
      const both = withArgument(args, p.index, [[0], [p.value]]);
      both[other.index] = [[other.value], [other.value]];
      const row = call(p.id, both)[0] as unknown[];
      expect(row.every(isError)).toBe(true);
      expect(messageOf(row[0])).toContain(`${p.id}: ${p.name} (row 1)`);
    });
  }
});

describe("a row where every required range is blank gives a blank row", () => {
  const byFunction = new Map<string, Probe[]>();
  for (const p of probes) if (!p.optional) byFunction.set(p.id, [...(byFunction.get(p.id) ?? []), p]);
  test.each([...byFunction.keys()])("%s", (id) => {
    const args = (VALID[id] as unknown[]).map(asCell);
    for (const p of byFunction.get(id) ?? []) args[p.index] = [[null], [p.value]];
    const result = call(id, args);
    expect((result[0] as unknown[]).every((cell) => cell === "")).toBe(true);
    expect((result[1] as unknown[]).some((cell) => cell === "" || isError(cell))).toBe(false);
  });
});

/** The examples, value for value. */
describe("zeros the audit found blanked", () => {
  const col = (...values: unknown[]) => values.map((v) => [v]);
  test.each([
    ["NORMLOSS", [col(0, 1)], 0.3989422804014327],
    ["CYCLESERVICE", [col(0, 50), [[100]]], 0.5],
    ["CYCLESERVICE", [col(0, 50), col(100, 100)], 0.5],
    ["REORDERPOINT", [[[100]], col(0, 2), [[50]]], 50],
    ["SAFETYSTOCK", [[[0.95]], [[100]], col(0, 2), [[50]], [[1]]], 82.24268134757359],
    ["EOQCOST", [[[1000]], col(0, 2), [[1]], [[100]]], 50],
    ["EOQ", [col(0, 1000), [[50]], [[2]]], 0],
  ])("%s with a 0 in its first row", (id, args, expected) => {
    const first = (call(id, args)[0] as unknown[])[0];
    expect(first).toBeCloseTo(expected, 10);
  });

  test("DDMRPZONES(10, {0;2}, 0.5, 0.5, 100, 30) gives 0, 0, 300 for the 0 row", () => {
    expect(call("DDMRPZONES", [[[10]], [[0], [2]], [[0.5]], [[0.5]], [[100]], [[30]]])[0]).toEqual([0, 0, 300]);
  });

  test('SAFETYFACTOR({0;0.95}) gives "" and 1.645; a 0 beside real values gives the error', () => {
    const factors = call("SAFETYFACTOR", [col(0, 0.95)]);
    expect(factors[0]).toEqual([""]);
    expect(factors[1]?.[0]).toBeCloseTo(1.6448536269514722, 12);
    const stocks = call("SAFETYSTOCK", [col(0.95, 0), col(100, 100), col(2, 2)]);
    expect(isError(stocks[1]?.[0])).toBe(true);
    expect(messageOf(stocks[1]?.[0])).toContain("SAFETYSTOCK: service_level (row 2)");
  });
});

/** Lists, series and lines: a 0 among them is a figure, never a blank. */
describe("zeros inside lists are figures", () => {
  const col = (...values: unknown[]) => values.map((v) => [v]);
  test.each([
    ["ABCCLASS", [col(0, 80, 15, 5)], [["C"], ["A"], ["B"], ["C"]]],
    ["PARETO", [col(0, 10)], [[1], [1]]],
    ["LOTSIZE", [col(0, 10, 20), [[100]], [[1]], [["LFL"]]], [[0], [10], [20]]],
    ["LOTSIZECOST", [col(0, 10, 20), [[100]], [[1]], [["LFL"]]], [[200]]],
    [
      "CHASEPLAN",
      [col(0, 100)],
      [
        [0, 0],
        [100, 0],
      ],
    ],
    ["MAD", [col(0, 10), col(0, 12)], [[1]]],
    ["UNITFILLRATE", [col(0, 90), col(0, 100)], [[0.9]]],
    ["RECORDACCURACY", [col(0, 100), col(0, 98), [[0.05]]], [[1]]],
    ["CYCLECOUNTS", [col(0, 100), col(12, 4), [[250]]], [[1.6]]],
    [
      "XYZCLASS",
      [
        [
          [0, 0, 0],
          [10, 12, 14],
        ],
      ],
      [["Z"], ["X"]],
    ],
    ["NEWSVENDORDISCRETE", [col(0, 1, 2), col(0.5, 0.3, 0.2), [[1]], [[1]]], [[0]]],
    // A period of 0 is a period without demand; a row without demand has no pattern ("") and a rate of 0.
    [
      "DEMANDPATTERN",
      [
        [
          [0, 0, 0],
          [0, 4, 0],
        ],
      ],
      [[""], ["intermittent"]],
    ],
    [
      "CROSTON",
      [
        [
          [0, 0, 0],
          [0, 4, 0],
        ],
        [[0.5]],
        [["croston"]],
      ],
      [[0], [2]],
    ],
  ])("%s", (id, args, expected) => {
    const result = call(id, args);
    expect(result.length).toBe(expected.length);
    result.forEach((row, r) =>
      (row as unknown[]).forEach((cell, c) => {
        const want = expected[r]?.[c];
        if (typeof want === "number") expect(cell).toBeCloseTo(want, 12);
        else expect(cell).toBe(want);
      }),
    );
  });
});
