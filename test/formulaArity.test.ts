/*
 * Every INV formula the pane writes calls each INV function with an argument count that the
 * built functions.json allows: at least its required arguments, at most all of them (any
 * number more for a repeating last argument). Formulas are assembled as text; this is what
 * keeps them in step with the signatures. The sources: the policy sheet in both layouts with
 * every option that changes its formulas, each lesson's sheet, each practice set's problem
 * and key sheets, and the calculator's Insert (the function and its INV.EXPLAIN) for every
 * function it offers, with every argument, the required ones only, and an optional one
 * given after an omitted one.
 */
import type { ExplainArgs, ExplainArgument } from "../src/core/explain/registry";
import { explainFormula, functionFormula } from "../src/taskpane/calculator/excelFormula";
import { calculatorFunctions } from "../src/taskpane/calculator/functionList";
import { generateSampleItems } from "../src/taskpane/demo/sampleItems";
import { LESSONS } from "../src/taskpane/lessons/catalog";
import { mapColumns } from "../src/taskpane/policy/columns";
import type { PlanSettings } from "../src/taskpane/policy/sheetPlan";
import { DEFAULT_UNITS } from "../src/taskpane/policy/units";
import { generatePracticeSet, PROBLEM_TYPES } from "../src/taskpane/practice/practiceSet";
import { planPracticeSheets } from "../src/taskpane/practice/practiceSheets";
import { PRACTICE_KINDS } from "../src/taskpane/practice/problem";
import { isFormulaCell, type CellWrite } from "../src/taskpane/workbook/workbookPort";
import { loadBundle } from "./support/bundle";
import { formulaCalls } from "./support/formulaCalls";
import { BASE_SETTINGS } from "./support/plannedSheet";
import { planPolicySheet } from "./support/portfolio";

const declared = loadBundle().metadata.functions;

/** The argument counts INV.<id> accepts, from functions.json. */
const ARITY = new Map<string, { min: number; max: number }>(
  declared.map((fn) => {
    const required = fn.parameters.filter((p) => !p.optional).length;
    const repeating = fn.parameters[fn.parameters.length - 1]?.repeating === true;
    return [`INV.${fn.id}`, { min: required, max: repeating ? Infinity : fn.parameters.length }] as const;
  }),
);

/** The INV calls in `formulas` whose argument count functions.json does not allow, or that it does not declare. */
function misfits(formulas: readonly string[]): string[] {
  const found: string[] = [];
  for (const formula of formulas) {
    for (const call of formulaCalls(formula)) {
      if (!call.name.toUpperCase().startsWith("INV.")) continue;
      const arity = ARITY.get(call.name.toUpperCase());
      if (!arity) found.push(`${call.name} is not in functions.json: ${formula}`);
      else if (call.argumentCount < arity.min || call.argumentCount > arity.max)
        found.push(
          `${call.name} with ${call.argumentCount} arguments (allowed ${arity.min} to ${arity.max}): ${formula}`,
        );
    }
  }
  return found;
}

/** The INV functions `formulas` call, upper case, sorted. */
const invCalled = (formulas: readonly string[]) =>
  [
    ...new Set(
      formulas
        .flatMap((f) => formulaCalls(f).map((call) => call.name.toUpperCase()))
        .filter((n) => n.startsWith("INV.")),
    ),
  ].sort();

/** The formulas among planned cells: a formula cell, or plain text that starts with "=" (the port writes it as a formula). */
const formulasOf = (rows: readonly (readonly CellWrite[])[]): string[] =>
  rows.flatMap((row) =>
    row.flatMap((cell) =>
      isFormulaCell(cell) ? [cell.formula] : typeof cell === "string" && cell.startsWith("=") ? [cell] : [],
    ),
  );

describe("the formula scanner", () => {
  test.each([
    ["=INV.EOQ(1300, 8, 0.225)", [["INV.EOQ", 3]]],
    ["=INV.EOQ()", [["INV.EOQ", 0]]],
    ["=INV.EOQ( )", [["INV.EOQ", 0]]],
    ["=INV.SAFETYSTOCK(0.9, 500, 2, , , 4)", [["INV.SAFETYSTOCK", 6]]],
    ["=INV.EOQ(1,2,3,)", [["INV.EOQ", 4]]],
    [
      "=ROUNDUP(INV.EOQ(B2, MAX(C2, 1), D2*E2),0)",
      [
        ["MAX", 2],
        ["INV.EOQ", 3],
        ["ROUNDUP", 2],
      ],
    ],
    ['=INV.LOTSIZE({90;120;80}, 500, 2, "ww, (optimal)")', [["INV.LOTSIZE", 4]]],
    ["=INV.XYZCLASS({1,2,3;4,5,6})", [["INV.XYZCLASS", 1]]],
    ["=INV.ABCCLASS('Items, 2024 (copy)'!C2:C9, 0.8)", [["INV.ABCCLASS", 2]]],
    ["=INV.ABCCLASS('It''s, here'!C2:C9)", [["INV.ABCCLASS", 1]]],
    [
      '=IF(A1="say ""a, b""", INV.EOQ(1, 2, 3), "")',
      [
        ["INV.EOQ", 3],
        ["IF", 3],
      ],
    ],
    ["=SUM((A1,B1), (C1))", [["SUM", 2]]],
  ] as const)("%s", (formula, calls) => {
    expect(formulaCalls(formula).map((call) => [call.name, call.argumentCount])).toEqual(calls);
  });

  test("unbalanced brackets and quotes are refused, not miscounted", () => {
    for (const bad of ["=INV.EOQ(1, 2", "=INV.EOQ(1))", '=INV.EOQ("1, 2)', "=INV.EOQ({1, 2)"]) {
      expect(() => formulaCalls(bad)).toThrow();
    }
  });

  test("the check finds a call with too few or too many arguments, and an undeclared function", () => {
    expect(
      misfits(["=INV.EOQ(1, 2, 3)", "=INV.EOQ(1, 2, 3, 4)", '=INV.EXPLAIN("EOQ", 1, 2, 3, 4, 5, 6, 7, 8)']),
    ).toEqual([]);
    expect(misfits(["=INV.EOQ(1, 2)", "=1+INV.EOQ(1, 2, 3, 4, 5)", "=INV.NOSUCH(1)"])).toHaveLength(3);
  });
});

