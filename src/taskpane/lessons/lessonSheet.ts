/**
 * Lays out a lesson's sheet, the same way for every lesson, so that a class
 * finds things in the same place:
 *
 * - A1 the title; A2:A6 the explanation (what it shows, the CPIM purpose of
 *   inventory it serves, the source and its worked example, how to read the
 *   chart, and the "Try this:" line);
 * - A8 the inputs' heading, then the inputs: a label in A, the value in C,
 *   the unit in D (the first input is C9);
 * - then the results: a label in A, a live formula in C, its formula in words
 *   or symbols in D;
 * - then the lesson's table, which the chart draws.
 *
 * Cells go into named sections, one block each. Every formula is written with
 * the value the core computes for it ({ formula, value }), so that the demo,
 * which calculates nothing, shows the numbers Excel will show. Text is literal
 * text ({ text }): Excel never reads a label as a number, a date or a formula.
 */
import { blockName, cellName, parseCell } from "../workbook/cellAddress";
import type { CellWrite, CellValue, ChartSpec, NumberFormat, ParetoChartSpec } from "../workbook/workbookPort";
import type { LessonBlock, LessonData, LessonInfo, LessonPlan, Movement } from "./lesson";

/** Number formats the lessons use. */
export const FORMAT = {
  units: "#,##0",
  units1: "#,##0.0",
  units2: "#,##0.00",
  money: "$#,##0.00",
  money0: "$#,##0",
  share: "0.0%",
  share2: "0.00%",
  ratio: "0.00",
  ratio4: "0.0000",
} as const;

/** What a cell of a lesson's table holds: a number, text, or a formula with its computed value. */
export type Entry =
  | { number: number; format?: NumberFormat; input?: string }
  | { text: string }
  | { formula: string; value: CellValue; format?: NumberFormat; key?: string };

/** A constant number; `input` names it as an input (an item of a list: "unitCost.3"). */
export function num(number: number, format?: NumberFormat, input?: string): Entry {
  return { number, format, input };
}

/** Literal text. */
export function txt(text: string): Entry {
  return { text };
}

/** A formula with the value the core computes for it; `key` names it as a key result. */
export function fx(formula: string, value: CellValue, format?: NumberFormat, key?: string): Entry {
  return { formula, value, format, key };
}

