/** How the wizard shows numbers: money and units grouped, shares as percentages. */
import { formatAmount } from "../shared/format";

/** 2,616 for large amounts, 353.78 below 1,000. */
export function money(value: number): string {
  return formatAmount(value, Math.abs(value) >= 1000 ? 0 : 2, true);
}

/** Units of stock: one decimal, grouped. */
export function quantity(value: number): string {
  return formatAmount(value, 1, true);
}

/** 0.9634 → "96.3%". */
export function percent(value: number, digits = 1): string {
  return `${formatAmount(value * 100, digits)}%`;
}

/** 1234 → "1,234". */
export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** "1 item", "3 items". */
export function plural(value: number, word: string): string {
  return `${count(value)} ${word}${value === 1 ? "" : "s"}`;
}
