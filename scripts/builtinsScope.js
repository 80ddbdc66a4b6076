/* eslint-disable @typescript-eslint/no-require-imports */
/*
 * The functions bundle's standard built-ins, bound once as the parameters of a function around
 * the bundle, so that the code inside finds Math, Number, Array and the rest as local variables.
 *
 * Why: a custom-functions runtime may give the bundle a global object that is a host object; in
 * Node's vm contexts (where the call-path benchmark, scripts/bench-calls.mjs, loads the bundle as
 * Excel does) every lookup of a global such as `Math` or `Number` goes through the host and costs
 * hundreds of nanoseconds, more than the arithmetic of a call. INV.EOQ on single values spent about
 * 9 of its 10 µs per call on such lookups; bound as locals they cost what a variable does.
 * Only built-ins that every host the bundle supports has (ES2022) are bound; CustomFunctions is
 * not, since the runtime (or src/functions/runtimeFallback.ts) provides it.
 */
const { BannerPlugin } = require("webpack");

const BUILTINS = [
  "Math",
  "Number",
  "Array",
  "Object",
  "String",
  "Error",
  "TypeError",
  "RangeError",
  "Symbol",
  "Map",
  "Set",
  "RegExp",
  "JSON",
  "Float64Array",
  "Uint8Array",
  "Uint16Array",
  "Uint32Array",
  "Int32Array",
  "isFinite",
  "isNaN",
  "parseInt",
  "parseFloat",
  "NaN",
  "Infinity",
];

/** The two plugins that wrap the asset `file` (such as "functions.js") in that function. */
function builtinsScope(file) {
  const names = BUILTINS.join(",");
  const options = { raw: true, entryOnly: true, test: new RegExp(`^${file.replace(/\./g, "\\.")}$`) };
  return [
    new BannerPlugin({ ...options, banner: `(function(${names}){` }),
    new BannerPlugin({ ...options, banner: `})(${names});`, footer: true }),
  ];
}

module.exports = { builtinsScope, BUILTINS };
