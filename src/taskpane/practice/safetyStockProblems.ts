/**
 * Safety stock problems, in three forms, each with its classic mistake:
 * - "weekly": σ of weekly demand, a lead time in weeks, a 95% cycle service
 *   level; the mistake is z = 1.96 (the two-sided 95% point);
 * - "annual": σ of annual demand with a lead time in weeks; the mistake is
 *   σ_year × √L, the annual σ with the weekly lead time;
 * - "leadTimeChange": the safety stock for a new lead time; the mistake is
 *   SS × √(new L) instead of SS × √(new L / old L).
 */
import { leadTimeDemandStdDev } from "../../core/safetyStock/leadTimeDemandStdDev";
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import type { Random } from "../demo/random";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { FORMATS, UNIT_STEPS, drawSpread, percent, units } from "./textbook";
import { acceptedWithTableZ, numericAnswer, numericMistake } from "./tolerance";

/** Weeks in a year: σ of annual demand is σ of weekly demand × √52. */
export const WEEKS_PER_YEAR = 52;

/** The cycle service levels the problems ask for (95% only in the "weekly" form, where 1.96 is the trap). */
export const SERVICE_LEVELS_BESIDES_95 = [0.9, 0.975, 0.98, 0.99] as const;

export const SAFETY_STOCK_RANGES = {
  weeklyStdDev: { min: 10, max: 600 },
  annualStdDev: { min: 100, max: 5_000 },
  leadTimeWeeks: { min: 1, max: 8 },
  oldLeadTimeWeeks: { min: 2, max: 8 },
  newLeadTimeWeeks: { min: 1, max: 12 },
  currentSafetyStock: { min: 50, max: 5_000 },
} as const;

export type SafetyStockGivens =
  | { form: "weekly" | "annual"; serviceLevel: number; demandStdDev: number; leadTimeWeeks: number }
  | { form: "leadTimeChange"; safetyStock: number; oldLeadTime: number; newLeadTime: number };

const UNIT_FORMATS = { exact: FORMATS.unitsExact, printed: FORMATS.units };

/** z for a service level, and the answers z × σ_L gives with z read from a two-decimal table. */
function zTimes(serviceLevel: number, deviation: number) {
  const z = safetyFactor({ serviceLevel });
  return { z, accepted: acceptedWithTableZ((zz) => zz * deviation, z, "unit") };
}

/**
 * The safety stock of a problem and its classic mistake, by the core's models:
 * SS = z × σ_L, σ_L = σ × √(L/F) (F = 52 when σ is annual and L in weeks), z read from a two-decimal
 * table right too; for a new lead time, SS × σ_L(new L) / σ_L(old L) = SS × √(new L / old L).
 * @see Chopra & Meindl, Supply Chain Management (2016), §12.3, Example 12-4; APICS Dictionary, "safety stock".
 */
export function solveSafetyStock(g: SafetyStockGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  if (g.form === "leadTimeChange") {
    // SS scales with σ_L = σ·√L: SS_new = SS_old × σ_L(new) / σ_L(old).
    const rootOf = (leadTime: number) => leadTimeDemandStdDev({ demandStdDev: 1, leadTime });
    const exact = (g.safetyStock * rootOf(g.newLeadTime)) / rootOf(g.oldLeadTime);
    const wrong = g.safetyStock * rootOf(g.newLeadTime);
    return {
      answer: numericAnswer(exact, "unit", UNIT_FORMATS),
      mistakes: [numericMistake(MISTAKES.rootOfNewLeadTime, wrong, "unit")],
    };
  }
  const forecastInterval = g.form === "annual" ? WEEKS_PER_YEAR : 1;
  const result = safetyStock({
    serviceLevel: g.serviceLevel,
    demandStdDev: g.demandStdDev,
    leadTime: g.leadTimeWeeks,
    forecastInterval,
  });
  const { accepted } = zTimes(g.serviceLevel, result.leadTimeDemandStdDev);
  const answer = numericAnswer(result.safetyStock, "unit", UNIT_FORMATS, accepted);
  if (g.form === "weekly") {
    const wrong = 1.96 * result.leadTimeDemandStdDev;
    return {
      answer,
      mistakes: [numericMistake(MISTAKES.twoSidedZ, wrong, "unit")],
    };
  }
  const annualDeviation = leadTimeDemandStdDev({ demandStdDev: g.demandStdDev, leadTime: g.leadTimeWeeks });
  const wrong = zTimes(g.serviceLevel, annualDeviation);
  return {
    answer,
    mistakes: [numericMistake(MISTAKES.annualSigmaWeeklyLeadTime, wrong.z * annualDeviation, "unit", wrong.accepted)],
  };
}

