/**
 * Inserting a lesson through the {@link WorkbookPort}: a new sheet with a
 * unique name ("Lesson 1 EOQ", or "Lesson 1 EOQ (2)" … when taken), the
 * plan's blocks with their number formats, then the chart, and a report of
 * what went where. The Lessons panel calls this one function; nothing here
 * knows React or Office. The port never writes over a cell, and the sheet is
 * new, so nothing the workbook held is touched.
 *
 * What each failure costs: adding the sheet or writing a block fails, and the
 * lesson is not written (the error names the sheet added, to delete it); the
 * chart fails, and the lesson is written without it (the report says why and
 * how to add it by hand).
 */
import type { WorkbookPort } from "../workbook/workbookPort";
import type { Lesson, LessonChart, LessonPlan } from "./lesson";

export interface LessonReport {
  lesson: number;
  sheetName: string;
  /** What went where, in order: "inputs" → "'Lesson 1 EOQ'!A8:D11", … */
  written: { what: string; address: string }[];
  formulaCount: number;
  /** The chart made: Excel's "pareto" or its "column-and-line" fallback, or the chart type; undefined when it failed. */
  chart: string | undefined;
  /** Why the chart is missing, for the user: what failed, that the lesson is written, how to add it by hand. */
  chartProblem?: string;
  /** The "Try this:" line, to show beside the report. */
  tryThis: string;
}

/** A lesson that could not be written; `sheetAdded` is the sheet added before it failed, if any. */
export class LessonWriteError extends Error {
  constructor(
    message: string,
    readonly sheetAdded: string | undefined,
  ) {
    super(message);
    this.name = "LessonWriteError";
  }
}

/** An error's message as one sentence, ending with a period. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\.?$/, ".");

/** Adds the lesson's sheet, writes its blocks and adds its chart; see the module's comment for failures. */
export async function insertLesson(port: WorkbookPort, lesson: Lesson): Promise<LessonReport> {
  const plan = lesson.plan();
  let sheetName: string | undefined;
  const written: LessonReport["written"] = [];
  try {
    sheetName = await port.addSheet(plan.sheetBaseName);
    for (const block of plan.blocks) {
      const { address } = await port.writeCells(sheetName, block.topLeft, block.cells, block.numberFormats);
      written.push({ what: block.what, address });
    }
  } catch (error) {
    const left = sheetName === undefined ? "" : ` The sheet "${sheetName}" was added before it failed: delete it.`;
    throw new LessonWriteError(`Lesson ${lesson.number} was not written: ${messageOf(error)}${left}`, sheetName);
  }
  const report = {
    lesson: lesson.number,
    sheetName,
    written,
    formulaCount: plan.formulaCount,
    tryThis: plan.tryThis.text,
  };
  try {
    return { ...report, chart: await addChart(port, sheetName, plan.chart) };
  } catch (error) {
    return { ...report, chart: undefined, chartProblem: chartProblem(plan, error) };
  }
}

async function addChart(port: WorkbookPort, sheetName: string, chart: LessonChart): Promise<string> {
  if (chart.kind === "pareto") return (await port.addParetoChart(sheetName, chart.spec)).kind;
  await port.addChart(sheetName, chart.spec);
  return chart.spec.type;
}

/** Excel's name for each kind of chart, as its Insert tab shows it. */
const CHART_NAMES = {
  pareto: "Pareto (Insert > Statistic chart)",
  line: "Line",
  xyScatterLines: "Scatter with Straight Lines",
  columnClustered: "Clustered Column",
  columnLine: "Clustered Column - Line on Secondary Axis (Insert > Combo)",
} as const;

/** What the user is told when the chart fails: why, that the lesson is written, and what to select and insert. */
function chartProblem(plan: LessonPlan, error: unknown): string {
  const { chart } = plan;
  const ranges =
    chart.kind === "pareto"
      ? [chart.spec.categories, chart.spec.values]
      : [chart.spec.series[0]?.categories, ...chart.spec.series.map((series) => series.values)].filter(
          (range): range is string => range !== undefined,
        );
  const name = CHART_NAMES[chart.kind === "pareto" ? "pareto" : chart.spec.type];
  return `The chart could not be added: ${messageOf(error)} The lesson is written: to add the chart by hand, select ${ranges.join(", ")} and insert a ${name} chart.`;
}
