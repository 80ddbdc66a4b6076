/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { Calculator } from "./Calculator";

function renderCalculator() {
  render(
    <FluentProvider theme={webLightTheme}>
      <Calculator workbook={new MemoryWorkbook()} />
    </FluentProvider>,
  );
}

const field = (name: RegExp) => screen.getByRole<HTMLInputElement>("textbox", { name });
const typeInto = (name: RegExp, text: string) => fireEvent.change(field(name), { target: { value: text } });

describe("Calculator", () => {
  it("labels every field, and asks for the required ones before computing", () => {
    renderCalculator();
    for (const name of [/^Demand per period \(D\)/, /^Order cost \(S\)/, /^Holding cost \(H\)/, /^Unit cost \(C\)/]) {
      expect(field(name)).toBeTruthy();
    }
    expect(screen.getByText("Enter demand per period, order cost and holding cost.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Insert formula/ })).toBeNull();
  });

  it("shows core's message at the field, marks it invalid, and no result", () => {
    renderCalculator();
    typeInto(/^Demand per period/, "1300");
    typeInto(/^Order cost/, "-8");
    typeInto(/^Holding cost/, "0.225");
    expect(screen.getByText("orderCost must be zero or more (got -8)")).toBeTruthy();
    expect(field(/^Order cost/).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Correct the entries marked above.")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("reads a carrying rate as a percentage once a unit cost is given", () => {
    renderCalculator();
    typeInto(/^Demand per period/, "12000");
    typeInto(/^Order cost/, "4000");
    typeInto(/^Holding cost/, "20%");
    expect(screen.getByText(/^holdingCost is not a rate/)).toBeTruthy();
    typeInto(/^Unit cost/, "500");
    expect(screen.getByText("979.80 units")).toBeTruthy();
    expect(screen.getByText("H = i·C = 0.2·500 = 100")).toBeTruthy();
  });

  it("switches to safety stock by keyboard-reachable tabs and keeps the EOQ entries", () => {
    renderCalculator();
    typeInto(/^Demand per period/, "1300");
    fireEvent.click(screen.getByRole("tab", { name: "Safety stock" }));
    typeInto(/^Cycle service level/, "95");
    typeInto(/^Demand standard deviation/, "10");
    typeInto(/^Lead time \(L\)/, "4");
    expect(
      screen.getByText("serviceLevel must be between 0 and 1, both excluded (got 95; for 95% enter 0.95 or 95%)"),
    ).toBeTruthy();
    typeInto(/^Cycle service level/, "95%");
    expect(screen.getByText("32.90 units")).toBeTruthy();
    expect(screen.getByText("SS = z·σd·√L = 1.6449·10·√4 = 32.90")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: /^Excel formula/ }).value).toBe(
      "=INV.SAFETYSTOCK(0.95, 10, 4)",
    );
    fireEvent.click(screen.getByRole("tab", { name: "EOQ" }));
    expect(field(/^Demand per period/).value).toBe("1300");
  });
});
