/* OTIF, unit fill rate, record accuracy and cycle counting. */
import fc from "fast-check";
import { InputError } from "../shared/inputError";
import { cycleCountWorkload, cycleCountsPerDay } from "./cycleCountsPerDay";
import { onTimeInFull, onTimeInFullCounts } from "./onTimeInFull";
import { recordAccuracy, recordAccuracyCheck } from "./recordAccuracy";
import { unitFillRate, unitFillRateTotals } from "./unitFillRate";

describe("onTimeInFull", () => {
  test("the share of orders both on time and in full", () => {
    expect(onTimeInFull({ onTime: [true, true, false, true], inFull: [true, false, true, true] })).toBe(0.5);
    expect(onTimeInFull({ onTime: [1, 1, 0, 1], inFull: [1, 0, 1, 1] })).toBe(0.5);
  });

  test("the counts behind the share: orders, on time, in full, both; none counted when every row is blank", () => {
    const input = { onTime: [true, true, false, null, true], inFull: [true, false, true, null, true] };
    expect(onTimeInFullCounts(input)).toEqual({ orders: 4, onTime: 3, inFull: 3, perfect: 2, share: 0.5 });
    expect(onTimeInFullCounts({ onTime: [null], inFull: [null] })).toMatchObject({ orders: 0, share: null });
  });

  test("rows blank in both are skipped; no orders gives null", () => {
    expect(onTimeInFull({ onTime: [true, null, true], inFull: [true, null, false] })).toBe(0.5);
    expect(onTimeInFull({ onTime: [null], inFull: [null] })).toBeNull();
  });

  test("is never above the on-time share nor the in-full share", () => {
    const flags = fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(flags, (orders) => {
        const otif = onTimeInFull({ onTime: orders.map((o) => o[0]), inFull: orders.map((o) => o[1]) }) as number;
        expect(otif).toBeLessThanOrEqual(orders.filter((o) => o[0]).length / orders.length);
        expect(otif).toBeLessThanOrEqual(orders.filter((o) => o[1]).length / orders.length);
      }),
    );
  });

  test.each([
    [{ onTime: [0.5], inFull: [1] }, "onTime at item 1 must be TRUE or FALSE (or 1 or 0) (got 0.5)"],
    [{ onTime: [1, 2], inFull: [1, 1] }, "onTime at item 2 must be TRUE or FALSE (or 1 or 0) (got 2)"],
    [{ onTime: [1, null], inFull: [1, 0] }, "onTime at item 2 is blank for an order marked in inFull (got a blank)"],
    [{ onTime: [true], inFull: [null] }, "inFull at item 1 is blank for an order marked in onTime (got a blank)"],
    [{ onTime: [true], inFull: [true, true] }, "inFull must have one flag per order (1 in onTime) (got 2)"],
  ])("rejects %o", (input, message) => {
    expect(() => onTimeInFull(input)).toThrow(InputError);
    expect(() => onTimeInFull(input)).toThrow(message);
  });
});

