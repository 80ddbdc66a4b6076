import { requireFiniteResult, requireFraction, requireNonNegative, requireShare, withDefault } from "../shared/guards";

export interface DdmrpZonesInput {
  /** ADU, average daily usage, units per day. */
  averageDailyUsage: number;
  /** DLT, decoupled lead time, days. */
  decoupledLeadTime: number;
  /** LTF, lead-time factor, a fraction (0, 1]: long lead times 0.2–0.4, medium 0.41–0.6, short above (Ptak & Smith). */
  leadTimeFactor: number;
  /** VF, variability factor, a fraction [0, 1]: low 0.2–0.4, medium 0.41–0.6, high 0.61–1 (Ptak & Smith). */
  variabilityFactor: number;
  /** MOQ, minimum order quantity, units. Default 0 (none). */
  minimumOrderQuantity?: number | undefined;
  /** Imposed or desired order cycle, days. Default 0 (none). */
  orderCycle?: number | undefined;
}

/** The zones of a DDMRP stock buffer, units; the tops are the running sums from the bottom. */
export interface DdmrpZones {
  redBase: number;
  redSafety: number;
  red: number;
  yellow: number;
  green: number;
  /** ADU × order cycle, units: one of the three candidates for green (with red base and the MOQ). */
  greenFromOrderCycle: number;
  topOfRed: number;
  topOfYellow: number;
  topOfGreen: number;
}

/**
 * DDMRP buffer zones (Ptak & Smith).
 *
 *   red base   = ADU × DLT × LTF
 *   red safety = red base × VF
 *   red        = red base + red safety
 *   yellow     = ADU × DLT
 *   green      = max(ADU × order cycle, ADU × DLT × LTF, MOQ)
 *
 * top of red = red, top of yellow = red + yellow, top of green = red + yellow + green.
 * Nothing is rounded (Ptak & Smith round each zone to whole units in their
 * examples; OCA ddmrp rounds to the unit of measure). The defaults follow OCA
 * ddmrp's stock.buffer: minimum_order_quantity and order_cycle are 0 unless set.
 *
 * @param input.averageDailyUsage    ADU ≥ 0, units per day
 * @param input.decoupledLeadTime    DLT ≥ 0, days
 * @param input.leadTimeFactor       LTF, 0 < LTF ≤ 1
 * @param input.variabilityFactor    VF, 0 ≤ VF ≤ 1
 * @param input.minimumOrderQuantity MOQ ≥ 0 (default 0)
 * @param input.orderCycle           ≥ 0 days (default 0)
 * @see Ptak & Smith, Orlicky's Material Requirements Planning, 3rd ed. (2011), ch. 24 (buffer level examples);
 *      Ptak & Smith, Demand Driven Material Requirements Planning (2016), ch. 7; OCA ddmrp, stock_buffer.py.
 * @example ddmrpZones({ averageDailyUsage: 17, decoupledLeadTime: 21, leadTimeFactor: 0.5, variabilityFactor: 0.3,
 *                       minimumOrderQuantity: 300 })
 * //=> red 232.05, yellow 357, green 300   (Part 403P: the book rounds to 233 / 357 / 300, top of green 890)
 */
export function ddmrpZones(input: DdmrpZonesInput): DdmrpZones {
  const adu = requireNonNegative(input.averageDailyUsage, "averageDailyUsage");
  const dlt = requireNonNegative(input.decoupledLeadTime, "decoupledLeadTime");
  const leadTimeFactor = requireShare(input.leadTimeFactor, "leadTimeFactor");
  const variabilityFactor = requireFraction(input.variabilityFactor, "variabilityFactor");
  const moq = withDefault(input.minimumOrderQuantity, 0, requireNonNegative, "minimumOrderQuantity");
  const orderCycle = withDefault(input.orderCycle, 0, requireNonNegative, "orderCycle");

  const yellow = requireFiniteResult(adu * dlt, "yellow zone");
  const redBase = yellow * leadTimeFactor;
  const redSafety = redBase * variabilityFactor;
  const red = redBase + redSafety;
  const greenFromOrderCycle = requireFiniteResult(adu * orderCycle, "green zone");
  const green = Math.max(greenFromOrderCycle, redBase, moq);
  const topOfYellow = red + yellow;
  const topOfGreen = requireFiniteResult(topOfYellow + green, "top of green");
  return { redBase, redSafety, red, yellow, green, greenFromOrderCycle, topOfRed: red, topOfYellow, topOfGreen };
}

/**
 * What INV.DDMRPZONES spills per item, by its `result` choice:
 * - "zones" (the default): red, yellow, green, the zone sizes;
 * - "tops": top of red, top of yellow, top of green, the levels a planner compares the net flow position with;
 * - "detail": red base, red safety, red, yellow, green, top of red, top of yellow, top of green.
 */
export const DDMRP_RESULTS = ["zones", "tops", "detail"] as const;
export type DdmrpResult = (typeof DDMRP_RESULTS)[number];

/** The names of the figures each {@link DDMRP_RESULTS} choice spills, in their order. */
export const DDMRP_RESULT_FIGURES: Readonly<Record<DdmrpResult, ReadonlyArray<keyof DdmrpZones>>> = {
  zones: ["red", "yellow", "green"],
  tops: ["topOfRed", "topOfYellow", "topOfGreen"],
  detail: ["redBase", "redSafety", "red", "yellow", "green", "topOfRed", "topOfYellow", "topOfGreen"],
};

/**
 * The figures of `zones` that the `result` choice spills, in order (see {@link DDMRP_RESULTS}).
 *
 * @see Ptak & Smith, Demand Driven Material Requirements Planning (2016), ch. 7 (zones and their tops).
 * @example ddmrpOutputs(ddmrpZones({ averageDailyUsage: 17, decoupledLeadTime: 21, leadTimeFactor: 0.5, variabilityFactor: 0.3,
 *   minimumOrderQuantity: 300 }), "tops") //=> [232.05, 589.05, 889.05]   (Part 403P)
 */
export function ddmrpOutputs(zones: DdmrpZones, result: DdmrpResult): number[] {
  return DDMRP_RESULT_FIGURES[result].map((figure) => zones[figure]);
}
