/*
 * A real spreadsheet engine for the tests: HyperFormula 3.5 (GPL-3.0 licence
 * key, a devDependency, never bundled) with every INV function of the built
 * bundle registered as a function plugin, called the way Excel calls it:
 *
 * - a range (or an array an expression makes) arrives as a matrix of raw
 *   values, empty cells as `null`; a cell holding an error as the bundle's
 *   `CustomFunctions.Error` (Excel passes input errors to custom functions);
 * - an omitted optional argument (or an empty one, `f(1,,3)`) arrives as `null`;
 * - a matrix result spills; its size is that of the result itself (the size
 *   method computes the call: INV functions are pure);
 * - a `CustomFunctions.Error` (thrown, or in a result) becomes HyperFormula's
 *   error of the same code with its message (#VALUE!, #N/A, …).
 *
 * HyperFormula fixes a spill's size when a formula is entered. So that the
 * size method sees the values a formula will compute with, formulas are
 * entered one at a time after the constants, each after the formulas it
 * depends on (HyperFormula's own precedents give the order).
 *
 * Use: createEngine({ Items: [["SKU", …], …], Policy: [[…]] }), then
 * value("Policy!H2"), set("Items!D5", 12), text("00123") for literal text.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type ConfigParams,
  type RawCellContent,
  type SimpleCellAddress,
  type SimpleCellRange,
} from "hyperformula";
import { loadBundle, type FunctionMetadata, type LoadedBundle, type RuntimeError } from "./bundle";

/**
 * The engine's settings: the GPL licence; Excel's array behaviour (IF over a range spills); values read
 * back to 15 significant digits, as Excel keeps them (HyperFormula rounds to 10 by default).
 */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  precisionRounding: 15,
};

/**
 * Excel's logical constants. HyperFormula knows TRUE and FALSE only as the
 * functions TRUE() and FALSE(); as named expressions, `=IF(TRUE, …)` and
 * `INV.LEVELPLAN(…, TRUE)` read as Excel reads them.
 */
const LOGICAL_CONSTANTS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/** The prefix of every add-in function, as a formula writes it. */
const NAMESPACE = "INV.";

/** HyperFormula's error type for each Excel error code, and back. */
const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};
const ERROR_CODES: Readonly<Partial<Record<ErrorType, string>>> = Object.fromEntries(
  Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]),
);

/** The parts of HyperFormula's function-call AST that the plugin reads. */
interface CallAst {
  procedureName: string;
  args: Array<{ type: string }>;
}
/** HyperFormula's interpreter state, passed through untouched. */
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];
type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];

/** A raw value as Excel hands it to a custom function. */
type ExcelValue = number | string | boolean | RuntimeError | null;

function isInputError(value: unknown, bundle: LoadedBundle): value is RuntimeError {
  return value instanceof bundle.ErrorClass;
}

/** A HyperFormula scalar as Excel passes it: numbers unwrapped from their subtype (dates, percents), empty as null. */
function excelValue(value: unknown, bundle: LoadedBundle): ExcelValue {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (value instanceof CellError) return new bundle.ErrorClass(ERROR_CODES[value.type] ?? "#VALUE!", value.message);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && typeof (value as { val?: unknown }).val === "number") {
    return (value as { val: number }).val;
  }
  throw new Error(`engine: a value Excel cannot pass to a custom function: ${String(value)}`);
}

/** A custom function's output cell as HyperFormula holds it. */
function engineValue(value: unknown, bundle: LoadedBundle, id: string): number | string | boolean | CellError {
  if (isInputError(value, bundle)) return new CellError(ERROR_TYPES[value.code] ?? ErrorType.ERROR, value.message);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  // Excel would refuse these (a non-finite number, null inside a spill, undefined): a bug in the function.
  throw new Error(`engine: ${NAMESPACE}${id} returned ${String(value)}`);
}

