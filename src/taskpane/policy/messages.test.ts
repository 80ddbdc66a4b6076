/**
 * Every message the wizard shows is in the user's words: it names a field by
 * the label the user sees, never by an identifier such as "bCutoff" or
 * "serviceLevel". The messages are generated from bad inputs for every field.
 */
import { InputError } from "../../core/shared/inputError";
import { FIXTURE_HEADERS, FIXTURE_ROWS, fixtureTable } from "../../../test/support/itemsFixture";
import { briefMessage } from "../shared/fieldMessage";
import {
  BACKORDER_RATE_LABEL,
  DEFAULT_CHOICES,
  readClassify,
  readService,
  readUnits,
  type ChoiceErrors,
} from "./choices";
import { classify } from "./classify";
import { mapColumns } from "./columns";
import { FIELD_LABEL, inPlainWords, itemMessage, targetLabel } from "./labels";
import { DEFAULT_UNITS } from "./units";
import { mappingProblems, readItems } from "./validation";

/** A camelCase identifier: a lower-case word run into a capitalised one ("aCutoff", "workingDaysPerYear"). */
const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;

const BAD_ENTRIES = ["", "  ", "abc", "98", "150%", "-5", "0", "0%", "1,5", "12%", "2.5", "1e400", "NaN", "Infinity"];

const { classify: classifyTexts, service: serviceTexts, units: unitTexts } = DEFAULT_CHOICES;

/** Every field's message for every bad entry, with the label the field shows. */
function fieldMessages(): Array<{ label: string; message: string }> {
  const out: Array<{ label: string; message: string }> = [];
  const collect = (errors: ChoiceErrors, labels: Record<string, string>) => {
    for (const [id, message] of Object.entries(errors))
      out.push({ label: labels[id] ?? `(no label for ${id})`, message });
  };
  for (const bad of BAD_ENTRIES) {
    collect(readUnits({ ...unitTexts, workingDays: bad }).errors, FIELD_LABEL);
    for (const id of ["aCutoff", "bCutoff", "xCutoff", "yCutoff"] as const) {
      collect(readClassify({ ...classifyTexts, xyz: true, [id]: bad }, true).errors, FIELD_LABEL);
    }
    for (const id of ["carryingRate", "defaultOrderCost"] as const) {
      collect(readService({ ...serviceTexts, [id]: bad }, false).errors, FIELD_LABEL);
    }
    const cost = readService({ ...serviceTexts, basis: "cost", backorderRate: bad }, false).errors;
    collect(cost, { backorderRate: BACKORDER_RATE_LABEL });
    for (const measure of ["cycle", "fillRate"] as const) {
      for (const xyz of [false, true]) {
        const targets = Object.fromEntries(Object.keys(serviceTexts.targets).map((label) => [label, bad]));
        const errors = readService({ ...serviceTexts, measure, targets }, xyz).errors;
        const labels = Object.fromEntries(Object.keys(targets).map((label) => [`target.${label}`, targetLabel(label)]));
        collect(errors, labels);
      }
    }
  }
  // Cut-offs out of order.
  collect(readClassify({ ...classifyTexts, aCutoff: "70%", bCutoff: "60%" }, false).errors, FIELD_LABEL);
  collect(readClassify({ ...classifyTexts, xyz: true, xCutoff: "1", yCutoff: "0.5" }, true).errors, FIELD_LABEL);
  return out;
}