const integer = (random: Random, range: { min: number; max: number }) => random.integer(range.min, range.max);
const weeks = (n: number) => `${n} week${n === 1 ? "" : "s"}`;

function draw(random: Random, variant: string): PracticeProblem {
  const r = SAFETY_STOCK_RANGES;
  if (variant === "leadTimeChange") {
    const oldLeadTime = integer(random, r.oldLeadTimeWeeks);
    let newLeadTime = integer(random, r.newLeadTimeWeeks);
    if (newLeadTime === oldLeadTime) newLeadTime = oldLeadTime + 2;
    const g: SafetyStockGivens = {
      form: variant,
      safetyStock: drawSpread(random, r.currentSafetyStock.min, r.currentSafetyStock.max, UNIT_STEPS),
      oldLeadTime,
      newLeadTime,
    };
    return {
      kind: "safetyStock",
      variant,
      statement:
        `An item carries ${units(g.safetyStock)} units of safety stock with a lead time of ${weeks(oldLeadTime)}. ` +
        `The supplier's lead time becomes ${weeks(newLeadTime)}. Demand does not change. ` +
        `What safety stock gives the same cycle service level, in units?`,
      givens: [
        given("SS", "SS", g.safetyStock, "safety stock now, units", FORMATS.units),
        given("Lold", "L old", oldLeadTime, "lead time now, weeks"),
        given("Lnew", "L new", newLeadTime, "new lead time, weeks"),
      ],
      question: "safety stock for the new lead time, units",
      ...solveSafetyStock(g),
      keyFormula: "={SS}*SQRT({Lnew}/{Lold})",
    };
  }
  const annual = variant === "annual";
  const g = {
    form: annual ? ("annual" as const) : ("weekly" as const),
    serviceLevel: annual ? random.pick(SERVICE_LEVELS_BESIDES_95) : 0.95,
    demandStdDev: annual
      ? drawSpread(random, r.annualStdDev.min, r.annualStdDev.max, UNIT_STEPS)
      : drawSpread(random, r.weeklyStdDev.min, r.weeklyStdDev.max, UNIT_STEPS),
    leadTimeWeeks: integer(random, r.leadTimeWeeks),
  };
  const demand = annual
    ? `Annual demand for an item has a standard deviation of ${units(g.demandStdDev)} units ` +
      `(a year of ${WEEKS_PER_YEAR} weeks, each week's demand independent).`
    : `Weekly demand for an item has a standard deviation of ${units(g.demandStdDev)} units.`;
  return {
    kind: "safetyStock",
    variant,
    statement:
      `${demand} The lead time is ${weeks(g.leadTimeWeeks)}. What safety stock gives a ` +
      `${percent(g.serviceLevel)} cycle service level (no stockout in ${percent(g.serviceLevel)} of order cycles), in units?`,
    givens: [
      given(
        "sigma",
        "σ",
        g.demandStdDev,
        annual ? "std of annual demand, units a year" : "std of weekly demand, units a week",
        FORMATS.units,
      ),
      given("L", "L", g.leadTimeWeeks, "lead time, weeks"),
      given("CSL", "CSL", g.serviceLevel, "cycle service level", FORMATS.serviceLevel),
      ...(annual ? [given("weeks", "weeks", WEEKS_PER_YEAR, "weeks in a year")] : []),
    ],
    question: "safety stock, units",
    ...solveSafetyStock(g),
    keyFormula: annual ? "=INV.SAFETYSTOCK({CSL},{sigma},{L},,,{weeks})" : "=INV.SAFETYSTOCK({CSL},{sigma},{L})",
  };
}

export const SAFETY_STOCK_PROBLEMS: ProblemType = {
  kind: "safetyStock",
  label: "Safety stock",
  title: "Safety stock",
  summary:
    "Safety stock from a weekly or an annual σ, or for a new lead time; names z = 1.96 for 95%, an annual σ with a weekly lead time, and √(new L) for √(new L / old L).",
  variants: ["weekly", "annual", "leadTimeChange"],
  draw,
};
