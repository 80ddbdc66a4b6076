/**
 * The demo's sample size from the page address: `taskpane.html?demoItems=10000`
 * opens the browser demo on 10,000 items (for trying large inputs, and for the
 * browser benchmark). Only the demo reads it; in Excel the pane reads the
 * user's own workbook and this is never consulted.
 */
import { SAMPLE_COUNT } from "./sampleItems";

/** The page-address parameter that sets the demo's item count. */
export const DEMO_ITEMS_PARAM = "demoItems";

/** The most items the demo generates on request. */
export const MAX_DEMO_ITEMS = 50_000;

/**
 * The item count asked for by `search` (a location's query string, with or
 * without the "?"): a whole number from 1 to {@link MAX_DEMO_ITEMS}, written
 * in plain digits. Anything else (missing, empty, 0, negative, a fraction,
 * "1e4", "10,000", too large) is ignored: {@link SAMPLE_COUNT}.
 */
export function demoItemCount(search: string): number {
  const text = new URLSearchParams(search).get(DEMO_ITEMS_PARAM);
  if (text === null || !/^[0-9]{1,6}$/.test(text)) return SAMPLE_COUNT;
  const count = Number(text);
  return count >= 1 && count <= MAX_DEMO_ITEMS ? count : SAMPLE_COUNT;
}
