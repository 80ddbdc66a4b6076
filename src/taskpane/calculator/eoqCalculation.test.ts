import { calculateEoq, emptyEoqEntries, type EoqEntries } from "./eoqCalculation";

const entries = (overrides: Partial<EoqEntries>): EoqEntries => ({ ...emptyEoqEntries, ...overrides });

describe("calculateEoq", () => {
  it("Snyder & Shen Example 3.1: D 1300, S 8, H 0.225 gives Q* 304.05", () => {
    const { result, fieldErrors, missing } = calculateEoq(
      entries({ demand: "1300", orderCost: "8", holdingCost: "0.225" }),
    );
    expect(fieldErrors).toEqual({});
    expect(missing).toEqual([]);
    expect(result?.headline).toEqual({ label: "Economic order quantity Q*", value: "304.05", unit: "units" });
    expect(result?.formulaLines).toEqual(["Q* = √(2·D·S/H) = √(2·1300·8/0.225) = 304.05"]);
    expect(result?.excelFormula).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(result?.details).toContainEqual({ label: "Cost per period, D·S/Q + H·Q/2", value: "68.41" });
  });

  it("Chopra & Meindl Example 11-1: with a unit cost the holding cost is a carrying rate, typed as 20%", () => {
    const { result } = calculateEoq({ demand: "12000", orderCost: "4000", holdingCost: "20%", unitCost: "500" });
    expect(result?.headline.value).toBe("979.80");
    expect(result?.formulaLines).toEqual(["H = i·C = 0.2·500 = 100", "Q* = √(2·D·S/H) = √(2·12000·4000/100) = 979.80"]);
    expect(result?.excelFormula).toBe("=INV.EOQ(12000, 4000, 0.2, 500)");
  });

  it("waits quietly for the required fields", () => {
    expect(calculateEoq(emptyEoqEntries)).toEqual({
      fieldErrors: {},
      missing: ["demand", "orderCost", "holdingCost"],
    });
    expect(calculateEoq(entries({ demand: "1300" })).missing).toEqual(["orderCost", "holdingCost"]);
  });

  it("shows core's message at the field it is about", () => {
    const negative = calculateEoq(entries({ demand: "1300", orderCost: "-8", holdingCost: "0.225" }));
    expect(negative.result).toBeUndefined();
    expect(negative.fieldErrors).toEqual({ orderCost: "orderCost must be zero or more (got -8)" });
    const zero = calculateEoq(entries({ demand: "1300", orderCost: "8", holdingCost: "0" }));
    expect(zero.fieldErrors).toEqual({ holdingCost: "holdingCost must be greater than 0 (got 0)" });
    const unit = calculateEoq({ demand: "1300", orderCost: "8", holdingCost: "0.2", unitCost: "-1" });
    expect(unit.fieldErrors).toEqual({ unitCost: "unitCost must be greater than 0 (got -1)" });
  });

  it("shows a message about the inputs as a whole apart from the fields, never Infinity", () => {
    const { error, result, fieldErrors } = calculateEoq(
      entries({ demand: "1e308", orderCost: "1e308", holdingCost: "1e-308" }),
    );
    expect(result).toBeUndefined();
    expect(fieldErrors).toEqual({});
    expect(error).toMatch(/^inputs are too large for a finite order quantity/);
  });

  it("takes a percentage as a holding cost only when it is a carrying rate", () => {
    expect(calculateEoq(entries({ demand: "1300", orderCost: "8", holdingCost: "25%" })).fieldErrors).toEqual({
      holdingCost:
        'holdingCost is not a rate, so it takes no % (got text "25%"; a percentage is a carrying rate: enter a unit cost too)',
    });
  });

  it("reports every entry that is not a number at once", () => {
    const { fieldErrors, result } = calculateEoq({ demand: "x", orderCost: "8", holdingCost: "y", unitCost: "" });
    expect(Object.keys(fieldErrors)).toEqual(["demand", "holdingCost"]);
    expect(result).toBeUndefined();
  });
});
