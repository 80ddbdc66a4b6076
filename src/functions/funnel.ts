/**
 * The one funnel between Excel and the core.
 *
 * Every rule about cells lives here: what Excel passes (raw values, matrices,
 * `null` for omitted optionals, `null`/""/0 for empty cells), coercion to
 * numbers and logical values, broadcasting of ranges, lists, series and demand
 * histories, blanks, shapes that must agree, size limits, positions in
 * messages, how results are laid out in a spill, and the mapping of core input
 * errors to `#VALUE!` errors whose message names the function, the argument,
 * the cell, the rule and the value. Every rule about inventory lives in core.
 *
 * One binding style: a wrapper binds each Excel argument once, to the core
 * field it feeds, as `{ field: [excelName, value] }` ({@link Binding}), and from
 * then on speaks of the field. {@link elementwise} and {@link elementwiseColumns}
 * broadcast scalar models over such bindings; {@link guarded} hands a body an
 * {@link ArgumentReader} that reads lists, series, histories and options by field.
 *
 * Only {@link InputError} (from core) and {@link ArgumentError} (from here) become
 * `#VALUE!`. Anything else is a bug and is allowed to surface as one.
 *
 * The call path is kept near its floor: a call whose arguments are all single
 * numbers takes a fast path that allocates only the model's input and the 1 × 1
 * result; broadcasting allocates nothing per element but the model's input and
 * the result; messages are built only on the way to an error.
 */
import { InputError, formatValue } from "../core/shared/inputError";

/** What Excel may hand a parameter declared as `any` or `any[][]`. */
export type Cell = unknown;
/** What a matrix-returning custom function gives back: numbers, text, "" for blanks, or an error. */
export type Output = number | string | CustomFunctions.Error;

/** An Excel argument bound to a core field: [Excel name, value as Excel passed it]. */
export type Binding = readonly [excelName: string, value: Cell];

/** The numbers a scalar model receives: every required field, and the optional fields that were given. */
export type ModelInput<R extends string, O extends string> = Record<R, number> & Partial<Record<O, number>>;

/** The shape of a range. */
export interface Shape {
  rows: number;
  columns: number;
}

/** The largest range an argument may be: one full Excel column (a demand history may be ten). */
export const MAX_CELLS = 1_048_576;

// ─── Public entry points ────────────────────────────────────────────────────────────────────────

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
  model: (input: ModelInput<R, O>) => number,
): Output[][] {
  const fast = singleValues(required, optional);
  if (fast !== undefined) {
    // Every argument one finite number: the model's number as is. Anything else (an input error,
    // a result that is not finite) takes the general path, which says what went wrong.
    try {
      const result = model(fast as ModelInput<R, O>);
      if (Number.isFinite(result)) return [[result]];
    } catch {
      // The general path below calls the model again and reports the error.
    }
  }
  return broadcast(fn, required, optional, (plan) => {
    const { rows, columns } = plan.shape;
    const output: Output[][] = new Array<Output[]>(rows);
    for (let r = 0; r < rows; r++) {
      if (columns === 1) {
        output[r] = [plan.element(r, 0, model, assertFinite)];
        continue;
      }
      const row: Output[] = new Array<Output>(columns);
      for (let c = 0; c < columns; c++) row[c] = plan.element(r, c, model, assertFinite);
      output[r] = row;
    }
    return output;
  });
}

/**
 * Like {@link elementwise}, for a model with several outputs per element (a
 * DDMRP zone triple, say). Items run down a single column or across a single
 * row, and their outputs go the other way: n rows in give n rows × `width`
 * columns out; n columns in give `width` rows × n columns out (as
 * {@link alongSeries} lays them out). A blank item gives blanks; an item's
 * error fills its outputs. Ranges with more than one row and more than one
 * column are refused.
 */