describe("unitFillRate", () => {
  test("one line: units shipped from stock / units ordered", () => {
    expect(unitFillRate({ shipped: [950], ordered: [1000] })).toBe(0.95);
    expect(unitFillRate({ shipped: [0], ordered: [4] })).toBe(0);
    expect(unitFillRate({ shipped: [4], ordered: [4] })).toBe(1);
  });

  test("a period's lines give one figure, the ratio of the sums: 950 of 1,000 and 0 of 4 is 950/1,004, not 0.475", () => {
    expect(unitFillRate({ shipped: [950, 0], ordered: [1000, 4] })).toBe(950 / 1004);
  });

  test("Aldo Inc.'s quarter (totals 12,800 units delivered of 16,000 ordered): 80%, however the units split into lines", () => {
    expect(unitFillRate({ shipped: [12800], ordered: [16000] })).toBe(0.8);
    expect(unitFillRate({ shipped: [5000, 7800, 0], ordered: [5000, 10000, 1000] })).toBe(0.8);
  });

  test("Aldo Inc.'s quarter, the totals: 12,800 shipped from stock of 16,000 ordered over 3 lines", () => {
    expect(unitFillRateTotals({ shipped: [5000, 7800, 0, null], ordered: [5000, 10000, 1000, null] })).toEqual({
      lines: 3,
      shipped: 12800,
      ordered: 16000,
      scale: 1,
      fillRate: 0.8,
    });
    const huge = unitFillRateTotals({ shipped: [1e308, 1e308], ordered: [1e308, 1e308] });
    expect([huge.shipped * huge.scale, huge.fillRate]).toEqual([Number.POSITIVE_INFINITY, 1]);
  });

  test("lines blank in both are skipped; lines of 0 ordered add nothing; nothing ordered gives null", () => {
    expect(unitFillRate({ shipped: [null, 90, 0], ordered: [null, 100, 0] })).toBe(0.9);
    expect(unitFillRate({ shipped: [null, 0], ordered: [null, 0] })).toBeNull();
    expect(unitFillRate({ shipped: [], ordered: [] })).toBeNull();
  });

  test("figures near 1e308 still give the ratio", () => {
    expect(unitFillRate({ shipped: [1e308, 5e307], ordered: [1e308, 1e308] })).toBe(0.75);
  });

  test("lies between the lowest and the highest line's ratio, and equals the call on the totals", () => {
    const line = fc
      .tuple(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([ordered, share]) => ({ ordered, shipped: Math.floor(share * ordered) }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 50 }), (lines) => {
        const rate = unitFillRate({ shipped: lines.map((l) => l.shipped), ordered: lines.map((l) => l.ordered) });
        const ratios = lines.map((l) => l.shipped / l.ordered);
        expect(rate).toBeGreaterThanOrEqual(Math.min(...ratios) - 1e-15);
        expect(rate).toBeLessThanOrEqual(Math.max(...ratios) + 1e-15);
        const total = (key: "shipped" | "ordered") => lines.reduce((sum, l) => sum + l[key], 0);
        expect(rate).toBe(unitFillRate({ shipped: [total("shipped")], ordered: [total("ordered")] }));
      }),
    );
  });

  test.each([
    [{ shipped: [-1], ordered: [4] }, "shipped at item 1 must be a finite number, zero or more (got -1)"],
    [
      { shipped: [1, 1], ordered: [4, Number.NaN] },
      "ordered at item 2 must be a finite number, zero or more (got NaN)",
    ],
    [
      { shipped: [1, 5], ordered: [4, 4] },
      "shipped at item 2 must be at most ordered (4): units shipped from stock come out of the units ordered (got 5)",
    ],
    [{ shipped: [1], ordered: [0] }, "shipped at item 1 must be at most ordered (0)"],
    [
      { shipped: [null], ordered: [4] },
      "shipped at item 1 is blank for a line with units ordered; enter 0 if none shipped (got a blank)",
    ],
    [{ shipped: [4], ordered: [null] }, "ordered at item 1 is blank for a line with units shipped (got a blank)"],
    [{ shipped: [4], ordered: [4, 4] }, "ordered must have one figure per order line (1 in shipped) (got 2)"],
  ])("rejects %o", (input, message) => {
    expect(() => unitFillRate(input)).toThrow(InputError);
    expect(() => unitFillRate(input)).toThrow(message);
  });
});

