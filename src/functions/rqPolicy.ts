/* Custom functions for continuous-review (r,Q) policies with normal lead-time demand. Thin wrappers over core. */
export {};
