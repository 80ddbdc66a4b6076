/**
 * The function calls in an Excel formula, with how many arguments each gets: a small
 * scanner that knows what Excel's grammar puts between the parentheses. Commas separate
 * arguments only directly inside a call: not inside a text constant ("a, b"), a quoted
 * sheet name ('Items, 2024'!A1), an array constant ({1,2;3,4}) or a parenthesised
 * expression ((A1,B1) is a union). `F()` has no argument, `F(,)` has two (both omitted).
 */

export interface FormulaCall {
  /** The function's name as written: "INV.EOQ", "ROUNDUP". */
  name: string;
  /** How many arguments it is given, omitted ones included. */
  argumentCount: number;
}

interface Frame {
  /** The called function, or null for a parenthesised expression or an array constant. */
  name: string | null;
  commas: number;
  /** Whether anything but blanks stands between the parentheses. */
  empty: boolean;
}

const NAME_CHAR = /[A-Za-z0-9._]/;

/** Every call in `formula`, in the order their closing parentheses come. Throws on unbalanced brackets or quotes. */
export function formulaCalls(formula: string): FormulaCall[] {
  const calls: FormulaCall[] = [];
  const stack: Frame[] = [];
  let i = 0;
  const touch = () => {
    const top = stack[stack.length - 1];
    if (top) top.empty = false;
  };
  while (i < formula.length) {
    const c = formula[i] as string;
    if (c === '"' || c === "'") {
      // A text constant or a quoted sheet name; the quote is doubled inside it.
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) throw new Error(`unclosed ${c} in ${formula}`);
        if (formula[j] === c && formula[j + 1] === c) j += 2;
        else if (formula[j] === c) break;
        else j += 1;
      }
      touch();
      i = j + 1;
    } else if (NAME_CHAR.test(c)) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j] as string)) j += 1;
      touch();
      if (formula[j] === "(") {
        stack.push({ name: formula.slice(i, j), commas: 0, empty: true });
        j += 1;
      }
      i = j;
    } else if (c === "(" || c === "{") {
      touch();
      stack.push({ name: null, commas: 0, empty: true });
      i += 1;
    } else if (c === ")" || c === "}") {
      const frame = stack.pop();
      if (!frame) throw new Error(`unbalanced ${c} in ${formula}`);
      if (frame.name !== null) {
        if (c !== ")") throw new Error(`${frame.name}( closed by ${c} in ${formula}`);
        calls.push({ name: frame.name, argumentCount: frame.empty && frame.commas === 0 ? 0 : frame.commas + 1 });
      }
      i += 1;
    } else {
      const top = stack[stack.length - 1];
      if (c === "," && top) top.commas += 1;
      if (!/\s/.test(c)) touch();
      i += 1;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed ( in ${formula}`);
  return calls;
}
