import { calculatorReducer, initialCalculatorState, type CalculatorState } from "./calculatorState";

describe("calculatorReducer", () => {
  it("keeps what was typed in each calculator when switching between them", () => {
    let state: CalculatorState = calculatorReducer(initialCalculatorState, {
      type: "editEoq",
      field: "demand",
      text: "1300",
    });
    state = calculatorReducer(state, { type: "selectTab", tab: "safetyStock" });
    state = calculatorReducer(state, { type: "editSafetyStock", field: "serviceLevel", text: "95%" });
    state = calculatorReducer(state, { type: "selectTab", tab: "eoq" });
    expect(state.tab).toBe("eoq");
    expect(state.eoq.demand).toBe("1300");
    expect(state.safetyStock.serviceLevel).toBe("95%");
  });

  it("tracks an insertion, and forgets its message once the inputs change", () => {
    let state = calculatorReducer(initialCalculatorState, { type: "insertStarted", formula: "=INV.EOQ(1, 2, 3)" });
    expect(state.insert).toEqual({ kind: "inserting", formula: "=INV.EOQ(1, 2, 3)" });
    state = calculatorReducer(state, { type: "inserted", formula: "=INV.EOQ(1, 2, 3)", address: "Sheet1!A1" });
    expect(state.insert).toEqual({ kind: "inserted", formula: "=INV.EOQ(1, 2, 3)", address: "Sheet1!A1" });
    state = calculatorReducer(state, { type: "editEoq", field: "demand", text: "2" });
    expect(state.insert).toEqual({ kind: "idle" });
    state = calculatorReducer(state, { type: "insertFailed", message: "Sheet1!A1 is not empty" });
    expect(state.insert).toEqual({ kind: "refused", message: "Sheet1!A1 is not empty" });
  });

  it("returns the same state when the open tab is selected again", () => {
    expect(calculatorReducer(initialCalculatorState, { type: "selectTab", tab: "eoq" })).toBe(initialCalculatorState);
  });
});
