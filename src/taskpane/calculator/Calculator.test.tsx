/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { EXPLAINERS } from "../../core/explain/registry";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { Calculator } from "./Calculator";
import { catalogFunction } from "./catalog";

function renderCalculator(workbook = new MemoryWorkbook()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Calculator workbook={workbook} />
    </FluentProvider>,
  );
  return workbook;
}

const field = (name: RegExp) => screen.getByRole<HTMLInputElement>("textbox", { name });
const typeInto = (name: RegExp, text: string) => fireEvent.change(field(name), { target: { value: text } });
const result = (fn: string) => screen.getByRole("region", { name: `INV.${fn} result` });

function pick(search: string, fn: string) {
  const picker = screen.getByRole("combobox", { name: /^Function/ });
  fireEvent.click(picker);
  fireEvent.change(picker, { target: { value: search } });
  fireEvent.click(screen.getByRole("option", { name: new RegExp(`^INV\\.${fn}\\b`) }));
}

function typeEoqExample() {
  typeInto(/^demand/, "1300");
  typeInto(/^order_cost/, "8");
  typeInto(/^holding_cost/, "0.225");
}

/** Snyder & Shen Example 3.5's order: D 1300, K 8, i 30%, with the price breaks given. */
function typeDiscountExample(breaks: string, prices: string) {
  pick("discount", "EOQDISCOUNT");
  typeInto(/^demand/, "1300");
  typeInto(/^order_cost/, "8");
  typeInto(/^carrying_rate/, "30%");
  typeInto(/^break_quantities/, breaks);
  typeInto(/^unit_prices/, prices);
}

