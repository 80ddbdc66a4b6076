/** Number formatting for the calculator's results and formulas (always "." for decimals). */

/** A number the user entered, shown back in a formula: as entered, without float noise. */
export function formatInput(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A number written into an Excel formula: every digit of the value typed, en-US syntax. */
export function excelNumber(value: number): string {
  return String(value);
}

/**
 * A computed amount: `digits` decimals, thousands grouped when `grouping`.
 * Very large or very small magnitudes get significant digits instead.
 */
export function formatAmount(value: number, digits = 2, grouping = false): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 0.5 * 10 ** -digits)) {
    return value.toPrecision(Math.max(digits + 1, 4));
  }
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: grouping,
  });
}
