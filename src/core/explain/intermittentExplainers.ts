/** Explainers of the intermittent family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const INTERMITTENT_EXPLAINERS: readonly Explainer[] = [];
