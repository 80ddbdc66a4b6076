import { tokens } from "@fluentui/react-components";
import type { AbcBasis } from "../../core/classification/abcClassification";
import type { RankedItem } from "../policy/classify";
import { ChartFrame } from "../shared/ChartFrame";
import { niceTicks } from "../shared/niceTicks";
import { percent } from "./format";

export interface ParetoChartProps {
  /** Items ranked by value, largest first, with their cumulative value share. */
  ranking: readonly RankedItem[];
  /** The ABC letter of each item (by position in the classified list). */
  letterOf(item: number): string;
  basis: AbcBasis;
  aCutoff: number;
  bCutoff: number;
}

/** At most this many points on the curve: enough for the eye, light for 10,000 items. */
const MAX_POINTS = 200;
/** Both axes are shares, 0% to 100% in steps of 20%. */
const SHARES = niceTicks(0, 1);

const BAND_COLOURS: Record<string, string> = {
  A: tokens.colorPaletteGreenBackground2,
  B: tokens.colorPaletteYellowBackground2,
  C: tokens.colorPaletteRedBackground2,
};

/**
 * The Pareto (distribution-by-value) curve as inline SVG: the cumulative share
 * of value against the share of items, ranked by value, with the A, B and C
 * items shaded and the cut-offs drawn, both axes titled and in percent. No
 * chart library, nothing fetched.
 */
export function ParetoChart({ ranking, letterOf, basis, aCutoff, bCutoff }: ParetoChartProps) {
  const n = ranking.length;
  if (n === 0) return null;

  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const shares: Array<[number, number]> = [[0, 0]];
  for (let k = 0; k < n; k += step) shares.push([(k + 1) / n, ranking[k]?.cumulativeShare ?? 0]);
  shares.push([1, ranking[n - 1]?.cumulativeShare ?? 1]);

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
  const label = (share: number) => percent(share, 0);
  return (
    <ChartFrame
      description={`Pareto chart of ${n} items: ${description}.`}
      y={{ ticks: SHARES, label, title: "Cumulative share of value (%)" }}
      x={{ ticks: SHARES, label, title: "Share of items, ranked by value (%)" }}
      under={(plot) =>
        bands.map((band) => (
          <rect
            key={band.letter + band.from}
            x={plot.x(band.from / n)}
            y={plot.top}
            width={Math.max(0.5, plot.x(band.to / n) - plot.x(band.from / n))}
            height={plot.bottom - plot.top}
            style={{ fill: BAND_COLOURS[band.letter] ?? tokens.colorNeutralBackground3 }}
          />
        ))
      }
    >
      {(plot) => (
        <>
          {bands.map((band) => (
            <text
              key={`label-${band.letter}`}
              x={plot.x((band.from + band.to) / 2 / n)}
              y={plot.top + 16}
              textAnchor="middle"
              style={{ fill: tokens.colorNeutralForeground1, fontWeight: 600 }}
            >
              {band.letter}
            </text>
          ))}
          {cutoffs.map((cutoff) => (
            <line
              key={cutoff}
              {...(basis === "value"
                ? { x1: plot.left, x2: plot.right, y1: plot.y(cutoff), y2: plot.y(cutoff) }
                : { x1: plot.x(cutoff), x2: plot.x(cutoff), y1: plot.bottom, y2: plot.top })}
              style={{ stroke: tokens.colorNeutralForeground3, strokeDasharray: "3 3", strokeWidth: 1 }}
            />
          ))}
          <polyline
            points={shares.map(([items, value]) => `${plot.x(items)},${plot.y(value)}`).join(" ")}
            style={{ fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 }}
          />
        </>
      )}
    </ChartFrame>
  );
}