describe("recordAccuracy", () => {
  test("records within tolerance of the book quantity / records counted", () => {
    // 100 vs 98 is within 2%; 50 vs 45 is not; 0 vs 0 is exact.
    expect(
      recordAccuracy({ bookQuantities: [100, 50, 0], countedQuantities: [98, 45, 0], tolerance: 0.02 }),
    ).toBeCloseTo(2 / 3, 15);
  });

  test("a count exactly at the tolerance is accurate (102 vs 100 at 2%; 0.3 vs 0.33 at 10%)", () => {
    expect(recordAccuracy({ bookQuantities: [100, 100], countedQuantities: [102, 98], tolerance: 0.02 })).toBe(1);
    expect(recordAccuracy({ bookQuantities: [0.3], countedQuantities: [0.33], tolerance: 0.1 })).toBe(1);
    expect(recordAccuracy({ bookQuantities: [100], countedQuantities: [102.01], tolerance: 0.02 })).toBe(0);
  });

  test("a record with book 0 is accurate only when counted 0", () => {
    expect(recordAccuracy({ bookQuantities: [0, 0], countedQuantities: [0, 1], tolerance: 1 })).toBe(0.5);
  });

  test("per-record (per-class) tolerances: A items 0.2%, B 1%, C 5%", () => {
    const input = {
      bookQuantities: [1000, 1000, 1000],
      countedQuantities: [1003, 1008, 1040],
      tolerance: [0.002, 0.01, 0.05],
    };
    expect(recordAccuracy(input)).toBeCloseTo(2 / 3, 15); // the A item is off by 0.3%
  });

  test("the check of each counted record: difference, allowed t·b, within or not; blank rows left out", () => {
    const check = recordAccuracyCheck({
      bookQuantities: [1000, null, 1000],
      countedQuantities: [1003, null, 1008],
      tolerance: [0.002, null, 0.01],
    });
    expect(check.records).toEqual([
      {
        record: 0,
        book: 1000,
        counted: 1003,
        tolerance: 0.002,
        unitTolerance: 0,
        difference: 3,
        allowed: 2,
        accurate: false,
      },
      {
        record: 2,
        book: 1000,
        counted: 1008,
        tolerance: 0.01,
        unitTolerance: 0,
        difference: 8,
        allowed: 10,
        accurate: true,
      },
    ]);
    expect([check.accurate, check.accuracy]).toEqual([1, 0.5]);
  });

  test("APICS, a tolerance as a quantity beside the percentage: 4 vs 5 is off 20% but within 1 unit", () => {
    // Book 5, 1000, 0; counted 4, 1015, 1: 2% allows 0.1, 20 and 0 units; 1 unit lets the slow movers pass.
    const input = { bookQuantities: [5, 1000, 0], countedQuantities: [4, 1015, 1], tolerance: 0.02 };
    expect(recordAccuracy(input)).toBeCloseTo(1 / 3, 15);
    expect(recordAccuracy({ ...input, unitTolerance: 1 })).toBe(1);
    expect(recordAccuracy({ ...input, unitTolerance: [1, 0, null] })).toBeCloseTo(2 / 3, 15);
    const check = recordAccuracyCheck({ ...input, unitTolerance: 1 });
    expect(check.records.map((r) => r.allowed)).toEqual([1, 20, 1]);
  });

  test("an absolute tolerance only ever adds accurate records", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (pairs, tolerance, units) => {
          const input = {
            bookQuantities: pairs.map(([b]) => b),
            countedQuantities: pairs.map(([, c]) => c),
            tolerance,
          };
          expect(recordAccuracy({ ...input, unitTolerance: units }) ?? 0).toBeGreaterThanOrEqual(
            recordAccuracy(input) ?? 0,
          );
        },
      ),
    );
  });

  test("a negative absolute tolerance, or one per record of the wrong count, is an input error", () => {
    const input = { bookQuantities: [5, 6], countedQuantities: [4, 6], tolerance: 0.02 };
    expect(() => recordAccuracy({ ...input, unitTolerance: -1 })).toThrow(
      "unitTolerance must be zero or more (got -1)",
    );
    expect(() => recordAccuracy({ ...input, unitTolerance: [1, -2] })).toThrow("unitTolerance at item 2");
    expect(() => recordAccuracy({ ...input, unitTolerance: [1] })).toThrow(
      "unitTolerance must be one value, or one per record",
    );
  });

  test("rows blank in both quantities are skipped; none counted gives null", () => {
    expect(recordAccuracy({ bookQuantities: [null, 10], countedQuantities: [null, 10], tolerance: [null, 0] })).toBe(1);
    expect(recordAccuracy({ bookQuantities: [null], countedQuantities: [null], tolerance: 0.02 })).toBeNull();
  });

  test.each([
    [
      { bookQuantities: [1], countedQuantities: [1], tolerance: 2 },
      "tolerance must be between 0 and 1 (got 2; for 2% enter 0.02 or 2%)",
    ],
    [{ bookQuantities: [1], countedQuantities: [1], tolerance: -0.1 }, "tolerance must be between 0 and 1 (got -0.1)"],
    [
      { bookQuantities: [1, 2], countedQuantities: [1, 2], tolerance: [0.1, null] },
      "tolerance at item 2 is blank for a counted record; enter a fraction such as 0.02 (0 for an exact match) (got a blank)",
    ],
    [
      { bookQuantities: [1, null], countedQuantities: [1, 3], tolerance: 0.1 },
      "bookQuantities at item 2 is blank for a counted record (got a blank)",
    ],
    [
      { bookQuantities: [1], countedQuantities: [null], tolerance: 0.1 },
      "countedQuantities at item 1 is blank for a record with a book quantity (got a blank)",
    ],
    [
      { bookQuantities: [-1], countedQuantities: [1], tolerance: 0.1 },
      "bookQuantities at item 1 must be a finite number, zero or more (got -1)",
    ],
    [
      { bookQuantities: [1], countedQuantities: [1, 2], tolerance: 0.1 },
      "countedQuantities must have one count per record (1 book quantities) (got 2)",
    ],
    [
      { bookQuantities: [1, 2], countedQuantities: [1, 2], tolerance: [0.1] },
      "tolerance must be one value, or one per record (2) (got 1)",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => recordAccuracy(input)).toThrow(InputError);
    expect(() => recordAccuracy(input)).toThrow(message);
  });
});

