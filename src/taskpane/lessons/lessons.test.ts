/*
 * The lesson plans, without a workbook: every lesson has data, live INV
 * formulas over its inputs, a native chart of cells that hold something, an
 * explanation citing its source and a "Try this:" line; formulas use only
 * what Excel 2021 has, reference cells that hold something, and reference
 * inputs absolutely. (test/lessons.engine.test.ts computes the sheets.)
 */
import { parseBlock, blockName, cellName } from "../workbook/cellAddress";
import { isValidSheetName } from "../workbook/names";
import { isFormulaCell, isTextCell, type CellWrite } from "../workbook/workbookPort";
import { LESSONS } from "./catalog";
import { changeData, planCells, type Lesson, type LessonPlan } from "./lesson";
import { abs, say, steps } from "./lessonSheet";

/** Functions a lesson may not use: not in Excel 2021, or (XLOOKUP over a range) not computed by the test engine. */
const BANNED = [
  "LAMBDA",
  "BYROW",
  "BYCOL",
  "MAP",
  "REDUCE",
  "SCAN",
  "MAKEARRAY",
  "LET",
  "XLOOKUP",
  "XMATCH",
  "VSTACK",
  "HSTACK",
  "TAKE",
  "DROP",
  "TEXTSPLIT",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "TOCOL",
  "TOROW",
  "WRAPROWS",
  "WRAPCOLS",
  "EXPAND",
];

/** Textbooks and references a lesson may cite (as its source line names them). */
const SOURCES = [
  "Snyder & Shen",
  "Silver, Pyke & Thomas",
  "Heizer & Render",
  "Stevenson",
  "Chopra & Meindl",
  "Ptak & Smith",
  "APICS Dictionary",
];

