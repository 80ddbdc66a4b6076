/**
 * Newsvendor problems: a one-time buy of a seasonal item with a price, a cost
 * and a salvage value (Cu = price − cost, Co = cost − salvage). Two forms:
 * - "ratio": the critical ratio Cu / (Cu + Co), a fraction; the mistakes are
 *   the fraction typed as a percent (97.5 for 0.975) and the ratio inverted;
 * - "quantity": the order quantity for normal demand, μ + z·σ, z read from a
 *   two-decimal table; the mistake is the ratio inverted.
 */
import { criticalRatio } from "../../core/newsvendor/criticalRatio";
import { newsvendorNormal } from "../../core/newsvendor/newsvendorNormal";
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import type { Random } from "../demo/random";
import { MISTAKES, percentTyped } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { FORMATS, PRICE_STEPS, UNIT_STEPS, drawSpread, drawUniform, money, rounded, units } from "./textbook";
import { acceptedRange, acceptedWithTableZ, numericAnswer, numericMistake } from "./tolerance";

export const NEWSVENDOR_RANGES = {
  unitCost: { min: 2, max: 60 },
  /** Price as a multiple of cost, and salvage value as a share of it. */
  markup: { min: 1.3, max: 3 },
  salvageShare: { min: 0, max: 0.6 },
  mean: { min: 100, max: 5_000 },
  /** σ as a share of the mean. */
  variation: { min: 0.1, max: 0.35 },
} as const;

export interface NewsvendorGivens {
  form: "ratio" | "quantity";
  price: number;
  unitCost: number;
  salvage: number;
  /** μ and σ of demand over the season (the "quantity" form). */
  mean?: number;
  stdDev?: number;
}

/**
 * The critical ratio or the order quantity, and their classic mistakes, by the core's models:
 * CR = Cu / (Cu + Co); Q* = μ + z·σ with z = Φ⁻¹(CR).
 * @see Snyder & Shen (2019), ch. 4, Example 4.3; Chopra & Meindl (2016), ch. 13.
 */
export function solveNewsvendor(g: NewsvendorGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const costs = { underageCost: g.price - g.unitCost, overageCost: g.unitCost - g.salvage };
  const inverted = { underageCost: costs.overageCost, overageCost: costs.underageCost };
  if (g.form === "ratio") {
    const ratio = criticalRatio(costs);
    const answer = numericAnswer(ratio, "hundredth", { exact: FORMATS.fraction, printed: FORMATS.ratio });
    const wrong = criticalRatio(inverted);
    return {
      answer,
      mistakes: [
        numericMistake(
          percentTyped(ratio),
          100 * ratio,
          "hundredth",
          acceptedRange(100 * answer.accepted.from, 100 * answer.accepted.to, "hundredth"),
        ),
        numericMistake(MISTAKES.invertedRatio, wrong, "hundredth"),
      ],
    };
  }
  const mean = g.mean ?? 0;
  const stdDev = g.stdDev ?? 0;
  const at = (z: number) => mean + z * stdDev;
  const quantity = (c: typeof costs) => ({
    value: newsvendorNormal({ mean, stdDev, ...c }).quantity,
    accepted: acceptedWithTableZ(at, safetyFactor({ serviceLevel: criticalRatio(c) }), "unit"),
  });
  const right = quantity(costs);
  const wrong = quantity(inverted);
  return {
    answer: numericAnswer(right.value, "unit", { exact: FORMATS.unitsExact, printed: FORMATS.units }, right.accepted),
    mistakes: [numericMistake(MISTAKES.invertedRatio, wrong.value, "unit", wrong.accepted)],
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const r = NEWSVENDOR_RANGES;
  const unitCost = drawSpread(random, r.unitCost.min, r.unitCost.max, PRICE_STEPS);
  const price = rounded(
    unitCost * random.between(r.markup.min, r.markup.max),
    unitCost * r.markup.min,
    Infinity,
    PRICE_STEPS,
  );
  const salvage = drawUniform(random, 0, unitCost * r.salvageShare.max, PRICE_STEPS);
  const quantity = variant === "quantity";
  const mean = drawSpread(random, r.mean.min, r.mean.max, UNIT_STEPS);
  const stdDev = rounded(mean * random.between(r.variation.min, r.variation.max), 5, Infinity, UNIT_STEPS);
  const g: NewsvendorGivens = {
    form: quantity ? "quantity" : "ratio",
    price,
    unitCost,
    salvage,
    ...(quantity ? { mean, stdDev } : {}),
  };
  const leftover =
    salvage > 0 ? `what is left after the season sells for ${money(salvage)} a unit.` : "what is left is scrapped.";
  const buy = `A shop buys a seasonal item once, at ${money(unitCost)} a unit, and sells it at ${money(price)}; ${leftover}`;
  const statement = quantity
    ? `${buy} Demand over the season is normal with a mean of ${units(mean)} and a standard deviation of ` +
      `${units(stdDev)} units. How many units should it buy?`
    : `${buy} What is the critical ratio (the in-stock probability to aim for)?`;
  return {
    kind: "newsvendor",
    variant,
    statement,
    givens: [
      given("p", "p", price, "selling price", FORMATS.money),
      given("c", "c", unitCost, "unit cost", FORMATS.money),
      given("v", "v", salvage, "salvage value", FORMATS.money),
      ...(quantity
        ? [
            given("mu", "μ", mean, "mean demand, units", FORMATS.units),
            given("sigma", "σ", stdDev, "std of demand, units", FORMATS.units),
          ]
        : []),
    ],
    question: quantity ? "order quantity, units" : "critical ratio",
    ...solveNewsvendor(g),
    keyFormula: quantity ? "=INV.NEWSVENDOR({mu},{sigma},{p}-{c},{c}-{v})" : "=INV.CRITICALRATIO({p}-{c},{c}-{v})",
  };
}

export const NEWSVENDOR_PROBLEMS: ProblemType = {
  kind: "newsvendor",
  label: "Newsvendor",
  title: "Newsvendor (one-time buy)",
  summary:
    "The critical ratio or the order quantity of a one-time buy; names a percent typed for the fraction (97.5 for 0.975) and the ratio inverted.",
  variants: ["ratio", "quantity"],
  draw,
};