describe("the policy sheet", () => {
  const sample = generateSampleItems();
  const table = {
    sheetName: "Items",
    top: 1,
    left: 1,
    headers: [...sample.headers],
    rows: sample.rows.map((row) => row.map((cell) => cell ?? "")),
  };
  const mapped = mapColumns(table.headers);
  // Options by name, so that an option the plan does not know yet is harmless here.
  const OPTIONS: ReadonlyArray<[string, Record<string, unknown>]> = [
    ["defaults", {}],
    ["fill rate", { measure: "fillRate", targets: { A: 0.99, B: 0.98, C: 0.95 } }],
    ["rounded up", { roundUp: true }],
    ["cost-optimal (r,Q)", { basis: "cost", backorderRate: 0.5 }],
    ["a currency", { currency: "EUR" }],
  ];
  const cases = (["spill", "table"] as const).flatMap((layout) =>
    [true, false].flatMap((withDemand) =>
      OPTIONS.map(
        ([name, option]) =>
          [`${layout}, ${withDemand ? "demand column" : "history only"}, ${name}`, layout, withDemand, option] as const,
      ),
    ),
  );

  test.each(cases)("%s: every INV call has an allowed argument count", (_name, layout, withDemand, option) => {
    const mapping = withDemand ? mapped : { ...mapped, fields: { ...mapped.fields, demand: null } };
    const settings = { ...BASE_SETTINGS, layout, ...option } as PlanSettings;
    const { plan } = planPolicySheet(table, { mapping, units: DEFAULT_UNITS, settings });
    const formulas = plan.blocks.flatMap((block) => formulasOf(block.cells));
    expect(invCalled(formulas).length).toBeGreaterThan(2);
    expect(misfits(formulas)).toEqual([]);
  });
});

describe("the lessons", () => {
  test.each(LESSONS.map((lesson) => [lesson.sheetBaseName, lesson] as const))(
    "%s: every INV call has an allowed argument count",
    (_name, lesson) => {
      const formulas = lesson.plan().blocks.flatMap((block) => formulasOf(block.cells));
      expect(invCalled(formulas).length).toBeGreaterThan(0);
      expect(misfits(formulas)).toEqual([]);
    },
  );
});

describe("the practice sets", () => {
  test.each(PRACTICE_KINDS.map((kind) => [kind]))("%s: problems and key, every variant", (kind) => {
    const set = generatePracticeSet({ kind, count: 2 * PROBLEM_TYPES[kind].variants.length, seed: 20_260_101 });
    const sheets = planPracticeSheets(set, { problems: "Practice, 1", key: "Practice key" });
    const formulas = [...formulasOf(sheets.problems.cells), ...formulasOf(sheets.key.cells)];
    expect(invCalled(formulas).length).toBeGreaterThan(0);
    expect(misfits(formulas)).toEqual([]);
  });
});

describe("the calculator's Insert", () => {
  /** A value of the argument's kind; what it is does not matter to the count. */
  const sample = (argument: ExplainArgument): ExplainArgs[string] => {
    switch (argument.kind) {
      case "number":
        return 1;
      case "list":
        return [1, 2, 3];
      case "history":
        return [
          [1, 2],
          [3, 4],
        ];
      case "choice":
        return argument.choices?.[0] ?? "x";
      case "logical":
        return true;
    }
  };
  const given = (args: readonly ExplainArgument[], keep: (argument: ExplainArgument, index: number) => boolean) =>
    Object.fromEntries(args.map((a, i) => [a.name, keep(a, i) ? sample(a) : undefined]));

  test.each(calculatorFunctions().map((entry) => [entry.name, entry.explainer] as const))(
    "INV.%s and its INV.EXPLAIN: every argument, the required ones, an optional one after an omitted one",
    (fn, explainer) => {
      const args = explainer.arguments;
      const lastOptional = args.map((a) => a.optional).lastIndexOf(true);
      const choices = [
        given(args, () => true),
        given(args, (a) => !a.optional),
        given(args, (a, i) => !a.optional || i === lastOptional),
      ];
      const formulas = choices.flatMap((values) => [
        functionFormula(fn, args, values),
        explainFormula(fn, args, values),
      ]);
      expect(invCalled(formulas)).toEqual(fn === "EXPLAIN" ? ["INV.EXPLAIN"] : [`INV.${fn}`, "INV.EXPLAIN"].sort());
      expect(misfits(formulas)).toEqual([]);
    },
  );
});
