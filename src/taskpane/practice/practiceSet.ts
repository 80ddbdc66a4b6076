/**
 * A practice set: N problems of one type, drawn from a seed. The same kind,
 * count and seed give the same set on every machine (the seeded generator of
 * the demo data; Math.random is never used). Each problem's answer and the
 * answers of its named mistakes are told apart: a draw whose accepted answers
 * overlap is drawn again, from the same stream, so the set stays the seed's.
 */
import { seededRandom } from "../demo/random";
import { ABC_PROBLEMS } from "./abcProblems";
import { EOQ_PROBLEMS } from "./eoqProblems";
import { EPQ_PROBLEMS } from "./epqProblems";
import { LOT_SIZING_PROBLEMS } from "./lotSizingProblems";
import { NEWSVENDOR_PROBLEMS } from "./newsvendorProblems";
import type { Accepted, PracticeKind, PracticeProblem, ProblemType } from "./problem";
import { REORDER_POINT_PROBLEMS } from "./reorderPointProblems";
import { SAFETY_STOCK_PROBLEMS } from "./safetyStockProblems";
import { apart } from "./tolerance";
import { TURNOVER_PROBLEMS } from "./turnoverProblems";

/** Every problem type, in the order the pane offers them. */
export const PROBLEM_TYPES: Readonly<Record<PracticeKind, ProblemType>> = {
  eoq: EOQ_PROBLEMS,
  safetyStock: SAFETY_STOCK_PROBLEMS,
  reorderPoint: REORDER_POINT_PROBLEMS,
  abc: ABC_PROBLEMS,
  lotSizing: LOT_SIZING_PROBLEMS,
  epq: EPQ_PROBLEMS,
  newsvendor: NEWSVENDOR_PROBLEMS,
  turnover: TURNOVER_PROBLEMS,
};

/** Problems in a set. */
export const PROBLEM_COUNT = { min: 1, max: 50 } as const;
/** Seeds: whole numbers a 32-bit generator takes. */
export const SEED_RANGE = { min: 0, max: 4_294_967_295 } as const;

export interface PracticeSetOptions {
  kind: PracticeKind;
  /** Problems, 1 to 50. */
  count: number;
  /** A whole number, 0 to 4,294,967,295. */
  seed: number;
}

export interface PracticeSet extends PracticeSetOptions {
  type: ProblemType;
  problems: PracticeProblem[];
}

/** Draws for one problem before giving up: a draw whose answers overlap is rare (under 1 in 20). */
const MAX_DRAWS = 200;

/** Whether the answer and every named mistake accept different answers. */
export function answersApart(problem: PracticeProblem): boolean {
  const ranges: Accepted[] = [];
  if (problem.answer.type === "number") ranges.push(problem.answer.accepted);
  for (const mistake of problem.mistakes) if (mistake.accepted) ranges.push(mistake.accepted);
  const texts = [problem.answer.exact, ...problem.mistakes.map((m) => m.value)].filter((v) => typeof v === "string");
  if (new Set(texts).size !== texts.length) return false;
  return ranges.every((a, i) => ranges.every((b, j) => j <= i || apart(a, b)));
}

/** Throws a RangeError naming the rule when the options are not a set the pane can make. */
export function requirePracticeOptions(options: PracticeSetOptions): void {
  const { count, seed, kind } = options;
  if (!(kind in PROBLEM_TYPES)) throw new RangeError(`practice set: no problem type "${kind}"`);
  if (!Number.isInteger(count) || count < PROBLEM_COUNT.min || count > PROBLEM_COUNT.max) {
    throw new RangeError(`practice set: the number of problems must be a whole number from 1 to 50 (got ${count})`);
  }
  if (!Number.isInteger(seed) || seed < SEED_RANGE.min || seed > SEED_RANGE.max) {
    throw new RangeError(`practice set: the seed must be a whole number from 0 to 4,294,967,295 (got ${seed})`);
  }
}

/** The set of `count` problems of `kind` that `seed` gives: problem k takes the type's form k mod their number. */
export function generatePracticeSet(options: PracticeSetOptions): PracticeSet {
  requirePracticeOptions(options);
  const type = PROBLEM_TYPES[options.kind];
  const random = seededRandom(options.seed);
  const problems = Array.from({ length: options.count }, (_, k) => {
    const variant = type.variants[k % type.variants.length] as string;
    for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
      const problem = type.draw(random, variant);
      if (answersApart(problem)) return problem;
    }
    throw new Error(`practice set: no ${type.label} problem of form ${variant} with distinct answers: a bug`);
  });
  return { ...options, type, problems };
}
