/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { NumberField } from "./NumberField";

function show(error: string | undefined) {
  render(
    <FluentProvider theme={webLightTheme}>
      <NumberField label="Class A" hint="" value="98" onChange={() => undefined} error={error} />
    </FluentProvider>,
  );
}

describe("NumberField", () => {
  it("shows a field message's brief form, and the whole message behind Details, from the keyboard too", () => {
    const message = "Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)";
    show(message);
    expect(screen.getByText("For 98% enter 0.98 or 98%")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /^Class A/ }).getAttribute("aria-invalid")).toBe("true");
    const whole = screen.getByText(message);
    expect(whole.hidden).toBe(true);
    const details = screen.getByRole("button", { name: "Class A: details" });
    expect(details.getAttribute("aria-controls")).toBe(whole.id);
    fireEvent.click(details);
    expect(whole.hidden).toBe(false);
    fireEvent.click(details);
    expect(whole.hidden).toBe(true);
  });

  it("shows a message in another form whole, with nothing behind Details", () => {
    show("Enter a value between 1 and 2.");
    expect(screen.getByText("Enter a value between 1 and 2.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /details/ })).toBeNull();
  });

  it("shows no message and no Details without an error", () => {
    show(undefined);
    expect(screen.getByRole("textbox", { name: /^Class A/ }).getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
