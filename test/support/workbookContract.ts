/**
 * The contract every {@link WorkbookPort} implementation passes: run by
 * memoryWorkbook.test.ts and excelWorkbook.test.ts (against office-addin-mock),
 * so the demo workbook and Excel behave the same for the pane.
 */
import { parseCell } from "../../src/taskpane/workbook/cellAddress";
import { MemoryWorkbook, type CellContent } from "../../src/taskpane/workbook/memoryWorkbook";
import { WorkbookRefusal, type ChartSpec, type WorkbookPort } from "../../src/taskpane/workbook/workbookPort";

/** A starting workbook: "Sheet1" (active, holding the selection), then any other sheets. Addresses without a sheet are on Sheet1. */
export interface ContractSheet {
  selection: string;
  cells?: Record<string, CellContent>;
  /** More sheets after Sheet1, by name, with their cells. */
  otherSheets?: Record<string, Record<string, CellContent>>;
  /** Excel tables: a name and a block ("A1:C4" on Sheet1, or "Sheet!A1:C4"). */
  tables?: { name: string; address: string }[];
  /** Number formats of cells of Sheet1, by address. */
  formats?: Record<string, string>;
}

export interface ContractWorld {
  port: WorkbookPort;
  /** What the selection's first cell holds after the operation ("" when empty). */
  firstSelectedCell(): unknown;
  /** What a cell holds, "Policy!B2" ("" when empty). */
  contentAt(address: string): unknown;
  /** A cell's number format, "Policy!B2" (undefined when none was set). */
  formatAt(address: string): string | undefined;
  sheetNames(): string[];
  /** Selects a cell or block, as the user would: "Policy!A2". */
  select(address: string): void;
}

/** The in-memory document a contract world starts from; the Excel world puts a fake Excel over it. */
export function contractDocument(sheet: ContractSheet): MemoryWorkbook {
  const document = new MemoryWorkbook({
    sheets: [
      { name: "Sheet1", cells: sheet.cells },
      ...Object.entries(sheet.otherSheets ?? {}).map(([name, cells]) => ({ name, cells })),
    ],
    selection: sheet.selection,
    tables: sheet.tables,
  });
  for (const [address, format] of Object.entries(sheet.formats ?? {})) {
    const cell = parseCell(address);
    document.setFormat("Sheet1", cell.row, cell.column, format);
  }
  return document;
}

