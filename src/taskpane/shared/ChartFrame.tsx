/**
 * The frame the pane's charts share: an SVG drawn in CSS pixels at the width
 * its container measures (no viewBox, so its text is the body's size at any
 * pane width), gridlines and tick labels from {@link niceTicks}, and the axis
 * titles in HTML above and below, where they wrap in a narrow pane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Ticks } from "./niceTicks";
import { useMeasuredWidth } from "./useMeasuredWidth";

/** Fluent's body text (fontSizeBase300), which the chart's text inherits: for the layout's arithmetic. */
const BODY_PX = 14;
/** A generous width per character of a tick label, so that no label is clipped in a wide font. */
const CHAR_PX = BODY_PX * 0.64;
const GAP = 6;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { color: tokens.colorNeutralForeground2 },
  xTitle: { color: tokens.colorNeutralForeground2, textAlign: "center" },
  canvas: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2 },
});

export interface Axis {
  ticks: Ticks;
  /** One tick's label, in the same format for every tick. */
  label(value: number): string;
  /** The axis title, with its unit. */
  title: string;
}

/** Where the data goes: data values to pixels, and the plot's edges. */
export interface Plot {
  x(value: number): number;
  y(value: number): number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartFrameProps {
  /** The chart in words: the SVG's accessible name. */
  description: string;
  x: Axis;
  y: Axis;
  /** Drawn under the gridlines (shaded bands). */
  under?(plot: Plot): ReactNode;
  /** The data. */
  children(plot: Plot): ReactNode;
  /** Notes below the chart. */
  after?: ReactNode;
}

export function ChartFrame({ description, x, y, under, children, after }: ChartFrameProps) {
  const styles = useStyles();
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(300);
  const yLabels = y.ticks.values.map(y.label);
  const xLabels = x.ticks.values.map(x.label);
  const left = Math.ceil(Math.max(...yLabels.map((text) => text.length)) * CHAR_PX) + GAP;
  const right = width - Math.max(12, Math.ceil(((xLabels[xLabels.length - 1]?.length ?? 0) * CHAR_PX) / 2));
  const height = Math.round(Math.min(280, Math.max(180, width * 0.6)));
  const top = BODY_PX / 2 + 2;
  const bottom = height - BODY_PX - GAP - 2;
  const plot: Plot = {
    left,
    right,
    top,
    bottom,
    x: (value) => left + ((value - x.ticks.min) / (x.ticks.max - x.ticks.min)) * (right - left),
    y: (value) => bottom - ((value - y.ticks.min) / (y.ticks.max - y.ticks.min)) * (bottom - top),
  };
  return (
    <figure className={styles.figure}>
      <div className={styles.title}>{y.title}</div>
      <div ref={ref} className={styles.canvas}>
        <svg className={styles.svg} width={width} height={height} role="img" aria-label={description}>
          {under?.(plot)}
          {y.ticks.values.map((value, k) => (
            <g key={`y${value}`}>
              <line className={styles.grid} x1={left} x2={right} y1={plot.y(value)} y2={plot.y(value)} />
              <text className={styles.tick} x={left - GAP} y={plot.y(value)} dy="0.35em" textAnchor="end">
                {yLabels[k]}
              </text>
            </g>
          ))}
          {x.ticks.values.map((value, k) => (
            <text key={`x${value}`} className={styles.tick} x={plot.x(value)} y={height - 4} textAnchor="middle">
              {xLabels[k]}
            </text>
          ))}
          <line className={styles.axis} x1={left} x2={left} y1={top} y2={bottom} />
          <line className={styles.axis} x1={left} x2={right} y1={bottom} y2={bottom} />
          {children(plot)}
        </svg>
      </div>
      <div className={styles.xTitle}>{x.title}</div>
      {after}
    </figure>
  );
}
