/**
 * The charts recorded on a demo sheet, read back as numbers to draw: Excel
 * draws a lesson's chart from its cells, and the demo has no Excel, so the
 * pane draws it from the same cells' values (the constants, and the values the
 * pane computed for the formulas). A cell without a number leaves a gap.
 */
import { blockColumns, blockRows, parseBlock } from "../workbook/cellAddress";
import type { CellValue } from "../workbook/workbookPort";
import type { SheetSource } from "./sheetGrid";

/** A Pareto chart as recorded: labels, values, cumulative shares (0..1). */
export interface SourceParetoChart {
  sheetName: string;
  title: string;
  anchor: string;
  categories: string;
  values: string;
  cumulativeShares: string;
}

/** A chart of series as recorded (the port's ChartSpec). */
export interface SourceSeriesChart {
  sheetName: string;
  title: string;
  anchor: string;
  type: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  secondaryAxisTitle?: string;
  series: readonly { name: string; values: string; categories?: string; line?: boolean }[];
}

export type SourceChart = SourceParetoChart | SourceSeriesChart;

/** A source whose charts can be drawn: the memory workbook records the charts the pane adds (none: no charts). */
export interface ChartSource extends Pick<SheetSource, "cellView"> {
  charts?(): readonly SourceChart[];
}

export interface DrawnSeries {
  name: string;
  /** One y per point (undefined: no number there). */
  values: (number | undefined)[];
  /** For an XY chart, each point's x (undefined: no number there). */
  xs?: (number | undefined)[];
  as: "line" | "column";
  axis: "primary" | "secondary";
}

export interface DrawnChart {
  title: string;
  /** "category": points at evenly spaced labels; "xy": points at their x values. */
  layout: "category" | "xy";
  /** The labels under a category chart. */
  categories: string[];
  series: DrawnSeries[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  secondaryAxisTitle?: string;
  /** Where Excel places it. */
  anchor: string;
}

/** The values of a one-column or one-row block, in order. */
function blockValues(source: Pick<SheetSource, "cellView">, sheetName: string, address: string): CellValue[] {
  const block = parseBlock(address);
  const values: CellValue[] = [];
  const across = blockRows(block) === 1 && blockColumns(block) > 1;
  const count = across ? blockColumns(block) : blockRows(block);
  for (let k = 0; k < count; k++) {
    const cell = source.cellView(sheetName, across ? block.top : block.top + k, across ? block.left + k : block.left);
    values.push(cell.value ?? "");
  }
  return values;
}

const numberOrGap = (value: CellValue): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;
const label = (value: CellValue): string =>
  typeof value === "number" ? String(Number(value.toPrecision(6))) : String(value);

/** A recorded chart as numbers to draw. */
export function drawnChart(source: Pick<SheetSource, "cellView">, chart: SourceChart): DrawnChart {
  const read = (address: string) => blockValues(source, chart.sheetName, address);
  if (!("series" in chart)) {
    return {
      title: chart.title,
      layout: "category",
      categories: read(chart.categories).map(label),
      series: [
        { name: "Value", values: read(chart.values).map(numberOrGap), as: "column", axis: "primary" },
        {
          name: "Cumulative share",
          values: read(chart.cumulativeShares).map(numberOrGap),
          as: "line",
          axis: "secondary",
        },
      ],
      anchor: chart.anchor,
    };
  }
  const xy = chart.type === "xyScatterLines";
  const first = chart.series[0];
  const categories = first?.categories === undefined || xy ? [] : read(first.categories).map(label);
  return {
    title: chart.title,
    layout: xy ? "xy" : "category",
    categories,
    series: chart.series.map((series) => {
      const column = chart.type === "columnClustered" || (chart.type === "columnLine" && series.line !== true);
      return {
        name: series.name,
        values: read(series.values).map(numberOrGap),
        ...(xy && series.categories !== undefined ? { xs: read(series.categories).map(numberOrGap) } : {}),
        as: column ? "column" : "line",
        axis: chart.type === "columnLine" && series.line === true ? "secondary" : "primary",
      };
    }),
    xAxisTitle: chart.xAxisTitle,
    yAxisTitle: chart.yAxisTitle,
    secondaryAxisTitle: chart.secondaryAxisTitle,
    anchor: chart.anchor,
  };
}

/** The charts recorded on one sheet, as numbers to draw. */
export function sheetCharts(source: ChartSource, sheetName: string): DrawnChart[] {
  const fold = sheetName.toLowerCase();
  return (source.charts?.() ?? [])
    .filter((chart) => chart.sheetName.toLowerCase() === fold)
    .map((chart) => drawnChart(source, chart));
}

/** The range an axis spans: from 0 (or the least value, when negative) to the largest, rounded out to 1, 2 or 5 × 10^k. */
export function axisRange(values: readonly (number | undefined)[]): { min: number; max: number } {
  const numbers = values.filter((value): value is number => value !== undefined);
  if (numbers.length === 0) return { min: 0, max: 1 };
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  const nice = (value: number) => {
    if (value === 0) return 0;
    const power = 10 ** Math.floor(Math.log10(Math.abs(value)));
    const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= Math.abs(value)) ?? 10;
    return Math.sign(value) * step * power;
  };
  const max = nice(high);
  const min = nice(low);
  return max === min ? { min, max: min + 1 } : { min, max };
}
