import { DEMO_SHEET, createSampleWorkbook } from "./demoWorkbook";
import { SAMPLE_COUNT, SAMPLE_HEADERS } from "./sampleItems";

describe("the demo workbook", () => {
  it("holds the sample list on Items, header in row 1, with a cell inside it selected", async () => {
    const workbook = createSampleWorkbook();
    expect(workbook.sheetNames()).toEqual([DEMO_SHEET]);
    await expect(workbook.getSelection()).resolves.toMatchObject({ address: "Items!B2", isEmpty: false });
    const read = await workbook.readTableAroundSelection();
    expect(read).toMatchObject({ sheetName: "Items", address: `Items!A1:S${SAMPLE_COUNT + 1}`, top: 1, left: 1 });
    expect(read.headers).toEqual([...SAMPLE_HEADERS]);
    expect(read.rows).toHaveLength(SAMPLE_COUNT);
  });

  it("shows blank cells as blank: the early months of a new item", async () => {
    const read = await createSampleWorkbook().readTableAroundSelection();
    expect(read.rows.some((row) => row[7] === "" && typeof row[18] === "number")).toBe(true);
  });

  it("takes a size and a selection, for the benchmark", async () => {
    const workbook = createSampleWorkbook({ count: 10_000, selection: "C500" });
    const read = await workbook.readTableAroundSelection();
    expect(read.address).toBe("Items!A1:S10001");
  });
});
