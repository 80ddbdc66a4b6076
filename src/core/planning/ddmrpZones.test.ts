import { InputError } from "../shared/inputError";
import { DDMRP_RESULT_FIGURES, ddmrpOutputs, ddmrpZones } from "./ddmrpZones";

// Ptak & Smith, Orlicky's Material Requirements Planning, 3rd ed. (2011), ch. 24, "Buffer Level Examples". The book
// rounds each zone to whole units before summing; the model does not round.
describe("ddmrpZones", () => {
  test("Part 403P (purchased): ADU 17, DLT 21, LTF 50%, VF 30%, MOQ 300: green 300, yellow 357, red 179 + 54", () => {
    const zones = ddmrpZones({
      averageDailyUsage: 17,
      decoupledLeadTime: 21,
      leadTimeFactor: 0.5,
      variabilityFactor: 0.3,
      minimumOrderQuantity: 300,
    });
    expect(zones.yellow).toBe(357);
    expect(zones.redBase).toBe(178.5); // the book: 179
    expect(zones.redSafety).toBeCloseTo(53.55, 12); // the book: 179 × 0.3 → 54
    expect(zones.red).toBeCloseTo(232.05, 12); // the book: top of red 233
    expect(zones.green).toBe(300); // the MOQ
    expect(zones.greenFromOrderCycle).toBe(0); // no order cycle: the candidates are 0, 178.5 and 300
    expect(zones.topOfYellow).toBeCloseTo(589.05, 12); // the book: 590
    expect(zones.topOfGreen).toBeCloseTo(889.05, 12); // the book: 890
  });

  test("Part 501D (distributed): ADU 40, DLT 28, LTF 30%, VF 60%, MOQ 1,000: tops 538 / 1,658 / 2,658", () => {
    const zones = ddmrpZones({
      averageDailyUsage: 40,
      decoupledLeadTime: 28,
      leadTimeFactor: 0.3,
      variabilityFactor: 0.6,
      minimumOrderQuantity: 1000,
    });
    expect(zones.redBase).toBeCloseTo(336, 12);
    expect(zones.redSafety).toBeCloseTo(201.6, 12); // the book: 202
    expect(zones.yellow).toBe(1120);
    expect(zones.green).toBe(1000); // the MOQ beats the calculated 336
    expect(zones.topOfRed).toBeCloseTo(537.6, 12);
    expect(zones.topOfYellow).toBeCloseTo(1657.6, 12);
    expect(zones.topOfGreen).toBeCloseTo(2657.6, 12);
  });

  test("Part 707 (manufactured): ADU 6, DLT 13, LTF 45%, no MOQ: green 35, yellow 78, tops 53 / 131 / 166", () => {
    // The variability factor is on a page cut off in the copy consulted; 0.5 (medium) is inferred from the red safety
    // of 18 = 35 × 0.5 rounded. Rounded, the model's zones are the book's.
    const zones = ddmrpZones({
      averageDailyUsage: 6,
      decoupledLeadTime: 13,
      leadTimeFactor: 0.45,
      variabilityFactor: 0.5,
    });
    expect(zones.green).toBeCloseTo(35.1, 12);
    expect(zones.yellow).toBe(78);
    expect(Math.round(zones.redSafety)).toBe(18);
    expect([zones.topOfRed, zones.topOfYellow, zones.topOfGreen].map(Math.round)).toEqual([53, 131, 166]);
  });

  test("the green zone is the largest of order cycle × ADU, ADU × DLT × LTF and the MOQ", () => {
    const base = { averageDailyUsage: 10, decoupledLeadTime: 20, leadTimeFactor: 0.5, variabilityFactor: 0.5 };
    expect(ddmrpZones(base).green).toBe(100);
    expect(ddmrpZones({ ...base, orderCycle: 14 }).green).toBe(140);
    expect(ddmrpZones({ ...base, orderCycle: 14 }).greenFromOrderCycle).toBe(140);
    expect(ddmrpZones({ ...base, orderCycle: 14, minimumOrderQuantity: 500 }).green).toBe(500);
  });

  test.each([
    [{ averageDailyUsage: -1 }, "averageDailyUsage must be zero or more (got -1)"],
    [{ decoupledLeadTime: -1 }, "decoupledLeadTime must be zero or more (got -1)"],
    [{ leadTimeFactor: 0 }, "leadTimeFactor must be greater than 0 and at most 1 (got 0)"],
    [{ leadTimeFactor: 50 }, "leadTimeFactor must be greater than 0 and at most 1 (got 50; for 50% enter 0.5 or 50%)"],
    [{ variabilityFactor: 60 }, "variabilityFactor must be between 0 and 1 (got 60; for 60% enter 0.6 or 60%)"],
    [{ variabilityFactor: -0.1 }, "variabilityFactor must be between 0 and 1 (got -0.1)"],
    [{ minimumOrderQuantity: -1 }, "minimumOrderQuantity must be zero or more (got -1)"],
    [{ orderCycle: -1 }, "orderCycle must be zero or more (got -1)"],
    [
      { averageDailyUsage: 1e308, decoupledLeadTime: 10 },
      "inputs are too large for a finite yellow zone (got Infinity)",
    ],
    [
      { averageDailyUsage: 1e300, decoupledLeadTime: 1e8, variabilityFactor: 1 },
      "inputs are too large for a finite top of green (got Infinity)",
    ],
  ])("rejects %o", (override, message) => {
    const input = {
      averageDailyUsage: 10,
      decoupledLeadTime: 20,
      leadTimeFactor: 0.5,
      variabilityFactor: 0.5,
      ...override,
    };
    expect(() => ddmrpZones(input)).toThrow(InputError);
    expect(() => ddmrpZones(input)).toThrow(message);
  });
});

describe("ddmrpOutputs", () => {
  const part403P = ddmrpZones({
    averageDailyUsage: 17,
    decoupledLeadTime: 21,
    leadTimeFactor: 0.5,
    variabilityFactor: 0.3,
    minimumOrderQuantity: 300,
  });

  test("Ptak & Smith Part 403P: zones 232.05 / 357 / 300, tops 232.05 / 589.05 / 889.05 (the book rounds to 890)", () => {
    expect(ddmrpOutputs(part403P, "zones")).toEqual([expect.closeTo(232.05, 12), 357, 300]);
    expect(ddmrpOutputs(part403P, "tops")).toEqual([
      expect.closeTo(232.05, 12),
      expect.closeTo(589.05, 12),
      expect.closeTo(889.05, 12),
    ]);
  });

  test("detail: red base 178.5 and red safety 53.55 (the book: 179 and 54), then the zones and the tops", () => {
    const detail = ddmrpOutputs(part403P, "detail");
    expect(detail).toHaveLength(DDMRP_RESULT_FIGURES.detail.length);
    expect(detail.slice(0, 2)).toEqual([178.5, expect.closeTo(53.55, 12)]);
    expect(detail.slice(2, 5)).toEqual(ddmrpOutputs(part403P, "zones"));
    expect(detail.slice(5)).toEqual(ddmrpOutputs(part403P, "tops"));
  });
});
