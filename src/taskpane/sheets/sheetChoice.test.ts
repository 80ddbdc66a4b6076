import { firstAdded } from "./sheetChoice";

describe("firstAdded", () => {
  it("is the first sheet added, in the workbook's order: a practice set's problems before its key", () => {
    expect(firstAdded(["Items", "Sheet1"], ["Items", "Sheet1", "EOQ practice", "EOQ practice key"])).toBe(
      "EOQ practice",
    );
  });

  it("is undefined when nothing was added, even when a sheet was deleted", () => {
    expect(firstAdded(["Items", "Sheet1"], ["Items", "Sheet1"])).toBeUndefined();
    expect(firstAdded(["Items", "Sheet1"], ["Sheet1"])).toBeUndefined();
  });
});
