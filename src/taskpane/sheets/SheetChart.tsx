/**
 * A chart recorded on a demo sheet, drawn as inline SVG from its cells'
 * values (see sheetCharts.ts): columns and lines over categories, or lines
 * through (x, y) points, a secondary axis where the chart has one, a legend.
 * Excel draws the real chart; this shows what it looks like without Excel.
 * Drawn in CSS pixels at the measured width (no viewBox), so its text is the
 * body's size at any pane width.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMeasuredWidth } from "../shared/useMeasuredWidth";
import { generalText } from "./cellFormat";
import { axisRange, type DrawnChart, type DrawnSeries } from "./sheetCharts";

const HEIGHT = 220;
/** Room for tick labels at the body's 14 px: up to seven characters left, five right. */
const PAD = { left: 62, right: 48, top: 12, bottom: 44 };
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const COLOURS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteMarigoldForeground1,
  tokens.colorPaletteTealForeground2,
];
const colour = (index: number) => COLOURS[index % COLOURS.length] ?? tokens.colorBrandForeground1;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  canvas: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2 },
  legend: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, margin: 0, padding: 0 },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, listStyleType: "none" },
  swatch: { width: "10px", height: "10px", display: "inline-block" },
});

/** A short number for an axis: 1,200 → "1200", 0.25 → "0.25", 1.2e6 → "1.2E+06". */
const tick = (value: number) => generalText(Number(value.toPrecision(3)));

export function SheetChart({ chart }: { chart: DrawnChart }) {
  const styles = useStyles();
  const [canvas, width] = useMeasuredWidth<HTMLDivElement>(300);
  const PLOT_W = width - PAD.left - PAD.right;
  const onAxis = (axis: DrawnSeries["axis"]) => chart.series.filter((series) => series.axis === axis);
  const primary = axisRange(onAxis("primary").flatMap((series) => series.values));
  const secondarySeries = onAxis("secondary");
  const secondary = secondarySeries.length > 0 ? axisRange(secondarySeries.flatMap((s) => s.values)) : undefined;
  const count = Math.max(chart.categories.length, ...chart.series.map((series) => series.values.length));
  const xs = chart.series.flatMap((series) => series.xs ?? []);
  const xRange = chart.layout === "xy" ? numericRange(xs) : undefined;

  const yOf = (value: number, range: { min: number; max: number }) =>
    PAD.top + (1 - (value - range.min) / (range.max - range.min)) * PLOT_H;
  const band = PLOT_W / Math.max(1, count);
  const xOf = (series: DrawnSeries, k: number) => {
    const x = series.xs?.[k];
    if (xRange !== undefined && x !== undefined)
      return PAD.left + ((x - xRange.min) / (xRange.max - xRange.min)) * PLOT_W;
    return PAD.left + band * (k + 0.5);
  };
  const columns = chart.series.filter((series) => series.as === "column");
  const columnWidth = (band * 0.8) / Math.max(1, columns.length);

  const description = [
    `${chart.layout === "xy" ? "Lines" : columns.length > 0 ? "Columns" : "Lines"} of ${chart.series.map((s) => s.name).join(", ")}`,
    chart.xAxisTitle && `against ${chart.xAxisTitle}`,
    `${count} points`,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <figure className={styles.figure}>
      <Text as="p" className={styles.title}>
        {chart.title}
      </Text>
      <div ref={canvas} className={styles.canvas}>
        <svg
          className={styles.svg}
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`${chart.title}: ${description}.`}
        >
          <line className={styles.axis} x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + PLOT_H} />
          <line
            className={styles.axis}
            x1={PAD.left}
            x2={PAD.left + PLOT_W}
            y1={yOf(0, primary)}
            y2={yOf(0, primary)}
          />
          {[primary.min, (primary.min + primary.max) / 2, primary.max].map((value) => (
            <text
              key={`p${value}`}
              className={styles.tick}
              x={PAD.left - 4}
              y={yOf(value, primary) + 5}
              textAnchor="end"
            >
              {tick(value)}
            </text>
          ))}
          {secondary &&
            [secondary.min, secondary.max].map((value) => (
              <text
                key={`s${value}`}
                className={styles.tick}
                x={PAD.left + PLOT_W + 4}
                y={yOf(value, secondary) + 5}
                textAnchor="start"
              >
                {tick(value)}
              </text>
            ))}
          {xRange
            ? [xRange.min, xRange.max].map((value, k) => (
                <text
                  key={`x${k}`}
                  className={styles.tick}
                  x={PAD.left + k * PLOT_W}
                  y={PAD.top + PLOT_H + 16}
                  textAnchor={k === 0 ? "start" : "end"}
                >
                  {tick(value)}
                </text>
              ))
            : chart.categories.map((text, k) =>
                k % Math.ceil(count / Math.max(2, Math.floor(PLOT_W / 56))) === 0 ? (
                  <text
                    key={`c${k}`}
                    className={styles.tick}
                    x={PAD.left + band * (k + 0.5)}
                    y={PAD.top + PLOT_H + 16}
                    textAnchor="middle"
                  >
                    {text.length > 6 ? `${text.slice(0, 5)}…` : text}
                  </text>
                ) : null,
              )}
          {chart.xAxisTitle && (
            <text className={styles.tick} x={PAD.left + PLOT_W / 2} y={HEIGHT - 4} textAnchor="middle">
              {chart.xAxisTitle}
            </text>
          )}
          {columns.map((series, s) =>
            series.values.map((value, k) => {
              if (value === undefined) return null;
              const range = series.axis === "primary" ? primary : (secondary ?? primary);
              const top = Math.min(yOf(value, range), yOf(0, range));
              return (
                <rect
                  key={`${series.name}${k}`}
                  x={PAD.left + band * k + band * 0.1 + s * columnWidth}
                  y={top}
                  width={Math.max(1, columnWidth - 1)}
                  height={Math.abs(yOf(value, range) - yOf(0, range))}
                  fill={colour(chart.series.indexOf(series))}
                />
              );
            }),
          )}
          {chart.series.map((series, s) =>
            series.as === "line" ? (
              <polyline
                key={series.name}
                fill="none"
                stroke={colour(s)}
                strokeWidth={2}
                points={linePoints(
                  series,
                  (k) => xOf(series, k),
                  (value) => yOf(value, series.axis === "primary" ? primary : (secondary ?? primary)),
                )}
              />
            ) : null,
          )}
        </svg>
      </div>
      <ul className={styles.legend} aria-label={`Series of ${chart.title}`}>
        {chart.series.map((series, s) => (
          <li key={series.name} className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: colour(s) }} aria-hidden="true" />
            <Text>
              {series.name}
              {series.axis === "secondary" ? " (right axis)" : ""}
            </Text>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The points of a line, skipping the gaps. */
function linePoints(series: DrawnSeries, x: (k: number) => number, y: (value: number) => number): string {
  const points: string[] = [];
  series.values.forEach((value, k) => {
    const at = series.xs === undefined ? k : series.xs[k];
    if (value !== undefined && at !== undefined) points.push(`${x(k).toFixed(1)},${y(value).toFixed(1)}`);
  });
  return points.join(" ");
}

function numericRange(values: readonly (number | undefined)[]): { min: number; max: number } {
  const numbers = values.filter((value): value is number => value !== undefined);
  if (numbers.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  return max === min ? { min, max: min + 1 } : { min, max };
}