/** Builds the plugin class for the bundle's functions: one method and one size method serve them all. */
function pluginFor(bundle: LoadedBundle) {
  const metadataById = new Map(bundle.metadata.functions.map((fn) => [fn.id.toUpperCase(), fn]));

  class InvPlugin extends FunctionPlugin {
    /** Calls the function of `ast` with its arguments as Excel passes them; a thrown CustomFunctions.Error is its error. */
    private callInv(ast: CallAst, state: State): unknown {
      const id = ast.procedureName.slice(NAMESPACE.length);
      const metadata = metadataById.get(id) as FunctionMetadata;
      const parameters = metadata.parameters;
      // A repeating last parameter (INV.EXPLAIN's arguments) takes every argument from its place on.
      const repeating = parameters.at(-1)?.repeating === true;
      if (!repeating && ast.args.length > parameters.length) {
        return new bundle.ErrorClass(
          "#N/A",
          `engine: ${ast.procedureName} takes at most ${parameters.length} arguments`,
        );
      }
      /** An argument's value as Excel passes a range: rows of cells (a single value as one cell). */
      const matrixOf = (arg: Ast): ExcelValue[][] => {
        const value: unknown = this.evaluateAst(arg, state);
        return value instanceof SimpleRangeValue
          ? value.data.map((row) => row.map((cell) => excelValue(cell, bundle)))
          : [[excelValue(value, bundle)]];
      };
      const args: unknown[] = [];
      for (let k = 0; k < parameters.length; k++) {
        const parameter = parameters[k] as FunctionMetadata["parameters"][number];
        if (parameter.repeating) {
          // Excel passes the repeated arguments as one array of ranges (an omitted one as null).
          args.push(ast.args.slice(k).map((extra) => (extra.type === "EMPTY" ? null : matrixOf(extra as Ast))));
          break;
        }
        const arg = ast.args[k];
        if (arg === undefined || arg.type === "EMPTY") {
          if (!parameter.optional && arg === undefined) {
            return new bundle.ErrorClass("#N/A", `engine: ${ast.procedureName} needs ${parameter.name}`);
          }
          args.push(null);
          continue;
        }
        const matrix = matrixOf(arg as Ast);
        if (parameter.dimensionality === "matrix") args.push(matrix);
        else if (matrix.length === 1 && matrix[0]?.length === 1) args.push(matrix[0][0]);
        else
          return new bundle.ErrorClass("#VALUE!", `engine: ${parameter.name} of ${ast.procedureName} takes one value`);
      }
      try {
        return bundle.call(id, ...args);
      } catch (error) {
        if (isInputError(error, bundle)) return error;
        throw error;
      }
    }

    /** The call's value: a spill (SimpleRangeValue) for a matrix of more than one cell, else the one value. */
    invoke(ast: CallAst, state: State): SimpleRangeValue | number | string | boolean | CellError {
      const id = ast.procedureName.slice(NAMESPACE.length);
      const result = this.callInv(ast, state);
      if (!Array.isArray(result)) return engineValue(result, bundle, id);
      const rows = (result as unknown[][]).map((row) => row.map((cell) => engineValue(cell, bundle, id)));
      if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0] as number | string | boolean | CellError;
      return SimpleRangeValue.onlyValues(rows);
    }

    /** The size of the spill: that of the call's result (a thrown error is one cell, as in Excel). */
    invokeSize(ast: CallAst, state: State): ArraySize {
      let value: ReturnType<InvPlugin["invoke"]>;
      try {
        value = this.invoke(ast, state);
      } catch (error) {
        // Only while the first build orders the formulas: a precedent not computed yet. Its sizes are not kept.
        if (error instanceof Error && /computed/.test(error.message)) return ArraySize.scalar();
        throw error;
      }
      return value instanceof SimpleRangeValue ? new ArraySize(value.width(), value.height()) : ArraySize.scalar();
    }
  }

  const implemented: Record<string, { method: string; sizeOfResultArrayMethod: string; vectorizationForbidden: true }> =
    {};
  const names: Record<string, string> = {};
  for (const fn of bundle.metadata.functions) {
    const name = `${NAMESPACE}${fn.id.toUpperCase()}`;
    implemented[name] = { method: "invoke", sizeOfResultArrayMethod: "invokeSize", vectorizationForbidden: true };
    names[name] = name;
  }
  Object.assign(InvPlugin, { implementedFunctions: implemented });
  return { plugin: InvPlugin, translations: { enGB: names } };
}

let registered = false;

/** Registers the INV functions with HyperFormula, once per process (the registry is global). */
export function registerInvFunctions(): void {
  if (registered) return;
  const { plugin, translations } = pluginFor(loadBundle());
  HyperFormula.registerFunctionPlugin(
    plugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0],
    translations,
  );
  registered = true;
}

/** Literal text for a cell: HyperFormula keeps what follows a leading apostrophe as text ("00123", "=X", "1-2"). */
export function text(value: string): string {
  return `'${value}`;
}

export interface Engine {
  /** The HyperFormula instance, for anything the helpers below do not cover. */
  hf: HyperFormula;
  /** The value of a cell, "Sheet!B2" or "'My sheet'!B2": a number, text, a logical, an error, or null when empty. */
  value(address: string): CellValue;
  /** Values of a range, "Sheet!A2:A9", row by row. */
  values(range: string): CellValue[][];
  /** The formula in a cell, or undefined. */
  formula(address: string): string | undefined;
  /** Sets one cell's content (a constant, or a formula starting with "="); the sheet recomputes. */
  set(address: string, content: RawCellContent): void;
}

