import { NEW_SEED_RANGE, newSeed, readPracticeEntries } from "./practiceForm";

describe("readPracticeEntries", () => {
  it("reads whole numbers, with or without thousands separators", () => {
    expect(readPracticeEntries({ kind: "abc", count: " 12 ", seed: "4,294,967,295" })).toEqual({
      ok: true,
      options: { kind: "abc", count: 12, seed: 4_294_967_295 },
    });
    expect(readPracticeEntries({ kind: "eoq", count: "1", seed: "0" })).toMatchObject({ ok: true });
  });

  it("says what is wrong with each entry, for its field", () => {
    expect(readPracticeEntries({ kind: "eoq", count: "51", seed: "7" })).toEqual({
      ok: false,
      count: "Enter a whole number of problems from 1 to 50.",
      seed: undefined,
    });
    for (const seed of ["", "-3", "2.5", "4294967296", "abc"]) {
      expect(readPracticeEntries({ kind: "eoq", count: "10", seed })).toMatchObject({
        ok: false,
        count: undefined,
        seed: expect.stringContaining("seed"),
      });
    }
    expect(readPracticeEntries({ kind: "eoq", count: "0", seed: "" })).toMatchObject({
      ok: false,
      count: expect.any(String),
      seed: expect.any(String),
    });
  });
});

describe("newSeed", () => {
  it("gives whole numbers from 1 to 999,999 across the range", () => {
    expect(newSeed(() => 0)).toBe(NEW_SEED_RANGE.min);
    expect(newSeed(() => 0.9999999999)).toBe(NEW_SEED_RANGE.max);
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 1 && seed <= 999_999).toBe(true);
  });
});
