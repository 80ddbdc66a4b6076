/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FIXTURE_HEADERS, FIXTURE_ROWS } from "../../../test/support/itemsFixture";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { Wizard } from "./Wizard";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function itemsWorkbook(settings?: string): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [{ name: "Items", rows: [FIXTURE_HEADERS, ...FIXTURE_ROWS] }],
    selection: "Items!B3",
    settings,
  });
}

async function renderWizard(workbook: MemoryWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Wizard workbook={workbook} />
    </FluentProvider>,
  );
  await act(async () => undefined);
}

const click = async (name: string | RegExp) => {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
};
const type = async (name: RegExp, text: string) => {
  await act(async () => fireEvent.change(screen.getByRole("textbox", { name }), { target: { value: text } }));
};
const region = (name: string) => screen.getByRole("region", { name });

describe("Wizard", () => {
  it("runs from the item table to a written policy, every usable row with a policy", async () => {
    const workbook = itemsWorkbook();
    await renderWizard(workbook);
    expect(screen.getByRole("heading", { name: "Step 1 of 5: Data" })).toBeTruthy();

    // Data: read, see the report and the groups.
    await click("Read the table around the selection");
    expect(screen.getByText("Read Items!A1:S9: 8 rows under 19 headers.")).toBeTruthy();
    const report = within(region("Validation report"));
    expect(report.getByText("6 of 8 rows can be used; 2 rows cannot, and are left out:")).toBeTruthy();
    expect(report.getByText('Row 3, Unit cost (D): is not a number ("n/a")')).toBeTruthy();
    expect(report.getByText("Row 8, Lead time (days) (E): is negative (got -3)")).toBeTruthy();
    const groups = within(screen.getByRole("list", { name: "Groups set apart" }));
    expect(groups.getByText("Zero demand: 1")).toBeTruthy();
    expect(groups.getByText("New item: 1")).toBeTruthy();
    expect(groups.getByText("Intermittent: 1")).toBeTruthy();

    // Fix a mapping: the order cost was mapped; unmap it and the default applies to all.
    const orderCost = screen.getByRole("combobox", { name: /^Order cost/ }) as HTMLSelectElement;
    expect(orderCost.value).toBe("6");
    await act(async () => fireEvent.change(orderCost, { target: { value: "none" } }));
    expect(orderCost.value).toBe("none");
    await click("Continue with the valid rows (6 items)");

    // Classify: change a cut-off and watch the summary change.
    expect(screen.getByRole("heading", { name: "Step 2 of 5: Classify" })).toBeTruthy();
    const summary = () =>
      within(screen.getByRole("table", { name: "Items and value per class" }))
        .getAllByRole("row")
        .slice(1, -1)
        .map((row) =>
          within(row)
            .getAllByRole("cell")
            .map((cell) => cell.textContent)
            .filter((_text, column) => column !== 3),
        );
    // With a history, XYZ is on: the nine matrix cells.
    expect(summary().map((row) => row[0])).toEqual(["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"]);
    await act(async () => fireEvent.click(screen.getByRole("checkbox", { name: /XYZ/ })));
    expect(summary()).toEqual([
      ["A", "3", "60.0%", "75.9%"],
      ["B", "1", "20.0%", "12.4%"],
      ["C", "1", "20.0%", "11.7%"],
    ]);
    await type(/^Class A up to/, "50%");
    expect(summary()).toEqual([
      ["A", "2", "40.0%", "62.2%"],
      ["B", "2", "40.0%", "26.1%"],
      ["C", "1", "20.0%", "11.7%"],
    ]);
    expect(screen.getByRole("img", { name: /^Pareto chart of 5 items: class A: 2 items/ })).toBeTruthy();
    await click("Continue");

    // Service levels: a bare 98 is refused; 99.5% raises the investment.
    const investment = () => within(region("Investment")).getByText("Safety stock investment").nextSibling?.textContent;
    const before = investment();
    await type(/^Class A/, "98");
    expect(screen.getByText("For 98% enter 0.98 or 98%")).toBeTruthy();
    expect(
      screen.getByText("Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)"),
    ).toBeTruthy();
    await type(/^Class A/, "99.5%");
    expect(Number(investment()?.replace(/,/g, ""))).toBeGreaterThan(Number(before?.replace(/,/g, "")));
    expect(screen.getByRole("img", { name: /^Safety-stock investment against a cycle service level/ })).toBeTruthy();
    await click("Continue");

    // Policy: the preview per item.
    const preview = within(screen.getByRole("table", { name: "Policy preview" }));
    expect(preview.getByText("P-100")).toBeTruthy();
    // EOQ of P-100 with the default order cost 50: √(2·1200·50/(0.25·10)) = 219.1, shown in whole units
    expect(preview.getByText("P-100").parentElement?.textContent).toContain("219");
    // Every usable row has a policy, each with its method.
    const figures = within(screen.getByLabelText("Portfolio totals"));
    expect(figures.getByText("Items with a policy").nextSibling?.textContent).toBe("6");
    const method = (sku: string) => preview.getByText(sku).parentElement?.parentElement?.textContent ?? "";
    expect(method("P-300")).toContain("No replenishment: review for obsolescence");
    expect(method("P-400")).toContain("estimated CV");
    expect(method("P-500")).toContain("SBA rate + negative binomial reorder point");
    expect(method("P-800")).toContain("EOQ + safety stock");
    await click("Continue");

    // Write: the spill layout, then what went where.
    await click("Write the policy for 6 items to a new sheet");
    const status = within(screen.getByRole("list", { name: "What was written where" }));
    expect(status.getByText("The policy: Policy!A1:Q9")).toBeTruthy();
    expect(status.getByText("The summary: Policy!S1:W31")).toBeTruthy();
    expect(status.getByText("A Pareto chart (Excel's Pareto chart)")).toBeTruthy();
    const eoq = "INV.EOQ(F2:F9, $T$11, $T$10, 'Items'!D2:D9)";
    expect(workbook.contentAt("Policy!H2")).toBe(
      `=IF(C2:C9="Policy",${eoq},IF(C2:C9="New item",${eoq},` +
        `IF(C2:C9="Intermittent",IF(ROUND(${eoq},0)<1,1,ROUND(${eoq},0)),IF(C2:C9="Zero demand",0,""))))`,
    );
    expect(workbook.contentAt("Policy!H3")).toBe("");
    expect(workbook.charts()).toHaveLength(1);
    expect(JSON.parse((await workbook.loadSettings()) ?? "{}").classify.aCutoff).toBe("50%");
  }, 30_000);

  it("restores the saved choices when the table is read again", async () => {
    const first = itemsWorkbook();
    await renderWizard(first);
    await click("Read the table around the selection");
    await click("Continue with the valid rows (6 items)");
    await type(/^Class A up to/, "70%");
    await click("Continue");
    const saved = await first.loadSettings();
    document.body.innerHTML = "";

    await renderWizard(itemsWorkbook(saved));
    await click("Read the table around the selection");
    await click("Continue with the valid rows (6 items)");
    expect((screen.getByRole("textbox", { name: /^Class A up to/ }) as HTMLInputElement).value).toBe("70%");
  });

  it("says why nothing can be read", async () => {
    await renderWizard(new MemoryWorkbook({ selection: "C3" }));
    await click("Read the table around the selection");
    expect(screen.getByRole("status").textContent).toMatch(/Sheet1!C3/);
  });
});
