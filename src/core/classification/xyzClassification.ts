import { requireFinite, requirePositive, withDefault } from "../shared/guards";
import { InputError } from "../shared/inputError";
import { demandVariation } from "./coefficientOfVariation";
import { eachItem, type DemandHistory, type DemandRow, type ItemResult } from "./demandHistory";

export type XyzClass = "X" | "Y" | "Z";

/** Default cut-offs on the coefficient of variation: X up to 0.5, Y up to 1.0, Z above. */
export const XYZ_DEFAULT_CUTOFFS: Readonly<{ x: number; y: number }> = { x: 0.5, y: 1.0 };

export interface XyzCutoffInput {
  /** Largest CV that is still X, > 0. Default 0.5. */
  xCutoff?: number | undefined;
  /** Largest CV that is still Y, ≥ xCutoff. Default 1.0, or xCutoff when that is larger. */
  yCutoff?: number | undefined;
}

export interface XyzInput extends XyzCutoffInput {
  /** One row per item, periods across; `null` for a blank period. */
  history: DemandHistory;
}

/**
 * CVs are compared with this relative tolerance, so that a CV that is exactly
 * 0.5 on paper (10, 20, 30) but 0.5000000000000001 in floating point is still X.
 */
const CV_TOLERANCE = 1e-12;

/** Validates the XYZ cut-offs and fills in the defaults. */
export function xyzCutoffs(input: XyzCutoffInput): { x: number; y: number } {
  const x = withDefault(input.xCutoff, XYZ_DEFAULT_CUTOFFS.x, requirePositive, "xCutoff");
  const y = withDefault(input.yCutoff, Math.max(XYZ_DEFAULT_CUTOFFS.y, x), requireFinite, "yCutoff");
  if (y < x) throw new InputError("yCutoff", `must be at least xCutoff (${x})`, y);
  return { x, y };
}

/**
 * XYZ class of one item's demand history, for cut-offs from {@link xyzCutoffs}.
 *
 * @returns "X", "Y" or "Z"; `null` when every period is blank
 * @throws InputError  as `demandVariation` (a negative figure, fewer than 2 periods with a figure)
 */
export function xyzClassOf(demand: DemandRow, cutoffs: { x: number; y: number }): XyzClass | null {
  const variation = demandVariation(demand);
  if (variation.kind === "blank") return null;
  if (variation.kind === "zeroMean") return "Z";
  if (variation.value <= cutoffs.x * (1 + CV_TOLERANCE)) return "X";
  if (variation.value <= cutoffs.y * (1 + CV_TOLERANCE)) return "Y";
  return "Z";
}

/**
 * XYZ classification by the variability of demand.
 *
 * For each item (a row of per-period demand), CV = sample standard deviation /
 * mean over the periods with a figure (blank periods are skipped), and
 *
 *   class = X if CV ≤ x;  Y if CV ≤ y;  Z otherwise
 *
 * with x = 0.5 and y = 1.0 by default. An item with zero demand in every period
 * has no CV (the mean is 0) and is Z. A CV exactly at a cut-off is in the lower
 * class. Each item is classed on its own history, so the class of an item never
 * depends on the other items or on their order.
 *
 * Complexity: O(n·p) time for n items of p periods; O(n) memory besides the input.
 *
 * @param input.history  one row per item, periods across; demand ≥ 0, `null` for blanks
 * @param input.xCutoff  x > 0
 * @param input.yCutoff  y ≥ x (when omitted: 1.0, or x if x is above it)
 * @returns one result per row: the class, `null` for a blank row, or that row's {@link InputError}
 *          (a negative figure, or fewer than 2 periods with a figure)
 * @throws InputError  for a bad cut-off (the whole call)
 * @see Scholz-Reiter, Heger, Meinecke & Bergmann (2012), "Integration of demand forecasts in ABC-XYZ
 *      analysis", Int. J. Productivity and Performance Management 61(4); docs/conventions.md (Classification).
 * @example xyzClassification({ history: [[10, 20, 30], [5, 5, 5, 5], [0, 0, 9]] }) //=> ["X", "X", "Z"]
 */
export function xyzClassification(input: XyzInput): Array<ItemResult<XyzClass>> {
  const cutoffs = xyzCutoffs(input);
  const { history } = input;
  return eachItem(history.length, (item) => xyzClassOf(history[item] as DemandRow, cutoffs));
}
