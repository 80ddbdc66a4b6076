import { acceptedRange, acceptedWithTableZ, apart, printed, within, zFromTable } from "./tolerance";

describe("accepted answers", () => {
  it("takes a quantity to a unit either way, money to the cent, ratios to two decimals", () => {
    expect(acceptedRange(304.0468, 304.0468, "unit")).toEqual({ from: 304, to: 305 });
    expect(acceptedRange(300, 300, "unit")).toEqual({ from: 300, to: 300 });
    expect(acceptedRange(1577.75, 1577.75, "cent")).toEqual({ from: 1577.75, to: 1577.75 });
    expect(acceptedRange(8.5569, 8.5569, "hundredth")).toEqual({ from: 8.55, to: 8.56 });
    // Floating-point tails on a step stay on it.
    expect(acceptedRange(0.1 + 0.2, 0.1 + 0.2, "hundredth")).toEqual({ from: 0.3, to: 0.3 });
  });

  it("prints a reorder point rounded up, other answers to the nearest step", () => {
    expect(printed(465.2, "unitUp")).toBe(466);
    expect(printed(466, "unitUp")).toBe(466);
    expect(printed(465.2, "unit")).toBe(465);
    expect(printed(8.5569, "hundredth")).toBe(8.56);
  });

  it("reads z from a two-decimal table: 1.6449 is 1.64 or 1.65; 1.96 is 1.96", () => {
    expect(zFromTable(1.6448536)).toEqual({ low: 1.64, high: 1.65 });
    expect(zFromTable(1.96)).toEqual({ low: 1.96, high: 1.96 });
    expect(acceptedWithTableZ((z) => 100 * z, 1.6448536, "unit")).toEqual({ from: 164, to: 165 });
    expect(acceptedWithTableZ((z) => 1000 - 100 * z, 1.6448536, "unit")).toEqual({ from: 835, to: 836 });
  });

  it("tells ranges apart and whether a value is in one, to six decimals", () => {
    expect(apart({ from: 1, to: 2 }, { from: 3, to: 4 })).toBe(true);
    expect(apart({ from: 1, to: 3 }, { from: 3, to: 4 })).toBe(false);
    expect(within(2.0000000001, { from: 1, to: 2 })).toBe(true);
    expect(within(2.00001, { from: 1, to: 2 })).toBe(false);
  });
});
