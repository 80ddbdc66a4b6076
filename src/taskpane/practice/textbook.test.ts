import { seededRandom } from "../demo/random";
import {
  DEMAND_STEPS,
  drawSpread,
  isRoundedTo,
  money,
  percent,
  rounded,
  roundToStep,
  threeFigures,
  units,
} from "./textbook";

describe("textbook numbers", () => {
  it("rounds to the step a textbook prints at that size, within the range", () => {
    expect(rounded(11_873, 800, 75_000, DEMAND_STEPS)).toBe(12_000);
    expect(rounded(1_234, 800, 75_000, DEMAND_STEPS)).toBe(1_250);
    expect(rounded(790, 800, 75_000, DEMAND_STEPS)).toBe(800);
    expect(rounded(75_400, 800, 75_000, DEMAND_STEPS)).toBe(75_000);
    expect(roundToStep(0.1 + 0.2, 0.05)).toBe(0.3);
    expect(threeFigures(1_234_567)).toBe(1_230_000);
    expect(threeFigures(48_549)).toBe(48_500);
  });

  it("draws across the whole range, small figures as often as large ones", () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 2_000 }, () => drawSpread(random, 800, 75_000, DEMAND_STEPS));
    expect(Math.min(...draws)).toBeLessThan(1_000);
    expect(Math.max(...draws)).toBeGreaterThan(60_000);
    expect(draws.filter((d) => d < 8_000).length / draws.length).toBeGreaterThan(0.4);
    expect(draws.every((d) => isRoundedTo(d, DEMAND_STEPS))).toBe(true);
  });

  it("writes numbers in statements as textbooks do", () => {
    expect(units(12_000)).toBe("12,000");
    expect(money(45)).toBe("$45");
    expect(money(14.5)).toBe("$14.50");
    expect(money(1_230_000)).toBe("$1,230,000");
    expect(percent(0.22)).toBe("22%");
    expect(percent(0.975)).toBe("97.5%");
  });
});
