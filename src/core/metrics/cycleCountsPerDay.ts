import { requireFiniteResult, requireNonNegative, requirePositive, withDefault } from "../shared/guards";
import { InputError } from "../shared/inputError";

export interface CycleCountsInput {
  /** Number of items in each class (A, B, C, …), ≥ 0; `null` for a blank. */
  itemsPerClass: ReadonlyArray<number | null>;
  /** How often each class is counted per year (12 = monthly), ≥ 0: one for all classes or one per class. */
  countsPerYear: number | ReadonlyArray<number | null>;
  /** Working days per year, > 0. Default 250. */
  workingDays?: number | undefined;
}

/** Default working days per year: 50 weeks of 5 days. */
export const DEFAULT_WORKING_DAYS = 250;

/**
 * Cycle-counting workload: items to count per working day so that each class
 * is counted as often as its policy says.
 *
 * counts per day = Σ over classes (items × counts per year) / working days per year
 *
 * A class blank in both lists is skipped; blank in one of them, it is an input error.
 * Not rounded: the textbook rounds each class's daily figure to whole items.
 *
 * Complexity: O(k) for k classes.
 *
 * @param input.itemsPerClass  ≥ 0 per class
 * @param input.countsPerYear  ≥ 0, one value or one per class
 * @param input.workingDays    > 0 (default 250)
 * @returns items to count per working day, or `null` when every class is blank
 * @see Heizer & Render, Operations Management, ch. 12, Example 2 (cycle counting at Cole's Trucks);
 *      APICS Dictionary, "cycle counting".
 * @example cycleCountsPerDay({ itemsPerClass: [500, 1750, 2750], countsPerYear: [12, 4, 2], workingDays: 240 })
 * //=> 77.083   (Cole's Trucks: 25 + 29.2 + 22.9 items a day; the book rounds to 77)
 */
export function cycleCountsPerDay(input: CycleCountsInput): number | null {
  return cycleCountWorkload(input).perDay;
}

/** One class's share of the cycle-counting workload. */
export interface ClassCounts {
  /** The class's position in the input (0-based). */
  class: number;
  items: number;
  countsPerYear: number;
  /** items × counts per year. */
  countsInYear: number;
}

/** The workload behind the counts per day. */
export interface CycleCountWorkload {
  /** The classes counted (blank ones left out), in input order. */
  classes: ClassCounts[];
  /** Σ items × counts per year. */
  countsPerYear: number;
  /** Working days per year used (the default filled in). */
  workingDays: number;
  /** countsPerYear / workingDays, or `null` when every class is blank. */
  perDay: number | null;
}

/**
 * {@link cycleCountsPerDay} with each class's counts in a year, for a calculation that shows its work.
 *
 * @param input as {@link cycleCountsPerDay}
 * @see Heizer & Render, Operations Management, ch. 12, Example 2 (cycle counting at Cole's Trucks).
 * @example cycleCountWorkload({ itemsPerClass: [500, 1750, 2750], countsPerYear: [12, 4, 2], workingDays: 240 })
 * //=> counts in a year 6,000 + 7,000 + 5,500 = 18,500; per day 77.083
 */
export function cycleCountWorkload(input: CycleCountsInput): CycleCountWorkload {
  const { itemsPerClass } = input;
  const perClass = typeof input.countsPerYear === "number" ? undefined : input.countsPerYear;
  if (perClass !== undefined && perClass.length !== itemsPerClass.length) {
    throw new InputError(
      "countsPerYear",
      `must be one value, or one per class (${itemsPerClass.length})`,
      perClass.length,
    );
  }
  const single = perClass === undefined ? requireNonNegative(input.countsPerYear as number, "countsPerYear") : 0;
  const workingDays = withDefault(input.workingDays, DEFAULT_WORKING_DAYS, requirePositive, "workingDays");

  const classes: ClassCounts[] = [];
  let countsPerYear = 0;
  for (let i = 0; i < itemsPerClass.length; i++) {
    const items = itemsPerClass[i];
    const counts = perClass === undefined ? single : perClass[i];
    const itemsBlank = items === null || items === undefined;
    const countsBlank = counts === null || counts === undefined;
    if (itemsBlank && (countsBlank || perClass === undefined)) continue;
    if (itemsBlank)
      throw new InputError("itemsPerClass", "is blank for a class with a count frequency", null, { index: i });
    if (countsBlank) throw new InputError("countsPerYear", "is blank for a class with items", null, { index: i });
    const countsInYear = requireNonNegative(items, "itemsPerClass", i) * requireNonNegative(counts, "countsPerYear", i);
    classes.push({ class: i, items, countsPerYear: counts, countsInYear });
    countsPerYear += countsInYear;
  }
  if (classes.length === 0) return { classes, countsPerYear, workingDays, perDay: null };
  const perDay = requireFiniteResult(countsPerYear / workingDays, "number of counts per day");
  return { classes, countsPerYear, workingDays, perDay };
}
