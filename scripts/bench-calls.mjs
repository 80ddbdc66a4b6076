// The call path of `npm run bench`: the built functions bundle loaded the way Excel loads it, each
// figure a ratio against its floor measured in the same run. A floor is a minimal function in the
// same realm, called the same way (the same matrices in, a matrix out), doing only the arithmetic.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

/**
 * Loads functions.js in a fresh realm whose global has `CustomFunctions` and nothing of Office, as
 * Excel's custom-functions runtime does; returns the registered functions by id and the realm.
 */
export function loadBundle(dist) {
  const functions = new Map();
  const realm = vm.createContext({ console });
  vm.runInContext(
    `globalThis.CustomFunctions = {
       Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
       ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
       associate: (id, fn) => globalThis.__associate(id, fn),
     };`,
    realm,
  );
  realm.__associate = (id, fn) => functions.set(id, fn);
  vm.runInContext(fs.readFileSync(path.join(dist, "functions.js"), "utf8"), realm);
  return { functions, realm };
}

// The floors, defined in the bundle's realm. The safety-stock floor computes z with Acklam's rational
// approximation of the normal quantile (a logarithm, a square root and two rational functions: the
// work any quantile needs), then z × σd × √L. Each floor exists twice: as a plain function of the
// realm, whose every use of Math or Array is a lookup in the realm's global object (the floor the
// issue's harness measured, the one the targets are set against), and with those built-ins bound
// as locals, as the bundle binds them (scripts/builtinsScope.js): a stricter floor, for information.
const FLOOR_FUNCTIONS = `{
    eoq(demand, orderCost, holdingCost) {
      return [[Math.sqrt((2 * demand[0][0] * orderCost[0][0]) / holdingCost[0][0])]];
    },
    eoqColumn(demand, orderCost, holdingCost, unitCost) {
      const h = holdingCost[0][0];
      const out = new Array(demand.length);
      for (let r = 0; r < demand.length; r++) {
        out[r] = [Math.sqrt((2 * demand[r][0] * orderCost[r][0]) / (h * unitCost[r][0]))];
      }
      return out;
    },
    safetyStock(serviceLevel, demandStd, leadTime) {
      const p = serviceLevel[0][0];
      const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
      const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
      const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
      const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
      let z;
      if (p < 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p));
        z = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      } else if (p <= 1 - 0.02425) {
        const q = p - 0.5;
        const r = q * q;
        z = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
      } else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        z = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      }
      return [[z * demandStd[0][0] * Math.sqrt(leadTime[0][0])]];
    },
    sortValues(values) {
      return values.slice().sort();
    },
  }`;
const FLOORS = `
  globalThis.floors = ${FLOOR_FUNCTIONS};
  globalThis.boundFloors = (function (Math, Array) { return ${FLOOR_FUNCTIONS}; })(Math, Array);
`;

/** A pseudo-random sequence in [0, 1) (a fixed linear congruential generator), so every run sees the same inputs. */
function sequence(seed = 12345) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Median of the samples. */
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Times `task` against its floors, in turn so that all see the same machine: after one warm-up of
 * each, `samples` rounds of one timing each. Returns the median times (ms): `ms` for the task,
 * `floorMs` for the first floor, `boundFloorMs` for the second (if any).
 */
