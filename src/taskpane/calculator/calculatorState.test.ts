import { calculatorReducer, currentEntries, initialCalculatorState, type CalculatorState } from "./calculatorState";

describe("calculatorReducer", () => {
  it("keeps what was typed for each function when switching between them", () => {
    let state: CalculatorState = calculatorReducer(initialCalculatorState("EOQ"), {
      type: "edit",
      argument: "demand",
      entry: "1300",
    });
    state = calculatorReducer(state, { type: "pick", fn: "SAFETYSTOCK" });
    expect(currentEntries(state)).toEqual({});
    state = calculatorReducer(state, { type: "edit", argument: "service_level", entry: "95%" });
    state = calculatorReducer(state, { type: "pick", fn: "EOQ" });
    expect(state.fn).toBe("EOQ");
    expect(currentEntries(state)).toEqual({ demand: "1300" });
    expect(state.entries.SAFETYSTOCK).toEqual({ service_level: "95%" });
  });

  it("clears an entry when told undefined: an optional switch is left out again", () => {
    let state = calculatorReducer(initialCalculatorState("LEVELPLAN"), {
      type: "edit",
      argument: "allow_backlog",
      entry: true,
    });
    expect(currentEntries(state)).toEqual({ allow_backlog: true });
    state = calculatorReducer(state, { type: "edit", argument: "allow_backlog", entry: undefined });
    expect(currentEntries(state)).toEqual({});
  });

  it("tracks an insertion and where it went, and forgets its message (not its place) once the inputs change", () => {
    let state = calculatorReducer(initialCalculatorState("EOQ"), {
      type: "insertStarted",
      what: "formula",
      formula: "=INV.EOQ(1, 2, 3)",
    });
    expect(state.insert).toEqual({ kind: "inserting", what: "formula", formula: "=INV.EOQ(1, 2, 3)" });
    state = calculatorReducer(state, {
      type: "inserted",
      what: "formula",
      formula: "=INV.EOQ(1, 2, 3)",
      at: { address: "Sheet1!A1", rows: 1 },
    });
    expect(state.insert).toEqual({
      kind: "inserted",
      what: "formula",
      formula: "=INV.EOQ(1, 2, 3)",
      address: "Sheet1!A1",
    });
    state = calculatorReducer(state, { type: "edit", argument: "demand", entry: "2" });
    expect(state.insert).toEqual({ kind: "idle" });
    expect(state.lastInsert).toEqual({ address: "Sheet1!A1", rows: 1 });
    state = calculatorReducer(state, { type: "insertFailed", message: "Sheet1!A1 is not empty" });
    expect(state.insert).toEqual({ kind: "refused", message: "Sheet1!A1 is not empty" });
    expect(state.lastInsert).toEqual({ address: "Sheet1!A1", rows: 1 });
  });

  it("returns the same state when the picked function is picked again", () => {
    const state = initialCalculatorState("EOQ");
    expect(calculatorReducer(state, { type: "pick", fn: "EOQ" })).toBe(state);
  });
});
