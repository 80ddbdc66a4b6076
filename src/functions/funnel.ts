/**
 * The one funnel between Excel and the core.
 *
 * Every rule about cells lives here: what Excel passes (raw values, matrices,
 * `null` for omitted optionals, `null`/""/0 for empty cells), coercion to
 * numbers, broadcasting of ranges, blank rows, size limits, and the mapping of
 * core input errors to `#VALUE!` errors whose message names the function, the
 * argument, the rule and the value. Every rule about inventory lives in core.
 *
 * Only {@link InputError} (from core) and {@link ArgumentError} (from here) become
 * `#VALUE!`. Anything else is a bug and is allowed to surface as one.
 */
import { InputError, formatValue } from "../core/shared/inputError";

/** What Excel may hand a parameter declared as `any` or `any[][]`. */
export type Cell = unknown;
/** What a matrix-returning custom function gives back: numbers, text, "" for blanks, or an error. */
export type Output = number | string | CustomFunctions.Error;

/** The largest range an argument may be: one full Excel column. */
export const MAX_CELLS = 1_048_576;
/** Excel shows at most this much of an error message. */
const MAX_MESSAGE = 255;

interface Shape {
  rows: number;
  columns: number;
}

/** A rule about cells was broken (not a number, not rectangular, shapes differ, too large). */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

