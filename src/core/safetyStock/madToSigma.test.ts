import { InputError } from "../shared/inputError";
import { SIGMA_PER_MAD, madToSigma } from "./madToSigma";

describe("madToSigma", () => {
  test("CPIM / APICS Dictionary: 1 MAD ≈ 0.8 σ, so σ ≈ 1.25 MAD; a MAD of 80 units is σ = 100", () => {
    expect(madToSigma({ mad: 80 })).toBe(100);
    expect(madToSigma({ mad: 1 })).toBe(SIGMA_PER_MAD);
  });

  test("within 0.3% of the exact normal ratio √(π/2)", () => {
    expect(Math.abs(SIGMA_PER_MAD / Math.sqrt(Math.PI / 2) - 1)).toBeLessThan(0.003);
  });

  test("zero MAD is zero σ", () => {
    expect(madToSigma({ mad: 0 })).toBe(0);
  });

  test.each([
    [-1, "mad must be zero or more (got -1)"],
    [Number.NaN, "mad must be a finite number (got NaN)"],
    [1.7e308, "inputs are too large for a finite standard deviation"],
  ])("rejects %p", (mad, message) => {
    expect(() => madToSigma({ mad })).toThrow(InputError);
    expect(() => madToSigma({ mad })).toThrow(message);
  });
});
