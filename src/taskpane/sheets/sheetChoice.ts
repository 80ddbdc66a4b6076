/**
 * Which sheet the Sheets tab opens on: the first sheet added since the tab was
 * last open (a lesson just inserted, a practice set's problems before its
 * key, a written policy), else the one the user chose last.
 */

/** The first name in `now` that `seen` lacks, or undefined when no sheet was added. */
export function firstAdded(seen: readonly string[], now: readonly string[]): string | undefined {
  const before = new Set(seen);
  return now.find((name) => !before.has(name));
}
