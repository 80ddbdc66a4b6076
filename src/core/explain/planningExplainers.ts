/** Explainers of the planning family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const PLANNING_EXPLAINERS: readonly Explainer[] = [];
