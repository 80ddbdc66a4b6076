/**
 * Writing a policy sheet through the {@link WorkbookPort}: a new sheet, the
 * plan's blocks (with their number formats), the Excel table, the Pareto chart
 * and the saved choices, then a report of what went where. The Write step
 * calls this one function; nothing here knows React or Office.
 *
 * What each failure costs:
 * - adding the sheet, writing a block or making the table fails: the write
 *   failed. The outcome keeps what was done (the sheet added, the blocks
 *   written), so that a retry goes on with that sheet.
 * - the chart fails (the port already falls back from Excel's Pareto chart to
 *   columns and a line): the policy is written; the report says what failed,
 *   and how to add the chart by hand.
 * - saving the choices fails: the policy is written; the report says so.
 *
 * A retry is a call with the last outcome as `previous` (when it
 * {@link needsRetry}; a call without one is a new write, on a new sheet). It
 * never adds a second sheet for a write that worked: after a written outcome
 * it redoes only the chart or the saving that failed (nothing when nothing did). After
 * a failed one it goes on with the sheet the pane added: only the table when
 * every block was written, else every block again, on that sheet while its
 * cells are still empty. The port never writes over a cell, so a sheet that
 * holds part of the failed write is refused, and the message says to delete
 * or clear it; a sheet the user deleted is added again.
 */
import { blockName, parseBlock, sheetPrefix, type CellBlock } from "../workbook/cellAddress";
import { WorkbookRefusal, type ChartKind, type ParetoChartSpec, type WorkbookPort } from "../workbook/workbookPort";
import type { SheetPlan } from "./sheetPlan";

export interface WrittenBlock {
  what: string;
  /** The address written, with its sheet: "Policy!A1:L201". */
  address: string;
}

export interface WriteReport {
  sheetName: string;
  /** What went where, in order: "policy" → "Policy!A1:L201", … */
  blocks: WrittenBlock[];
  /** The Excel table made for the table layout. */
  tableName: string | undefined;
  /** The chart made, or undefined when the plan has none or it failed. */
  chartKind: ChartKind | undefined;
  /** Why the chart is missing, for the user: what failed, that the policy is written, how to add it by hand. */
  chartProblem?: string;
  formulaCount: number;
  items: number;
  /** Why the choices could not be saved in the workbook, if they could not. */
  settingsError: string | undefined;
}

/** What a failed write had done: the sheet it added and the blocks it wrote there (undefined: nothing). */
export interface WriteProgress {
  sheetName: string | undefined;
  blocks: WrittenBlock[];
  tableName: string | undefined;
}

export type WriteOutcome =
  { kind: "written"; report: WriteReport } | { kind: "failed"; message: string; progress?: WriteProgress };

export interface WritePolicyOptions {
  /** The wizard's choices (JSON), saved in the workbook once the policy is written. */
  settings: string;
  /** Items in the policy, for the report. */
  items: number;
  /** The outcome of the last try of this same write: the call is then a retry. */
  previous?: WriteOutcome;
  /**
   * Told before each part of the write starts: what it is doing, and how many parts are done of how many. The
   * write waits for the promise it may return (so that the pane can paint the progress before the part runs).
   */
  onProgress?: (progress: WriteStepProgress) => void | Promise<void>;
}

/** What a write is doing: "Writing the policy: 10,001 rows", the 2nd of 6 parts (1 done). */
export interface WriteStepProgress {
  step: string;
  done: number;
  total: number;
}

/** Says what the write starts next. */
type Say = (step: string) => Promise<void>;

/** A {@link Say} counting the parts of a write of `plan`: the sheet, each block, the table, the chart, the saving. */
function reporter(plan: SheetPlan, onProgress: WritePolicyOptions["onProgress"]): Say {
  const total = 2 + plan.blocks.length + (plan.table ? 1 : 0) + (plan.chart ? 1 : 0);
  let done = 0;
  return async (step) => {
    await onProgress?.({ step, done: Math.min(done++, total - 1), total });
  };
}

