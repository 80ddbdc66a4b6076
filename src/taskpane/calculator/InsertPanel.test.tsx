/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { InsertPanel } from "./InsertPanel";

const formulas = {
  formula: "=INV.SAFETYSTOCK(0.98, 12.5, 0.25, 40, 2, 0.083333, 0.5)",
  explanation: '=INV.EXPLAIN("SAFETYSTOCK", 0.98, 12.5, 0.25, 40, 2, 0.083333, 0.5)',
};

function show(copyText: (text: string) => Promise<void>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel
        formulas={formulas}
        canInsert
        status={{ kind: "idle" }}
        onInsert={() => undefined}
        whereInserted=""
        copyText={copyText}
      />
    </FluentProvider>,
  );
}

describe("InsertPanel", () => {
  it("shows the whole formula, wrapped over lines rather than cut off", () => {
    show(async () => undefined);
    const box = screen.getByRole<HTMLTextAreaElement>("textbox", { name: /^Excel formula/ });
    expect(box.value).toBe(formulas.formula);
    expect(box.readOnly).toBe(true);
    expect(box.rows).toBeGreaterThan(1);
  });

  it("copies a formula and says so", async () => {
    const copied: string[] = [];
    show(async (text) => void copied.push(text));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy the explanation formula" })));
    expect(copied).toEqual([formulas.explanation]);
    expect(screen.getByText("Copied.")).toBeTruthy();
  });

  it("when the clipboard refuses, selects the formula for Ctrl+C and says so", async () => {
    show(() => Promise.reject(new Error("NotAllowedError")));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy the Excel formula" })));
    expect(screen.getByText("Could not copy here: the formula is selected, press Ctrl+C.")).toBeTruthy();
    const box = screen.getByRole<HTMLTextAreaElement>("textbox", { name: /^Excel formula/ });
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, formulas.formula.length]);
  });
});
