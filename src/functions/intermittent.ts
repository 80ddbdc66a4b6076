/* Custom functions for intermittent demand: the demand pattern and Croston-type rates. Thin wrappers over core. */
export {};
