/**
 * Axis ticks a reader can count in: steps of 1, 2 or 5 times a power of ten,
 * covering the data, between four and six ticks (Heckbert, "Nice numbers for
 * graph labels", Graphics Gems, 1990, gives the 1-2-5 rule; the count is the pane's).
 */

export interface Ticks {
  /** The axis runs from the first tick to the last. */
  min: number;
  max: number;
  step: number;
  /** min, min + step, …, max: four to six values. */
  values: number[];
  /** Decimals that show every tick exactly at this step (0 for a step of 1 or more). */
  decimals: number;
}

const MOST = 6;
const FEWEST = 4;
const MULTIPLES = [1, 2, 5] as const;

/** Rounds away the binary noise of k × step (0.30000000000000004 → 0.3). */
const clean = (value: number) => Number(value.toPrecision(12));

/** Covers [low, high] with k·step ticks; how many ticks that takes. */
function cover(low: number, high: number, step: number): { min: number; max: number; count: number } {
  const min = clean(Math.floor(clean(low / step)) * step);
  const max = clean(Math.ceil(clean(high / step)) * step);
  return { min, max, count: Math.round((max - min) / step) + 1 };
}

/**
 * The ticks for data from `low` to `high`: the smallest 1-2-5 step that covers
 * them in at most six ticks; when that leaves fewer than four, a step of 2.5
 * (25, 50, 75) fills in. A single value (or none) gets an axis from 0.
 * @example niceTicks(0, 503007).values //=> [0, 200000, 400000, 600000]
 * @example niceTicks(0.8, 0.995).values //=> [0.8, 0.85, 0.9, 0.95, 1]
 */
export function niceTicks(low: number, high: number): Ticks {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return niceTicks(0, 1);
  if (high < low) return niceTicks(high, low);
  if (high === low) return low === 0 ? niceTicks(0, 1) : niceTicks(Math.min(0, low), Math.max(0, high));
  const firstPower = Math.floor(Math.log10((high - low) / MOST)) - 1;
  for (let power = firstPower; power < firstPower + 4; power++) {
    for (const multiple of MULTIPLES) {
      const step = clean(multiple * 10 ** power);
      const { min, max, count } = cover(low, high, step);
      if (count > MOST) continue;
      if (count < FEWEST) {
        const quarter = clean(step / 2);
        const filled = cover(low, high, quarter);
        if (multiple === 5 && filled.count <= MOST) return ticks(filled.min, filled.max, quarter);
      }
      return ticks(min, max, step);
    }
  }
  return ticks(low, high, high - low);
}

function ticks(min: number, max: number, step: number): Ticks {
  const count = Math.round((max - min) / step) + 1;
  const values = Array.from({ length: count }, (_, k) => clean(min + k * step));
  let decimals = 0;
  while (decimals < 12 && Math.abs(clean(step * 10 ** decimals) - Math.round(step * 10 ** decimals)) > 1e-9) decimals++;
  return { min, max, step, values, decimals };
}
