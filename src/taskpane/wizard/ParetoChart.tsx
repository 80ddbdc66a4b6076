import { makeStyles, tokens } from "@fluentui/react-components";
import type { AbcBasis } from "../../core/classification/abcClassification";
import type { RankedItem } from "../policy/classify";
import { percent } from "./format";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
});

export interface ParetoChartProps {
  /** Items ranked by value, largest first, with their cumulative value share. */
  ranking: readonly RankedItem[];
  /** The ABC letter of each item (by position in the classified list). */
  letterOf(item: number): string;
  basis: AbcBasis;
  aCutoff: number;
  bCutoff: number;
}

const WIDTH = 300;
const HEIGHT = 190;
const PAD = { left: 44, right: 10, top: 8, bottom: 30 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** At most this many points on the curve: enough for the eye, light for 10,000 items. */
const MAX_POINTS = 200;

const x = (share: number) => PAD.left + share * PLOT_W;
const y = (share: number) => PAD.top + (1 - share) * PLOT_H;

const BAND_COLOURS: Record<string, string> = {
  A: tokens.colorPaletteGreenBackground2,
  B: tokens.colorPaletteYellowBackground2,
  C: tokens.colorPaletteRedBackground2,
};

/**
 * The Pareto (distribution-by-value) curve as inline SVG: the cumulative share
 * of value against the share of items, ranked by value, with the A, B and C
 * items shaded and the cut-offs drawn. No chart library, nothing fetched.
 */
export function ParetoChart({ ranking, letterOf, basis, aCutoff, bCutoff }: ParetoChartProps) {
  const styles = useStyles();
  const n = ranking.length;
  if (n === 0) return null;

  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const points: string[] = [`${x(0)},${y(0)}`];
  for (let k = 0; k < n; k += step) points.push(`${x((k + 1) / n)},${y(ranking[k]?.cumulativeShare ?? 0)}`);
  points.push(`${x(1)},${y(ranking[n - 1]?.cumulativeShare ?? 1)}`);

  // Bands: the ranked items of each letter are contiguous.
  const bands: Array<{ letter: string; from: number; to: number; share: number }> = [];
  ranking.forEach((ranked, k) => {
    const letter = letterOf(ranked.item);
    const last = bands[bands.length - 1];
    if (last && last.letter === letter) {
      last.to = k + 1;
      last.share = ranked.cumulativeShare;
    } else bands.push({ letter, from: k, to: k + 1, share: ranked.cumulativeShare });
  });
  let previousShare = 0;
  const description = bands
    .map((band) => {
      const text = `class ${band.letter}: ${band.to - band.from} items (${percent((band.to - band.from) / n, 0)} of items) with ${percent(band.share - previousShare, 0)} of value`;
      previousShare = band.share;
      return text;
    })
    .join("; ");

  const cutoffs = [aCutoff, bCutoff];
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Pareto chart of ${n} items: ${description}.`}
    >
      {bands.map((band) => (
        <rect
          key={band.letter + band.from}
          x={x(band.from / n)}
          y={PAD.top}
          width={Math.max(0.5, ((band.to - band.from) / n) * PLOT_W)}
          height={PLOT_H}
          style={{ fill: BAND_COLOURS[band.letter] ?? tokens.colorNeutralBackground3 }}
        />
      ))}
      {bands.map((band) => (
        <text
          key={`label-${band.letter}`}
          x={x((band.from + band.to) / 2 / n)}
          y={PAD.top + 14}
          textAnchor="middle"
          style={{ fill: tokens.colorNeutralForeground1, fontSize: 11, fontWeight: 600 }}
        >
          {band.letter}
        </text>
      ))}
      {cutoffs.map((cutoff) =>
        basis === "value" ? (
          <line
            key={cutoff}
            x1={x(0)}
            x2={x(1)}
            y1={y(cutoff)}
            y2={y(cutoff)}
            style={{ stroke: tokens.colorNeutralForeground3, strokeDasharray: "3 3", strokeWidth: 1 }}
          />
        ) : (
          <line
            key={cutoff}
            x1={x(cutoff)}
            x2={x(cutoff)}
            y1={y(0)}
            y2={y(1)}
            style={{ stroke: tokens.colorNeutralForeground3, strokeDasharray: "3 3", strokeWidth: 1 }}
          />
        ),
      )}
      <polyline
        points={points.join(" ")}
        style={{ fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 }}
      />
      <line x1={x(0)} x2={x(1)} y1={y(0)} y2={y(0)} style={{ stroke: tokens.colorNeutralStroke1 }} />
      <line x1={x(0)} x2={x(0)} y1={y(0)} y2={y(1)} style={{ stroke: tokens.colorNeutralStroke1 }} />
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <text
            x={x(0) - 4}
            y={y(tick) + 4}
            textAnchor="end"
            style={{ fill: tokens.colorNeutralForeground2, fontSize: 10 }}
          >
            {percent(tick, 0)}
          </text>
          <text
            x={x(tick)}
            y={y(0) + 13}
            textAnchor="middle"
            style={{ fill: tokens.colorNeutralForeground2, fontSize: 10 }}
          >
            {percent(tick, 0)}
          </text>
        </g>
      ))}
      <text
        x={x(0.5)}
        y={HEIGHT - 2}
        textAnchor="middle"
        style={{ fill: tokens.colorNeutralForeground2, fontSize: 10 }}
      >
        Share of items, ranked by value
      </text>
      <text
        transform={`translate(8 ${y(0.5)}) rotate(-90)`}
        textAnchor="middle"
        style={{ fill: tokens.colorNeutralForeground2, fontSize: 10 }}
      >
        Cumulative share of value
      </text>
    </svg>
  );
}
