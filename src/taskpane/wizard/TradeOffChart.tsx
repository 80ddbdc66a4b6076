import { makeStyles, tokens } from "@fluentui/react-components";
import type { TradeOffPoint } from "../policy/tradeOff";
import { money, percent } from "./format";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
});

export interface TradeOffChartProps {
  /** Investment at each uniform target, targets rising. */
  points: readonly TradeOffPoint[];
  /** The current per-class targets: their value-weighted level and their investment. */
  current: { level: number; investment: number } | undefined;
  /** "Cycle service level" or "Fill rate". */
  measureLabel: string;
}

const WIDTH = 300;
const HEIGHT = 190;
const PAD = { left: 46, right: 10, top: 10, bottom: 30 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/**
 * Safety-stock investment against a portfolio-wide target, as inline SVG: the
 * curve for one target for every item, and the point the per-class targets give.
 */
export function TradeOffChart({ points, current, measureLabel }: TradeOffChartProps) {
  const styles = useStyles();
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const all = current ? [...points.map((p) => p.investment), current.investment] : points.map((p) => p.investment);
  const low = Math.min(0, ...all);
  const high = Math.max(...all) || 1;
  const levelLow = Math.min(first.level, current?.level ?? first.level);
  const levelHigh = Math.max(last.level, current?.level ?? last.level);
  const x = (level: number) => PAD.left + ((level - levelLow) / (levelHigh - levelLow || 1)) * PLOT_W;
  const y = (investment: number) => PAD.top + (1 - (investment - low) / (high - low || 1)) * PLOT_H;
  const path = points.map((point) => `${x(point.level)},${y(point.investment)}`).join(" ");
  const description =
    `Safety-stock investment against a ${measureLabel.toLowerCase()} for every item: ` +
    `${money(first.investment)} at ${percent(first.level)}, ${money(last.investment)} at ${percent(last.level)}` +
    (current ? `; the targets per class: ${money(current.investment)} at ${percent(current.level)} on average.` : ".");
  const axisText = { fill: tokens.colorNeutralForeground2, fontSize: 10 };
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      <line
        x1={PAD.left}
        x2={PAD.left + PLOT_W}
        y1={y(low)}
        y2={y(low)}
        style={{ stroke: tokens.colorNeutralStroke1 }}
      />
      <line
        x1={PAD.left}
        x2={PAD.left}
        y1={PAD.top}
        y2={PAD.top + PLOT_H}
        style={{ stroke: tokens.colorNeutralStroke1 }}
      />
      <polyline points={path} style={{ fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 }} />
      {points.map((point) => (
        <circle
          key={point.level}
          cx={x(point.level)}
          cy={y(point.investment)}
          r={2}
          style={{ fill: tokens.colorBrandForeground1 }}
        />
      ))}
      {current && (
        <g>
          <circle
            cx={x(current.level)}
            cy={y(current.investment)}
            r={5}
            style={{
              fill: tokens.colorPaletteDarkOrangeBorder2,
              stroke: tokens.colorNeutralBackground1,
              strokeWidth: 1.5,
            }}
          />
          <text
            x={x(current.level) - 7}
            y={y(current.investment) - 7}
            textAnchor="end"
            style={{ fill: tokens.colorNeutralForeground1, fontSize: 10 }}
          >
            Your targets
          </text>
        </g>
      )}
      {[low, high].map((value) => (
        <text key={value} x={PAD.left - 4} y={y(value) + 4} textAnchor="end" style={axisText}>
          {money(value)}
        </text>
      ))}
      {[first.level, last.level].map((level) => (
        <text key={level} x={x(level)} y={PAD.top + PLOT_H + 13} textAnchor="middle" style={axisText}>
          {percent(level)}
        </text>
      ))}
      <text x={PAD.left + PLOT_W / 2} y={HEIGHT - 2} textAnchor="middle" style={axisText}>
        {measureLabel}, same for every item
      </text>
    </svg>
  );
}
