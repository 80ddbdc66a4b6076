/** Explainers of the poissonPolicy family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const POISSON_POLICY_EXPLAINERS: readonly Explainer[] = [];
