import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { SheetPlan } from "./sheetPlan";
import { writePolicy, type WriteStepProgress } from "./writePolicy";

/** A plan of `rows` policy rows and a small summary, with or without a table and a chart. */
function plan(rows: number, extras: { table?: boolean; chart?: boolean } = {}): SheetPlan {
  const cells = [["SKU"], ...Array.from({ length: rows }, (_, k) => [{ text: `SKU-${k}` }])];
  return {
    sheetBaseName: "Policy",
    blocks: [
      { topLeft: "A1", cells, what: "policy", address: `A1:A${rows + 1}` },
      { topLeft: "C1", cells: [["Total", rows]], what: "summary", address: "C1:D1" },
    ],
    table: extras.table ? { address: `A1:A${rows + 1}`, name: "InventoryPolicy" } : undefined,
    chart: extras.chart
      ? { title: "Pareto", categories: "A2:A3", values: "D1:D1", cumulativeShares: "D1:D1", anchor: "F2" }
      : undefined,
    formulaCount: 0,
  };
}

async function steps(sheetPlan: SheetPlan): Promise<WriteStepProgress[]> {
  const seen: WriteStepProgress[] = [];
  const workbook = new MemoryWorkbook({ sheets: [{ name: "Items", cells: { A1: "SKU" } }] });
  const outcome = await writePolicy(workbook, sheetPlan, {
    settings: "{}",
    items: 1,
    onProgress: (progress) => {
      seen.push(progress);
    },
  });
  expect(outcome.kind).toBe("written");
  return seen;
}

describe("a write says what it is doing", () => {
  it("10,000 items: the sheet, each block with its rows, then the saving, counted in parts", async () => {
    expect(await steps(plan(10_000))).toEqual([
      { step: "Adding a new sheet", done: 0, total: 4 },
      { step: "Writing the policy: 10,001 rows", done: 1, total: 4 },
      { step: "Writing the summary: 1 row", done: 2, total: 4 },
      { step: "Saving the choices in the workbook", done: 3, total: 4 },
    ]);
  });

  it("the Excel table and the chart are parts of their own", async () => {
    const seen = await steps(plan(2, { table: true, chart: true }));
    expect(seen.map((progress) => progress.step)).toEqual([
      "Adding a new sheet",
      "Writing the policy: 3 rows",
      "Writing the summary: 1 row",
      "Making the Excel table",
      "Adding the Pareto chart",
      "Saving the choices in the workbook",
    ]);
    expect(seen.map((progress) => progress.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen.every((progress) => progress.total === 6)).toBe(true);
  });
});
