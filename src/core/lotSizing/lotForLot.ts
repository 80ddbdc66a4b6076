/**
 * Lot-for-lot (LFL): order exactly each period's requirement, in that period.
 * No inventory is carried; every period with a requirement costs one order.
 *
 * @see APICS Dictionary, "lot-for-lot"; Vollmann, Berry, Whybark & Jacobs, Manufacturing Planning and Control for Supply Chain Management.
 */
export function lotForLot(r: readonly number[]): number[] {
  return r.map((requirement) => (requirement > 0 ? requirement : 0));
}
