import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { serializeChoices } from "../policy/settings";
import {
  initialWizardState,
  nextStep,
  previousStep,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from "./wizardState";

const run = (actions: WizardAction[], state: WizardState = initialWizardState) => actions.reduce(wizardReducer, state);
const loaded = run([{ type: "readStarted" }, { type: "readDone", table: fixtureTable() }]);

describe("wizardReducer", () => {
  it("starts on the data step with nothing read", () => {
    expect(initialWizardState.step).toBe("data");
    expect(initialWizardState.table).toBeUndefined();
    expect(initialWizardState.read).toEqual({ kind: "idle" });
  });

  it("maps a freshly read table by its headers", () => {
    expect(run([{ type: "readStarted" }]).read).toEqual({ kind: "reading" });
    expect(loaded.read).toEqual({ kind: "read" });
    expect(loaded.table?.sheetName).toBe("Items");
    expect(loaded.choices.mapping.fields.unitCost).toBe(3);
    expect(loaded.choices.mapping.history).toEqual({ first: 7, last: 18 });
    expect(loaded.choices.units.leadTimeUnit).toBe("days");
  });

  it("applies the choices saved in the workbook to the table it reads", () => {
    const saved = serializeChoices(
      {
        ...loaded.choices,
        classify: { ...loaded.choices.classify, aCutoff: "70%" },
        write: { layout: "table", valuesOnly: false },
      },
      FIXTURE_HEADERS,
    );
    const state = run([
      { type: "settingsLoaded", json: saved },
      { type: "readDone", table: fixtureTable() },
    ]);
    expect(state.choices.classify.aCutoff).toBe("70%");
    expect(state.choices.write.layout).toBe("table");
  });

  it("takes the currency from the unit-cost column's number format, unless the saved choices name one", () => {
    const table = fixtureTable();
    const formats = table.headers.map((_header, column) => (column === 3 ? "[$€-407] #,##0.00" : "General"));
    expect(loaded.choices.write.currency).toBe("");
    expect(run([{ type: "readDone", table: { ...table, columnFormats: formats } }]).choices.write.currency).toBe("EUR");
    const saved = serializeChoices(
      { ...loaded.choices, write: { ...loaded.choices.write, currency: "GBP" } },
      FIXTURE_HEADERS,
    );
    const state = run([
      { type: "settingsLoaded", json: saved },
      { type: "readDone", table: { ...table, columnFormats: formats } },
    ]);
    expect(state.choices.write.currency).toBe("GBP");
    // Choices saved before any currency was chosen ("" is the default) leave the table's own currency.
    const plain = serializeChoices(loaded.choices, FIXTURE_HEADERS);
    const again = run([
      { type: "settingsLoaded", json: plain },
      { type: "readDone", table: { ...table, columnFormats: formats } },
    ]);
    expect(again.choices.write.currency).toBe("EUR");
  });

  it("keeps a failed read's message", () => {
    expect(run([{ type: "readStarted" }, { type: "readFailed", message: "no data" }]).read).toEqual({
      kind: "failed",
      message: "no data",
    });
  });

  it("maps a column to one field only", () => {
    const state = run([{ type: "mapField", field: "orderCost", column: 3 }], loaded);
    expect(state.choices.mapping.fields.orderCost).toBe(3);
    expect(state.choices.mapping.fields.unitCost).toBeNull();
    expect(
      run([{ type: "mapField", field: "leadTimeStd", column: null }], loaded).choices.mapping.fields.leadTimeStd,
    ).toBeNull();
  });

  it("turns XYZ off when the history is unmapped", () => {
    expect(loaded.choices.classify.xyz).toBe(true);
    const state = run([{ type: "mapHistory", history: null }], loaded);
    expect(state.choices.mapping.history).toBeNull();
    expect(state.choices.classify.xyz).toBe(false);
  });

  it("brings the count basis's default cut-offs with it, but keeps cut-offs the user typed", () => {
    const byCount = run([{ type: "setClassify", patch: { basis: "count" } }], loaded);
    expect(byCount.choices.classify).toMatchObject({ basis: "count", aCutoff: "20%", bCutoff: "50%" });
    const typed = run(
      [
        { type: "setClassify", patch: { aCutoff: "70%" } },
        { type: "setClassify", patch: { basis: "count" } },
      ],
      loaded,
    );
    expect(typed.choices.classify).toMatchObject({ basis: "count", aCutoff: "70%", bCutoff: "95%" });
  });

  it("edits targets and resets them to the defaults", () => {
    const edited = run([{ type: "setTarget", label: "A", text: "99%" }], loaded);
    expect(edited.choices.service.targets.A).toBe("99%");
    expect(run([{ type: "resetTargets" }], edited).choices.service.targets.A).toBe("98%");
    const measure = run([{ type: "setService", patch: { measure: "fillRate", carryingRate: "20%" } }], loaded);
    expect(measure.choices.service).toMatchObject({ measure: "fillRate", carryingRate: "20%" });
  });

  it("reports a write, and forgets the report when a choice changes", () => {
    const report = {
      sheetName: "Policy",
      blocks: [{ what: "policy", address: "Policy!A1:L9" }],
      tableName: undefined,
      chartKind: "pareto" as const,
      formulaCount: 28,
      items: 3,
      settingsError: undefined,
    };
    const written = run([{ type: "writeStarted" }, { type: "written", report }], loaded);
    expect(written.write).toEqual({ kind: "written", report });
    expect(run([{ type: "setWrite", patch: { layout: "table" } }], written).write).toEqual({ kind: "idle" });
    expect(run([{ type: "writeFailed", message: "protected" }], loaded).write).toEqual({
      kind: "failed",
      message: "protected",
    });
  });

  it("moves between steps", () => {
    expect(run([{ type: "goTo", step: "service" }], loaded).step).toBe("service");
    expect(nextStep("data")).toBe("classify");
    expect(nextStep("write")).toBeUndefined();
    expect(previousStep("classify")).toBe("data");
    expect(previousStep("data")).toBeUndefined();
  });
});
