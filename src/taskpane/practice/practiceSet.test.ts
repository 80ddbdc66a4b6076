import { answersApart, generatePracticeSet, PROBLEM_TYPES } from "./practiceSet";
import { PRACTICE_KINDS, type PracticeProblem } from "./problem";

describe("generatePracticeSet", () => {
  it.each(PRACTICE_KINDS)("gives the same %s problems for the same seed, others for another seed", (kind) => {
    const first = generatePracticeSet({ kind, count: 12, seed: 4242 });
    const again = generatePracticeSet({ kind, count: 12, seed: 4242 });
    const other = generatePracticeSet({ kind, count: 12, seed: 4243 });
    expect(again.problems).toEqual(first.problems);
    expect(other.problems.map((p) => p.statement)).not.toEqual(first.problems.map((p) => p.statement));
    // A longer set starts with the shorter one's problems.
    expect(generatePracticeSet({ kind, count: 3, seed: 4242 }).problems).toEqual(first.problems.slice(0, 3));
  });

  it.each(PRACTICE_KINDS)("takes the forms of %s problems in turn", (kind) => {
    const { variants } = PROBLEM_TYPES[kind];
    const { problems } = generatePracticeSet({ kind, count: 2 * variants.length, seed: 1 });
    expect(problems.map((p) => p.variant)).toEqual([...variants, ...variants]);
    expect(problems.every((p) => p.kind === kind)).toBe(true);
  });

  it("keeps every answer apart from its named mistakes, over many seeds", () => {
    for (const kind of PRACTICE_KINDS) {
      for (let seed = 0; seed < 20; seed++) {
        for (const problem of generatePracticeSet({ kind, count: 50, seed }).problems) {
          expect([kind, seed, answersApart(problem)]).toEqual([kind, seed, true]);
        }
      }
    }
  });

  it("tells overlapping answers apart from distinct ones", () => {
    const problem = generatePracticeSet({ kind: "turnover", count: 1, seed: 9 }).problems[0] as PracticeProblem;
    expect(answersApart(problem)).toBe(true);
    const answer = problem.answer;
    if (answer.type !== "number") throw new Error("turnover is a number");
    const overlapping = { ...problem, mistakes: [{ message: "same", value: answer.exact, accepted: answer.accepted }] };
    expect(answersApart(overlapping)).toBe(false);
    const abc = generatePracticeSet({ kind: "abc", count: 1, seed: 9 }).problems[0] as PracticeProblem;
    expect(answersApart({ ...abc, mistakes: [{ message: "same", value: abc.answer.exact }] })).toBe(false);
  });

  it("refuses a count outside 1 to 50 and a seed that is not a whole 32-bit number, naming the rule", () => {
    expect(() => generatePracticeSet({ kind: "eoq", count: 0, seed: 1 })).toThrow(/from 1 to 50 \(got 0\)/);
    expect(() => generatePracticeSet({ kind: "eoq", count: 51, seed: 1 })).toThrow(/from 1 to 50 \(got 51\)/);
    expect(() => generatePracticeSet({ kind: "eoq", count: 2.5, seed: 1 })).toThrow(/whole number from 1 to 50/);
    expect(() => generatePracticeSet({ kind: "eoq", count: 5, seed: -1 })).toThrow(/seed must be a whole number/);
    expect(() => generatePracticeSet({ kind: "eoq", count: 5, seed: 2 ** 32 })).toThrow(/seed must be a whole number/);
    expect(generatePracticeSet({ kind: "eoq", count: 50, seed: 2 ** 32 - 1 }).problems).toHaveLength(50);
  });
});