function against(task, floors, samples) {
  const runs = [task, ...floors];
  const times = runs.map(() => []);
  for (const run of runs) run();
  for (let i = 0; i < samples; i++) {
    runs.forEach((run, k) => {
      const start = process.hrtime.bigint();
      run();
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  const [ms, floorMs, boundFloorMs] = times.map(median);
  return { ms, floorMs, boundFloorMs };
}

/** `calls` single-value calls of `fn` over a rotating set of argument lists; a sink keeps the results alive. */
function repeatedCalls(fn, argumentSets, calls) {
  let sink = 0;
  return () => {
    for (let i = 0; i < calls; i++) {
      const result = fn(...argumentSets[i % argumentSets.length]);
      sink += result[0][0];
    }
    if (Number.isNaN(sink)) throw new Error("a call returned something that is not a number");
  };
}

/**
 * The call-path figures: INV.EOQ and INV.SAFETYSTOCK single values per call, INV.EOQ per row of a
 * 200,000-row column, INV.ABCCLASS on 1,000,000 values against sorting them as a Float64Array.
 * `figure(name, value, limit, detail)` records each (a ratio to its floor; and, for information, the
 * ratio to the floor with built-ins bound); `smoke` runs a few small iterations.
 */
export function benchCalls(dist, figure, { smoke = false } = {}) {
  const { functions, realm } = loadBundle(dist);
  vm.runInContext(FLOORS, realm);
  const { floors, boundFloors } = realm;
  const random = sequence();
  const calls = smoke ? 2_000 : 200_000;
  const cell = (value) => [[value]];

  /** Records `name`: the task's time over the floor's (target `limit`), and over the bound floor's. */
  const ratios = (name, times, limit, unit, count) => {
    const each = (ms) => `${((ms * 1000) / count).toFixed(3)} µs`;
    const detail = `(${each(times.ms)} against ${each(times.floorMs)} per ${unit})`;
    figure(`${name} ÷ floor`, times.ms / times.floorMs, limit, detail);
    figure(
      `${name} ÷ floor with built-ins bound`,
      times.ms / times.boundFloorMs,
      null,
      `(that floor ${each(times.boundFloorMs)} per ${unit})`,
    );
  };
  /** `calls` single-value calls of function `id` and of its floors, over `argumentSets`. */
  const singleValues = (id, floor, argumentSets) =>
    against(
      repeatedCalls(functions.get(id), argumentSets, calls),
      [repeatedCalls(floors[floor], argumentSets, calls), repeatedCalls(boundFloors[floor], argumentSets, calls)],
      smoke ? 3 : 9,
    );

  // 1. INV.EOQ, single values.
  const eoqArgs = Array.from({ length: 1000 }, () => [
    cell(100 + Math.floor(random() * 5000)),
    cell(5 + Math.floor(random() * 50)),
    cell(0.1 + random()),
    null,
  ]);
  ratios("INV.EOQ single values, per call", singleValues("EOQ", "eoq", eoqArgs), 3, "call", calls);

  // 2. INV.SAFETYSTOCK, single values (service level, σd, lead time; the optional arguments omitted).
  const safetyArgs = Array.from({ length: 1000 }, () => [
    cell(0.5 + random() * 0.49),
    cell(5 + random() * 100),
    cell(1 + Math.floor(random() * 12)),
    null,
    null,
    null,
  ]);
  const safety = singleValues("SAFETYSTOCK", "safetyStock", safetyArgs);
  ratios("INV.SAFETYSTOCK single values, per call", safety, 3, "call", calls);

  // 3. INV.EOQ over a column (demand, order cost and unit cost per row; one holding rate).
  const rows = smoke ? 2_000 : 200_000;
  const column = (f) => Array.from({ length: rows }, () => [f()]);
  const spillArgs = [
    column(() => 100 + Math.floor(random() * 5000)),
    column(() => 5 + Math.floor(random() * 50)),
    cell(0.25),
    column(() => 1 + Math.floor(random() * 100)),
  ];
  const spill = against(
    () => functions.get("EOQ")(...spillArgs),
    [() => floors.eoqColumn(...spillArgs), () => boundFloors.eoqColumn(...spillArgs)],
    smoke ? 3 : 7,
  );
  ratios(`INV.EOQ over a ${rows.toLocaleString("en-US")}-row column, per row`, spill, 3, "row", rows);

  // 4. INV.ABCCLASS against sorting the same values as a Float64Array.
  const count = smoke ? 20_000 : 1_000_000;
  const values = Array.from({ length: count }, () => [Math.round(random() * 1e8) / 100]);
  const typed = Float64Array.from(values, (row) => row[0]);
  const abc = against(
    () => functions.get("ABCCLASS")(values, null, null, null),
    [() => floors.sortValues(typed)],
    smoke ? 3 : 5,
  );
  figure(
    `INV.ABCCLASS on ${count.toLocaleString("en-US")} values ÷ sorting them as a Float64Array`,
    abc.ms / abc.floorMs,
    2,
    `(${abc.ms.toFixed(0)} ms against ${abc.floorMs.toFixed(0)} ms)`,
  );
}
