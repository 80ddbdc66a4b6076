import { MONTHS, SAMPLE_COUNT, SAMPLE_HEADERS, generateSampleItems, type SampleRow } from "./sampleItems";

const HISTORY = SAMPLE_HEADERS.indexOf("Jan");
const history = (row: SampleRow) => row.slice(HISTORY, HISTORY + MONTHS.length);
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

describe("the sample item list", () => {
  const sample = generateSampleItems();

  it("has at least 200 items under a header the wizard maps by name, 12 months across", () => {
    expect(SAMPLE_COUNT).toBeGreaterThanOrEqual(200);
    expect(sample.rows).toHaveLength(SAMPLE_COUNT);
    expect(sample.headers).toEqual([
      "SKU",
      "Description",
      "Annual usage",
      "Unit cost",
      "Lead time (days)",
      "Lead time std (days)",
      "Order cost",
      ...["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ]);
    for (const row of sample.rows) expect(row).toHaveLength(sample.headers.length);
    expect(new Set(sample.rows.map((row) => row[0])).size).toBe(SAMPLE_COUNT);
  });

  it("is the same on every run, and another list for another seed", () => {
    expect(generateSampleItems()).toEqual(sample);
    expect(generateSampleItems(SAMPLE_COUNT, 1).rows).not.toEqual(sample.rows);
  });

  it("has a long tail: the top 20% of items by annual value carry most of it", () => {
    const values = sample.rows
      .filter((row) => isNumber(row[2]) && isNumber(row[3]) && row[3] > 0)
      .map((row) => Number(row[2]) * Number(row[3]))
      .sort((a, b) => b - a);
    const total = values.reduce((sum, value) => sum + value, 0);
    const top = values.slice(0, Math.round(values.length * 0.2)).reduce((sum, value) => sum + value, 0);
    expect(top / total).toBeGreaterThan(0.7);
    expect(top / total).toBeLessThan(0.95);
  });

  it("has intermittent items (demand in a few months), items with no demand, and new items with blank early months", () => {
    const rowsOf = (kind: string) => sample.rows.filter((_, index) => sample.kinds[index] === kind);
    const intermittent = rowsOf("intermittent");
    expect(intermittent.length).toBeGreaterThanOrEqual(20);
    for (const row of intermittent) {
      const zeros = history(row).filter((quantity) => quantity === 0).length;
      expect(zeros).toBeGreaterThanOrEqual(7);
      expect(zeros).toBeLessThanOrEqual(10);
    }
    const zero = rowsOf("zero-demand");
    expect(zero.length).toBeGreaterThanOrEqual(3);
    for (const row of zero) {
      expect(row[2]).toBe(0);
      expect(history(row).every((quantity) => quantity === 0)).toBe(true);
    }
    const fresh = rowsOf("new");
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    for (const row of fresh) {
      const months = history(row);
      const firstSeen = months.findIndex((quantity) => quantity !== null);
      expect(firstSeen).toBeGreaterThanOrEqual(4);
      expect(months.slice(firstSeen).every(isNumber)).toBe(true);
    }
  });

  it("keeps the annual usage of a full year equal to its 12 months", () => {
    sample.rows.forEach((row, index) => {
      const kind = sample.kinds[index];
      if (kind === "regular" || kind === "intermittent" || kind === "zero-demand") {
        expect(row[2]).toBe(history(row).reduce<number>((sum, quantity) => sum + Number(quantity), 0));
      }
    });
  });

  it("has 3 to 5 rows with a missing or invalid value for the validation report, and only those", () => {
    const numeric = [2, 3, 4, 6]; // usage, unit cost, lead time, order cost
    const faulty = sample.rows.filter(
      (row) =>
        !isNumber(row[2]) ||
        !isNumber(row[3]) ||
        row[3] <= 0 ||
        !isNumber(row[4]) ||
        (row[6] !== null && (!isNumber(row[6]) || row[6] < 0)),
    );
    expect(faulty.length).toBeGreaterThanOrEqual(3);
    expect(faulty.length).toBeLessThanOrEqual(5);
    expect(faulty).toEqual(sample.rows.filter((_, index) => sample.kinds[index] === "invalid"));
    const shown = faulty.map((row) => numeric.map((column) => row[column]));
    expect(shown.flat()).toEqual(expect.arrayContaining(["n/a"]));
    expect(shown.flat().some((value) => isNumber(value) && value < 0)).toBe(true);
    expect(shown.flat()).toContain(null);
  });

  it("makes any number of items, in proportion, for the benchmark", () => {
    const large = generateSampleItems(10_000);
    expect(large.rows).toHaveLength(10_000);
    const count = (kind: string) => large.kinds.filter((k) => k === kind).length;
    expect(count("intermittent")).toBe(1_200);
    expect(count("new")).toBe(400);
    expect(count("zero-demand")).toBe(250);
    expect(count("invalid")).toBe(170);
    expect(generateSampleItems(0).rows).toEqual([]);
    expect(() => generateSampleItems(-1)).toThrow("whole number");
  });
});
