/**
 * Names Excel accepts for new sheets and tables, made unique against the ones
 * a workbook already has. Both implementations of the WorkbookPort name things
 * through here, so the demo and Excel pick the same names.
 */

/** Excel's longest sheet name, in characters. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Excel's longest table name, in characters. */
export const MAX_TABLE_NAME_LENGTH = 255;

/** A name as Excel compares sheet and table names: without regard to case. */
export function foldName(name: string): string {
  return name.toUpperCase();
}

/** The first `length` characters (whole code points, never half a surrogate pair). */
function head(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("");
}

/** Whether Excel takes `name` as a sheet name (it may still be taken). */
export function isValidSheetName(name: string): boolean {
  const length = Array.from(name).length;
  return (
    length >= 1 &&
    length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    foldName(name) !== foldName("History")
  );
}

/**
 * `name` made valid as a sheet name: the characters Excel forbids (`[ ] : * ? / \`)
 * become spaces, no apostrophe at either end, at most 31 characters, and
 * "Sheet" when nothing is left.
 */
export function cleanSheetName(name: string): string {
  const trimEnds = (text: string) =>
    text
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
  const cleaned = trimEnds(name.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " "));
  return cleaned === "" ? "Sheet" : trimEnds(head(cleaned, MAX_SHEET_NAME_LENGTH));
}

/**
 * A sheet name not in `existing`: `baseName` (cleaned), else "baseName (2)",
 * "baseName (3)", …, shortening the base so that the whole name stays within
 * 31 characters. "History" is reserved by Excel and never used.
 * @example uniqueSheetName("Policy", ["Items", "policy"]) //=> "Policy (2)"
 */
export function uniqueSheetName(baseName: string, existing: Iterable<string>): string {
  const base = cleanSheetName(baseName);
  const taken = new Set(Array.from(existing, foldName));
  taken.add(foldName("History"));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const stem = head(base, MAX_SHEET_NAME_LENGTH - suffix.length)
      .replace(/'+$/, "")
      .trimEnd();
    const candidate = `${stem === "" ? "Sheet" : stem}${suffix}`;
    if (!taken.has(foldName(candidate))) return candidate;
  }
}

/**
 * `name` made valid as a table name: letters, digits, "_" and "." only (others
 * become "_"), starting with a letter or "_", not a cell reference ("A1",
 * "R1C1") nor "R" or "C", at most 255 characters; "Table" when nothing is left.
 */
export function cleanTableName(name: string): string {
  let cleaned = name
    .trim()
    .replace(/[^\p{L}\p{N}_.]+/gu, "_")
    .replace(/^_+(?=.)|_+$/g, "");
  if (cleaned === "") return "Table";
  if (!/^[\p{L}_]/u.test(cleaned)) cleaned = `_${cleaned}`;
  if (/^[rc]$/i.test(cleaned) || /^[a-z]{1,3}\d+$/i.test(cleaned) || /^r\d*c\d*$/i.test(cleaned)) {
    cleaned = `_${cleaned}`;
  }
  return head(cleaned, MAX_TABLE_NAME_LENGTH);
}

/**
 * A table name not in `existing` (the workbook's table and defined names):
 * `name` (cleaned), else "name_2", "name_3", ….
 * @example uniqueTableName("Policy", ["Policy"]) //=> "Policy_2"
 */
export function uniqueTableName(name: string, existing: Iterable<string>): string {
  const base = cleanTableName(name);
  const taken = new Set(Array.from(existing, foldName));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    const candidate = head(base, MAX_TABLE_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(foldName(candidate))) return candidate;
  }
}
