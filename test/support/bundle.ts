/*
 * Loads the built functions bundle the way Excel's custom-functions runtime does:
 * a fresh JavaScript realm whose global has `CustomFunctions` (associate, Error,
 * ErrorCode) and no `Office`, `window` or `document`; the script runs once and
 * registers its functions through `CustomFunctions.associate`.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

/** The build output folder (INV_DIST_DIR lets parallel builds use their own). */
export const distDir = path.resolve(__dirname, "../..", process.env.INV_DIST_DIR || "dist");

export interface RuntimeError {
  code: string;
  message: string;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{
    name: string;
    description?: string;
    type?: string;
    dimensionality?: "scalar" | "matrix";
    optional?: boolean;
    repeating?: boolean;
  }>;
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, unknown>;
}

export interface LoadedBundle {
  /** Functions registered through CustomFunctions.associate, by id (upper case). */
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** dist/functions.json */
  metadata: { functions: FunctionMetadata[] };
  /** The realm's CustomFunctions.Error class, to tell its errors from anything else thrown. */
  ErrorClass: new (code: string, message?: string) => RuntimeError;
  /** Calls a function by id, as Excel would. */
  call(id: string, ...args: unknown[]): unknown;
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

let cached: LoadedBundle | undefined;

export function loadBundle(): LoadedBundle {
  if (cached) return cached;
  const script = path.join(distDir, "functions.js");
  const metadataFile = path.join(distDir, "functions.json");
  if (!fs.existsSync(script) || !fs.existsSync(metadataFile)) {
    throw new Error(`${distDir} has no functions.js/functions.json: run \`npm run build\` first`);
  }
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const realm = vm.createContext({ console });
  // The runtime's classes are defined inside the realm, as Excel defines them in its own.
  vm.runInContext(
    `class CustomFunctionsError extends Error {
       constructor(code, message) { super(message); this.code = code; this.message = message === undefined ? "" : message; }
     }
     globalThis.CustomFunctions = {
       Error: CustomFunctionsError,
       ErrorCode: ${JSON.stringify(ErrorCode)},
       associate: (id, fn) => { globalThis.__associate(id, fn); },
     };`,
    realm,
  );
  realm.__associate = (id: unknown, fn: unknown) => {
    if (typeof id !== "string" || typeof fn !== "function") throw new Error(`bad associate(${String(id)})`);
    if (functions.has(id.toUpperCase())) throw new Error(`${id} associated twice`);
    functions.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
  };
  vm.runInContext(fs.readFileSync(script, "utf8"), realm, { filename: script });
  const metadata = JSON.parse(fs.readFileSync(metadataFile, "utf8")) as { functions: FunctionMetadata[] };
  const ErrorClass = vm.runInContext("CustomFunctions.Error", realm) as LoadedBundle["ErrorClass"];
  cached = {
    functions,
    metadata,
    ErrorClass,
    call(id, ...args) {
      const fn = functions.get(id.toUpperCase());
      if (!fn) throw new Error(`${id} is not associated`);
      return fn(...args);
    },
  };
  return cached;
}