/** An absolute reference: "C9" → "$C$9"; "C9:C12" → "$C$9:$C$12". */
export function abs(address: string): string {
  return address
    .split(":")
    .map((cell) => {
      const { row, column } = parseCell(cell);
      return cellName(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    })
    .join(":");
}

/** The block from one cell to another: range("C9", "C12") → "C9:C12". */
export function range(first: string, last: string): string {
  return `${first}:${last}`;
}

/** Rows of the explanation, under the title. */
const EXPLANATION_ROWS = 5;
/** The inputs' heading row (0-based: row 8 in Excel), under a blank row. */
const INPUTS_HEADING_ROW = 7;
const LABEL = 0;
const VALUE = 2;
const NOTE = 3;

export interface Explanation {
  /** What the lesson shows, in plain words. */
  what: string;
  /** Why hold this inventory: the CPIM purpose, in a sentence. */
  purpose: string;
  /** The textbook section, and the worked example the data comes from. */
  source: string;
  /** How to read the chart. */
  chart: string;
}

export interface TryThisSpec {
  /** The input to change (its name in the lesson's data) and the value to try. */
  input: string;
  value: number;
  /** The line after "Try this: ". */
  text: string;
  watch: { cell: string; moves: Movement }[];
}

/** An input row: its number's name in the lesson's data, its label, number format and unit. */
export type InputSpec = readonly [name: string, label: string, format: NumberFormat, unit: string];

/** Inputs several lessons share, labelled the same way in each. */
export const INPUT = {
  serviceLevel: ["serviceLevel", "Cycle service level (CSL)", FORMAT.share, "chance a cycle has no stockout"],
  weeklyStdDev: ["demandStdDev", "Standard deviation of weekly demand σd", FORMAT.units, "units per week"],
  leadTimeWeeks: ["leadTime", "Lead time L", FORMAT.units1, "weeks"],
  aCutoff: ["aCutoff", "Class A up to a cumulative share of", FORMAT.share, "of annual value"],
  bCutoff: ["bCutoff", "Class B up to a cumulative share of", FORMAT.share, "of annual value"],
} as const satisfies Record<string, InputSpec>;

interface Section {
  what: string;
  cells: Map<string, { write: Exclude<CellWrite, null>; format: NumberFormat }>;
}

export class LessonSheet {
  private readonly sections: Section[] = [];
  private readonly inputCells: Record<string, string> = {};
  private readonly keys: Record<string, string> = {};
  private formulas = 0;
  /** The next row the cursor writes (0-based). */
  private row = INPUTS_HEADING_ROW;

  constructor(private readonly info: LessonInfo) {
    this.section("inputs");
    this.heading("Inputs: type over any of these and the sheet recomputes");
  }

  /** Starts a new block; what follows goes into it. */
  section(what: string): this {
    this.sections.push({ what, cells: new Map() });
    return this;
  }

  /** Leaves an empty row. */
  gap(rows = 1): this {
    this.row += rows;
    return this;
  }

  /** The row the cursor is on (1-based, as Excel numbers rows). */
  get nextRow(): number {
    return this.row + 1;
  }

  /** A heading in column A, on its own row. */
  heading(text: string): this {
    this.put(cellName(this.row, LABEL), txt(text));
    this.row++;
    return this;
  }

  /** Input rows for numbers of the lesson's data, one per spec, in order. Returns each one's cell by name. */
  inputs<const S extends readonly InputSpec[]>(data: LessonData, specs: S): { [K in S[number][0]]: string } {
    const cells: Record<string, string> = {};
    for (const [name, label, format, unit] of specs) {
      const value = data[name];
      if (typeof value !== "number") throw new Error(`LessonSheet: the data has no number "${name}"`);
      cells[name] = this.input(name, label, value, format, unit);
    }
    return cells as { [K in S[number][0]]: string };
  }

  /** An input row: label, value (named `name` in the lesson's data), unit. Returns the value's cell. */
  input(name: string, label: string, value: number, format: NumberFormat, unit: string): string {
    const address = cellName(this.row, VALUE);
    this.put(cellName(this.row, LABEL), txt(label));
    this.put(address, num(value, format, name));
    this.put(cellName(this.row, NOTE), txt(unit));
    this.row++;
    return address;
  }

  /** A result row: label, live formula (the key result `key`), the formula in words or symbols. Returns its cell. */
  result(key: string, label: string, formula: string, value: CellValue, format: NumberFormat, note: string): string {
    const address = cellName(this.row, VALUE);
    this.put(cellName(this.row, LABEL), txt(label));
    this.put(address, fx(formula, value, format, key));
    this.put(cellName(this.row, NOTE), txt(note));
    this.row++;
    return address;
  }

  /**
   * A row of entries from column `column` (0 = A) on the cursor's row; `null`
   * leaves a cell empty. Returns each entry's cell.
   */
  line(entries: readonly (Entry | null)[], column = 0): string[] {
    const addresses = entries.map((entry, c) => {
      const address = cellName(this.row, column + c);
      if (entry !== null) this.put(address, entry);
      return address;
    });
    this.row++;
    return addresses;
  }

  /** Puts an entry into a cell of the current block. */
  put(address: string, entry: Entry): string {
    const section = this.sections[this.sections.length - 1];
    if (section === undefined) throw new Error("LessonSheet: no section");
    if (this.sections.some((each) => each.cells.has(address))) throw new Error(`LessonSheet: ${address} is taken`);
    if ("text" in entry) section.cells.set(address, { write: { text: entry.text }, format: null });
    else if ("number" in entry) {
      section.cells.set(address, { write: entry.number, format: entry.format ?? null });
      if (entry.input !== undefined) this.name(this.inputCells, entry.input, address);
    } else {
      section.cells.set(address, {
        write: { formula: entry.formula, value: entry.value },
        format: entry.format ?? null,
      });
      this.formulas++;
      if (entry.key !== undefined) this.name(this.keys, entry.key, address);
    }
    return address;
  }

  /** The plan: the title and explanation written above the inputs, the chart, the try-this edit. */
  plan(explanation: Explanation, chart: LessonPlan["chart"], tryThis: TryThisSpec): LessonPlan {
    const cell = this.inputCells[tryThis.input];
    if (cell === undefined) throw new Error(`LessonSheet: "${tryThis.input}" is not an input of the sheet`);
    const lines = [
      `What it shows: ${explanation.what}`,
      `Why hold this inventory (CPIM): ${explanation.purpose}`,
      `Source: ${explanation.source}`,
      `Reading the chart: ${explanation.chart}`,
      `Try this: ${tryThis.text}`,
    ];
    if (lines.length !== EXPLANATION_ROWS) throw new Error("LessonSheet: the explanation has five lines");
    const top: Section = { what: "title and explanation", cells: new Map() };
    top.cells.set("A1", { write: { text: `Lesson ${this.info.number}. ${this.info.title}` }, format: null });
    lines.forEach((line, r) => top.cells.set(cellName(r + 1, LABEL), { write: { text: line }, format: null }));
    return {
      sheetBaseName: this.info.sheetBaseName,
      blocks: [top, ...this.sections].filter((section) => section.cells.size > 0).map(toBlock),
      chart,
      explanation: lines,
      tryThis: {
        text: lines[EXPLANATION_ROWS - 1] as string,
        input: tryThis.input,
        cell,
        value: tryThis.value,
        watch: tryThis.watch,
      },
      inputCells: { ...this.inputCells },
      keyCells: { ...this.keys },
      formulaCount: this.formulas,
    };
  }

  private name(names: Record<string, string>, name: string, address: string): void {
    if (names[name] !== undefined) throw new Error(`LessonSheet: "${name}" is named twice`);
    names[name] = address;
  }
}

/** A section as one block: its bounding box, `null` where it has no cell. */
function toBlock(section: Section): LessonBlock {
  const places = Array.from(section.cells.keys(), (address) => parseCell(address));
  const top = Math.min(...places.map((place) => place.row));
  const left = Math.min(...places.map((place) => place.column));
  const bottom = Math.max(...places.map((place) => place.row));
  const right = Math.max(...places.map((place) => place.column));
  const cells: CellWrite[][] = [];
  const numberFormats: NumberFormat[][] = [];
  for (let row = top; row <= bottom; row++) {
    const cellRow: CellWrite[] = [];
    const formatRow: NumberFormat[] = [];
    for (let column = left; column <= right; column++) {
      const cell = section.cells.get(cellName(row, column));
      cellRow.push(cell?.write ?? null);
      formatRow.push(cell?.format ?? null);
    }
    cells.push(cellRow);
    numberFormats.push(formatRow);
  }
  return {
    what: section.what,
    topLeft: cellName(top, left),
    address: blockName({ top, left, bottom, right }),
    cells,
    numberFormats,
  };
}

/** A chart of series, as the plan holds it. */
export function seriesChart(spec: ChartSpec): LessonPlan["chart"] {
  return { kind: "series", spec };
}

/** Excel's Pareto chart, as the plan holds it. */
export function paretoChart(spec: ParetoChartSpec): LessonPlan["chart"] {
  return { kind: "pareto", spec };
}

/** A number for the explanation's text: "1,300", "304.05", "$68.41" (`money`), "92.0%" (`share`). */
export function say(value: number, digits = 0, style: "plain" | "money" | "share" = "plain"): string {
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (style === "share") return `${(value * 100).toLocaleString("en-US", options)}%`;
  const text = Math.abs(value).toLocaleString("en-US", options);
  return `${value < 0 ? "−" : ""}${style === "money" ? "$" : ""}${text}`;
}

/** Whole numbers from `first` to `last` by `step`: the x values of a curve's table. */
export function steps(first: number, last: number, step: number): number[] {
  const values: number[] = [];
  for (let value = first; value <= last + step / 1e9; value += step) values.push(Math.round(value * 1e9) / 1e9);
  return values;
}