/** The world parts that come from the document, the same for every implementation. */
export function documentWorld(document: MemoryWorkbook, sheet: ContractSheet): Omit<ContractWorld, "port"> {
  return {
    firstSelectedCell: () => document.contentAt(`Sheet1!${sheet.selection.split(":")[0] ?? ""}`),
    contentAt: (address) => document.contentAt(address),
    formatAt: (address) => document.formatAt(address),
    sheetNames: () => document.sheetNames(),
    select: (address) => document.select(address),
  };
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

    describe("reading the table around the selection", () => {
      it("reads the current region around a cell, as Excel bounds it: blank rows and columns, corners joining", async () => {
        const { port } = open({
          selection: "C3",
          cells: {
            B2: "SKU",
            C2: " Annual usage ",
            D2: "Unit cost",
            B3: "A-1",
            C3: 1200,
            D3: 2.5,
            B4: "A-2",
            D4: true,
            E5: 7,
            G9: "not part of it",
          },
        });
        await expect(port.readTableAroundSelection()).resolves.toEqual({
          sheetName: "Sheet1",
          address: "Sheet1!B2:E5",
          top: 2,
          left: 2,
          headers: ["SKU", "Annual usage", "Unit cost", ""],
          rows: [
            ["A-1", 1200, 2.5, ""],
            ["A-2", "", true, ""],
            ["", "", "", 7],
          ],
        });
      });

      it("reads the Excel table that holds the selected cell, not the data beside it", async () => {
        const { port } = open({
          selection: "A3",
          cells: { A1: "SKU", B1: "Usage", C1: "Note", A2: "A-1", B2: 10, C2: "x", A3: "A-2", B3: 20 },
          tables: [{ name: "Items", address: "A1:B3" }],
        });
        await expect(port.readTableAroundSelection()).resolves.toEqual({
          sheetName: "Sheet1",
          address: "Sheet1!A1:B3",
          top: 1,
          left: 1,
          headers: ["SKU", "Usage"],
          rows: [
            ["A-1", 10],
            ["A-2", 20],
          ],
          tableName: "Items",
        });
      });

      it("reads a selected block as the user chose it, trimmed to its filled cells", async () => {
        const { port } = open({
          selection: "A3:C40",
          cells: { A2: "Item list, 2025", A3: "SKU", B3: "Usage", A4: "A-1", B4: 5, A5: "A-2" },
        });
        await expect(port.readTableAroundSelection()).resolves.toMatchObject({
          address: "Sheet1!A3:B5",
          headers: ["SKU", "Usage"],
          rows: [
            ["A-1", 5],
            ["A-2", ""],
          ],
        });
      });

      it("reports the number format of each column's first data row, when one is not General", async () => {
        const { port } = open({
          selection: "C3",
          cells: { B2: "SKU", C2: "Unit cost", D2: "Share", B3: "A-1", C3: 2.5, D3: 0.25, B4: "A-2", C4: 3 },
          formats: { C2: "@", C3: '"€"#,##0.00', D3: "0.0%", C4: "0.00" },
        });
        await expect(port.readTableAroundSelection()).resolves.toMatchObject({
          address: "Sheet1!B2:D4",
          columnFormats: ["General", '"€"#,##0.00', "0.0%"],
        });
        const plain = open({ selection: "A1", cells: { A1: "SKU", A2: "A-1" } });
        expect((await plain.port.readTableAroundSelection()).columnFormats).toBeUndefined();
      });

      it("refuses when there is nothing there", async () => {
        const { port } = open({ selection: "D5", cells: { A1: "far away" } });
        const error = await refusal(port.readTableAroundSelection());
        expect(error.reason).toBe("no-data");
        expect(error.message).toBe(
          "There is no data at Sheet1!D5: select a cell inside the item table (headers in its first row, one item per row).",
        );
      });
    });

    describe("adding a sheet", () => {
      it("never reuses a sheet's name: it numbers the new one, comparing names regardless of case", async () => {
        const world = open({ selection: "A1", otherSheets: { Policy: {}, "policy (2)": {} } });
        await expect(world.port.addSheet("Policy")).resolves.toBe("Policy (3)");
        await expect(world.port.addSheet("Policy")).resolves.toBe("Policy (4)");
        expect(world.sheetNames()).toEqual(["Sheet1", "Policy", "policy (2)", "Policy (3)", "Policy (4)"]);
      });

      it("makes a name Excel accepts: no [ ] : * ? / \\, at most 31 characters with its number", async () => {
        const world = open({ selection: "A1", otherSheets: { "Inventory policy for all items": {} } });
        await expect(world.port.addSheet("A/B: class [A]?")).resolves.toBe("A B class A");
        await expect(world.port.addSheet("Inventory policy for all items in 2025")).resolves.toBe(
          "Inventory policy for all it (2)",
        );
      });
    });

    describe("writing cells", () => {
      it("writes constants and formulas as given, and returns the block's address", async () => {
        const world = open({ selection: "A1" });
        const sheet = await world.port.addSheet("Policy");
        const written = await world.port.writeCells(sheet, "B2", [
          ["SKU", "EOQ"],
          ["A-1", "=INV.EOQ(Sheet1!C3, 8, 0.25)"],
          [1, true],
        ]);
        expect(written).toEqual({ address: "Policy!B2:C4" });
        expect(world.contentAt("Policy!B2")).toBe("SKU");
        expect(world.contentAt("Policy!C3")).toBe("=INV.EOQ(Sheet1!C3, 8, 0.25)");
        expect(world.contentAt("Policy!B4")).toBe(1);
        expect(world.contentAt("Policy!C4")).toBe(true);
      });

      it("writes a formula given with its computed value as the formula, and refuses it over a filled cell", async () => {
        const world = open({ selection: "A1", cells: { B3: "keep" } });
        const eoq = { formula: "=INV.EOQ(1300, 8, 0.225)", value: 304.04678 };
        await expect(
          world.port.writeCells("Sheet1", "B2", [[eoq, { formula: '="Q*"', value: "Q*" }]]),
        ).resolves.toEqual({
          address: "Sheet1!B2:C2",
        });
        expect([world.contentAt("Sheet1!B2"), world.contentAt("Sheet1!C2")]).toEqual([
          "=INV.EOQ(1300, 8, 0.225)",
          '="Q*"',
        ]);
        const error = await refusal(world.port.writeCells("Sheet1", "B3", [[eoq]]));
        expect(error.reason).toBe("not-empty");
        expect(world.contentAt("Sheet1!B3")).toBe("keep");
      });

      it("pads short rows: the block is as wide as the widest row", async () => {
        const world = open({ selection: "A1" });
        await expect(world.port.writeCells("Sheet1", "A1", [["a"], ["b", "c"]])).resolves.toEqual({
          address: "Sheet1!A1:B2",
        });
        expect(world.contentAt("Sheet1!B1")).toBe("");
      });

      it("leaves a null cell as it is, so it may write around a filled cell", async () => {
        const world = open({ selection: "A1", cells: { C3: "keep" } });
        await world.port.writeCells("Sheet1", "B2", [
          [1, 2],
          [3, null],
        ]);
        expect([world.contentAt("Sheet1!B2"), world.contentAt("Sheet1!B3"), world.contentAt("Sheet1!C3")]).toEqual([
          1,
          3,
          "keep",
        ]);
      });

      it("refuses to write over any filled cell, and then writes nothing at all", async () => {
        const world = open({ selection: "A1", cells: { D5: "=A1" } });
        const block = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 5 + c));
        const error = await refusal(world.port.writeCells("Sheet1", "B2", block));
        expect(error.reason).toBe("not-empty");
        expect(error.message).toBe(
          "Sheet1!B2:F6 is not empty (Sheet1!D5 holds something), so nothing was written. The pane never overwrites a cell.",
        );
        expect(world.contentAt("Sheet1!B2")).toBe("");
        expect(world.contentAt("Sheet1!F6")).toBe("");
        expect(world.contentAt("Sheet1!D5")).toBe("=A1");
      });

      it("writes { text } as that very text, which Excel would otherwise parse: leading zeros, dates, formulas", async () => {
        const world = open({ selection: "A1" });
        const sheet = await world.port.addSheet("Policy");
        const texts = ["00123", "1-2", "=X", "+X", "-X", "TRUE", "12%", " 7 "];
        await world.port.writeCells(sheet, "A1", [texts.map((text) => ({ text }))]);
        const columns = "ABCDEFGH".split("");
        expect(columns.map((column) => world.contentAt(`Policy!${column}1`))).toEqual(texts);
        // The text format, so that Excel keeps the text (and a user's later edit) as text.
        expect(columns.map((column) => world.formatAt(`Policy!${column}1`))).toEqual(texts.map(() => "@"));
      });

      it("sets number formats laid out as the cells: null leaves a format, a row may be shorter or longer", async () => {
        const world = open({ selection: "A1" });
        const sheet = await world.port.addSheet("Policy");
        await world.port.writeCells(
          sheet,
          "B2",
          [["SKU", "EOQ", "Share"], [{ text: "007" }, 304.05, 0.125], ["A-2"]],
          [[null], [null, "#,##0.00", "0.0%"], [null, "#,##0.00", "0.0%"]],
        );
        expect(world.formatAt("Policy!B2")).toBeUndefined();
        expect(world.formatAt("Policy!C2")).toBeUndefined();
        expect(world.formatAt("Policy!B3")).toBe("@"); // text, whatever the formats say
        expect(world.formatAt("Policy!C3")).toBe("#,##0.00");
        expect(world.formatAt("Policy!D3")).toBe("0.0%");
        // A format on a cell left empty: the cell stays empty, ready for a later value.
        expect(world.formatAt("Policy!C4")).toBe("#,##0.00");
        expect(world.contentAt("Policy!C4")).toBe("");
        expect([world.contentAt("Policy!B3"), world.contentAt("Policy!C3")]).toEqual(["007", 304.05]);
      });

      it("counts a format on an empty cell as no overwrite, and a format on a filled cell as one", async () => {
        const world = open({ selection: "A1", cells: { C2: "keep" } });
        await world.port.writeCells("Sheet1", "B2", [[1, null]], [[null, null]]);
        await world.port.writeCells("Sheet1", "B3", [[null, null]], [["0.00", "0.00"]]);
        expect(world.formatAt("Sheet1!C3")).toBe("0.00");
        const error = await refusal(world.port.writeCells("Sheet1", "B2", [[null, null]], [[null, "0.00"]]));
        expect(error.message).toBe(
          "Sheet1!B2:C2 is not empty (Sheet1!C2 holds something), so nothing was written. The pane never overwrites a cell.",
        );
        expect(world.formatAt("Sheet1!C2")).toBeUndefined();
        expect(world.contentAt("Sheet1!C2")).toBe("keep");
      });

      it("refuses a sheet that does not exist", async () => {
        const world = open({ selection: "A1" });
        const error = await refusal(world.port.writeCells("Policy", "A1", [[1]]));
        expect(error.reason).toBe("unknown-sheet");
        expect(error.message).toBe('There is no sheet named "Policy" in this workbook, so nothing was written.');
      });
    });

    it("makes a written block a table with a unique name, which a later read finds", async () => {
      const world = open({ selection: "A1" });
      const sheet = await world.port.addSheet("Policy");
      await world.port.writeCells(sheet, "A1", [
        ["SKU", "EOQ"],
        ["A-1", 300],
      ]);
      await world.port.writeCells(sheet, "D1", [["SKU"], ["B-1"]]);
      await expect(world.port.addTable(sheet, "Policy!A1:B2", "Policy")).resolves.toEqual({ name: "Policy" });
      await expect(world.port.addTable(sheet, "D1:D2", "Policy")).resolves.toEqual({ name: "Policy_2" });
      world.select("Policy!B2");
      await expect(world.port.readTableAroundSelection()).resolves.toMatchObject({
        address: "Policy!A1:B2",
        tableName: "Policy",
      });
    });

    it("adds a Pareto chart on an existing sheet, and refuses a missing one", async () => {
      const world = open({ selection: "A1" });
      const sheet = await world.port.addSheet("Policy");
      const spec = { title: "Pareto", categories: "A2:A4", values: "B2:B4", cumulativeShares: "C2:C4", anchor: "E2" };
      await expect(world.port.addParetoChart(sheet, spec)).resolves.toEqual({ kind: "pareto" });
      expect((await refusal(world.port.addParetoChart("Nowhere", spec))).reason).toBe("unknown-sheet");
    });

    it("adds a chart of series on an existing sheet, and refuses a missing one", async () => {
      const world = open({ selection: "A1" });
      const sheet = await world.port.addSheet("Lesson 1 EOQ");
      const spec: ChartSpec = {
        type: "xyScatterLines",
        title: "Total cost",
        xAxisTitle: "Q",
        yAxisTitle: "Cost",
        series: [{ name: "Total", values: "B2:B9", categories: "A2:A9" }],
        anchor: "D2",
      };
      await expect(world.port.addChart(sheet, spec)).resolves.toBeUndefined();
      expect((await refusal(world.port.addChart("Nowhere", spec))).reason).toBe("unknown-sheet");
    });

    it("keeps the wizard's settings in the workbook", async () => {
      const { port } = open({ selection: "A1" });
      await expect(port.loadSettings()).resolves.toBeUndefined();
      await port.saveSettings('{"version":1,"cutoffs":[0.8,0.95]}');
      await expect(port.loadSettings()).resolves.toBe('{"version":1,"cutoffs":[0.8,0.95]}');
    });
  });
}
