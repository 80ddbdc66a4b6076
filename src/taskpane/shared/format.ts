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

/**
 * A figure of an explanation as the calculator shows it: whole numbers as they
 * are, amounts of 10 or more to 2 decimals, smaller ones to 4 (a z of 1.6449,
 * a rate of 0.225), thousands grouped; very large or small ones in 4
 * significant digits. Text (a class, a method) as it is.
 */
export function formatFigure(value: number | string): string {
  if (typeof value === "string") return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-4)) return value.toPrecision(4);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return magnitude >= 10
    ? formatAmount(value, 2, true)
    : value.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 4 });
}
