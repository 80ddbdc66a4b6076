/** Explainers of the metrics family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const METRICS_EXPLAINERS: readonly Explainer[] = [];
