import { calculateSafetyStock, emptySafetyStockEntries, type SafetyStockEntries } from "./safetyStockCalculation";

const entries = (overrides: Partial<SafetyStockEntries>): SafetyStockEntries => ({
  ...emptySafetyStockEntries,
  ...overrides,
});

describe("calculateSafetyStock", () => {
  it("Chopra & Meindl Example 12-4: CSL 90%, σd 500 per week, L 2 weeks gives SS ≈ 906", () => {
    const { result } = calculateSafetyStock(entries({ serviceLevel: "90%", demandStdDev: "500", leadTime: "2" }));
    expect(result?.headline.value).toBe("906.19");
    expect(result?.formulaLines).toEqual(["z = Φ⁻¹(CSL) = Φ⁻¹(0.9) = 1.2816", "SS = z·σd·√L = 1.2816·500·√2 = 906.19"]);
    expect(result?.excelFormula).toBe("=INV.SAFETYSTOCK(0.9, 500, 2)");
  });

  it("Chopra & Meindl Example 12-6 (Dell): lead time 7 ± 7 days with daily demand 2,500 ± 500", () => {
    const { result } = calculateSafetyStock(
      entries({ serviceLevel: "0.9", demandStdDev: "500", leadTime: "7", averageDemand: "2500", leadTimeStdDev: "7" }),
    );
    expect(result?.headline.value).toBe("22,491.14");
    expect(result?.formulaLines[1]).toBe("SS = z·√((L/F)·σd² + d²·σL²) = 1.2816·√((7/1)·500² + 2500²·7²) = 22491.14");
    expect(result?.excelFormula).toBe("=INV.SAFETYSTOCK(0.9, 500, 7, 2500, 7)");
  });

  it("scales σd of a forecast interval to the lead time, and leaves omitted arguments empty in the formula", () => {
    const { result } = calculateSafetyStock(
      entries({ serviceLevel: "95%", demandStdDev: "10", leadTime: "4", forecastInterval: "2" }),
    );
    expect(result?.formulaLines[1]).toBe("SS = z·σd·√(L/F) = 1.6449·10·√(4/2) = 23.26");
    expect(result?.excelFormula).toBe("=INV.SAFETYSTOCK(0.95, 10, 4, , , 2)");
  });

  it("shows core's message for a bare 95, which suggests 95%", () => {
    const { fieldErrors, result } = calculateSafetyStock(
      entries({ serviceLevel: "95", demandStdDev: "10", leadTime: "4" }),
    );
    expect(result).toBeUndefined();
    expect(fieldErrors).toEqual({
      serviceLevel: "serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)",
    });
  });

  it("says that a lead-time std needs the average demand, at the lead-time std", () => {
    const { fieldErrors } = calculateSafetyStock(
      entries({ serviceLevel: "95%", demandStdDev: "10", leadTime: "4", leadTimeStdDev: "1" }),
    );
    expect(fieldErrors.leadTimeStdDev).toMatch(/^leadTimeStdDev needs averageDemand/);
  });

  it("notes a negative safety stock below a 50% service level", () => {
    const { result } = calculateSafetyStock(entries({ serviceLevel: "40%", demandStdDev: "10", leadTime: "1" }));
    expect(result?.headline.value).toBe("-2.53");
    expect(result?.details).toContainEqual({ label: "Note", value: "negative: the service level is below 50%" });
  });

  it("waits for the three required fields", () => {
    expect(calculateSafetyStock(entries({ averageDemand: "5" })).missing).toEqual([
      "serviceLevel",
      "demandStdDev",
      "leadTime",
    ]);
  });
});