/** Builds the `#VALUE!` error Excel shows with a message. */
export function valueError(message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + "…" : message;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

function describeShape(shape: Shape): string {
  const plural = (n: number, word: string): string => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(shape.rows, "row")} × ${plural(shape.columns, "column")}`;
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** A parameter that Excel left out (an omitted optional arrives as `null`). */
function isOmitted(value: Cell): boolean {
  return value === null || value === undefined;
}

/** Why a cell is not a number, in words a user can act on. */
function notANumber(cell: Cell): string {
  if (typeof cell === "boolean") return `must be a number, not a logical value (got ${formatValue(cell)})`;
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%$/i.test(trimmed)) {
      return `must be a number, not text (got ${formatValue(cell)}; enter ${trimmed} without quotes, or convert the cell with VALUE())`;
    }
    if (trimmed !== "" && Number.isFinite(Number(trimmed))) {
      return `must be a number, not text (got ${formatValue(cell)}; the cell holds a number stored as text: convert it with VALUE())`;
    }
    return `must be a number (got ${formatValue(cell)})`;
  }
  if (typeof cell === "number") return `must be a finite number (got ${formatValue(cell)})`;
  return "must be a number (got an error or an unsupported value)";
}

/** Turns a value Excel passed into a rectangular matrix, or explains why it is not one. */
function toMatrix(fn: string, name: string, value: Cell): Cell[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) throw new ArgumentError(`${fn}: ${name} is an empty range`);
  const first: unknown = value[0];
  if (!Array.isArray(first)) {
    // A plain list (never sent by Excel, but callers in tests and the pane may): one row.
    return [value as Cell[]];
  }
  const columns = first.length;
  if (columns === 0) throw new ArgumentError(`${fn}: ${name} is an empty range`);
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ArgumentError(`${fn}: ${name} is not a rectangular range (row ${r + 1} differs from row 1)`);
    }
  }
  if (value.length * columns > MAX_CELLS) {
    throw new ArgumentError(
      `${fn}: ${name} has ${(value.length * columns).toLocaleString("en-US")} cells; ` +
        `at most ${MAX_CELLS.toLocaleString("en-US")} (one full column) are allowed`,
    );
  }
  return value as Cell[][];
}

function position(shape: Shape, row: number, column: number): string {
  if (shape.rows === 1 && shape.columns === 1) return "";
  if (shape.columns === 1) return ` (row ${row + 1})`;
  if (shape.rows === 1) return ` (column ${column + 1})`;
  return ` (row ${row + 1}, column ${column + 1})`;
}

/** Rewrites a core error in Excel's terms: function, Excel argument name, position. */
function describeInputError(
  fn: string,
  error: InputError,
  excelNames: Record<string, string>,
  where = "",
  listShapes: Record<string, Shape> = {},
): string {
  const name = excelNames[error.argument] ?? error.argument;
  const listShape = listShapes[name];
  let item = "";
  if (error.index !== undefined) {
    item = listShape
      ? position(listShape, Math.floor(error.index / listShape.columns), error.index % listShape.columns)
      : ` (item ${error.index + 1})`;
  }
  const hint = error.hint ? `; ${error.hint}` : "";
  let rule = error.rule;
  for (const [coreName, excelName] of Object.entries(excelNames)) {
    rule = rule.replace(new RegExp(`\\b${coreName}\\b`, "g"), excelName);
  }
  return `${fn}: ${name}${where}${item} ${rule} (got ${formatValue(error.value)}${hint})`;
}

/**
 * Reads non-broadcast arguments (lists and options) for one call, remembering the
 * shape of each list so that a core error about item k can name its cell.
 */
export class ArgumentReader {
  readonly listShapes: Record<string, Shape> = {};
  constructor(private readonly fn: string) {}

  /** Every cell of a range, row by row, blanks as `null`; any other non-number fails the call. */
  numbers(excelName: string, value: Cell): ListArgument {
    const list = numberList(this.fn, excelName, value);
    this.listShapes[excelName] = list.shape;
    return list;
  }

  /** An optional single number; omitted or blank gives `undefined`. */
  optionalNumber(excelName: string, value: Cell): number | undefined {
    return optionalNumber(this.fn, excelName, value);
  }

  /** An optional choice among named options, case-insensitive; omitted or blank gives `undefined`. */
  optionalChoice<C extends string>(excelName: string, value: Cell, choices: readonly C[]): C | undefined {
    return optionalChoice(this.fn, excelName, value, choices);
  }
}

/**
 * Runs a custom function body and turns input errors into `#VALUE!` with a message.
 * `excelNames` maps core field names to Excel argument names for the messages.
 */
export function guarded<T>(fn: string, excelNames: Record<string, string>, body: (read: ArgumentReader) => T): T {
  const reader = new ArgumentReader(fn);
  try {
    return body(reader);
  } catch (error) {
    if (error instanceof ArgumentError) throw valueError(error.message);
    if (error instanceof InputError) {
      throw valueError(describeInputError(fn, error, excelNames, "", reader.listShapes));
    }
    throw error;
  }
}

/** An Excel argument bound to a core field: [Excel name, value as Excel passed it]. */
export type Binding = readonly [excelName: string, value: Cell];

interface BoundMatrix {
  field: string;
  excelName: string;
  optional: boolean;
  matrix: Cell[][];
  shape: Shape;
}

/**
 * Applies a scalar model element by element over ranges (broadcasting).
 *
 * Each argument is one value or a range. Ranges must all have the same shape;
 * single values apply to every element; the result has that shape (1 × 1 for
 * all-single-value calls). Per element:
 * - a blank row gives "": every required range blank at that position (or all
 *   blank or 0, since some Excel builds pass empty cells in ranges as 0); when
 *   no required argument is a range, every required value blank;
 * - a blank optional argument counts as omitted, so the model's default applies;
 * - a cell that is not a number, or an input the model rejects, gives a `#VALUE!`
 *   error with its message at that position, and the other elements are computed.
 * Shapes that differ, ragged or empty ranges and ranges over {@link MAX_CELLS}
 * make the whole call `#VALUE!`.
 *
 * @param fn        the function's Excel name, for messages
 * @param required  core field → [Excel name, value]
 * @param optional  core field → [Excel name, value]; an omitted value is `null`
 * @param model     computes one element from numbers
 */
export function elementwise<R extends string, O extends string = never>(
  fn: string,
  required: Record<R, Binding>,
  optional: Record<O, Binding>,
  model: (input: Record<R, number> & Partial<Record<O, number>>) => number,
): Output[][] {
  return broadcast(fn, required, optional, (plan) => {
    const output: Output[][] = new Array<Output[]>(plan.shape.rows);
    for (let r = 0; r < plan.shape.rows; r++) {
      const row: Output[] = new Array<Output>(plan.shape.columns);
      for (let c = 0; c < plan.shape.columns; c++) {
        const element = plan.element(r, c, (input) => {
          const result = model(input);
          assertFinite(fn, result);
          return result;
        });
        row[c] = element;
      }
      output[r] = row;
    }
    return output;
  });
}

/**
 * Like {@link elementwise}, for a model with several outputs per element (a
 * DDMRP zone triple, say): each single value or single column of n rows in,
 * n rows × `width` columns out. A blank row gives a row of ""; an element's
 * error fills its row. Ranges with more than one column are refused.
 */
export function elementwiseColumns<R extends string, O extends string = never>(
  fn: string,
  required: Record<R, Binding>,
  optional: Record<O, Binding>,
  width: number,
  model: (input: Record<R, number> & Partial<Record<O, number>>) => readonly number[],
): Output[][] {
  return broadcast(fn, required, optional, (plan) => {
    if (plan.shape.columns !== 1) {
      throw new ArgumentError(
        `${fn}: ${plan.shapeFrom ?? "each argument"} must be a single value or a single column (got ${describeShape(plan.shape)}); ` +
          `the result has ${width} columns per row`,
      );
    }
    const output: Output[][] = new Array<Output[]>(plan.shape.rows);
    for (let r = 0; r < plan.shape.rows; r++) {
      let values: readonly number[] = [];
      const element = plan.element(r, 0, (input) => {
        values = model(input);
        if (values.length !== width) throw new Error(`${fn} returned ${values.length} values, not ${width}`);
        values.forEach((value) => assertFinite(fn, value));
        return 0;
      });
      output[r] = typeof element === "number" ? [...values] : new Array<Output>(width).fill(element);
    }
    return output;
  });
}

function assertFinite(fn: string, result: number): void {
  if (!Number.isFinite(result)) {
    throw new Error(`${fn} returned ${String(result)}: core models must throw InputError instead`);
  }
}

/** What {@link broadcast} hands its caller: the result shape and a way to compute one element. */
interface BroadcastPlan<R extends string, O extends string> {
  shape: Shape;
  /** Excel name of the argument that set the shape, if any was a range. */
  shapeFrom: string | undefined;
  /**
   * The element at (r, c): "" for a blank row, a `#VALUE!` for a bad cell or an
   * input the model rejects, else what `compute` returns for the coerced input.
   */
  element(r: number, c: number, compute: (input: Record<R, number> & Partial<Record<O, number>>) => number): Output;
}

/** Binds, coerces and checks the shapes of broadcast arguments, then hands a plan to `build`. */
function broadcast<R extends string, O extends string>(
  fn: string,
  required: Record<R, Binding>,
  optional: Record<O, Binding>,
  build: (plan: BroadcastPlan<R, O>) => Output[][],
): Output[][] {
  const excelNames: Record<string, string> = {};
  const bound: BoundMatrix[] = [];
  const bind = (bindings: Record<string, Binding>, isOptional: boolean): void => {
    for (const [field, [excelName, value]] of Object.entries(bindings)) {
      excelNames[field] = excelName;
      if (isOptional && isOmitted(value)) continue;
      const matrix = toMatrix(fn, excelName, value);
      bound.push({
        field,
        excelName,
        optional: isOptional,
        matrix,
        shape: { rows: matrix.length, columns: (matrix[0] as Cell[]).length },
      });
    }
  };

  return guarded(fn, excelNames, () => {
    bind(required, false);
    bind(optional, true);
    let shape: Shape = { rows: 1, columns: 1 };
    let shapeFrom: BoundMatrix | undefined;
    for (const argument of bound) {
      if (argument.shape.rows === 1 && argument.shape.columns === 1) continue;
      if (!shapeFrom) {
        shape = argument.shape;
        shapeFrom = argument;
      } else if (argument.shape.rows !== shape.rows || argument.shape.columns !== shape.columns) {
        throw new ArgumentError(
          `${fn}: ${shapeFrom.excelName} is ${describeShape(shape)} but ${argument.excelName} is ` +
            `${describeShape(argument.shape)}; ranges must have the same shape, or be a single value`,
        );
      }
    }
    // A row is blank when every required range is blank there (single values apply
    // to every row and say nothing about it); with no ranges, every required value.
    const isSingle = (argument: BoundMatrix): boolean => argument.shape.rows === 1 && argument.shape.columns === 1;
    const requiredArgs = bound.filter((argument) => !argument.optional);
    const requiredRanges = requiredArgs.filter((argument) => !isSingle(argument));
    const rowDefiners = requiredRanges.length > 0 ? requiredRanges : requiredArgs;
    const fromRange = requiredRanges.length > 0;
    const cellAt = (argument: BoundMatrix, r: number, c: number): Cell =>
      isSingle(argument) ? (argument.matrix[0] as Cell[])[0] : (argument.matrix[r] as Cell[])[c];

    return build({
      shape,
      shapeFrom: shapeFrom?.excelName,
      element(r, c, compute) {
        const where = position(shape, r, c);
        const cells = rowDefiners.map((argument) => cellAt(argument, r, c));
        if (cells.every(isBlank) || (fromRange && cells.every((cell) => isBlank(cell) || cell === 0))) return "";
        const input: Record<string, number> = {};
        for (const argument of bound) {
          const cell = cellAt(argument, r, c);
          if (isBlank(cell)) {
            if (argument.optional) continue;
            return valueError(`${fn}: ${argument.excelName}${where} is blank; enter a number`);
          }
          if (typeof cell !== "number" || !Number.isFinite(cell)) {
            return valueError(`${fn}: ${argument.excelName}${where} ${notANumber(cell)}`);
          }
          input[argument.field] = cell;
        }
        try {
          return compute(input as Record<R, number> & Partial<Record<O, number>>);
        } catch (error) {
          if (error instanceof InputError) return valueError(describeInputError(fn, error, excelNames, where));
          throw error;
        }
      },
    });
  });
}

/** A list argument (every cell of a range, row by row) with blanks as `null`. */
export interface ListArgument {
  shape: Shape;
  values: Array<number | null>;
}

/** Reads a range of numbers; blanks become `null`; any other non-number makes the call `#VALUE!`. */
function numberList(fn: string, excelName: string, value: Cell): ListArgument {
  const matrix = toMatrix(fn, excelName, value);
  const shape = { rows: matrix.length, columns: (matrix[0] as Cell[]).length };
  const values: Array<number | null> = [];
  for (let r = 0; r < shape.rows; r++) {
    const row = matrix[r] as Cell[];
    for (let c = 0; c < shape.columns; c++) {
      const cell = row[c];
      if (isBlank(cell)) values.push(null);
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(cell);
      else throw new ArgumentError(`${fn}: ${excelName}${position(shape, r, c)} ${notANumber(cell)}`);
    }
  }
  return { shape, values };
}

/** Lays a flat, row-by-row list back out in a shape; `null` becomes "" (never null in a spill). */
export function reshape<T extends number | string>(shape: Shape, list: ReadonlyArray<T | null>): Output[][] {
  const output: Output[][] = new Array<Output[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: Output[] = new Array<Output>(shape.columns);
    for (let c = 0; c < shape.columns; c++) row[c] = list[r * shape.columns + c] ?? "";
    output[r] = row;
  }
  return output;
}

/** Reads a single-value option argument; omitted or blank gives `undefined`. */
function singleCell(fn: string, excelName: string, value: Cell): Cell {
  if (isOmitted(value)) return undefined;
  const matrix = toMatrix(fn, excelName, value);
  if (matrix.length !== 1 || (matrix[0] as Cell[]).length !== 1) {
    throw new ArgumentError(
      `${fn}: ${excelName} must be a single value (got a range of ${describeShape({ rows: matrix.length, columns: (matrix[0] as Cell[]).length })})`,
    );
  }
  const cell = (matrix[0] as Cell[])[0];
  return isBlank(cell) ? undefined : cell;
}

function optionalNumber(fn: string, excelName: string, value: Cell): number | undefined {
  const cell = singleCell(fn, excelName, value);
  if (cell === undefined) return undefined;
  if (typeof cell !== "number" || !Number.isFinite(cell)) {
    throw new ArgumentError(`${fn}: ${excelName} ${notANumber(cell)}`);
  }
  return cell;
}

function optionalChoice<C extends string>(
  fn: string,
  excelName: string,
  value: Cell,
  choices: readonly C[],
): C | undefined {
  const cell = singleCell(fn, excelName, value);
  if (cell === undefined) return undefined;
  const text = typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
  const match = choices.find((choice) => choice.toLowerCase() === text);
  if (match === undefined) {
    const listed = choices.map((choice) => `"${choice}"`).join(" or ");
    throw new ArgumentError(`${fn}: ${excelName} must be ${listed} (got ${formatValue(cell)})`);
  }
  return match;
}

/**
 * A single-value option read before broadcasting (a `[result]` selector, a method
 * name): omitted or blank gives `undefined`; anything else not in `choices`
 * throws `#VALUE!` naming the valid choices.
 */
export function choiceArgument<C extends string>(
  fn: string,
  excelName: string,
  value: Cell,
  choices: readonly C[],
): C | undefined {
  return guarded(fn, {}, (read) => read.optionalChoice(excelName, value, choices));
}

/** A single optional number read before broadcasting; omitted or blank gives `undefined`. */
export function numberArgument(fn: string, excelName: string, value: Cell): number | undefined {
  return guarded(fn, {}, (read) => read.optionalNumber(excelName, value));
}