export function elementwiseColumns<R extends string, O extends string = never>(
  fn: string,
  required: Record<R, Binding>,
  optional: Record<O, Binding>,
  width: number,
  model: (input: ModelInput<R, O>) => readonly number[],
): Output[][] {
  const check = (name: string, values: readonly number[]): void => {
    if (values.length !== width) throw new Error(`${name} returned ${values.length} values, not ${width}`);
    for (const value of values) assertFinite(name, value);
  };
  return broadcast(fn, required, optional, (plan) => {
    const { rows, columns } = plan.shape;
    if (rows !== 1 && columns !== 1) {
      throw new ArgumentError(
        `${fn}: ${plan.shapeFrom ?? "each argument"} must be a single value, a single column or a single row ` +
          `(got ${describeShape(plan.shape)}); the result has ${width} outputs per item`,
      );
    }
    const items: Output[][] = new Array<Output[]>(rows * columns);
    for (let k = 0; k < rows * columns; k++) {
      const element = columns === 1 ? plan.element(k, 0, model, check) : plan.element(0, k, model, check);
      items[k] = Array.isArray(element)
        ? [...(element as readonly number[])]
        : new Array<Output>(width).fill(element as Output);
    }
    return alongSeries(plan.shape, items);
  });
}

/**
 * Runs a custom function body over its bound arguments and turns input errors
 * into `#VALUE!` with a message. The body reads each argument by its core field
 * through the {@link ArgumentReader} it is given; a core error about a field is
 * told with the field's Excel name (and, for an item of a list, its cell).
 *
 * @param fn        the function's Excel name, for messages
 * @param bindings  core field → [Excel name, value]
 * @param body      reads the arguments and computes the result
 */
export function guarded<K extends string, T>(
  fn: string,
  bindings: Record<K, Binding>,
  body: (read: ArgumentReader<K>) => T,
): T {
  const reader = new ArgumentReader(fn, bindings);
  try {
    return body(reader);
  } catch (error) {
    throw asValueError(fn, error, reader.excelNames, reader.listShapes);
  }
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
  return guarded(fn, { option: [excelName, value] }, (read) => read.optionalChoice("option", choices));
}

/**
 * A single TRUE/FALSE option read before broadcasting: TRUE, FALSE, 1, 0 or the
 * text "TRUE"/"FALSE" in any case; omitted or blank gives `undefined`; anything
 * else throws `#VALUE!`.
 */
export function logicalArgument(fn: string, excelName: string, value: Cell): boolean | undefined {
  return guarded(fn, { option: [excelName, value] }, (read) => read.optionalLogical("option"));
}

/**
 * Reads a `[result]` selector before broadcasting and returns the accessor for
 * the chosen output: `outputs` maps each choice to it, and omitted or blank
 * gives the first (headline) output. Another value throws `#VALUE!` naming the
 * choices.
 */
export function resultOutput<R, K extends string>(
  fn: string,
  value: Cell,
  outputs: Record<K, (result: R) => number>,
): (result: R) => number {
  const names = Object.keys(outputs) as K[];
  // The rule reads names[0] as K; with noUncheckedIndexedAccess it is K | undefined (names is never empty).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const name = choiceArgument(fn, "result", value, names) ?? (names[0] as K);
  return outputs[name];
}

/** One result (an aggregate, a total) as a 1 × 1 spill; `null`, nothing to aggregate, as "". */
export function oneCell(value: Output | null): Output[][] {
  return [[value ?? ""]];
}

/**
 * Lays a flat, row-by-row list of results back out in a shape; `null` becomes ""
 * (never null in a spill). Results may be errors, such as an item's `#VALUE!`.
 * In a column, rows that hold the same text are one array (a million ABC
 * classes are three rows, not a million): a spill's rows are read, never written.
 */
export function reshape(shape: Shape, list: ReadonlyArray<Output | null>): Output[][] {
  const { rows, columns } = shape;
  const output: Output[][] = new Array<Output[]>(rows);
  if (columns === 1) {
    // The shared rows, found by a short scan (classes are a handful of texts); past 8 texts, new rows.
    const texts: string[] = [];
    const textRows: Output[][] = [];
    for (let r = 0; r < rows; r++) {
      const cell = list[r] ?? "";
      let k = typeof cell === "string" ? texts.indexOf(cell) : -1;
      if (k < 0 && typeof cell === "string" && texts.length < 8) k = texts.push(cell) - 1;
      output[r] = k < 0 ? [cell] : (textRows[k] ??= [cell]);
    }
    return output;
  }
  for (let r = 0; r < rows; r++) {
    const row: Output[] = new Array<Output>(columns);
    for (let c = 0; c < columns; c++) row[c] = list[r * columns + c] ?? "";
    output[r] = row;
  }
  return output;
}

/**
 * Lays out several outputs per item of a single column or row (a {@link ArgumentReader.series}):
 * a column gives one row per item; a row gives the transpose, one row per output under the items.
 */
