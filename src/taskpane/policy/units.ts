/**
 * The units questions the wizard asks, and the conversions they imply. The
 * policy is computed per year (the carrying rate is a rate per year): demand is
 * multiplied up to a year, lead times are divided down to years. Every
 * conversion is a plain factor, shown in the preview and written into the
 * formulas ("Items!C2:C201*12", "Items!E2:E201/250"), so nothing is converted
 * behind the user's back.
 */

/** What period a demand figure (or one history column) covers. */
export type DemandPeriod = "week" | "month" | "quarter" | "year";
/** What unit the lead times are in. */
export type LeadTimeUnit = "days" | "weeks" | "months" | "years";

export const DEMAND_PERIODS: readonly DemandPeriod[] = ["week", "month", "quarter", "year"];
export const LEAD_TIME_UNITS: readonly LeadTimeUnit[] = ["days", "weeks", "months", "years"];

/** Periods in a year: 52 weeks, 12 months, 4 quarters. */
export const PERIODS_PER_YEAR: Readonly<Record<DemandPeriod, number>> = { week: 52, month: 12, quarter: 4, year: 1 };

/** Default working days per year: 5 days × 50 weeks. */
export const DEFAULT_WORKING_DAYS = 250;

export interface UnitChoices {
  /** The period the demand column's figures cover (also the period of a demand std column). */
  demandPeriod: DemandPeriod;
  /** The period each demand-history column covers. */
  historyPeriod: DemandPeriod;
  leadTimeUnit: LeadTimeUnit;
  /** Days in a year of lead time, for lead times in days: 250 working days, or 365 for calendar days. */
  workingDaysPerYear: number;
}

export const DEFAULT_UNITS: UnitChoices = {
  demandPeriod: "year",
  historyPeriod: "month",
  leadTimeUnit: "days",
  workingDaysPerYear: DEFAULT_WORKING_DAYS,
};

/** Demand per period × this = demand per year. */
export function demandMultiplier(period: DemandPeriod): number {
  return PERIODS_PER_YEAR[period];
}

/** Lead time ÷ this = lead time in years. */
export function leadTimeDivisor(units: Pick<UnitChoices, "leadTimeUnit" | "workingDaysPerYear">): number {
  switch (units.leadTimeUnit) {
    case "days":
      return units.workingDaysPerYear;
    case "weeks":
      return 52;
    case "months":
      return 12;
    case "years":
      return 1;
  }
}

/** "*12" for a multiplier of 12, "" for 1: the conversion as it appears in a formula. */
export function timesSuffix(factor: number): string {
  return factor === 1 ? "" : `*${factor}`;
}

/** "/250" for a divisor of 250, "" for 1. */
export function divideSuffix(divisor: number): string {
  return divisor === 1 ? "" : `/${divisor}`;
}

const PERIOD_WORD: Record<DemandPeriod, string> = { week: "week", month: "month", quarter: "quarter", year: "year" };

/** "per month × 12 = per year", or "per year, as is". */
export function describeDemandConversion(period: DemandPeriod): string {
  return period === "year" ? "per year, as is" : `per ${PERIOD_WORD[period]} × ${demandMultiplier(period)} = per year`;
}

/** "days ÷ 250 working days per year = years", "weeks ÷ 52 = years", or "years, as is". */
export function describeLeadTimeConversion(units: Pick<UnitChoices, "leadTimeUnit" | "workingDaysPerYear">): string {
  const divisor = leadTimeDivisor(units);
  if (units.leadTimeUnit === "years") return "years, as is";
  if (units.leadTimeUnit === "days") return `days ÷ ${divisor} days per year = years`;
  return `${units.leadTimeUnit} ÷ ${divisor} = years`;
}

/** Why the working-days setting matters, shown beside it. */
export const WORKING_DAYS_EXPLAINED =
  "Lead times in days become years by dividing by the days in a year: 250 for working days (5 days × 50 weeks), " +
  "365 if the lead times count calendar days. 10 days is 0.04 year at 250, 0.0274 at 365.";

/** The period word used in labels: "month". */
export function periodWord(period: DemandPeriod): string {
  return PERIOD_WORD[period];
}
