/*
 * Every problem type's practice sheets, computed by a real spreadsheet engine:
 * HyperFormula with the built bundle's INV functions (test/support/engine.ts).
 * For each type, a set that holds every form of the problem:
 * - no cell of either sheet is an error, and every formula's value is the
 *   value the plan wrote with it (the core's): the key's "By formula" cells,
 *   which recompute each answer from the problem sheet's givens with the INV
 *   functions, equal the core's answers, and the checks are "" while the
 *   answers are blank;
 * - typed into the answer cell, the key's answer (exact, printed, and either
 *   end of the accepted range) reads "Right"; each named mistake's answer (and
 *   either end of its range) reads "Wrong: " and the mistake; an unrelated
 *   answer reads "Wrong"; text where a number belongs reads "Enter a number";
 *   clearing the answer gives "" again.
 */
import { DetailedCellError, type CellValue, type RawCellContent } from "hyperformula";
import { generatePracticeSet, PROBLEM_TYPES } from "../src/taskpane/practice/practiceSet";
import { CHECK, planPracticeSheets, type PlannedSheet } from "../src/taskpane/practice/practiceSheets";
import { PRACTICE_KINDS, type PracticeKind, type PracticeProblem } from "../src/taskpane/practice/problem";
import { within } from "../src/taskpane/practice/tolerance";
import { cellName, quotedSheetPrefix } from "../src/taskpane/workbook/cellAddress";
import { isFormulaCell, isTextCell, type CellWrite } from "../src/taskpane/workbook/workbookPort";
import { createEngine, text, type Engine } from "./support/engine";

/** A planned cell as the engine takes it, as the port writes it: literal text stays text, a formula without its value. */
function rawContent(write: CellWrite | undefined): RawCellContent {
  if (write === null || write === undefined) return null;
  if (isTextCell(write)) return text(write.text);
  if (isFormulaCell(write)) return write.formula;
  return write;
}

const rows = (sheet: PlannedSheet): RawCellContent[][] => sheet.cells.map((row) => row.map(rawContent));

/** Every formula cell of a planned sheet: its address with the sheet and the value written with it. */
function formulaCells(sheet: PlannedSheet): { address: string; value: CellValue }[] {
  return sheet.cells.flatMap((row, r) =>
    row.flatMap((write, c) =>
      isFormulaCell(write)
        ? [{ address: `${quotedSheetPrefix(sheet.sheetName)}${cellName(r, c)}`, value: write.value }]
        : [],
    ),
  );
}

/** Relative 1e-9 for numbers, equality otherwise. */
function expectSame(actual: CellValue, expected: CellValue, where: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new Error(`${where}: engine ${actual}, planned ${expected}`);
    }
    return;
  }
  if (actual !== expected) throw new Error(`${where}: engine ${String(actual)}, planned ${String(expected)}`);
}

interface Written {
  engine: Engine;
  problems: PracticeProblem[];
  plan: ReturnType<typeof planPracticeSheets>;
  names: { problems: string; key: string };
}

function write(kind: PracticeKind, names?: { problems: string; key: string }): Written {
  const type = PROBLEM_TYPES[kind];
  // Two rounds of every form of the problem.
  const set = generatePracticeSet({ kind, count: 2 * type.variants.length, seed: 20_260_101 });
  const sheetNames = names ?? { problems: `${type.label} practice`, key: `${type.label} practice key` };
  const plan = planPracticeSheets(set, sheetNames);
  const engine = createEngine({ [sheetNames.problems]: rows(plan.problems), [sheetNames.key]: rows(plan.key) });
  return { engine, problems: set.problems, plan, names: sheetNames };
}

/** Errors anywhere on either sheet, as "Sheet!A1: #VALUE! message". */
function errorCells(engine: Engine): string[] {
  const found: string[] = [];
  for (const name of engine.hf.getSheetNames()) {
    const id = engine.hf.getSheetId(name) as number;
    engine.hf.getSheetValues(id).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value instanceof DetailedCellError)
          found.push(`${name}!${cellName(r, c)}: ${value.value} ${value.message}`);
      }),
    );
  }
  return found;
}

/** A number no check should take for the answer or a mistake. */
function unrelated(problem: PracticeProblem): number {
  const answer = problem.answer;
  if (answer.type !== "number") throw new Error("numbers only");
  const ranges = [answer.accepted, ...problem.mistakes.flatMap((m) => (m.accepted ? [m.accepted] : []))];
  for (const factor of [1.37, 0.61, 2.9, 0.23]) {
    const candidate = answer.exact * factor + 11;
    if (ranges.every((range) => !within(candidate, range))) return candidate;
  }
  throw new Error("no unrelated answer found");
}