export function alongSeries(shape: Shape, items: ReadonlyArray<readonly Output[]>): Output[][] {
  if (shape.columns === 1) return items.map((item) => [...item]);
  const width = items[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => items.map((item) => item[k] ?? ""));
}

/** Builds the `#VALUE!` error Excel shows with a message. */
export function valueError(message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + "…" : message;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

/** A rule about cells was broken (not a number, not rectangular, shapes differ, too large). */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

/** A list argument (every cell of a range, row by row) with blanks as `null`, and its Excel name. */
export interface ListArgument {
  name: string;
  shape: Shape;
  values: Array<number | null>;
}

/**
 * A demand history (one row per item, periods across; or one item down a single
 * column) with blanks as `null`, and its Excel name.
 */
export interface HistoryArgument {
  name: string;
  /** The range's shape, as Excel passed it. */
  shape: Shape;
  /** One row of periods per item; an item with a cell that is not a number reads as blank and has an entry in `bad`. */
  rows: Array<Array<number | null>>;
  /** Item → the `#VALUE!` for its first cell that is not a number. */
  bad: Map<number, CustomFunctions.Error>;
  /** Where an item's cell (its period when known) is in the range, for a message: " (row 2, column 3)". */
  where(item: number, period?: number): string;
}

/**
 * Reads the bound arguments of one call (lists, flags, series, histories and
 * options) by core field, remembering the shape of each list so that a core
 * error about item k can name its cell. Each method fails the call with an
 * {@link ArgumentError} when a rule about cells is broken.
 */
export class ArgumentReader<K extends string = string> {
  /** Core field → Excel name, for messages. */
  readonly excelNames: Record<string, string> = {};
  /** Excel name → shape of each list read, so that an error about item k names its cell. */
  readonly listShapes: Record<string, Shape> = {};

  constructor(
    private readonly fn: string,
    private readonly bindings: Record<K, Binding>,
  ) {
    for (const field in bindings) this.excelNames[field] = bindings[field][0];
  }

  /** Every cell of a range, row by row, blanks as `null`; any other non-number fails the call. */
  numbers(field: K): ListArgument {
    const [excelName, value] = this.bindings[field];
    return this.remember(numberList(this.fn, excelName, value, numberCell));
  }

  /** {@link numbers}, or `undefined` when the argument was omitted. */
  optionalNumbers(field: K): ListArgument | undefined {
    return isOmitted(this.bindings[field][1]) ? undefined : this.numbers(field);
  }

  /**
   * A range of yes/no flags, row by row: TRUE/FALSE (or 1/0) as 1/0, blanks as
   * `null`; other numbers pass through for the model to refuse. Text, the likely
   * slip ("yes"), fails the call at its cell in flag terms, named before any
   * other bad cell; then the first cell that is not a number does.
   */
  flags(field: K): ListArgument {
    const [excelName, value] = this.bindings[field];
    numberList(this.fn, excelName, value, notAFlag);
    return this.remember(numberList(this.fn, excelName, value, flagCell));
  }

  /**
   * A series of periods: a single column or a single row of numbers (see
   * {@link numbers}). Its figures are read with {@link figures}.
   */
  series(field: K): ListArgument {
    const list = this.numbers(field);
    if (list.shape.rows > 1 && list.shape.columns > 1) {
      throw new ArgumentError(
        `${this.fn}: ${list.name} must be a single column or a single row of periods (got ${describeShape(list.shape)})`,
      );
    }
    return list;
  }

  /**
   * The figures of a {@link series} up to its last one. Blank cells after it are
   * past the data (a range may run on); a blank between figures fails the call
   * at its cell (enter 0 for a period with none).
   */
  figures(series: ListArgument): number[] {
    const values = series.values;
    let count = values.length;
    while (count > 0 && values[count - 1] === null) count--;
    const firstBlank = values.indexOf(null);
    if (firstBlank >= 0 && firstBlank < count) {
      const { name } = series;
      throw new ArgumentError(
        `${this.fn}: ${name}${itemPosition(series.shape, firstBlank)} is blank between periods with ${name}; ` +
          `enter 0 for a period without ${name}`,
      );
    }
    return values.slice(0, count) as number[];
  }

  /**
   * A demand history: one row per item, periods across, of at most ten full
   * columns of cells (other ranges: one); blanks as `null`. A single column of
   * more than one row is one item's history, its periods down the column (a
   * column of one-period items could never be classified). A cell that is not
   * a number costs only its own item: the item reads as blank and its `#VALUE!`
   * (naming the cell) is kept for {@link itemOutputs}.
   */
  history(field: K): HistoryArgument {
    const [excelName, value] = this.bindings[field];
    const matrix = toMatrix(this.fn, excelName, value, TEN_COLUMNS);
    const shape = shapeOf(matrix);
    const oneItemColumn = shape.columns === 1 && shape.rows > 1;
    const items = oneItemColumn ? 1 : shape.rows;
    const periods = oneItemColumn ? shape.rows : shape.columns;
    const cellAt = oneItemColumn
      ? (_item: number, period: number): Cell => (matrix[period] as Cell[])[0]
      : (item: number, period: number): Cell => (matrix[item] as Cell[])[period];
    const where = (item: number, period?: number): string =>
      oneItemColumn ? (period === undefined ? "" : ` (row ${period + 1})`) : historyPosition(item, period);
    const rows = new Array<Array<number | null>>(items);
    const bad = new Map<number, CustomFunctions.Error>();
    for (let item = 0; item < items; item++) {
      const row = new Array<number | null>(periods).fill(null);
      for (let period = 0; period < periods; period++) {
        const cell = cellAt(item, period);
        if (isBlank(cell)) continue;
        const number = numberCell(cell);
        if (typeof number === "string") {
          bad.set(item, valueError(`${this.fn}: ${excelName}${where(item, period)} ${number}`));
          row.fill(null);
          break;
        }
        row[period] = number;
      }
      rows[item] = row;
    }
    return { name: excelName, shape, rows, bad, where };
  }

  /** An optional single number; omitted or blank gives `undefined`. */
  optionalNumber(field: K): number | undefined {
    const [excelName, value] = this.bindings[field];
    const cell = singleCell(this.fn, excelName, value);
    if (cell === undefined) return undefined;
    const number = numberCell(cell);
    if (typeof number === "string") throw new ArgumentError(`${this.fn}: ${excelName} ${number}`);
    return number;
  }

  /** A required single number; omitted or blank fails the call ("is blank; enter a number"). */
  requiredNumber(field: K): number {
    const number = this.optionalNumber(field);
    if (number === undefined) throw new ArgumentError(`${this.fn}: ${this.excelNames[field]} is blank; enter a number`);
    return number;
  }

  /** An optional choice among named options, case-insensitive; omitted or blank gives `undefined`. */
  optionalChoice<C extends string>(field: K, choices: readonly C[]): C | undefined {
    const [excelName, value] = this.bindings[field];
    const cell = singleCell(this.fn, excelName, value);
    if (cell === undefined) return undefined;
    const text = typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
    const match = choices.find((choice) => choice.toLowerCase() === text);
    if (match === undefined) {
      const listed = choices.map((choice) => `"${choice}"`).join(" or ");
      throw new ArgumentError(`${this.fn}: ${excelName} must be ${listed} (got ${formatValue(cell)})`);
    }
    return match;
  }

  /** A required choice among named options, case-insensitive; omitted or blank fails the call listing them. */
  requiredChoice<C extends string>(field: K, choices: readonly C[]): C {
    const choice = this.optionalChoice(field, choices);
    if (choice === undefined) {
      throw new ArgumentError(`${this.fn}: ${this.excelNames[field]} is blank; enter one of ${choices.join(", ")}`);
    }
    return choice;
  }

  /**
   * An optional single TRUE/FALSE: TRUE, FALSE, 1, 0 or the text "TRUE"/"FALSE"
   * in any case; omitted or blank gives `undefined`.
   */
  optionalLogical(field: K): boolean | undefined {
    const [excelName, value] = this.bindings[field];
    const cell = singleCell(this.fn, excelName, value, "TRUE or FALSE");
    if (cell === undefined || typeof cell === "boolean") return cell;
    if (cell === 0 || cell === 1) return cell === 1;
    const text = typeof cell === "string" ? cell.trim().toUpperCase() : undefined;
    if (text === "TRUE" || text === "FALSE") return text === "TRUE";
    throw new ArgumentError(`${this.fn}: ${excelName} must be TRUE or FALSE (got ${formatValue(cell)})`);
  }

  /**
   * Two lists that pair up cell by cell have one shape; with `orSingle`, the
   * second may instead be a single value. The message names both shapes.
   */
  sameShape(first: ListArgument, second: ListArgument, { orSingle = false } = {}): void {
    if (equalShapes(first.shape, second.shape) || (orSingle && isSingle(second.shape))) return;
    const rule = `ranges must have the same shape${orSingle ? `, or ${second.name} be a single value` : ""}`;
    throw shapesDiffer(this.fn, first, second, rule);
  }

  /** Two lists with one cell each per item, whatever their shapes; `advice` ends the message. */
  sameCount(first: ListArgument, second: ListArgument, advice: string): void {
    if (first.values.length === second.values.length) return;
    throw new ArgumentError(
      `${this.fn}: ${first.name} has ${plural(first.values.length, "cell")} but ` +
        `${second.name} has ${plural(second.values.length, "cell")}; ${advice}`,
    );
  }

  /** One cell of `list` per item of `history`; the message names both shapes. */
  onePerItem(list: ListArgument, history: HistoryArgument): void {
    if (list.values.length === history.rows.length) return;
    const items =
      history.rows.length === 1 && history.shape.rows > 1
        ? `one value for the one item of ${history.name} (a single column is one item's history)`
        : `one value per row of ${history.name}`;
    throw shapesDiffer(this.fn, list, history, `give ${items}`);
  }

  /**
   * A list that pairs cell by cell with the lists `alignedWith` (check that with
   * {@link sameShape} `{ orSingle: true }`), or is one value for every row: its
   * values when it is a range; when it is one cell, that number, or `undefined`
   * if the cell is blank and so is every cell of `alignedWith` (nothing to
   * compute). One blank cell beside rows to compute fails the call:
   * "{name} is blank; enter {what}".
   */
  alignedOrSingle(
    list: ListArgument,
    alignedWith: readonly ListArgument[],
    what: string,
  ): Array<number | null> | number | undefined {
    if (!isSingle(list.shape)) return list.values;
    const value = list.values[0];
    if (value !== null && value !== undefined) return value;
    if (alignedWith.every((other) => other.values.every((v) => v === null))) return undefined;
    throw new ArgumentError(`${this.fn}: ${list.name} is blank; enter ${what}`);
  }

  /**
   * Lays out per-item results of a model over a demand history: one per row of
   * the history as a column, or in the shape of `values` when the items are also
   * its cells. A result shows as is; `null` (a blank item) as ""; a row the
   * history refused (see {@link history}) as its `#VALUE!`; an item's
   * {@link InputError} as a `#VALUE!` naming its cell: row (and period column)
   * of the history, or its cell of `values`.
   */
  itemOutputs<T extends number | string>(
    results: ReadonlyArray<T | null | InputError>,
    history: HistoryArgument,
    values?: ListArgument,
  ): Output[][] {
    const cells = results.map((result, item): Output | null => {
      const bad = history.bad.get(item);
      if (bad) return bad;
      if (!(result instanceof InputError)) return result;
      const name = excelNameOf(result, this.excelNames);
      let where = "";
      if (name === history.name) where = history.where(item, result.index);
      else if (values && name === values.name) where = itemPosition(values.shape, item);
      return valueError(describeInputError(this.fn, result, this.excelNames, where));
    });
    return reshape(values?.shape ?? { rows: cells.length, columns: 1 }, cells);
  }

  /** Keeps a list's shape, so that a core error about one of its items names the cell. */
  private remember(list: ListArgument): ListArgument {
    this.listShapes[list.name] = list.shape;
    return list;
  }
}

// ─── Broadcasting ───────────────────────────────────────────────────────────────────────────────

/**
 * Every argument as one finite number, read straight from `[[x]]` (or a bare x),
 * an omitted optional left out: the model's input for a call of single values.
 * `undefined` when any argument is a range, blank or not a number, for the
 * general path to judge.
 */
function singleValues(
  required: Record<string, Binding>,
  optional: Record<string, Binding>,
): Record<string, number> | undefined {
  const input: Record<string, number> = {};
  for (const field in required) {
    const number = singleNumber((required[field] as Binding)[1]);
    if (number === undefined) return undefined;
    input[field] = number;
  }
  for (const field in optional) {
    const value = (optional[field] as Binding)[1];
    if (value === null || value === undefined) continue;
    const number = singleNumber(value);
    if (number === undefined) return undefined;
    input[field] = number;
  }
  return input;
}

/** The finite number in `[[x]]` or a bare x; `undefined` for anything else. */
function singleNumber(value: Cell): number | undefined {
  let cell = value;
  if (Array.isArray(value)) {
    if (value.length !== 1) return undefined;
    const row: unknown = value[0];
    if (!Array.isArray(row) || row.length !== 1) return undefined;
    cell = row[0];
  }
  return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
}

function assertFinite(fn: string, result: number): void {
  if (!Number.isFinite(result)) {
    throw new Error(`${fn} returned ${String(result)}: core models must throw InputError instead`);
  }
}

/** An argument of a broadcast, bound and checked. */
interface BoundMatrix extends Named {
  field: string;
  optional: boolean;
  matrix: Cell[][];
  /** A single value, applied to every element; `cell` is it. */
  single: boolean;
  cell: Cell;
}

/** What {@link broadcast} hands its caller: the result shape and a way to compute one element. */
interface BroadcastPlan<R extends string, O extends string> {
  shape: Shape;
  /** Excel name of the argument that set the shape, if any was a range. */
  shapeFrom: string | undefined;
  /**
   * The element at (r, c): "" for a blank row, a `#VALUE!` for a bad cell or an
   * input the model rejects, else what `model` returns for the coerced input,
   * once `check` (which throws on a bug) has passed it.
   */
  element<V>(
    r: number,
    c: number,
    model: (input: ModelInput<R, O>) => V,
    check: (fn: string, result: V) => void,
  ): V | Output;
}

/** Binds, coerces and checks the shapes of broadcast arguments, then hands a plan to `build`. */
function broadcast<R extends string, O extends string>(
  fn: string,
  required: Record<R, Binding>,
  optional: Record<O, Binding>,
  build: (plan: BroadcastPlan<R, O>) => Output[][],
): Output[][] {
  const bindings: Record<string, Binding> = { ...required, ...optional };
  return guarded(fn, bindings, (read) => {
    const { excelNames } = read;
    const bound: BoundMatrix[] = [];
    const bind = (fields: Record<string, Binding>, isOptional: boolean): void => {
      for (const field in fields) {
        const [name, value] = fields[field] as Binding;
        if (isOptional && isOmitted(value)) continue;
        const matrix = toMatrix(fn, name, value);
        const shape = shapeOf(matrix);
        const single = isSingle(shape);
        bound.push({ field, name, optional: isOptional, matrix, shape, single, cell: (matrix[0] as Cell[])[0] });
      }
    };
    bind(required, false);
    bind(optional, true);
    let shape: Shape = { rows: 1, columns: 1 };
    let shapeFrom: BoundMatrix | undefined;
    for (const argument of bound) {
      if (argument.single) continue;
      if (!shapeFrom) {
        shape = argument.shape;
        shapeFrom = argument;
      } else if (!equalShapes(argument.shape, shape)) {
        throw shapesDiffer(fn, shapeFrom, argument, "ranges must have the same shape, or be a single value");
      }
    }
    // A row is blank when every required range is blank there (single values apply
    // to every row and say nothing about it); with no ranges, every required value.
    const requiredArgs = bound.filter((argument) => !argument.optional);
    const requiredRanges = requiredArgs.filter((argument) => !argument.single);
    const rowDefiners = requiredRanges.length > 0 ? requiredRanges : requiredArgs;
    const fromRange = requiredRanges.length > 0;
    const cellAt = (argument: BoundMatrix, r: number, c: number): Cell =>
      argument.single ? argument.cell : (argument.matrix[r] as Cell[])[c];

    return build({
      shape,
      shapeFrom: shapeFrom?.name,
      element(r, c, model, check) {
        let blank = true;
        let blankOrZero = fromRange;
        for (const argument of rowDefiners) {
          const cell = cellAt(argument, r, c);
          if (isBlank(cell)) continue;
          blank = false;
          if (cell !== 0) {
            blankOrZero = false;
            break;
          }
        }
        if (blank) return "";
        const result = computeElement(r, c, model, check);
        // Some Excel builds pass the empty cells of a range as 0, indistinguishable from a typed 0.
        // A row of blanks-or-zeros is computed (a 0 is a number), and blank only where 0 is not valid.
        return blankOrZero && isValueError(result) ? "" : result;
      },
    });

    /** The element at (r, c) of a row that is not blank: the model's result, or a `#VALUE!`. */
    function computeElement<V>(
      r: number,
      c: number,
      model: (input: ModelInput<R, O>) => V,
      check: (fn: string, result: V) => void,
    ): V | CustomFunctions.Error {
      const input: Record<string, number> = {};
      for (const argument of bound) {
        const cell = cellAt(argument, r, c);
        if (isBlank(cell)) {
          if (argument.optional) continue;
          return valueError(`${fn}: ${argument.name}${position(shape, r, c)} is blank; enter a number`);
        }
        if (typeof cell !== "number" || !Number.isFinite(cell)) {
          return valueError(`${fn}: ${argument.name}${position(shape, r, c)} ${notANumber(cell)}`);
        }
        input[argument.field] = cell;
      }
      try {
        const result = model(input as ModelInput<R, O>);
        check(fn, result);
        return result;
      } catch (error) {
        if (error instanceof InputError) {
          return valueError(describeInputError(fn, error, excelNames, position(shape, r, c) + errorItem(error)));
        }
        throw error;
      }
    }
  });
}

/** A `#VALUE!` (or any error) among the outputs: the only objects a cell holds. */
function isValueError(output: unknown): boolean {
  return typeof output === "object" && output !== null && !Array.isArray(output);
}

// ─── Cells ──────────────────────────────────────────────────────────────────────────────────────

/** Excel shows at most this much of an error message. */
const MAX_MESSAGE = 255;

/** A cap on the cells of one argument, and how a message words it. */
interface CellCap {
  cells: number;
  words: string;
}
/** Broadcast ranges and lists: {@link MAX_CELLS}. */
const ONE_COLUMN: CellCap = { cells: MAX_CELLS, words: "one full column" };
/**
 * Demand histories: ten full columns. Items are rows and periods go across, so
 * 100,000 items × 24 periods (2.4 million cells) is more than one column holds;
 * 100,000 items × 104 weeks fits.
 */
const TEN_COLUMNS: CellCap = { cells: 10 * MAX_CELLS, words: "ten full columns" };

/** Anything with an Excel name and a shape, for messages about shapes. */
interface Named {
  name: string;
  shape: Shape;
}

/** "1 row", "2,000 cells": a count and its word. */
function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function describeShape(shape: Shape): string {
  return `${plural(shape.rows, "row")} × ${plural(shape.columns, "column")}`;
}

const isSingle = (shape: Shape): boolean => shape.rows === 1 && shape.columns === 1;
const equalShapes = (a: Shape, b: Shape): boolean => a.rows === b.rows && a.columns === b.columns;

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

/** A non-blank cell read as a number: the number, or why it is not one. */
function numberCell(cell: Cell): number | string {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : notANumber(cell);
}

/** A non-blank cell read as a flag: TRUE/FALSE as 1/0, numbers as they are (the model judges them), text refused. */
function flagCell(cell: Cell): number | string {
  if (typeof cell === "boolean") return Number(cell);
  return typeof cell === "string" ? notAFlag(cell) : numberCell(cell);
}

/** Text where a flag belongs: the refusal, in flag terms; any other cell passes (as 0). */
function notAFlag(cell: Cell): number | string {
  return typeof cell === "string" ? `must be TRUE or FALSE, or 1 or 0 (got ${formatValue(cell)})` : 0;
}

/**
 * Turns a value Excel passed into a rectangular matrix of at most `cap` cells,
 * or explains why it is not one.
 */
function toMatrix(fn: string, name: string, value: Cell, cap: CellCap = ONE_COLUMN): Cell[][] {
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
  if (value.length * columns > cap.cells) {
    throw new ArgumentError(
      `${fn}: ${name} has ${(value.length * columns).toLocaleString("en-US")} cells; ` +
        `at most ${cap.cells.toLocaleString("en-US")} (${cap.words}) are allowed`,
    );
  }
  return value as Cell[][];
}

const shapeOf = (matrix: Cell[][]): Shape => ({ rows: matrix.length, columns: (matrix[0] as Cell[]).length });

/**
 * Reads a range cell by cell with `readCell` (a number, or why the cell is not
 * one); blanks become `null`; the first cell it refuses makes the call `#VALUE!`.
 */
function numberList(
  fn: string,
  excelName: string,
  value: Cell,
  readCell: (cell: Cell) => number | string,
): ListArgument {
  const matrix = toMatrix(fn, excelName, value);
  const shape = shapeOf(matrix);
  const values = new Array<number | null>(shape.rows * shape.columns);
  let k = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = matrix[r] as Cell[];
    for (let c = 0; c < shape.columns; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        // Every reader takes a finite number as it is (the flag check only refuses text).
        values[k++] = cell;
        continue;
      }
      const number = isBlank(cell) ? null : readCell(cell);
      if (typeof number === "string") throw new ArgumentError(`${fn}: ${excelName}${position(shape, r, c)} ${number}`);
      values[k++] = number;
    }
  }
  return { name: excelName, shape, values };
}

