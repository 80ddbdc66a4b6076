import { InputError } from "../shared/inputError";

/** An order's flag: TRUE/FALSE, or 1/0; `null` for a blank. */
export type OrderFlag = boolean | number | null;

export interface OnTimeInFullInput {
  /** Per order: delivered on time? */
  onTime: ReadonlyArray<OrderFlag>;
  /** Per order, aligned with `onTime`: delivered in full? */
  inFull: ReadonlyArray<OrderFlag>;
}

function flag(value: OrderFlag, argument: string, index: number): boolean | null {
  if (value === null || value === undefined) return null;
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new InputError(argument, "must be TRUE or FALSE (or 1 or 0)", value, { index });
}

/**
 * OTIF, on time in full: the share of orders delivered both on time and in full.
 *
 * OTIF = orders on time and in full / orders
 *
 * An order blank in both lists is not an order and is skipped; an order marked
 * in one list but blank in the other is an input error (say which it was).
 *
 * Complexity: O(n).
 *
 * @param input.onTime  per order, TRUE/1 or FALSE/0; `null` for a blank
 * @param input.inFull  per order, aligned with onTime
 * @returns the share between 0 and 1, or `null` when there are no orders (every row blank)
 * @throws InputError  "onTime"/"inFull", with `index`, for a flag other than TRUE/FALSE/1/0 or a half-blank order
 * @see APICS Dictionary, "on-time and in-full"; ASCM SCOR model, "perfect order fulfillment" (OTIF is its core).
 * @example onTimeInFull({ onTime: [true, true, false, true], inFull: [true, false, true, true] }) //=> 0.5
 */
export function onTimeInFull(input: OnTimeInFullInput): number | null {
  return onTimeInFullCounts(input).share;
}

/** The order counts behind an OTIF share. */
export interface OnTimeInFullCounts {
  /** Orders (rows not blank in both lists). */
  orders: number;
  /** Orders delivered on time. */
  onTime: number;
  /** Orders delivered in full. */
  inFull: number;
  /** Orders delivered both on time and in full. */
  perfect: number;
  /** OTIF = perfect / orders, or `null` when there are no orders. */
  share: number | null;
}

/**
 * {@link onTimeInFull} with the counts it divides, for a calculation that shows its work.
 *
 * @param input as {@link onTimeInFull}
 * @see APICS Dictionary, "on-time and in-full"; ASCM SCOR model, "perfect order fulfillment".
 * @example onTimeInFullCounts({ onTime: [true, true, false, true], inFull: [true, false, true, true] })
 * //=> { orders: 4, onTime: 3, inFull: 3, perfect: 2, share: 0.5 }
 */
export function onTimeInFullCounts(input: OnTimeInFullInput): OnTimeInFullCounts {
  const { onTime, inFull } = input;
  if (onTime.length !== inFull.length) {
    throw new InputError("inFull", `must have one flag per order (${onTime.length} in onTime)`, inFull.length);
  }
  let orders = 0;
  let perfect = 0;
  let timely = 0;
  let complete = 0;
  for (let i = 0; i < onTime.length; i++) {
    const time = flag(onTime[i] as OrderFlag, "onTime", i);
    const full = flag(inFull[i] as OrderFlag, "inFull", i);
    if (time === null && full === null) continue;
    if (time === null) throw new InputError("onTime", "is blank for an order marked in inFull", null, { index: i });
    if (full === null) throw new InputError("inFull", "is blank for an order marked in onTime", null, { index: i });
    orders++;
    if (time) timely++;
    if (full) complete++;
    if (time && full) perfect++;
  }
  return { orders, onTime: timely, inFull: complete, perfect, share: orders === 0 ? null : perfect / orders };
}
