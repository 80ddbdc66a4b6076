import {
  demandMultiplier,
  describeDemandConversion,
  describeLeadTimeConversion,
  divideSuffix,
  leadTimeDivisor,
  timesSuffix,
} from "./units";

describe("units", () => {
  it("multiplies demand up to a year: 52 weeks, 12 months, 4 quarters", () => {
    expect([
      demandMultiplier("week"),
      demandMultiplier("month"),
      demandMultiplier("quarter"),
      demandMultiplier("year"),
    ]).toEqual([52, 12, 4, 1]);
  });

  it("divides lead times down to years, days by the working days per year", () => {
    const days = { leadTimeUnit: "days", workingDaysPerYear: 250 } as const;
    expect(leadTimeDivisor(days)).toBe(250);
    expect(leadTimeDivisor({ ...days, workingDaysPerYear: 365 })).toBe(365);
    expect(leadTimeDivisor({ ...days, leadTimeUnit: "weeks" })).toBe(52);
    expect(leadTimeDivisor({ ...days, leadTimeUnit: "months" })).toBe(12);
    expect(leadTimeDivisor({ ...days, leadTimeUnit: "years" })).toBe(1);
  });

  it("writes the conversion as it appears in a formula, nothing for a factor of 1", () => {
    expect(timesSuffix(12)).toBe("*12");
    expect(timesSuffix(1)).toBe("");
    expect(divideSuffix(250)).toBe("/250");
    expect(divideSuffix(1)).toBe("");
  });

  it("says what it converts", () => {
    expect(describeDemandConversion("month")).toBe("per month × 12 = per year");
    expect(describeDemandConversion("year")).toBe("per year, as is");
    expect(describeLeadTimeConversion({ leadTimeUnit: "days", workingDaysPerYear: 250 })).toBe(
      "days ÷ 250 days per year = years",
    );
    expect(describeLeadTimeConversion({ leadTimeUnit: "weeks", workingDaysPerYear: 250 })).toBe("weeks ÷ 52 = years");
  });
});