/** The references in a formula (string literals left out): "C9", "$C$9", "A22:A46"; each as its block. */
function references(formula: string): string[] {
  const code = formula.replace(/"[^"]*"/g, '""');
  const found: string[] = [];
  const pattern = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?)(?![A-Za-z0-9_(])/g;
  for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** The cells of a reference: "A1:B2" → A1, B1, A2, B2. */
function cellsOf(reference: string): string[] {
  const block = parseBlock(reference.replace(/\$/g, ""));
  const cells: string[] = [];
  for (let row = block.top; row <= block.bottom; row++) {
    for (let column = block.left; column <= block.right; column++) cells.push(cellName(row, column));
  }
  return cells;
}

function formulas(plan: LessonPlan): { address: string; formula: string }[] {
  return Array.from(planCells(plan), ([address, cell]) =>
    isFormulaCell(cell.write) ? [{ address, formula: cell.write.formula }] : [],
  ).flat();
}

const lessons = LESSONS.map((lesson) => [`Lesson ${lesson.number}`, lesson] as [string, Lesson]);

describe("the gallery", () => {
  test("fifteen lessons, numbered 1 to 15 in order, with distinct sheet names Excel accepts, room left for ' (2)'", () => {
    expect(LESSONS.map((lesson) => lesson.number)).toEqual(steps(1, 15, 1));
    const names = LESSONS.map((lesson) => lesson.sheetBaseName);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(15);
    for (const name of names) {
      expect(isValidSheetName(`${name} (99)`)).toBe(true);
      expect(name.startsWith(`Lesson `)).toBe(true);
    }
  });

  test("each lesson is listed with a title, one line and the CPIM purpose it serves", () => {
    for (const lesson of LESSONS) {
      expect(lesson.title.length).toBeGreaterThan(5);
      expect(lesson.summary).toMatch(/^[A-Z].{20,160}\.$/);
      expect(lesson.purpose.length).toBeGreaterThan(5);
    }
  });

  test("the issue's fifteen subjects, in its order", () => {
    const subjects = [
      /EOQ/,
      /discount/i,
      /EPQ/,
      /safety stock/i,
      /fill rate/i,
      /reorder point/i,
      /ABC/,
      /XYZ/,
      /lot-sizing/i,
      /level.*chase/i,
      /pipeline/i,
      /turnover.*GMROI.*carrying/i,
      /record accuracy.*cycle/i,
      /DDMRP/,
      /newsvendor/i,
    ];
    LESSONS.forEach((lesson, k) => expect(lesson.title).toMatch(subjects[k] as RegExp));
  });
});

describe.each(lessons)("%s", (_name, lesson) => {
  const plan = lesson.plan();
  const cells = planCells(plan);

  test("writes a new sheet named after the lesson, in blocks that do not overlap, formats laid out as the cells", () => {
    expect(plan.sheetBaseName).toBe(lesson.sheetBaseName);
    const seen = new Set<string>();
    for (const block of plan.blocks) {
      const { top, left } = parseBlock(block.topLeft);
      expect(block.address).toBe(
        blockName({ top, left, bottom: top + block.cells.length - 1, right: left + (block.cells[0]?.length ?? 0) - 1 }),
      );
      expect(block.numberFormats.map((row) => row.length)).toEqual(block.cells.map((row) => row.length));
      for (const address of cellsOf(block.address)) {
        expect(seen.has(address)).toBe(false);
        seen.add(address);
      }
    }
    expect(plan.blocks.map((block) => block.what)).toEqual(
      expect.arrayContaining(["title and explanation", "inputs", "results"]),
    );
  });

  test("has realistic data in labelled cells, every input used by a formula; the single inputs referenced absolutely", () => {
    const inputs = Object.entries(plan.inputCells);
    expect(inputs.length).toBeGreaterThan(1);
    const all = formulas(plan);
    for (const [name, address] of inputs) {
      expect({ name, write: typeof cells.get(address)?.write }).toEqual({ name, write: "number" });
      const users = all.filter(({ formula }) =>
        references(formula).some((reference) => cellsOf(reference).includes(address)),
      );
      expect({ name, used: users.length > 0 }).toEqual({ name, used: true });
      // A single input ("orderCost") is labelled in A and referenced as $C$10 wherever it is used; an item of a
      // table ("units.3") is labelled by its column's header, and a row's formula may read its own row (B21*C21).
      if (name.includes(".")) continue;
      expect({ name, label: isTextCell(cells.get(`A${address.replace(/^[A-Z]+/, "")}`)?.write as CellWrite) }).toEqual({
        name,
        label: true,
      });
      for (const { formula } of users) {
        const relative = references(formula).filter(
          (reference) => cellsOf(reference).includes(address) && reference !== abs(reference.replace(/\$/g, "")),
        );
        expect({ name, formula, relative }).toEqual({ name, formula, relative: [] });
      }
    }
  });

  test("has live INV formulas, each written with its computed value, and key results among them", () => {
    const all = formulas(plan);
    expect(plan.formulaCount).toBe(all.length);
    expect(all.filter(({ formula }) => formula.includes("INV.")).length).toBeGreaterThan(0);
    for (const cell of cells.values()) {
      if (typeof cell.write === "string")
        throw new Error(`a plain string "${cell.write}" where { text } or { formula } belongs`);
      if (isFormulaCell(cell.write)) {
        expect(cell.write.formula.startsWith("=")).toBe(true);
        expect(typeof cell.write.value === "number" ? Number.isFinite(cell.write.value) : true).toBe(true);
      }
    }
    expect(Object.keys(plan.keyCells).length).toBeGreaterThan(0);
    for (const address of Object.values(plan.keyCells))
      expect(isFormulaCell(cells.get(address)?.write as CellWrite)).toBe(true);
  });

  test("uses only Excel 2021 worksheet functions: no LAMBDA, BYROW, LET, XLOOKUP or other Microsoft 365-only function", () => {
    for (const { formula } of formulas(plan)) {
      const names = Array.from(
        formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g),
        (match) => match[1] as string,
      );
      expect(names.filter((name) => BANNED.includes(name))).toEqual([]);
    }
  });

  test("references only cells that hold something", () => {
    const empty = formulas(plan).flatMap(({ address, formula }) =>
      references(formula).flatMap((reference) =>
        cellsOf(reference)
          .filter((cell) => !cells.has(cell))
          .map((cell) => `${address} ${formula}: ${cell}`),
      ),
    );
    expect(empty).toEqual([]);
  });

  test("has a native chart of cells that hold something, placed clear of the cells", () => {
    const { chart } = plan;
    const ranges =
      chart.kind === "pareto"
        ? [chart.spec.categories, chart.spec.values, chart.spec.cumulativeShares]
        : chart.spec.series.flatMap((series) => [series.values, series.categories ?? series.values]);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const inRange = cellsOf(range);
      expect(inRange.length).toBeGreaterThan(1);
      expect(inRange.filter((cell) => !cells.has(cell))).toEqual([]);
    }
    expect(cells.has(chart.spec.anchor)).toBe(false);
    expect(chart.spec.title.length).toBeGreaterThan(5);
    if (chart.kind === "series") {
      expect(chart.spec.xAxisTitle).toBeTruthy();
      expect(chart.spec.yAxisTitle).toBeTruthy();
      for (const series of chart.spec.series) {
        if (series.categories !== undefined)
          expect(cellsOf(series.categories)).toHaveLength(cellsOf(series.values).length);
      }
      if (chart.spec.type === "columnLine") {
        expect(chart.spec.series.some((series) => series.line === true)).toBe(true);
        expect(chart.spec.secondaryAxisTitle).toBeTruthy();
      }
    }
  });

  test("explains itself under the title: what, the CPIM purpose, a textbook source, the chart, and a Try this: line naming its cells", () => {
    const texts = [1, 2, 3, 4, 5, 6].map((row) => cells.get(`A${row}`)?.write);
    expect(texts.every((write) => isTextCell(write as CellWrite))).toBe(true);
    expect(texts.map((write) => (write as { text: string }).text)).toEqual([
      `Lesson ${lesson.number}. ${lesson.title}`,
      ...plan.explanation,
    ]);
    const [what, purpose, source, chart, tryThis] = plan.explanation;
    expect(what).toMatch(/^What it shows: /);
    expect(purpose).toMatch(/^Why hold this inventory \(CPIM\): /);
    expect(SOURCES.filter((name) => source?.includes(name))).not.toEqual([]);
    expect(chart).toMatch(/^Reading the chart: /);
    expect(tryThis).toBe(plan.tryThis.text);
    expect(tryThis).toMatch(/^Try this: change [A-Z]+\d+, /);
    expect(tryThis).toContain(plan.tryThis.cell);
    for (const watch of plan.tryThis.watch) expect(tryThis).toContain(watch.cell);
    expect(plan.inputCells[plan.tryThis.input]).toBe(plan.tryThis.cell);
    for (const watch of plan.tryThis.watch) expect(isFormulaCell(cells.get(watch.cell)?.write as CellWrite)).toBe(true);
  });

  test("plans the same sheet for the same data, and changes only what the data changes", () => {
    expect(lesson.plan()).toEqual(plan);
    const changed = lesson.plan({ [plan.tryThis.input]: plan.tryThis.value });
    expect(changed.inputCells).toEqual(plan.inputCells);
    expect(cells.get(plan.tryThis.cell)?.write).not.toBe(planCells(changed).get(plan.tryThis.cell)?.write);
    expect(() => lesson.plan({ noSuchInput: 1 })).toThrow('the lesson\'s data has no number "noSuchInput"');
  });
});

