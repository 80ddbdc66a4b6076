/**
 * A cell's value as text, by its number format, roughly as Excel shows it:
 * enough for the demo's grid to read like the sheet (percentages, thousands
 * separators, decimals, currency and literal text around the number, the
 * sections for negatives and zero, dates), not Excel's whole format language
 * (no fractions, colors, conditions or column widths). Numbers in en-US style.
 */
import type { CellValue } from "../workbook/workbookPort";

/** Excel's serial date 0: 30 December 1899 (serial 1 is 1 January 1900, past Excel's 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Text for a value in Excel's General format: up to 10 significant digits, scientific when very large or small. */
export function generalText(value: number): string {
  if (value === 0) return "0";
  const size = Math.abs(value);
  if (size >= 1e11 || size < 1e-9) {
    const [mantissa = "", exponent = "0"] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** A format's sections (positive; negative; zero; text), split at semicolons outside quotes. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i] ?? "";
    if (char === '"') quoted = !quoted;
    if (char === "\\" && !quoted) {
      current += char + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (char === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** One section cut into literal text and the number pattern, with what the pattern asks for. */
interface Section {
  prefix: string;
  suffix: string;
  /** The placeholders and separators: "#,##0.00". */
  pattern: string;
  percent: boolean;
  scientific: boolean;
  date: boolean;
}

/** Reads a section: quoted text, escaped characters and other literals around the number pattern. */
function readSection(section: string): Section {
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let percent = false;
  let scientific = false;
  let date = false;
  const literal = (text: string) => {
    if (pattern === "") prefix += text;
    else suffix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const char = section[i] ?? "";
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (char === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (char === "[") {
      // A color or condition ([Red], [>=100]); a bracketed currency ([$€-x]) keeps its symbol.
      const end = section.indexOf("]", i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end);
      if (inside.startsWith("$")) literal(inside.slice(1).split("-")[0] ?? "");
      i = end < 0 ? section.length : end;
    } else if (char === "_" || char === "*") {
      // Padding: the width of the next character, or a fill. A space is near enough.
      if (char === "_") literal(" ");
      i++;
    } else if (scientific && "0#?+-".includes(char)) {
      // The exponent's digits: two, as Excel writes them.
    } else if (
      "0#?".includes(char) ||
      ((char === "," || char === ".") &&
        ((pattern !== "" && suffix === "") || /^[,.]*[0#?]/.test(section.slice(i + 1))))
    ) {
      if (suffix === "") pattern += char;
      else suffix += char;
    } else if ((char === "E" || char === "e") && /^[+-]/.test(section.slice(i + 1)) && pattern !== "") {
      scientific = true;
      i++;
    } else if (char === "%") {
      percent = true;
      literal("%");
    } else if (/[ymdhs]/i.test(char) && pattern === "") {
      date = true;
    } else literal(char);
  }
  return { prefix, suffix, pattern, percent, scientific, date };
}

/** Rounds half away from zero at `decimals` places as the decimal digits read (1.555 to 1.56), not as the binary double holds them. */
function decimalRound(value: number, decimals: number): number {
  // A double printed in exponent form (1e-7, 1e21) is left to toFixed.
  if (String(value).includes("e")) return value;
  const shifted = Math.round(Number(`${value}e${decimals}`));
  return Number(`${shifted}e-${decimals}`);
}

/** Groups an integer's digits in threes with commas. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A non-negative number by a pattern such as "#,##0.00", "0.0#", "#,##0,": decimals, separators, scaling. */
function byPattern(value: number, pattern: string, scientific: boolean): string {
  const [whole = "", fraction = ""] = pattern.split(".");
  const required = (fraction.match(/0/g) ?? []).length;
  const decimals = (fraction.match(/[0#?]/g) ?? []).length;
  if (scientific) {
    const [mantissa = "", exponent = "0"] = value.toExponential(decimals).split("e");
    const power = Number(exponent);
    return `${mantissa}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  // Commas at the end of the whole part divide by 1,000 each; a comma inside it groups the digits.
  const scaling = /,+$/.exec(whole)?.[0].length ?? 0;
  const scaled = value / 1000 ** scaling;
  let text = decimalRound(scaled, decimals).toFixed(decimals);
  if (decimals > required) text = text.replace(new RegExp(`0{1,${decimals - required}}$`), "");
  const [integerDigits = "", digits = ""] = text.split(".");
  let integer = integerDigits;
  const minimumInteger = (whole.match(/0/g) ?? []).length;
  if (integer === "0" && minimumInteger === 0) integer = "";
  if (whole.replace(/,+$/, "").includes(",")) integer = grouped(integer);
  return digits === "" ? (fraction === "" || required > 0 ? integer : `${integer}.`) : `${integer}.${digits}`;
}

/** A date from an Excel serial, as m/d/yyyy (with the time when the serial has one). */
function dateText(serial: number): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  const day = `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
  if (Number.isInteger(serial)) return day;
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  return `${day} ${date.getUTCHours()}:${minutes}`;
}

/**
 * A value as the grid shows it: text as is, logicals as TRUE/FALSE, numbers
 * by their number format (General when there is none).
 * @example formattedValue(0.1234, "0.0%") //=> "12.3%"
 * @example formattedValue(12345.678, "#,##0.00") //=> "12,345.68"
 * @example formattedValue(-5, '$#,##0;($#,##0)') //=> "($5)"
 */
export function formattedValue(value: CellValue, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === undefined || format === "@" || /^general$/i.test(format.trim())) return generalText(value);
  const parts = sections(format);
  const negativeSection = value < 0 && parts.length > 1;
  const zeroSection = value === 0 && parts.length > 2;
  const chosen = zeroSection ? parts[2] : negativeSection ? parts[1] : parts[0];
  const section = readSection(chosen ?? "");
  if (section.date) return dateText(value);
  if (section.pattern === "" && !section.percent) {
    return section.prefix + section.suffix === "" ? generalText(value) : section.prefix + section.suffix;
  }
  const shown = Math.abs(value) * (section.percent ? 100 : 1);
  const number = section.pattern === "" ? generalText(shown) : byPattern(shown, section.pattern, section.scientific);
  // Excel writes the minus sign only in the first section; a negative section shows its own signs.
  const sign = value < 0 && !negativeSection && /[1-9]/.test(number) ? "-" : "";
  return `${sign}${section.prefix}${number}${section.suffix}`;
}
