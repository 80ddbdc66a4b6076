import { makeStyles, tokens } from "@fluentui/react-components";
import type { TradeOffPoint } from "../policy/tradeOff";
import { ChartFrame } from "../shared/ChartFrame";
import { formatAmount } from "../shared/format";
import { niceTicks } from "../shared/niceTicks";
import { currencyOf } from "../policy/currency";
import { money, percent } from "./format";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
});

export interface TradeOffChartProps {
  /** Investment at each uniform target, targets rising. */
  points: readonly TradeOffPoint[];
  /** The current per-class targets: their value-weighted level and their investment. */
  current: { level: number; investment: number } | undefined;
  /** "Cycle service level" or "Fill rate". */
  measureLabel: string;
  /** The currency the investment is in (none: plain numbers). */
  currency?: string;
}

/** Closer than this share of the curve's value, the dot is on the curve: nothing to explain. */
const ON_THE_CURVE = 0.005;
/** Room for "Your targets" at the body's size. */
const LABEL_PX = 100;

/**
 * Where the per-class targets sit against the curve at their weighted level:
 * "above", "below", "on", or undefined outside the curve's levels. Between two
 * computed levels the curve is taken as the straight line joining them. For a
 * cycle service level the curve is z(p) × Σ σ_LT·C, and z(p) = Φ⁻¹(p) is convex
 * for p > 0.5 (its slope 1/φ(z) grows with z), so the line lies on or above the
 * curve and a dot above the line is above the curve too.
 */
export function sideOfCurve(
  points: readonly TradeOffPoint[],
  current: { level: number; investment: number },
): "above" | "below" | "on" | undefined {
  const after = points.findIndex((point) => point.level >= current.level);
  const high = points[after];
  const low = after > 0 ? points[after - 1] : high?.level === current.level ? high : undefined;
  if (!high || !low) return undefined;
  const t = high.level === low.level ? 0 : (current.level - low.level) / (high.level - low.level);
  const curve = low.investment + t * (high.investment - low.investment);
  const gap = current.investment - curve;
  if (Math.abs(gap) <= ON_THE_CURVE * Math.max(curve, 1)) return "on";
  return gap > 0 ? "above" : "below";
}

const WHY = {
  above:
    "Your targets sit above the line: each extra point of service costs more stock the higher the target, " +
    "so mixing high and low targets costs more than one target for every item at the same weighted level.",
  below:
    "Your targets sit below the line: the higher targets fall on items that need little safety stock " +
    "for their sales, so they reach the same weighted level for less than one target for every item.",
};

/**
 * Safety-stock investment against a portfolio-wide target: the curve for one
 * target for every item, and the point the per-class targets give, with a line
 * saying why that point is off the curve when it is.
 */
export function TradeOffChart({ points, current, measureLabel, currency = "" }: TradeOffChartProps) {
  const styles = useStyles();
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const investments = points.map((p) => p.investment).concat(current ? [current.investment] : []);
  const levels = points.map((p) => p.level).concat(current ? [current.level] : []);
  const y = niceTicks(Math.min(0, ...investments), Math.max(...investments));
  const x = niceTicks(Math.min(...levels), Math.max(...levels));
  const levelDigits = Math.max(0, x.decimals - 2);
  const side = current ? sideOfCurve(points, current) : undefined;
  const { symbol } = currencyOf(currency);
  const description =
    `Safety-stock investment against a ${measureLabel.toLowerCase()} for every item: ` +
    `${money(first.investment, currency)} at ${percent(first.level)}, ${money(last.investment, currency)} at ${percent(last.level)}` +
    (current
      ? `; the targets per class: ${money(current.investment, currency)} at ${percent(current.level)} on average.`
      : ".");
  return (
    <ChartFrame
      description={description}
      y={{
        ticks: y,
        // Grouped, with the decimals the step needs (none from a step of 1 up), the same for every tick.
        label: (value) => formatAmount(value, y.decimals, true),
        title: `Safety-stock investment (${symbol ? `${symbol.trim()}, ` : ""}value at unit cost)`,
      }}
      x={{ ticks: x, label: (value) => percent(value, levelDigits), title: `${measureLabel} (%)` }}
      after={
        <>
          <div className={styles.note}>
            Line: one target for every item.{" "}
            {current ? "Dot: your targets per class, at their value-weighted level." : ""}
          </div>
          {(side === "above" || side === "below") && <div>{WHY[side]}</div>}
        </>
      }
    >
      {(plot) => (
        <>
          <polyline
            points={points.map((point) => `${plot.x(point.level)},${plot.y(point.investment)}`).join(" ")}
            style={{ fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 }}
          />
          {points.map((point) => (
            <circle
              key={point.level}
              cx={plot.x(point.level)}
              cy={plot.y(point.investment)}
              r={2}
              style={{ fill: tokens.colorBrandForeground1 }}
            />
          ))}
          {current && (
            <g>
              <circle
                cx={plot.x(current.level)}
                cy={plot.y(current.investment)}
                r={5}
                style={{
                  fill: tokens.colorPaletteDarkOrangeBorder2,
                  stroke: tokens.colorNeutralBackground1,
                  strokeWidth: 1.5,
                }}
              />
              <text
                // Left of the dot, unless that would run into the axis labels.
                {...(plot.x(current.level) - LABEL_PX > plot.left
                  ? { x: plot.x(current.level) - 8, textAnchor: "end" }
                  : { x: plot.x(current.level) + 8, textAnchor: "start" })}
                y={plot.y(current.investment) - 8}
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                Your targets
              </text>
            </g>
          )}
        </>
      )}
    </ChartFrame>
  );
}