/**
 * Reads a single-value option argument; omitted or blank gives `undefined`. A
 * range of more than one cell fails the call: "must be a single value, {expected}"
 * when `expected` is given, else "must be a single value (got a range of …)".
 */
function singleCell(fn: string, excelName: string, value: Cell, expected?: string): Cell {
  if (isOmitted(value)) return undefined;
  const matrix = toMatrix(fn, excelName, value);
  const shape = shapeOf(matrix);
  if (!isSingle(shape)) {
    const got = expected === undefined ? ` (got a range of ${describeShape(shape)})` : `, ${expected}`;
    throw new ArgumentError(`${fn}: ${excelName} must be a single value${got}`);
  }
  const cell = (matrix[0] as Cell[])[0];
  return isBlank(cell) ? undefined : cell;
}

// ─── Messages ───────────────────────────────────────────────────────────────────────────────────

/** Where (row, column) of a range of `shape` is, for a message: "" for a single cell, else " (row r)" and so on. */
function position(shape: Shape, row: number, column: number): string {
  if (isSingle(shape)) return "";
  if (shape.columns === 1) return ` (row ${row + 1})`;
  if (shape.rows === 1) return ` (column ${column + 1})`;
  return ` (row ${row + 1}, column ${column + 1})`;
}

/** Where item `index` of a list (its cells row by row) is, as {@link position} says it. */
function itemPosition(shape: Shape, index: number): string {
  return position(shape, Math.floor(index / shape.columns), index % shape.columns);
}

