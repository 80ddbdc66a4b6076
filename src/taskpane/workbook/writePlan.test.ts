import fc from "fast-check";
import {
  DEFAULT_CHUNK_LIMITS,
  chunkRows,
  excelWrites,
  firstOverwrite,
  jsonBytes,
  nextReadRows,
  planWrite,
} from "./writePlan";
import type { CellWrite } from "./workbookPort";

describe("planWrite", () => {
  it("places the block, pads short rows with null and notes that some cells are left as they are", () => {
    const plan = planWrite("Policy", "B2", [["a"], ["b", "c"]]);
    expect(plan).toEqual({
      sheetName: "Policy",
      block: { top: 1, left: 1, bottom: 2, right: 2 },
      rows: [
        ["a", null],
        ["b", "c"],
      ],
      formats: undefined,
      address: "Policy!B2:C3",
      hasNulls: true,
    });
    expect(planWrite("My items", "A1", [[1]]).address).toBe("'My items'!A1");
  });

  it("pads the number formats to the block, and gives literal text the text format whatever was asked", () => {
    const plan = planWrite(
      "Policy",
      "A1",
      [[{ text: "007" }, 5], [1]],
      [
        [null, "0.00"],
        [null, "0%"],
      ],
    );
    expect(plan.formats).toEqual([
      ["@", "0.00"],
      [null, "0%"],
    ]);
    expect(planWrite("Policy", "A1", [[{ text: "x" }]], [["0.00"]]).formats).toEqual([["@"]]);
    expect(excelWrites(plan)).toEqual([
      ["007", 5],
      [1, null],
    ]);
    expect(planWrite("Policy", "A1", [[1]], [[null]]).formats).toBeUndefined();
  });

  it("writes a formula with its computed value as the formula alone, for Excel to compute", () => {
    const plan = planWrite("Policy", "A1", [
      [{ formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.05 }, { text: "=X" }, 2],
    ]);
    expect(plan.rows).toEqual([[{ formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.05 }, { text: "=X" }, 2]]);
    expect(plan.formats).toEqual([[null, "@", null]]);
    expect(excelWrites(plan)).toEqual([["=INV.EOQ(1300, 8, 0.225)", "=X", 2]]);
  });

  it("throws for a formula cell that is not a formula, or whose value is not a number Excel has", () => {
    expect(() => planWrite("Policy", "A1", [[1, { formula: "SUM(A1)", value: 1 }]])).toThrow(
      'Policy!B1 would get the formula "SUM(A1)", which does not start with "="',
    );
    expect(() => planWrite("Policy", "A1", [[{ formula: "=1/0", value: Number.POSITIVE_INFINITY }]])).toThrow(
      "Policy!A1 would get =1/0 computed as Infinity",
    );
  });

  it("throws for number formats outside the block", () => {
    expect(() => planWrite("Policy", "A1", [[1, 2]], [[null, null, "0"]])).toThrow(
      "the number formats from Policy!A1 reach outside the 1 × 2 block",
    );
    expect(() => planWrite("Policy", "A1", [[1]], [[null], ["0"]])).toThrow("reach outside");
  });

  it("throws for a write that cannot be done, naming the cell", () => {
    expect(() => planWrite("Policy", "A1", [])).toThrow("nothing to write at A1");
    expect(() => planWrite("Policy", "A1", [[1, Number.NaN]])).toThrow("Policy!B1 would get NaN");
    expect(() => planWrite("Policy", "A1048576", [[1], [2]])).toThrow("run off the sheet");
  });
});

describe("firstOverwrite", () => {
  const plan = planWrite("Policy", "A1", [
    [1, null],
    [2, 3],
  ]);

  it("is the first filled cell, row by row, that gets a value", () => {
    expect(firstOverwrite(plan, (row) => row === 1)).toBe("Policy!A2");
    expect(firstOverwrite(plan, () => false)).toBeUndefined();
  });

  it("ignores a filled cell under a null", () => {
    expect(firstOverwrite(plan, (row, column) => row === 0 && column === 1)).toBeUndefined();
  });

  it("counts a number format on a filled cell as an overwrite", () => {
    const formatted = planWrite("Policy", "A1", [[1, null]], [[null, "0.00"]]);
    expect(firstOverwrite(formatted, (_row, column) => column === 1)).toBe("Policy!B1");
  });
});

describe("chunkRows", () => {
  it("counts UTF-8 bytes of the JSON", () => {
    expect(jsonBytes(["a", 1, null])).toBe('["a",1,null]'.length);
    expect(jsonBytes(["é"])).toBe(6); // ["é"]: é is two bytes
    expect(jsonBytes(["😀"])).toBe(8);
  });

  it("counts each row's number formats with it: they go in the same request", () => {
    const rows = [["a"], ["b"]];
    const formats = [["@"], [null]];
    expect(chunkRows(rows, DEFAULT_CHUNK_LIMITS, formats)).toEqual([{ start: 0, end: 2, bytes: 6 + 6 + 6 + 7 }]);
    expect(chunkRows(rows, { maxBytes: 20, maxCells: 10 }, formats)).toHaveLength(2);
    expect(chunkRows(rows, { maxBytes: 100, maxCells: 3 }, formats)).toHaveLength(2);
  });

  it("keeps one chunk for a small block", () => {
    expect(chunkRows([[1], [2]])).toEqual([{ start: 0, end: 2, bytes: 8 }]);
  });

  it("covers every row once, in order, each chunk within both limits (a single row may stand alone)", () => {
    const cell = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        fc.integer({ min: 10, max: 400 }),
        fc.integer({ min: 1, max: 30 }),
        (rows: CellWrite[][], maxBytes, maxCells) => {
          const chunks = chunkRows(rows, { maxBytes, maxCells });
          let next = 0;
          for (const chunk of chunks) {
            expect(chunk.start).toBe(next);
            expect(chunk.end).toBeGreaterThan(chunk.start);
            next = chunk.end;
            const part = rows.slice(chunk.start, chunk.end);
            const cells = part.reduce((sum, row) => sum + row.length, 0);
            const bytes = part.reduce((sum, row) => sum + jsonBytes(row) + 1, 0);
            expect(bytes).toBe(chunk.bytes);
            if (part.length > 1) {
              expect(bytes).toBeLessThanOrEqual(maxBytes);
              expect(cells).toBeLessThanOrEqual(maxCells);
            }
          }
          expect(next).toBe(rows.length);
        },
      ),
    );
  });
});

describe("nextReadRows", () => {
  it("sizes the first read at 4 kB a cell, and the next ones from the largest row read", () => {
    expect(nextReadRows(3, 10_000, undefined)).toBe(83); // 1 MB / 12 kB
    expect(nextReadRows(3, 10_000, 50)).toBe(6_666); // the cell limit: 20,000 / 3
    expect(nextReadRows(1, 10_000, 2_005)).toBe(498); // 2,000-character texts: 1 MB / 2,005 bytes
    expect(nextReadRows(1, 10, 2_005)).toBe(10);
  });

  it("reads at least one row, however large", () => {
    expect(nextReadRows(5, 100, 5_000_000)).toBe(1);
  });
});
