import { requireFraction, requireNonNegative } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface RecordAccuracyInput {
  /** Book (system) quantity of each record, ≥ 0; `null` for a blank. */
  bookQuantities: ReadonlyArray<number | null>;
  /** Counted quantity of each record, ≥ 0, aligned with `bookQuantities`. */
  countedQuantities: ReadonlyArray<number | null>;
  /**
   * Tolerance as a fraction of the book quantity (2% = 0.02), 0 to 1: one for
   * every record, or one per record (per-class tolerances), aligned with the records.
   */
  tolerance: number | ReadonlyArray<number | null>;
  /**
   * Absolute tolerance in units, ≥ 0, beside the relative one: one for every
   * record, or one per record (a blank is 0). Default 0 (none).
   */
  unitTolerance?: number | ReadonlyArray<number | null> | undefined;
}

/** |counted − book| ≤ t·book is compared with this relative slack, so 102 vs 100 at 2% is within. */
const SLACK = 1e-12;

/** A tolerance as a fraction of the book quantity, 0 to 1; blank is an error. */
function tolerance(value: number | null | undefined, index: number | undefined): number {
  if (value === null || value === undefined) {
    throw new InputError(
      "tolerance",
      "is blank for a counted record; enter a fraction such as 0.02 (0 for an exact match)",
      null,
      { index },
    );
  }
  return requireFraction(value, "tolerance", index);
}

/** An absolute tolerance in units: blank is 0 (none); else finite and ≥ 0. */
function unitTolerance(value: number | null | undefined, index: number | undefined): number {
  return value === null || value === undefined ? 0 : requireNonNegative(value, "unitTolerance", index);
}

/**
 * Inventory record accuracy (CPIM): the share of counted records whose count is
 * within tolerance of the book quantity.
 *
 *   record i is accurate when |counted_i − book_i| ≤ max(tolerance_i × book_i, units_i)
 *   accuracy = accurate records / records counted
 *
 * The tolerance is a fraction of the book quantity, so with no absolute
 * tolerance a record with book 0 is accurate only when the count is 0 too. The
 * absolute tolerance in units (APICS: a tolerance may be a percentage or a
 * quantity) lets small counts differ by a unit or two where a percentage
 * allows nothing: a record is accurate within either one. A record blank in both quantities is
 * skipped; blank in one of them it is an input error.
 *
 * Complexity: O(n).
 *
 * @param input.bookQuantities     ≥ 0, `null` for blanks
 * @param input.countedQuantities  ≥ 0, aligned
 * @param input.tolerance          0 ≤ t ≤ 1, one value or one per record
 * @param input.unitTolerance      units ≥ 0, one value or one per record; default 0
 * @returns the share between 0 and 1, or `null` when no record was counted (every row blank)
 * @throws InputError  naming the list and, with `index`, the record
 * @see APICS Dictionary, "inventory accuracy" and "cycle counting"; Heizer & Render, Operations Management, ch. 12
 *      (record accuracy and cycle counting).
 * @example recordAccuracy({ bookQuantities: [100, 50, 0], countedQuantities: [98, 45, 0], tolerance: 0.02 })
 * //=> 0.6667   (100 vs 98 is within 2%; 50 vs 45 is not; 0 vs 0 is exact)
 */
export function recordAccuracy(input: RecordAccuracyInput): number | null {
  return recordAccuracyCheck(input).accuracy;
}

/** One counted record and how it compares with its book quantity. */
export interface CheckedRecord {
  /** The record's position in the input (0-based). */
  record: number;
  book: number;
  counted: number;
  /** Its tolerance, a fraction of the book quantity. */
  tolerance: number;
  /** Its absolute tolerance, units (0 when none). */
  unitTolerance: number;
  /** |counted − book|. */
  difference: number;
  /** max(tolerance × book, unitTolerance), the largest difference still accurate. */
  allowed: number;
  accurate: boolean;
}

/** The records behind a record accuracy. */
export interface RecordAccuracyCheck {
  /** The counted records (blank rows left out), in input order. */
  records: CheckedRecord[];
  /** Records within tolerance. */
  accurate: number;
  /** accurate / records, or `null` when no record was counted. */
  accuracy: number | null;
}

/**
 * {@link recordAccuracy} with each counted record's check, for a calculation that shows its work.
 *
 * @param input as {@link recordAccuracy}
 * @see APICS Dictionary, "inventory accuracy"; Heizer & Render, Operations Management, ch. 12.
 * @example recordAccuracyCheck({ bookQuantities: [100, 50], countedQuantities: [98, 45], tolerance: 0.02 }).records[1]
 * //=> { record: 1, book: 50, counted: 45, tolerance: 0.02, difference: 5, allowed: 1, accurate: false }
 */
export function recordAccuracyCheck(input: RecordAccuracyInput): RecordAccuracyCheck {
  const { bookQuantities, countedQuantities } = input;
  const perRecord = typeof input.tolerance === "number" ? undefined : input.tolerance;
  if (countedQuantities.length !== bookQuantities.length) {
    throw new InputError(
      "countedQuantities",
      `must have one count per record (${bookQuantities.length} book quantities)`,
      countedQuantities.length,
    );
  }
  if (perRecord !== undefined && perRecord.length !== bookQuantities.length) {
    throw new InputError(
      "tolerance",
      `must be one value, or one per record (${bookQuantities.length})`,
      perRecord.length,
    );
  }
  const single = perRecord === undefined ? tolerance(input.tolerance as number, undefined) : 0;
  const unitsPerRecord = typeof input.unitTolerance === "object" ? input.unitTolerance : undefined;
  if (unitsPerRecord !== undefined && unitsPerRecord.length !== bookQuantities.length) {
    throw new InputError(
      "unitTolerance",
      `must be one value, or one per record (${bookQuantities.length})`,
      unitsPerRecord.length,
    );
  }
  const singleUnits =
    unitsPerRecord === undefined ? unitTolerance(input.unitTolerance as number | undefined, undefined) : 0;

  const records: CheckedRecord[] = [];
  let accurate = 0;
  for (let i = 0; i < bookQuantities.length; i++) {
    const book = bookQuantities[i];
    const counted = countedQuantities[i];
    if ((book === null || book === undefined) && (counted === null || counted === undefined)) continue;
    if (book === null || book === undefined) {
      throw new InputError("bookQuantities", "is blank for a counted record", null, { index: i });
    }
    if (counted === null || counted === undefined) {
      throw new InputError("countedQuantities", "is blank for a record with a book quantity", null, { index: i });
    }
    const b = requireNonNegative(book, "bookQuantities", i);
    const c = requireNonNegative(counted, "countedQuantities", i);
    const t = perRecord === undefined ? single : tolerance(perRecord[i], i);
    const units = unitsPerRecord === undefined ? singleUnits : unitTolerance(unitsPerRecord[i], i);
    const difference = Math.abs(c - b);
    const allowed = Math.max(t * b, units);
    const within = difference <= allowed + SLACK * Math.max(b, c);
    if (within) accurate++;
    records.push({
      record: i,
      book: b,
      counted: c,
      tolerance: t,
      unitTolerance: units,
      difference,
      allowed,
      accurate: within,
    });
  }
  return { records, accurate, accuracy: records.length === 0 ? null : accurate / records.length };
}
