/** Explainers of the rqPolicy family's INV functions (see registry.ts). */
import type { Explainer } from "./registry";

export const RQ_POLICY_EXPLAINERS: readonly Explainer[] = [];