describe.each(PRACTICE_KINDS)("practice set of %s problems, computed by HyperFormula", (kind) => {
  let written: Written;
  beforeAll(() => {
    written = write(kind);
  });
  const at = (cell: string) => `${quotedSheetPrefix(written.names.problems)}${cell}`;

  it("has every form of the problem, no error cell, and every formula's planned value", () => {
    expect(new Set(written.problems.map((p) => p.variant))).toEqual(new Set(PROBLEM_TYPES[kind].variants));
    expect(errorCells(written.engine)).toEqual([]);
    const formulas = [...formulaCells(written.plan.problems), ...formulaCells(written.plan.key)];
    expect(formulas).toHaveLength(written.plan.formulaCount);
    for (const { address, value } of formulas) expectSame(written.engine.value(address), value, address);
  });

  it("recomputes each answer from the givens with the INV functions to the core's value", () => {
    written.plan.cells.forEach(({ keyRow }, k) => {
      const byFormula = written.engine.value(`${quotedSheetPrefix(written.names.key)}G${keyRow}`);
      expectSame(byFormula, written.problems[k]?.answer.exact as CellValue, `problem ${k + 1}`);
    });
  });

  it("marks the key's answer right, names each mistake, and says wrong otherwise", () => {
    const { engine } = written;
    written.problems.forEach((problem, k) => {
      const cells = written.plan.cells[k] as (typeof written.plan.cells)[number];
      const checkOf = (typed: RawCellContent) => {
        engine.set(at(cells.answer), typed);
        return engine.value(at(cells.check));
      };
      const where = `problem ${k + 1} (${problem.variant})`;
      expect([where, checkOf(null)]).toEqual([where, ""]);
      const answer = problem.answer;
      if (answer.type === "number") {
        for (const typed of [answer.exact, answer.printed, answer.accepted.from, answer.accepted.to]) {
          expect([where, typed, checkOf(typed)]).toEqual([where, typed, CHECK.right]);
        }
        for (const mistake of problem.mistakes) {
          const range = mistake.accepted ?? { from: mistake.value as number, to: mistake.value as number };
          for (const typed of [mistake.value as number, range.from, range.to]) {
            expect([where, typed, checkOf(typed)]).toEqual([where, typed, `${CHECK.wrong}: ${mistake.message}`]);
          }
        }
        const other = unrelated(problem);
        expect([where, other, checkOf(other)]).toEqual([where, other, CHECK.wrong]);
        expect([where, checkOf(text("about 300"))]).toEqual([where, CHECK.notANumber]);
      } else {
        for (const typed of [answer.exact, ` ${answer.exact.toLowerCase()} `]) {
          expect([where, typed, checkOf(typed)]).toEqual([where, typed, CHECK.right]);
        }
        for (const mistake of problem.mistakes) {
          expect([where, checkOf(mistake.value)]).toEqual([where, `${CHECK.wrong}: ${mistake.message}`]);
        }
        const other = ["A", "B", "C"].find((c) => c !== answer.exact && problem.mistakes.every((m) => m.value !== c));
        if (other !== undefined) expect([where, checkOf(other)]).toEqual([where, CHECK.wrong]);
        expect([where, checkOf(7)]).toEqual([where, CHECK.wrong]);
      }
      expect([where, checkOf(null)]).toEqual([where, ""]);
      expect(errorCells(engine)).toEqual([]);
    });
  });
});

describe("practice sheets with names that read as references", () => {
  it("quote every reference to the other sheet, so the checks and the key still compute", () => {
    const { engine, plan, problems } = write("reorderPoint", { problems: "Q1", key: "R1C1" });
    expect(errorCells(engine)).toEqual([]);
    const first = plan.cells[0] as (typeof plan.cells)[number];
    const answer = problems[0]?.answer;
    if (answer?.type !== "number") throw new Error("a reorder point is a number");
    engine.set(`'Q1'!${first.answer}`, answer.printed);
    expect(engine.value(`'Q1'!${first.check}`)).toBe(CHECK.right);
    // As written (HyperFormula prints its own form of a formula back).
    const checks = formulaCells(plan.problems).length;
    const quoted = plan.problems.cells
      .flat()
      .filter((write) => isFormulaCell(write) && write.formula.includes("'R1C1'!"));
    expect(quoted).toHaveLength(checks);
    const byFormula = plan.key.cells.flat().filter((write) => isFormulaCell(write) && write.formula.includes("'Q1'!"));
    expect(byFormula).toHaveLength(problems.length);
  });
});
