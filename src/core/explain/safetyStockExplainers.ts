/** Explainers of the safetyStock family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const SAFETY_STOCK_EXPLAINERS: readonly Explainer[] = [];