/** Where a cell of a demand history is: always its row (the item), and its column (the period) when known. */
function historyPosition(row: number, column?: number): string {
  return ` (row ${row + 1}${column === undefined ? "" : `, column ${column + 1}`})`;
}

/** A range that does not fit another: "{fn}: a is 3 rows × 1 column but b is 2 rows × 1 column; {rule}". */
function shapesDiffer(fn: string, first: Named, second: Named, rule: string): ArgumentError {
  return new ArgumentError(
    `${fn}: ${first.name} is ${describeShape(first.shape)} but ${second.name} is ${describeShape(second.shape)}; ${rule}`,
  );
}

/** The Excel name of the argument a core error is about. */
const excelNameOf = (error: InputError, excelNames: Record<string, string>): string =>
  excelNames[error.argument] ?? error.argument;

/**
 * Rewrites a core error in Excel's terms: function, Excel argument name, where
 * (the cell, as {@link position} and its kin say it), rule with core field
 * names shown as Excel names, value and hint.
 */
function describeInputError(fn: string, error: InputError, excelNames: Record<string, string>, where: string): string {
  const hint = error.hint ? `; ${error.hint}` : "";
  let rule = error.rule;
  for (const [coreName, excelName] of Object.entries(excelNames)) {
    rule = rule.replace(new RegExp(`\\b${coreName}\\b`, "g"), excelName);
  }
  return `${fn}: ${excelNameOf(error, excelNames)}${where} ${rule} (got ${formatValue(error.value)}${hint})`;
}

/** Where the item a core error names sits: its cell when its list's shape is known, else " (item k)". */
function errorItem(error: InputError, listShape?: Shape): string {
  if (error.index === undefined) return "";
  return listShape ? itemPosition(listShape, error.index) : ` (item ${error.index + 1})`;
}

/**
 * What a call's error becomes: an {@link ArgumentError} or an {@link InputError}
 * the `#VALUE!` that tells it in Excel's terms; anything else (a bug) itself.
 */
function asValueError(
  fn: string,
  error: unknown,
  excelNames: Record<string, string>,
  listShapes: Record<string, Shape>,
): unknown {
  if (error instanceof ArgumentError) return valueError(error.message);
  if (error instanceof InputError) {
    const where = errorItem(error, listShapes[excelNameOf(error, excelNames)]);
    return valueError(describeInputError(fn, error, excelNames, where));
  }
  return error;
}
