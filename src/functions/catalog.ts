/*
 * Every INV function's wrapper by its id (upper case), from the family files
 * that declare them: what INV.EXPLAIN runs to get a function's own answer and
 * its own error messages. A wrapper's exported name is its id in lower case
 * (`eoq` is INV.EOQ), so a function added to a family joins the catalog by
 * being exported; test/explain.bundle.test.ts checks the catalog against the
 * functions the bundle registers.
 */
import * as classification from "./classification";
import * as cycleStock from "./cycleStock";
import * as demand from "./demand";
import * as lotSizing from "./lotSizing";
import * as metrics from "./metrics";
import * as newsvendor from "./newsvendor";
import * as planning from "./planning";
import * as safetyStock from "./safetyStock";
import * as rqPolicy from "./rqPolicy";
import * as poissonPolicy from "./poissonPolicy";
import * as intermittent from "./intermittent";

/** A custom function as Excel calls it: its arguments as Excel passes them, a matrix (or a thrown error) back. */
export type Wrapper = (...args: unknown[]) => unknown;

const FAMILIES: ReadonlyArray<Record<string, unknown>> = [
  cycleStock,
  lotSizing,
  safetyStock,
  newsvendor,
  classification,
  demand,
  metrics,
  planning,
  rqPolicy,
  poissonPolicy,
  intermittent,
];

/** The wrappers by id: "EOQ" → the function behind INV.EOQ. */
export const WRAPPERS: ReadonlyMap<string, Wrapper> = new Map(
  FAMILIES.flatMap((family) =>
    Object.entries(family)
      .filter((entry): entry is [string, Wrapper] => typeof entry[1] === "function")
      .map(([name, wrapper]) => [name.toUpperCase(), wrapper] as const),
  ),
);
