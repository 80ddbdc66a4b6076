/**
 * The Practice panel's entries as the user types them, read into the options
 * of a practice set: the problem type, how many problems and the seed. Pure:
 * the panel shows what this says.
 */
import { PROBLEM_COUNT, SEED_RANGE, type PracticeSetOptions } from "./practiceSet";
import type { PracticeKind } from "./problem";

export interface PracticeEntries {
  kind: PracticeKind;
  /** The number of problems, as typed. */
  count: string;
  /** The seed, as typed. */
  seed: string;
}

export type PracticeReading =
  { ok: true; options: PracticeSetOptions } | { ok: false; count: string | undefined; seed: string | undefined };

/** Seeds a "New seed" gives: short enough to read out in class and type again. */
export const NEW_SEED_RANGE = { min: 1, max: 999_999 } as const;

/** A whole number typed with or without thousands separators ("12,345"), or undefined. */
function wholeNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[,\s]/g, "");
  return /^\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** The entries as options, or what is wrong with each entry, said for the field. */
export function readPracticeEntries(entries: PracticeEntries): PracticeReading {
  const count = wholeNumber(entries.count);
  const seed = wholeNumber(entries.seed);
  const countOk = count !== undefined && count >= PROBLEM_COUNT.min && count <= PROBLEM_COUNT.max;
  const seedOk = seed !== undefined && seed >= SEED_RANGE.min && seed <= SEED_RANGE.max;
  if (countOk && seedOk) return { ok: true, options: { kind: entries.kind, count, seed } };
  return {
    ok: false,
    count: countOk ? undefined : `Enter a whole number of problems from ${PROBLEM_COUNT.min} to ${PROBLEM_COUNT.max}.`,
    seed: seedOk ? undefined : "Enter a whole number from 0 to 4,294,967,295 as the seed.",
  };
}

/** A new seed from `random` (uniform in [0, 1)), in {@link NEW_SEED_RANGE}. */
export function newSeed(random: () => number = Math.random): number {
  return NEW_SEED_RANGE.min + Math.floor(random() * (NEW_SEED_RANGE.max - NEW_SEED_RANGE.min + 1));
}
