/**
 * Calculations that show their work: what an explanation of one INV
 * calculation holds. INV.EXPLAIN spills it as a table; the pane's calculator
 * shows the same steps. An explanation is built from what the core model
 * returns (its result and the intermediate values it computed), never from a
 * second computation of the answer: its `result.value` is the model's answer.
 */

/** A value shown in an explanation: a number, or text such as a class ("A") or a method ("WW"). */
export type ExplainedValue = number | string;

/** One input of the calculation, as the textbook names it. */
export interface ExplainedInput {
  /** The Excel argument's name: "order_cost". */
  argument: string;
  /** In words: "Cost per order". */
  label: string;
  /** The textbook symbol: "S" (or "" when the textbook has none). */
  symbol: string;
  value: ExplainedValue;
  /** "units per period", "$ per order", "fraction", "" for a pure number. */
  unit: string;
}

/** One intermediate value, in the order the calculation reaches it. */
export interface ExplainedStep {
  /** In words: "Twice the demand times the order cost". */
  label: string;
  /** How it is computed, in symbols: "2DS". */
  symbol: string;
  value: ExplainedValue;
  unit: string;
}

/**
 * A table inside the explanation, for calculations that run over periods,
 * tiers or items (lot sizing period by period, discount tiers, ranked items).
 * Every row is as long as `headers`.
 */
export interface ExplainedTable {
  title: string;
  headers: string[];
  rows: ExplainedValue[][];
}

export interface Explanation {
  /** The INV function's name: "EOQ". */
  fn: string;
  /** What is computed, in words: "Economic order quantity". */
  title: string;
  inputs: ExplainedInput[];
  formula: {
    /** The rule in words: "the order size that balances ordering and holding cost". */
    words: string;
    /** The rule in symbols: "Q* = √(2DS/H)". */
    symbols: string;
  };
  steps: ExplainedStep[];
  tables: ExplainedTable[];
  /**
   * The answer: equal to what the INV function returns for the same arguments
   * when it returns one value (for a `[result]` choice, the chosen output); for a
   * function that spills several values, the headline figure, with the whole
   * spill in `output`.
   */
  result: ExplainedStep;
  /** For a function whose output spills more than one cell: that output, cell by cell, as the function returns it. */
  output?: ExplainedValue[][];
  /** Where the model comes from: "Snyder & Shen (2019), eq. 3.4". */
  source: string;
}
