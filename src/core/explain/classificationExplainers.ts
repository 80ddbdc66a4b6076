/** Explainers of the classification family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const CLASSIFICATION_EXPLAINERS: readonly Explainer[] = [];
