/* Custom functions for slow movers: (r,Q) and min-max (s,S) policies for Poisson demand, and the Poisson loss functions. Thin wrappers over core. */
export {};
