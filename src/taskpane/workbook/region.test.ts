import { blockName } from "./cellAddress";
import { currentRegion, filledBounds } from "./region";

function sheet(...filled: [number, number][]) {
  const cells = new Set(filled.map(([row, column]) => `${row},${column}`));
  return (row: number, column: number) => cells.has(`${row},${column}`);
}

describe("currentRegion", () => {
  it("is the cell itself when nothing is around it", () => {
    expect(blockName(currentRegion(sheet([5, 5]), 1, 1))).toBe("B2");
  });

  it("grows over touching cells, corners included, up to blank rows and columns", () => {
    // B2 B3 filled, C4 touches B3 at a corner, E4 is beyond a blank column.
    const filled = sheet([1, 1], [2, 1], [3, 2], [3, 4]);
    expect(blockName(currentRegion(filled, 1, 1))).toBe("B2:C4");
  });

  it("stops at the sheet's edges", () => {
    expect(blockName(currentRegion(sheet([0, 0], [0, 1], [1, 0]), 0, 0))).toBe("A1:B2");
  });

  it("starts from an empty cell inside or beside the data", () => {
    expect(blockName(currentRegion(sheet([0, 0], [0, 1], [1, 0]), 1, 1))).toBe("A1:B2");
  });
});

describe("filledBounds", () => {
  it("is the smallest block holding every filled cell, or undefined", () => {
    const empty = (value: unknown) => value === "";
    expect(
      filledBounds(
        [
          ["", ""],
          ["", 1],
          ["x", ""],
        ],
        empty,
      ),
    ).toEqual({ top: 1, left: 0, bottom: 2, right: 1 });
    expect(filledBounds([["", ""]], empty)).toBeUndefined();
  });
});
