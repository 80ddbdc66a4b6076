/**
 * How the wizard shows numbers, one format per kind of figure: quantities in
 * whole units, money in whole currency units (prices in cents) with the
 * chosen currency, shares as percentages with one decimal, all grouped.
 */
import { currencyOf } from "../policy/currency";
import { formatAmount } from "../shared/format";

const grouped = (value: number, digits: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** With the currency's symbol before the amount, the sign before the symbol: "-$1,234". */
function withSymbol(text: string, currency: string): string {
  const { symbol } = currencyOf(currency);
  return text.startsWith("-") ? `-${symbol}${text.slice(1)}` : `${symbol}${text}`;
}

/** An amount of money (a value, a total) in whole currency units: 925.03 → "925", 2616.4 → "$2,616". */
export function money(value: number, currency = ""): string {
  return withSymbol(grouped(Math.round(value) === 0 ? 0 : value, 0), currency);
}

/** A price (per unit, per order) to the cent: 0.35 → "$0.35". */
export function price(value: number, currency = ""): string {
  return withSymbol(grouped(value, 2), currency);
}

/** Units of stock, whole and grouped: 304.05 → "304", 1188 → "1,188". */
export function quantity(value: number): string {
  return grouped(Math.round(value) === 0 ? 0 : value, 0);
}

/** A ratio such as turns per year, one decimal: 7.345 → "7.3". */
export function ratio(value: number): string {
  return formatAmount(value, 1, true);
}

/** A share as a percentage, `digits` decimals (one by default), however small: 0.9634 → "96.3%", 0.0003 → "0.0%". */
export function percent(value: number, digits = 1): string {
  const text = grouped(value * 100, digits);
  return `${/^-0(\.0*)?$/.test(text) ? text.slice(1) : text}%`;
}

/** 1234 → "1,234". */
export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** "1 item", "3 items". */
export function plural(value: number, word: string): string {
  return `${count(value)} ${word}${value === 1 ? "" : "s"}`;
}
