/**
 * The currency money is shown in, chosen once for the pane and the written
 * sheet: a symbol before the amount, and the Excel number formats that show
 * it. "None" shows plain grouped numbers. A source column's number format
 * ("$#,##0.00", "[$€-407] #,##0.00", "#,##0 [$£-809]") names its currency;
 * {@link currencyFromFormat} finds it, so that the pane can start from the
 * currency of the unit-cost column.
 */

export type CurrencyCode = "" | "USD" | "EUR" | "GBP" | "JPY" | "CHF" | "CAD" | "AUD" | "INR" | "BRL";

export interface Currency {
  code: CurrencyCode;
  /** Put before the amount: "$", "€", "CHF ". Empty for none. */
  symbol: string;
  label: string;
}

export const CURRENCIES: readonly Currency[] = [
  { code: "", symbol: "", label: "None (plain numbers)" },
  { code: "USD", symbol: "$", label: "US dollar ($)" },
  { code: "EUR", symbol: "€", label: "Euro (€)" },
  { code: "GBP", symbol: "£", label: "Pound sterling (£)" },
  { code: "JPY", symbol: "¥", label: "Yen (¥)" },
  { code: "CHF", symbol: "CHF ", label: "Swiss franc (CHF)" },
  { code: "CAD", symbol: "CA$", label: "Canadian dollar (CA$)" },
  { code: "AUD", symbol: "A$", label: "Australian dollar (A$)" },
  { code: "INR", symbol: "₹", label: "Indian rupee (₹)" },
  { code: "BRL", symbol: "R$", label: "Brazilian real (R$)" },
];

export const CURRENCY_CODES: readonly CurrencyCode[] = CURRENCIES.map((currency) => currency.code);

/** The currency of a code; none for an unknown one. */
export function currencyOf(code: string): Currency {
  return CURRENCIES.find((currency) => currency.code === code) ?? (CURRENCIES[0] as Currency);
}

/** Excel's literal text for the symbol in a number format: "\"€\"" (quoted, so no character is a code). */
function literal(symbol: string): string {
  return symbol === "" ? "" : `"${symbol.replace(/"/g, '""')}"`;
}

/** The sheet's format for money in the currency: "€"#,##0.00; #,##0.00 without one. */
export function moneyFormat(code: string): string {
  return `${literal(currencyOf(code).symbol)}#,##0.00`;
}

/**
 * The currency an Excel number format shows, or undefined when it shows none
 * (or one the pane does not offer). Reads Excel's locale-tagged symbols
 * ("[$€-407]", "[$CHF-100C]") and literal ones ("$", "\"£\"", "\\€").
 */
export function currencyFromFormat(format: string | null | undefined): CurrencyCode | undefined {
  if (!format) return undefined;
  const tagged = /\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/.exec(format)?.[1]?.trim();
  const text = tagged ?? format.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  // Longest symbols first, so that "CA$" is not read as "$".
  const byLength = [...CURRENCIES].filter((c) => c.code !== "").sort((a, b) => b.symbol.length - a.symbol.length);
  for (const currency of byLength) {
    const symbol = currency.symbol.trim();
    if (tagged !== undefined ? tagged === symbol || tagged === currency.code : text.includes(symbol)) {
      return currency.code;
    }
  }
  return undefined;
}
