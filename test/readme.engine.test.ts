/*
 * Every formula example in the README, evaluated by a real spreadsheet engine
 * (HyperFormula, with the INV functions of the built bundle registered; see
 * support/engine.ts).
 *
 * A formula is any `=INV.…(…)` or `=IF(…)` in the README, in a code block or
 * inline. When the text after it on the same line reads `→ value`, the result
 * must be that value to the digits shown: a number, "text", or an array
 * `{a; b}` (a column) / `{a, b; c, d}` (rows). When the line mentions
 * `#VALUE!`, the result must be that error. Otherwise the formula must compute
 * without any error. Formulas run on Sheet1 (columns A to G hold positive
 * numbers in rows 1 to 11, column A fractions) beside a sheet named Items
 * holding the same.
 */
import fs from "fs";
import path from "path";
import type { CellValue } from "hyperformula";
import { createEngine } from "./support/engine";

const README = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

interface Example {
  formula: string;
  /** What follows the formula on its line. */
  rest: string;
}

/** The formula starting at `start` (at its "="), to its closing parenthesis, quotes respected. */
function formulaAt(text: string, start: number): string | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") return undefined;
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(" || ch === "{") depth++;
    if (ch === ")" || ch === "}") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const match of README.matchAll(/=(?:INV\.[A-Z0-9.]+|IF)\(/g)) {
    const formula = formulaAt(README, match.index);
    if (!formula) continue;
    const lineEnd = README.indexOf("\n", match.index);
    found.push({ formula, rest: README.slice(match.index + formula.length, lineEnd < 0 ? undefined : lineEnd) });
  }
  return found;
}

/** A number as the README prints it, and how close a result must be: half a unit in its last digit. */
function printedNumber(text: string): { value: number; tolerance: number } | undefined {
  const match = /^(-?\d+)(?:\.(\d+))?(?:E([-+]?\d+))?$/i.exec(text.trim());
  if (!match) return undefined;
  const decimals = match[2]?.length ?? 0;
  const exponent = Number(match[3] ?? 0);
  return { value: Number(text.trim()), tolerance: 0.5 * 10 ** (exponent - decimals) };
}

type Expected = string | { value: number; tolerance: number };

/** `→ value` after a formula: one value, or rows of values. */
function expectedOf(rest: string): Expected[][] | undefined {
  // A value starts with a digit, a sign, a quote or a brace; other words after → describe the result.
  const match = /^\s*→\s*(\{[^}]*\}|"[^"]*"|-?\d\S*)/.exec(rest);
  if (!match?.[1]) return undefined;
  const text = match[1];
  const parseOne = (item: string): Expected => {
    const trimmed = item.trim();
    if (/^".*"$/.test(trimmed)) return trimmed.slice(1, -1);
    const number = printedNumber(trimmed);
    if (!number) throw new Error(`README: cannot read the expected value ${JSON.stringify(trimmed)}`);
    return number;
  };
  if (!text.startsWith("{")) return [[parseOne(text)]];
  return text
    .slice(1, -1)
    .split(";")
    .map((row) => row.split(",").map(parseOne));
}

/** Rows 1 to 11 of columns A to G: positive numbers (A between 0.05 and 0.55, a share or a service level). */
const data = Array.from({ length: 11 }, (_, k) => {
  const r = k + 1;
  return [r / 20, 100 * r, 8 + r, 2 + r / 10, 50 * r, 0.2, 3 + r];
});

function evaluate(formula: string): CellValue[][] {
  const sheet1 = data.map((row) => [...row, null, null, null, null, null]);
  (sheet1[0] as unknown[])[12] = formula; // column M: right of the data
  const engine = createEngine({ Sheet1: sheet1 as never, Items: data });
  const spill = engine.values("Sheet1!M1:P12");
  // The result: the rows and columns the formula filled (a spill stops at the first empty row/column).
  const rows = spill.findIndex((row) => row[0] === null);
  const width = (spill[0] ?? []).findIndex((value) => value === null);
  return spill.slice(0, rows < 0 ? spill.length : rows).map((row) => row.slice(0, width < 0 ? row.length : width));
}

const isError = (value: unknown): value is { value: string; message: string } =>
  typeof value === "object" && value !== null && "value" in value && String(value.value).startsWith("#");

const all = examples();

test("the README has formula examples, most with a stated result", () => {
  expect(all.length).toBeGreaterThanOrEqual(20);
  expect(all.filter((example) => expectedOf(example.rest)).length).toBeGreaterThanOrEqual(15);
});

test.each(all.map((example) => [example.formula, example] as const))("%s", (_formula, example) => {
  const result = evaluate(example.formula);
  const expected = expectedOf(example.rest);
  if (expected) {
    expect(result.length).toBe(expected.length);
    expected.forEach((row, r) => {
      expect(result[r]?.length).toBe(row.length);
      row.forEach((want, c) => {
        const got = result[r]?.[c];
        if (typeof want === "string") expect(got).toBe(want);
        else {
          expect(typeof got).toBe("number");
          expect(Math.abs((got as number) - want.value)).toBeLessThanOrEqual(want.tolerance);
        }
      });
    });
  } else if (example.rest.includes("#VALUE!")) {
    expect(isError(result[0]?.[0]) && (result[0]?.[0] as { value: string }).value).toBe("#VALUE!");
  } else {
    const errors = result.flat().filter(isError);
    expect(errors).toEqual([]);
  }
});