describe("changeData", () => {
  const data = {
    a: 1,
    list: [1, 2, 3],
    table: [
      [1, 2],
      [3, 4],
    ],
    label: "x",
  };

  test("changes a number, an item of a list and a cell of a table, without touching the data", () => {
    expect(changeData(data, { a: 5, "list.2": 9, "table.1.0": 7 })).toEqual({
      a: 5,
      list: [1, 2, 9],
      table: [
        [1, 2],
        [7, 4],
      ],
      label: "x",
    });
    expect(data).toEqual({
      a: 1,
      list: [1, 2, 3],
      table: [
        [1, 2],
        [3, 4],
      ],
      label: "x",
    });
  });

  test.each(["b", "label", "list", "list.3", "table.1", "a.0", "table.0.5"])(
    "refuses %s, which is not a number of the data",
    (path) => {
      expect(() => changeData(data, { [path]: 1 })).toThrow(`no number "${path}"`);
    },
  );
});

describe("say, for the explanation's numbers", () => {
  test("thousands separators, fixed decimals, money and shares", () => {
    expect([say(1300), say(304.0468, 1), say(68.41, 2, "money"), say(0.9213, 1, "share"), say(-100)]).toEqual([
      "1,300",
      "304.0",
      "$68.41",
      "92.1%",
      "−100",
    ]);
  });
});
