/** Explainers of the newsvendor family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const NEWSVENDOR_EXPLAINERS: readonly Explainer[] = [];