describe("the wizard's messages, in the user's words", () => {
  const messages = fieldMessages();

  it("come from every field and bad entry", () => {
    const labels = new Set(messages.map((entry) => entry.label));
    expect([...labels]).toEqual(
      expect.arrayContaining([
        ...Object.values(FIELD_LABEL),
        targetLabel("A"),
        targetLabel("CZ"),
        BACKORDER_RATE_LABEL,
      ]),
    );
    expect(messages.length).toBeGreaterThan(BAD_ENTRIES.length * 10);
  });

  it("name no identifier, and start with the field's label", () => {
    for (const { label, message } of messages) {
      expect(message).not.toMatch(IDENTIFIER);
      expect(message.startsWith(`${label} `)).toBe(true);
      expect(briefMessage(message, label)).not.toMatch(IDENTIFIER);
    }
  });

  it("state the bound of a percentage field as a percentage (Class B up to below Class A up to)", () => {
    expect(readClassify({ ...classifyTexts, aCutoff: "70%", bCutoff: "60%" }, false).errors).toEqual({
      bCutoff: "Class B up to must be at least Class A up to (70%); got 60%",
    });
    expect(readClassify({ ...classifyTexts, aCutoff: "0.7", bCutoff: "0.6" }, false).errors.bCutoff).toBe(
      "Class B up to must be at least Class A up to (70%); got 60%",
    );
  });

  it("keep the hint for a bare 98, and show it as the brief line under the field", () => {
    const message = readService({ ...serviceTexts, targets: { ...serviceTexts.targets, A: "98" } }, false).errors[
      "target.A"
    ];
    expect(message).toBe("Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)");
    expect(briefMessage(message ?? "", "Class A")).toBe("For 98% enter 0.98 or 98%");
    const share = readClassify({ ...classifyTexts, aCutoff: "80" }, false).errors.aCutoff ?? "";
    expect(share).toBe("Class A up to must be more than 0% and at most 100%; got 80 (for 80% enter 0.8 or 80%)");
  });

  it("word the table's problems by its headers", () => {
    const mapping = mapColumns(FIXTURE_HEADERS);
    const units = { ...DEFAULT_UNITS, leadTimeUnit: "days" as const };
    const bad = FIXTURE_ROWS.map((row) => row.map((cell, column) => (column === 0 ? cell : column % 2 ? "x" : -1)));
    const read = readItems(fixtureTable([...FIXTURE_ROWS, ...bad, [true, "", "12", -4, "", 0, "y"]]), {
      mapping,
      units,
    });
    expect(read.issues.length).toBeGreaterThan(bad.length);
    for (const issue of read.issues) expect(`${issue.column} ${issue.reason}`).not.toMatch(IDENTIFIER);
    const none = { fields: Object.fromEntries(Object.keys(mapping.fields).map((key) => [key, null])), history: null };
    for (const problem of mappingProblems(none as typeof mapping)) expect(problem).not.toMatch(IDENTIFIER);
  });

  it("word a model's message about one item by the wizard's names for its inputs", () => {
    expect(itemMessage(new InputError("leadTime", "must be zero or more", -2))).toBe(
      "Lead time must be zero or more; got -2",
    );
    expect(
      itemMessage(new InputError("serviceLevel", "must be between 0 and 1", 98, { hint: "for 98% enter 0.98 or 98%" })),
    ).toBe("Cycle service level must be between 0 and 1; got 98 (for 98% enter 0.98 or 98%)");
    expect(itemMessage(new InputError("demandHistory", "must be at least reviewPeriod", 1, { index: 2 }))).toBe(
      "Demand history at period 3 must be at least review period; got 1",
    );
    expect(inPlainWords("fillRate cannot be reached with orderQuantity 0")).not.toMatch(IDENTIFIER);
  });

  it("word a demand history that cannot be classed by the item's SKU", () => {
    const mapping = mapColumns(FIXTURE_HEADERS);
    const units = { ...DEFAULT_UNITS, leadTimeUnit: "days" as const };
    const oneFigure = [["P-900", "Odd", 10, 2, 5, 0, 10, 7, "", "", "", "", "", "", "", "", "", "", ""]];
    const { items } = readItems(fixtureTable(oneFigure), { mapping, units });
    const choices = { basis: "value" as const, aCutoff: 0.8, bCutoff: 0.95, xyz: true, xCutoff: 0.5, yCutoff: 1 };
    expect(() => classify(items, choices)).toThrow(/^Demand history of P-900 /);
    try {
      classify(items, choices);
    } catch (error) {
      expect((error as Error).message).not.toMatch(IDENTIFIER);
    }
    const noHistory = items.map((item) => ({ ...item, history: null }));
    expect(() => classify(noHistory, choices)).toThrow(/^Demand history is needed for XYZ classes/);
  });
});
