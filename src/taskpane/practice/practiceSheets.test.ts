import { isFormulaCell, isTextCell, type CellWrite } from "../workbook/workbookPort";
import { generatePracticeSet } from "./practiceSet";
import { checkFormula, keyFormula, planPracticeSheets, statementLines } from "./practiceSheets";
import type { PracticeProblem } from "./problem";

const NAMES = { problems: "Safety stock practice", key: "Safety stock practice key" };
const set = generatePracticeSet({ kind: "safetyStock", count: 6, seed: 11 });
const plan = planPracticeSheets(set, NAMES);

/** The planned write at an A1 address of a planned sheet. */
function at(cells: CellWrite[][], address: string): CellWrite | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const column = (match[1] as string).charCodeAt(0) - 65;
  return cells[Number(match[2]) - 1]?.[column];
}

describe("statementLines", () => {
  it("cuts a statement at sentence ends into lines of at most 100 characters, never inside a number", () => {
    for (const problem of set.problems) {
      const lines = statementLines(problem.statement, "12. ");
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(" ")).toBe(`12. ${problem.statement}`);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    }
    expect(statementLines("It costs $14.50 a unit. What is Q?", "1. ")).toEqual([
      "1. It costs $14.50 a unit. What is Q?",
    ]);
  });

  it("breaks a sentence longer than a line between words", () => {
    const long = `${"word ".repeat(30)}end.`;
    const lines = statementLines(`${long} Short one.`);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.join(" ")).toBe(`${long} Short one.`);
    expect(lines[lines.length - 1]).toMatch(/end\. Short one\.$/);
  });
});

describe("planPracticeSheets", () => {
  it("shows the seed on both sheets and names the key sheet on the problems sheet", () => {
    expect(plan.problems.sheetName).toBe(NAMES.problems);
    expect(plan.key.sheetName).toBe(NAMES.key);
    expect(at(plan.problems.cells, "B2")).toBe(11);
    expect(at(plan.key.cells, "B2")).toBe(11);
    expect(JSON.stringify(plan.problems.cells.slice(0, 4))).toContain(`'${NAMES.key}'`);
  });

  it("writes every statement and label as literal text, and each given's value in its cell", () => {
    const texts = plan.problems.cells
      .flat()
      .filter(isTextCell)
      .map((cell) => cell.text);
    for (const [k, problem] of set.problems.entries()) {
      expect(texts).toContain(statementLines(problem.statement, `${k + 1}. `)[0]);
    }
    expect(plan.problems.cells.flat().some((cell) => typeof cell === "string")).toBe(false);
  });

  it('leaves each answer cell empty, with its check beside it: a formula worth "" that reads its key row', () => {
    expect(plan.cells).toHaveLength(set.problems.length);
    plan.cells.forEach(({ answer, check, keyRow }, k) => {
      expect(at(plan.problems.cells, answer) ?? null).toBeNull();
      const cell = at(plan.problems.cells, check);
      if (!isFormulaCell(cell)) throw new Error(`${check} is not a formula`);
      expect(cell.value).toBe("");
      expect(cell.formula).toBe(checkFormula(set.problems[k] as PracticeProblem, answer, NAMES.key, keyRow));
      expect(cell.formula).toContain(`'${NAMES.key}'!E${keyRow}`);
      expect(cell.formula).toContain(`IF(${answer}="",""`);
    });
  });

  it("keys each problem on its row: the core's value, the printed answer, the range, the formula and the mistakes", () => {
    expect(plan.key.cells[4]?.map((cell) => (isTextCell(cell) ? cell.text : cell))).toEqual([
      "Problem",
      "Question",
      "Exact",
      "Key",
      "Accepted from",
      "Accepted to",
      "By formula",
      "Mistake 1",
      "Gives",
      "From",
      "To",
    ]);
    set.problems.forEach((problem, k) => {
      const row = plan.key.cells[5 + k] as CellWrite[];
      const answer = problem.answer;
      if (answer.type !== "number") throw new Error("a safety stock is a number");
      expect(row.slice(2, 6)).toEqual([answer.exact, answer.printed, answer.accepted.from, answer.accepted.to]);
      expect(row[6]).toEqual({ formula: expect.stringContaining(`'${NAMES.problems}'!B`), value: answer.exact });
      const mistake = problem.mistakes[0];
      expect(row.slice(7)).toEqual([
        { text: mistake?.message },
        mistake?.value,
        mistake?.accepted?.from,
        mistake?.accepted?.to,
      ]);
    });
    expect(plan.formulaCount).toBe(2 * set.problems.length);
  });

  it("formats the givens and the key's figures", () => {
    const formats = plan.key.numberFormats[5] ?? [];
    expect(formats.slice(2, 7)).toEqual(["#,##0.00", "#,##0", "#,##0", "#,##0", "#,##0.00"]);
    expect(plan.problems.numberFormats.flat()).toContain("0.0%");
  });
});

describe("keyFormula", () => {
  it("puts each given's cell, on the quoted problems sheet, for its name", () => {
    const problem = set.problems[0] as PracticeProblem;
    const refs = new Map([
      ["CSL", "B9"],
      ["sigma", "B7"],
      ["L", "B8"],
    ]);
    expect(keyFormula(problem, refs, "Bob's sheet")).toBe(
      "=INV.SAFETYSTOCK('Bob''s sheet'!B9,'Bob''s sheet'!B7,'Bob''s sheet'!B8)",
    );
    expect(() => keyFormula(problem, new Map(), "S")).toThrow(/names \{CSL\}/);
  });
});
