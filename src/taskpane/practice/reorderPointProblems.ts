/**
 * Reorder point problems: ROP = d·L + SS, the key rounding it up. Two forms:
 * - "weekly": weekly demand and its σ, a 95% cycle service level; the mistake
 *   is z = 1.96;
 * - "annual": annual demand and the σ of annual demand with a lead time in
 *   weeks; the mistake is the annual σ with the weekly lead time.
 */
import { reorderPoint } from "../../core/safetyStock/reorderPoint";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import type { Random } from "../demo/random";
import { EOQ_RANGES } from "./eoqProblems";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type NumericAnswer, type PracticeProblem, type ProblemType } from "./problem";
import { SAFETY_STOCK_RANGES, SERVICE_LEVELS_BESIDES_95, WEEKS_PER_YEAR } from "./safetyStockProblems";
import { DEMAND_STEPS, FORMATS, UNIT_STEPS, drawSpread, percent, rounded, units } from "./textbook";
import { acceptedWithTableZ, numericAnswer, numericMistake } from "./tolerance";

export const REORDER_POINT_RANGES = {
  weeklyDemand: { min: 20, max: 2_000 },
  annualDemand: EOQ_RANGES.annualDemand,
  /** σ of weekly demand as a share of its mean. */
  variation: { min: 0.15, max: 0.5 },
  leadTimeWeeks: SAFETY_STOCK_RANGES.leadTimeWeeks,
} as const;

export interface ReorderPointGivens {
  /** "weekly": demand and σ a week; "annual": demand and σ a year. The lead time is in weeks. */
  form: "weekly" | "annual";
  demand: number;
  demandStdDev: number;
  leadTimeWeeks: number;
  serviceLevel: number;
}

/**
 * The reorder point and its classic mistake, by the core's models: ROP = d·L + z·σ_L with d and
 * σ_L per week (d = D/52 and σ_L = σ_year·√(L/52) in the annual form); z read from a two-decimal
 * table is right too.
 * @see Chopra & Meindl, Supply Chain Management (2016), ch. 12, Example 12-1; APICS Dictionary, "order point".
 */
export function solveReorderPoint(g: ReorderPointGivens): { answer: NumericAnswer; mistakes: NamedMistake[] } {
  const periods = g.form === "annual" ? WEEKS_PER_YEAR : 1;
  const averageDemand = g.demand / periods;
  const leadTimeDemand = reorderPoint({ averageDemand, leadTime: g.leadTimeWeeks, safetyStock: 0 });
  const rop = (serviceLevel: number, forecastInterval: number) => {
    const ss = safetyStock({
      serviceLevel,
      demandStdDev: g.demandStdDev,
      leadTime: g.leadTimeWeeks,
      forecastInterval,
    });
    const at = (z: number) => leadTimeDemand + z * ss.leadTimeDemandStdDev;
    return {
      value: reorderPoint({ averageDemand, leadTime: g.leadTimeWeeks, safetyStock: ss.safetyStock }),
      at,
      accepted: acceptedWithTableZ(at, ss.safetyFactor, "unitUp"),
    };
  };
  const right = rop(g.serviceLevel, periods);
  const answer = numericAnswer(
    right.value,
    "unitUp",
    { exact: FORMATS.unitsExact, printed: FORMATS.units },
    right.accepted,
  );
  if (g.form === "weekly") {
    const value = right.at(1.96);
    return {
      answer,
      mistakes: [numericMistake(MISTAKES.twoSidedZ, value, "unitUp", acceptedWithTableZ(right.at, 1.96, "unitUp"))],
    };
  }
  const wrong = rop(g.serviceLevel, 1);
  return {
    answer,
    mistakes: [numericMistake(MISTAKES.annualSigmaWeeklyLeadTime, wrong.value, "unitUp", wrong.accepted)],
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const r = REORDER_POINT_RANGES;
  const annual = variant === "annual";
  const demand = annual
    ? drawSpread(random, r.annualDemand.min, r.annualDemand.max, DEMAND_STEPS)
    : drawSpread(random, r.weeklyDemand.min, r.weeklyDemand.max, UNIT_STEPS);
  const weeklyStdDev = (demand / (annual ? WEEKS_PER_YEAR : 1)) * random.between(r.variation.min, r.variation.max);
  const stdDev = annual ? weeklyStdDev * Math.sqrt(WEEKS_PER_YEAR) : weeklyStdDev;
  const g: ReorderPointGivens = {
    form: annual ? "annual" : "weekly",
    demand,
    demandStdDev: rounded(stdDev, 5, Infinity, UNIT_STEPS),
    leadTimeWeeks: random.integer(r.leadTimeWeeks.min, r.leadTimeWeeks.max),
    serviceLevel: annual ? random.pick(SERVICE_LEVELS_BESIDES_95) : 0.95,
  };
  const lead = `The lead time is ${g.leadTimeWeeks} week${g.leadTimeWeeks === 1 ? "" : "s"}.`;
  const service = `The target is a ${percent(g.serviceLevel)} cycle service level. What is the reorder point, in units?`;
  const statement = annual
    ? `An item sells ${units(g.demand)} units a year (${WEEKS_PER_YEAR} weeks); the standard deviation of annual demand ` +
      `is ${units(g.demandStdDev)} units, each week's demand independent. ${lead} ${service}`
    : `An item sells ${units(g.demand)} units a week on average, with a standard deviation of ` +
      `${units(g.demandStdDev)} units a week. ${lead} ${service}`;
  const per = annual ? "a year" : "a week";
  return {
    kind: "reorderPoint",
    variant,
    statement,
    givens: [
      given("d", annual ? "D" : "d", g.demand, `demand, units ${per}`, FORMATS.units),
      given("sigma", "σ", g.demandStdDev, `std of demand, units ${per}`, FORMATS.units),
      given("L", "L", g.leadTimeWeeks, "lead time, weeks"),
      given("CSL", "CSL", g.serviceLevel, "cycle service level", FORMATS.serviceLevel),
      ...(annual ? [given("weeks", "weeks", WEEKS_PER_YEAR, "weeks in a year")] : []),
    ],
    question: "reorder point, units (rounded up)",
    ...solveReorderPoint(g),
    keyFormula: annual
      ? "=INV.REORDERPOINT({d}/{weeks},{L},INV.SAFETYSTOCK({CSL},{sigma},{L},,,{weeks}))"
      : "=INV.REORDERPOINT({d},{L},INV.SAFETYSTOCK({CSL},{sigma},{L}))",
  };
}

export const REORDER_POINT_PROBLEMS: ProblemType = {
  kind: "reorderPoint",
  label: "Reorder point",
  title: "Reorder point",
  summary:
    "Reorder points from weekly or annual demand, rounded up; names z = 1.96 for 95% and an annual σ with a weekly lead time.",
  variants: ["weekly", "annual"],
  draw,
};