/** Whether an outcome leaves something to retry: the write failed, or the chart or the saving did. */
export function needsRetry(outcome: WriteOutcome): boolean {
  return (
    outcome.kind === "failed" || outcome.report.chartProblem !== undefined || outcome.report.settingsError !== undefined
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Writes the plan to a new sheet (or finishes what `previous` left undone) and reports what went where. */
export async function writePolicy(
  port: WorkbookPort,
  plan: SheetPlan,
  options: WritePolicyOptions,
): Promise<WriteOutcome> {
  const { previous } = options;
  const say = reporter(plan, options.onProgress);
  if (previous?.kind === "written")
    return { kind: "written", report: await retryFailedSteps(port, plan, options, previous.report, say) };

  const progress: WriteProgress = { ...emptyProgress(), ...(previous?.kind === "failed" && previous.progress) };
  progress.blocks = [...progress.blocks];
  try {
    await writeSheet(port, plan, progress, say);
  } catch (error) {
    return { kind: "failed", message: messageOf(error), progress };
  }
  const sheetName = progress.sheetName ?? "";
  if (plan.chart) await say("Adding the Pareto chart");
  const chart = plan.chart ? await addChart(port, sheetName, plan.chart) : { chartKind: undefined };
  await say("Saving the choices in the workbook");
  const report: WriteReport = {
    sheetName,
    blocks: progress.blocks,
    tableName: progress.tableName,
    ...chart,
    formulaCount: plan.formulaCount,
    items: options.items,
    settingsError: await saveSettings(port, options.settings),
  };
  return { kind: "written", report };
}

function emptyProgress(): WriteProgress {
  return { sheetName: undefined, blocks: [], tableName: undefined };
}

/** After a write that worked: the chart and the saving again, where they failed; nothing else. */
async function retryFailedSteps(
  port: WorkbookPort,
  plan: SheetPlan,
  options: WritePolicyOptions,
  report: WriteReport,
  say: Say,
): Promise<WriteReport> {
  let retried = report;
  if (report.chartProblem !== undefined && plan.chart) {
    await say("Adding the Pareto chart");
    const chart = await addChart(port, report.sheetName, plan.chart);
    retried = { ...retried, chartKind: chart.chartKind, chartProblem: chart.chartProblem };
  }
  if (report.settingsError !== undefined) {
    await say("Saving the choices in the workbook");
    retried = { ...retried, settingsError: await saveSettings(port, options.settings) };
  }
  return retried;
}

/**
 * The sheet, its blocks and the table, recorded in `progress` as each is done;
 * or, after a failed write, the rest of it (see the module's comment).
 */
async function writeSheet(port: WorkbookPort, plan: SheetPlan, progress: WriteProgress, say: Say): Promise<void> {
  const added = progress.sheetName;
  if (added === undefined) return writeNewSheet(port, plan, progress, say);
  try {
    if (!plan.blocks.every((block) => progress.blocks.some((done) => done.what === block.what))) {
      progress.blocks = [];
      await writeBlocks(port, plan, added, progress, say);
    }
    await addTable(port, plan, added, progress, say);
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    if (error.reason === "not-empty") throw new WorkbookRefusal("not-empty", partlyWritten(added, error.message));
    if (error.reason !== "unknown-sheet") throw error;
    // The user deleted the sheet that the failed write had added: start again on a new one.
    Object.assign(progress, emptyProgress());
    await writeNewSheet(port, plan, progress, say);
  }
}

async function writeNewSheet(port: WorkbookPort, plan: SheetPlan, progress: WriteProgress, say: Say) {
  await say("Adding a new sheet");
  const sheetName = await port.addSheet(plan.sheetBaseName);
  progress.sheetName = sheetName;
  await writeBlocks(port, plan, sheetName, progress, say);
  await addTable(port, plan, sheetName, progress, say);
}

async function addTable(port: WorkbookPort, plan: SheetPlan, sheetName: string, progress: WriteProgress, say: Say) {
  if (plan.table && progress.tableName === undefined) {
    await say("Making the Excel table");
    progress.tableName = (await port.addTable(sheetName, plan.table.address, plan.table.name)).name;
  }
}

async function writeBlocks(
  port: WorkbookPort,
  plan: SheetPlan,
  sheetName: string,
  progress: WriteProgress,
  say: Say,
): Promise<void> {
  for (const block of plan.blocks) {
    const rows = block.cells.length;
    await say(`Writing the ${block.what}: ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"}`);
    const { address } = await port.writeCells(sheetName, block.topLeft, block.cells, block.numberFormats);
    progress.blocks.push({ what: block.what, address });
  }
}

/** The message of a retry refused because the sheet holds part of the write that failed. */
function partlyWritten(sheetName: string, refusal: string): string {
  return (
    `The sheet ${sheetName} that the pane added holds part of the write that failed: delete the sheet ` +
    `${sheetName}, or clear its cells, then retry. ${refusal}`
  );
}

/** The chart, or what went wrong with it, for the report. */
async function addChart(
  port: WorkbookPort,
  sheetName: string,
  chart: ParetoChartSpec,
): Promise<{ chartKind: ChartKind | undefined; chartProblem?: string }> {
  try {
    return { chartKind: (await port.addParetoChart(sheetName, chart)).kind };
  } catch (error) {
    return { chartKind: undefined, chartProblem: chartProblem(sheetName, chart, messageOf(error)) };
  }
}

/** Why the chart is missing, that the policy is written, and how to add the chart by hand. */
export function chartProblem(sheetName: string, chart: ParetoChartSpec, reason: string): string {
  const withHeader = (block: CellBlock): CellBlock => ({ ...block, top: Math.max(0, block.top - 1) });
  const categories = withHeader(parseBlock(chart.categories));
  const values = withHeader(parseBlock(chart.values));
  const prefix = sheetPrefix(sheetName);
  const source =
    categories.right + 1 === values.left && categories.top === values.top && categories.bottom === values.bottom
      ? `${prefix}${blockName({ ...categories, right: values.right })}`
      : `${prefix}${blockName(categories)} and, holding Ctrl, ${prefix}${blockName(values)}`;
  return (
    `The Pareto chart could not be added (${reason.replace(/\.$/, "")}). The policy and its summary are written ` +
    `on the sheet ${sheetName}. To add the chart by hand, select ${source}, then choose Insert > Chart > ` +
    `Histogram > Pareto (or a column chart); or retry.`
  );
}

/** Saves the choices; a failure is reported, not thrown: the policy is written either way. */
async function saveSettings(port: WorkbookPort, settings: string): Promise<string | undefined> {
  try {
    await port.saveSettings(settings);
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}
