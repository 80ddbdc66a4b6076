/** Explainers of the cycleStock family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const CYCLE_STOCK_EXPLAINERS: readonly Explainer[] = [];