describe("Calculator", () => {
  it("opens on EOQ: its description and each argument by name with its help, from the doc comments", () => {
    renderCalculator();
    expect(screen.getByRole<HTMLInputElement>("combobox", { name: /^Function/ }).value).toBe("INV.EOQ");
    const eoq = catalogFunction("EOQ");
    expect(screen.getByText(eoq?.description ?? "?")).toBeTruthy();
    for (const parameter of eoq?.parameters ?? []) {
      const input = field(new RegExp(`^${parameter.name}`));
      const help = document.getElementById(input.getAttribute("aria-describedby") ?? "");
      expect(help?.textContent).toBe(parameter.description);
    }
    expect(screen.getByText("Enter demand, order_cost and holding_cost.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert formula" })).toBeNull();
  });

  it("shows the result and the work as INV.EXPLAIN does (Snyder & Shen Example 3.1: 304.05 units)", () => {
    renderCalculator();
    typeEoqExample();
    const region = result("EOQ");
    expect(within(region).getByText("304.05 units")).toBeTruthy();
    const inputs = within(region).getByRole("region", { name: "Inputs" });
    expect(within(inputs).getByText("Demand per period (D)")).toBeTruthy();
    expect(within(inputs).getByText("1300 units per period")).toBeTruthy();
    expect(within(region).getByLabelText("Formula in symbols").textContent).toMatch(/^Q\* = √\(2DS\/H\)/);
    const steps = within(region).getByRole("region", { name: "Steps" });
    expect(within(steps).getByText("Twice the demand times the order cost (2DS)")).toBeTruthy();
    expect(within(steps).getByText("20,800 $ per period")).toBeTruthy();
    expect(within(region).getByText(/^Source: Harris \(1913\)/)).toBeTruthy();
    expect(within(region).getByRole<HTMLInputElement>("textbox", { name: /^Excel formula/ }).value).toBe(
      "=INV.EOQ(1300, 8, 0.225)",
    );
    expect(within(region).getByRole<HTMLInputElement>("textbox", { name: /^Explanation formula/ }).value).toBe(
      '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)',
    );
  });

  it("shows core's message at the field in the field's words, marks it invalid, and no result", () => {
    renderCalculator();
    typeEoqExample();
    typeInto(/^order_cost/, "-8");
    expect(screen.getByText("order_cost must be zero or more (got -8)")).toBeTruthy();
    expect(field(/^order_cost/).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Correct the entries marked above.")).toBeTruthy();
    expect(screen.queryByText("304.05 units")).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("reads 20% as a carrying rate with a unit cost (Chopra & Meindl Example 11-1: 979.80 units)", () => {
    renderCalculator();
    typeInto(/^demand/, "12,000");
    typeInto(/^order_cost/, "4000");
    typeInto(/^holding_cost/, "20%");
    typeInto(/^unit_cost/, "500");
    expect(within(result("EOQ")).getByText("979.80 units")).toBeTruthy();
    expect(field(/^Excel formula/).value).toBe("=INV.EOQ(12000, 4000, 0.2, 500)");
  });

  it("searches the functions by name or words, and keeps each function's entries when switching", () => {
    renderCalculator();
    typeInto(/^demand/, "1300");
    const picker = screen.getByRole("combobox", { name: /^Function/ });
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: "discount" } });
    const options = screen.getAllByRole("option").map((option) => option.textContent ?? "");
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option.toLowerCase()).toContain("discount");
    fireEvent.click(screen.getByRole("option", { name: /^INV\.EOQDISCOUNT\b/ }));
    expect(field(/^break_quantities/)).toBeTruthy();
    pick("EOQ", "EOQ");
    expect(field(/^demand/).value).toBe("1300");
  });

  it("takes lists, a switch and a choice (Snyder & Shen Example 3.6, all units: $978.60 per year)", () => {
    renderCalculator();
    typeDiscountExample("0, 400, 800", "0.75\n0.72\n0.68");
    expect(within(result("EOQDISCOUNT")).getByText("800 units")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: /^result/ }), { target: { value: "cost" } });
    expect(within(result("EOQDISCOUNT")).getByText("978.60 $ per period")).toBeTruthy();
    expect(field(/^Excel formula/).value).toBe(
      '=INV.EOQDISCOUNT(1300, 8, 0.3, {0;400;800}, {0.75;0.72;0.68}, , "cost")',
    );
    const incremental = screen.getByRole("switch", { name: /^incremental/ });
    fireEvent.click(incremental);
    expect(field(/^Excel formula/).value).toBe(
      '=INV.EOQDISCOUNT(1300, 8, 0.3, {0;400;800}, {0.75;0.72;0.68}, TRUE, "cost")',
    );
    fireEvent.click(screen.getByRole("button", { name: "Leave out" }));
    expect(field(/^Excel formula/).value).toContain("{0.75;0.72;0.68}, , ");
  });

  it("takes a demand history pasted from Excel: a column is one item, a block one item per row", () => {
    renderCalculator();
    pick("DEMANDSTATS", "DEMANDSTATS");
    // The monthly series 120, 80, 95, 0, 210, 60, 75, 150: AVERAGE 98.75, STDEV.S 62.8348.
    typeInto(/^demand_history/, "120\n80\n95\n0\n210\n60\n75\n150\n");
    expect(within(result("DEMANDSTATS")).getByText("98.75 units")).toBeTruthy();
    expect(field(/^Excel formula/).value).toBe("=INV.DEMANDSTATS({120,80,95,0,210,60,75,150})");
    typeInto(/^demand_history/, "120\t80\t95\t0\n210\t60\t75\t150");
    fireEvent.change(screen.getByRole("combobox", { name: /^result/ }), { target: { value: "std" } });
    expect(field(/^Excel formula/).value).toBe('=INV.DEMANDSTATS({120,80,95,0;210,60,75,150}, "std")');
    const spill = within(result("DEMANDSTATS")).getByRole("group", { name: "INV.DEMANDSTATS spills these cells" });
    expect(within(spill).getAllByRole("row")).toHaveLength(2);
  });

  it("shows a list's message at its item, in the field's words", () => {
    renderCalculator();
    typeDiscountExample("0, 400, 400", "0.75, 0.72, 0.7");
    expect(screen.getByText(/^break_quantities at item 3 must increase/)).toBeTruthy();
    typeInto(/^break_quantities/, "0, 4OO");
    expect(screen.getByText('break_quantities at item 2 must be a number (got text "4OO")')).toBeTruthy();
  });

  it("inserts the formula, then in the demo the explanation below it, and never overwrites", async () => {
    const workbook = renderCalculator(new MemoryWorkbook({ cells: { A3: "kept" } }));
    typeEoqExample();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert formula" })));
    expect(screen.getByRole("status").textContent).toBe(
      "Inserted =INV.EOQ(1300, 8, 0.225) into Sheet1!A1 on the demo sheet.",
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert explanation" })));
    expect(screen.getByRole("status").textContent).toBe(
      'Inserted =INV.EXPLAIN("EOQ", 1300, 8, 0.225) into Sheet1!A2 on the demo sheet.',
    );
    expect(workbook.cellView("Sheet1", 0, 0)).toMatchObject({ content: "=INV.EOQ(1300, 8, 0.225)" });
    expect(workbook.cellView("Sheet1", 0, 0).value).toBeCloseTo(304.0468, 4);
    expect(workbook.cellView("Sheet1", 1, 0)).toMatchObject({
      content: '=INV.EXPLAIN("EOQ", 1300, 8, 0.225)',
      value: "EOQ",
    });
    expect(workbook.cellView("Sheet1", 2, 0).content).toBe("kept");
  });

  it("says so when the selection cannot take the formula", async () => {
    renderCalculator(new MemoryWorkbook({ selection: "A1:B2" }));
    typeEoqExample();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert formula" })));
    expect(screen.getByRole("status").textContent).toMatch(/^Select a single cell to insert into: Sheet1!A1:B2/);
  });

  it("offers every function with an explainer", () => {
    renderCalculator();
    fireEvent.click(screen.getByRole("combobox", { name: /^Function/ }));
    const names = screen.getAllByRole("option").map((option) => /^INV\.(\w+)/.exec(option.textContent ?? "")?.[1]);
    expect(names).toEqual([...EXPLAINERS.keys()].sort((a, b) => a.localeCompare(b)));
  });
});