describe("cycleCountsPerDay", () => {
  test("Heizer & Render Example 2, Cole's Trucks: 500 A monthly, 1,750 B quarterly, 2,750 C semiannually, 240 days: 77 a day", () => {
    // The book: 500/20 = 25, 1,750/60 = 29, 2,750/120 = 23, "77 items are counted each day".
    const perDay = cycleCountsPerDay({ itemsPerClass: [500, 1750, 2750], countsPerYear: [12, 4, 2], workingDays: 240 });
    expect(perDay).toBeCloseTo(77.083, 3);
    expect(Math.round(perDay as number)).toBe(77);
  });

  test("Heizer & Render Example 2, Cole's Trucks, the workload: 6,000 + 7,000 + 5,500 = 18,500 counts a year", () => {
    const workload = cycleCountWorkload({
      itemsPerClass: [500, 1750, 2750],
      countsPerYear: [12, 4, 2],
      workingDays: 240,
    });
    expect(workload.classes.map((c) => c.countsInYear)).toEqual([6000, 7000, 5500]);
    expect([workload.countsPerYear, workload.workingDays]).toEqual([18500, 240]);
    expect(workload.perDay).toBe(18500 / 240);
    expect(cycleCountWorkload({ itemsPerClass: [null, 10], countsPerYear: 3 })).toMatchObject({
      workingDays: 250,
      perDay: 0.12,
    });
  });

  test("Cole's Trucks learning exercise: 1,500 B and 3,000 C items give 25 + 25 + 25 = 75 a day", () => {
    expect(cycleCountsPerDay({ itemsPerClass: [500, 1500, 3000], countsPerYear: [12, 4, 2], workingDays: 240 })).toBe(
      75,
    );
  });

  test("default 250 working days; one frequency for every class; blank classes skipped", () => {
    expect(cycleCountsPerDay({ itemsPerClass: [500, 1750, 2750], countsPerYear: [12, 4, 2] })).toBe(74);
    expect(cycleCountsPerDay({ itemsPerClass: [100, null, 150], countsPerYear: 2 })).toBe(2);
    expect(cycleCountsPerDay({ itemsPerClass: [null], countsPerYear: [null] })).toBeNull();
  });

  test.each([
    [{ itemsPerClass: [1], countsPerYear: [1], workingDays: 0 }, "workingDays must be greater than 0 (got 0)"],
    [
      { itemsPerClass: [-1], countsPerYear: [1] },
      "itemsPerClass at item 1 must be a finite number, zero or more (got -1)",
    ],
    [{ itemsPerClass: [1], countsPerYear: -4 }, "countsPerYear must be zero or more (got -4)"],
    [
      { itemsPerClass: [1, 2], countsPerYear: [1, null] },
      "countsPerYear at item 2 is blank for a class with items (got a blank)",
    ],
    [
      { itemsPerClass: [null], countsPerYear: [4] },
      "itemsPerClass at item 1 is blank for a class with a count frequency (got a blank)",
    ],
    [{ itemsPerClass: [1, 2], countsPerYear: [1] }, "countsPerYear must be one value, or one per class (2) (got 1)"],
    [
      { itemsPerClass: [1e308], countsPerYear: [12], workingDays: 0.5 },
      "inputs are too large for a finite number of counts per day (got Infinity)",
    ],
  ])("rejects %o", (input, message) => {
    expect(() => cycleCountsPerDay(input)).toThrow(InputError);
    expect(() => cycleCountsPerDay(input)).toThrow(message);
  });
});