const isFormula = (content: RawCellContent): content is string =>
  typeof content === "string" && content.startsWith("=");

/**
 * Builds an engine over `sheets` (name → rows of raw contents: numbers, text,
 * logicals, formulas "=…", null for empty; text that Excel would parse, such as
 * "00123", written with {@link text}).
 */
export function createEngine(sheets: Record<string, RawCellContent[][]>): Engine {
  registerInvFunctions();
  const formulas: Array<{ address: SimpleCellAddress; content: string }> = [];
  const constants: Record<string, RawCellContent[][]> = {};
  const sheetNames = Object.keys(sheets);
  sheetNames.forEach((name, sheet) => {
    constants[name] = (sheets[name] ?? []).map((row, r) =>
      row.map((content, c) => {
        if (!isFormula(content)) return content;
        formulas.push({ address: { sheet, row: r, col: c }, content });
        return null;
      }),
    );
  });

  // The order: each formula after the formulas its references reach (HyperFormula's precedents of a first build).
  const draft = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, LOGICAL_CONSTANTS);
  const order = dependencyOrder(formulas, (address) => draft.getCellPrecedents(address));
  draft.destroy();

  const hf = HyperFormula.buildFromSheets(constants, ENGINE_CONFIG, LOGICAL_CONSTANTS);
  for (const index of order) {
    const { address, content } = formulas[index] as (typeof formulas)[number];
    hf.setCellContents(address, [[content]]);
  }

  const cell = (address: string): SimpleCellAddress => {
    const parsed = hf.simpleCellAddressFromString(address, 0);
    if (!parsed) throw new Error(`engine: not a cell address: ${address}`);
    return parsed;
  };
  return {
    hf,
    value: (address) => hf.getCellValue(cell(address)),
    values(range) {
      const parsed = hf.simpleCellRangeFromString(range, 0);
      if (!parsed) throw new Error(`engine: not a range: ${range}`);
      return hf.getRangeValues(parsed);
    },
    formula: (address) => hf.getCellFormula(cell(address)),
    set: (address, content) => void hf.setCellContents(cell(address), [[content]]),
  };
}

/**
 * Indexes into `formulas` so that each comes after every formula whose cell
 * its precedents contain (Kahn's algorithm); formulas on a cycle keep their
 * order at the end, for HyperFormula to report the cycle.
 */
function dependencyOrder(
  formulas: ReadonlyArray<{ address: SimpleCellAddress }>,
  precedents: (address: SimpleCellAddress) => Array<SimpleCellAddress | SimpleCellRange>,
): number[] {
  const at = new Map<string, number>();
  const byColumn = new Map<string, Array<{ row: number; index: number }>>();
  formulas.forEach(({ address }, index) => {
    at.set(`${address.sheet}:${address.row}:${address.col}`, index);
    const key = `${address.sheet}:${address.col}`;
    const list = byColumn.get(key) ?? [];
    list.push({ row: address.row, index });
    byColumn.set(key, list);
  });
  const dependents: number[][] = formulas.map(() => []);
  const waiting = formulas.map(() => 0);
  formulas.forEach(({ address }, index) => {
    const needs = new Set<number>();
    for (const precedent of precedents(address)) {
      if ("start" in precedent) {
        const { start, end } = precedent;
        for (let col = start.col; col <= end.col; col++) {
          for (const entry of byColumn.get(`${start.sheet}:${col}`) ?? []) {
            if (entry.row >= start.row && entry.row <= end.row) needs.add(entry.index);
          }
        }
      } else {
        const found = at.get(`${precedent.sheet}:${precedent.row}:${precedent.col}`);
        if (found !== undefined) needs.add(found);
      }
    }
    needs.delete(index);
    for (const need of needs) dependents[need]?.push(index);
    waiting[index] = needs.size;
  });
  const order: number[] = [];
  const ready = formulas.map((_, index) => index).filter((index) => waiting[index] === 0);
  for (let k = 0; k < ready.length; k++) {
    const index = ready[k] as number;
    order.push(index);
    for (const dependent of dependents[index] ?? []) {
      waiting[dependent] = (waiting[dependent] ?? 0) - 1;
      if (waiting[dependent] === 0) ready.push(dependent);
    }
  }
  if (order.length < formulas.length) {
    const placed = new Set(order);
    formulas.forEach((_, index) => {
      if (!placed.has(index)) order.push(index);
    });
  }
  return order;
}
