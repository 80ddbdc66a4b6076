import { asPercent, briefMessage, fieldMessage } from "./fieldMessage";

describe("fieldMessage", () => {
  it("names the field, the rule in its unit, the value as typed, and the advice", () => {
    expect(fieldMessage("Class B up to", "must be at least Class A up to (70%)", "60%")).toBe(
      "Class B up to must be at least Class A up to (70%); got 60%",
    );
    expect(fieldMessage("Class A", "must be more than 0% and less than 100%", "98", "for 98% enter 0.98 or 98%")).toBe(
      "Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)",
    );
  });

  it("writes a share as a percentage field shows it, without float noise", () => {
    expect(asPercent(0.7)).toBe("70%");
    expect(asPercent(0.125)).toBe("12.5%");
    expect(asPercent(0.07)).toBe("7%");
  });
});

describe("briefMessage", () => {
  it("is the advice when there is some, else the rule, capitalised", () => {
    const hinted = fieldMessage(
      "Class A",
      "must be more than 0% and less than 100%",
      "98",
      "for 98% enter 0.98 or 98%",
    );
    expect(briefMessage(hinted, "Class A")).toBe("For 98% enter 0.98 or 98%");
    const plain = fieldMessage("Class B up to", "must be at least Class A up to (70%)", "60%");
    expect(briefMessage(plain, "Class B up to")).toBe("Must be at least Class A up to (70%)");
  });

  it("leaves a message in another form, or about another field, as it is", () => {
    expect(briefMessage("Choose the unit cost column.", "Unit cost")).toBe("Choose the unit cost column.");
    const other = fieldMessage("Class A", "must be a number", '"x"');
    expect(briefMessage(other, "Class B")).toBe(other);
  });
});
