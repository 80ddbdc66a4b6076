/**
 * The contract every {@link WorkbookPort} implementation passes: run by
 * memoryWorkbook.test.ts and excelWorkbook.test.ts (against office-addin-mock),
 * so the demo sheet and Excel behave the same for the pane.
 */
import { WorkbookRefusal, type WorkbookPort } from "./workbookPort";

/** A one-sheet starting point, "Sheet1", addresses without the sheet. */
export interface ContractSheet {
  selection: string;
  cells?: Record<string, string | number | boolean>;
}

export interface ContractWorld {
  port: WorkbookPort;
  /** What the selection's first cell holds after the operation ("" when empty). */
  firstSelectedCell(): unknown;
}

async function refusal(promise: Promise<unknown>): Promise<WorkbookRefusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookRefusal) return error;
    throw error;
  }
  throw new Error("expected the port to refuse, but it went ahead");
}

export function workbookPortContract(name: string, open: (sheet: ContractSheet) => ContractWorld): void {
  describe(`${name}: the WorkbookPort contract`, () => {
    it("reports an empty single-cell selection with its sheet", async () => {
      const { port } = open({ selection: "B2" });
      await expect(port.getSelection()).resolves.toEqual({ address: "Sheet1!B2", cellCount: 1, isEmpty: true });
    });

    it("reports a cell holding a value, text or a formula as not empty", async () => {
      for (const content of [0, "Item", "=A1*2", true]) {
        const { port } = open({ selection: "B2", cells: { B2: content } });
        await expect(port.getSelection()).resolves.toMatchObject({ isEmpty: false });
      }
    });

    it("reports a block with its size, empty only when every cell is", async () => {
      const empty = open({ selection: "A1:B3" });
      await expect(empty.port.getSelection()).resolves.toEqual({
        address: "Sheet1!A1:B3",
        cellCount: 6,
        isEmpty: true,
      });
      const partly = open({ selection: "A1:B3", cells: { B3: 5 } });
      await expect(partly.port.getSelection()).resolves.toMatchObject({ cellCount: 6, isEmpty: false });
    });

    it("inserts a formula into an empty selected cell and returns its address", async () => {
      const world = open({ selection: "C4" });
      await expect(world.port.insertFormula("=INV.EOQ(1300, 8, 0.225)")).resolves.toEqual({ address: "Sheet1!C4" });
      expect(world.firstSelectedCell()).toBe("=INV.EOQ(1300, 8, 0.225)");
    });

    it.each([
      ["a number", 42],
      ["text", "keep me"],
      ["a formula", "=SUM(A1:A3)"],
      ["a logical value", false],
    ])("never overwrites a cell holding %s", async (_label, content) => {
      const world = open({ selection: "C4", cells: { C4: content } });
      const error = await refusal(world.port.insertFormula("=INV.EOQ(1300, 8, 0.225)"));
      expect(error.reason).toBe("not-empty");
      expect(error.message).toBe(
        "Sheet1!C4 is not empty, so nothing was written: select an empty cell. The pane never overwrites a cell.",
      );
      expect(world.firstSelectedCell()).toBe(content);
    });

    it("refuses a selection of more than one cell, even an empty one", async () => {
      const world = open({ selection: "A1:A2" });
      const error = await refusal(world.port.insertFormula("=INV.EOQ(1300, 8, 0.225)"));
      expect(error.reason).toBe("not-single-cell");
      expect(error.message).toBe("Select a single cell to insert into: Sheet1!A1:A2 has 2 cells.");
    });

    it("refuses text that is not a formula", async () => {
      const world = open({ selection: "A1" });
      const error = await refusal(world.port.insertFormula("INV.EOQ(1300, 8, 0.225)"));
      expect(error.reason).toBe("not-a-formula");
    });
  });
}
