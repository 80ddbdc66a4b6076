/** Explainers of the lotSizing family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const LOT_SIZING_EXPLAINERS: readonly Explainer[] = [];
