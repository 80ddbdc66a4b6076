import { EXPLAINERS } from "../../core/explain/registry";
import { CATALOG, catalogFunction, parameterHelp } from "./catalog";
import { calculatorFunctions, openingFunction } from "./functionList";

describe("the function catalog (generated from the functions' doc comments)", () => {
  it("holds every function once, sorted by name, each with a description and a one-line summary", () => {
    const names = CATALOG.map((fn) => fn.name);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names).toEqual([...new Set(names)].sort((a, b) => a.localeCompare(b)));
    for (const fn of CATALOG) {
      expect(fn.description).not.toBe("");
      expect(fn.description.startsWith(fn.summary.replace(/\.$/, ""))).toBe(true);
      for (const parameter of fn.parameters) expect(parameter.description).not.toBe("");
    }
    expect(parameterHelp("eoq", "order_cost")).toMatch(/^Cost per order/);
  });

  it.each([...EXPLAINERS.values()].map((explainer) => [explainer.fn, explainer] as const))(
    "%s: the explainer's arguments are the function's parameters (names and optionality)",
    (_fn, explainer) => {
      const entry = catalogFunction(explainer.fn);
      expect(entry).toBeDefined();
      expect(explainer.arguments.map((argument) => argument.name)).toEqual(entry?.parameters.map((p) => p.name));
      expect(explainer.arguments.map((argument) => argument.optional)).toEqual(
        entry?.parameters.map((p) => p.optional),
      );
    },
  );

  it("has an explainer for EOQ at least, and the calculator opens on it", () => {
    expect(EXPLAINERS.has("EOQ")).toBe(true);
    const functions = calculatorFunctions();
    expect(functions.map((fn) => fn.name)).toEqual([...EXPLAINERS.keys()].sort((a, b) => a.localeCompare(b)));
    expect(openingFunction(functions)).toBe("EOQ");
  });
});

describe("calculatorFunctions", () => {
  it("describes each explainer from the catalog, and opens on the first one when EOQ has none", () => {
    const explainer = { fn: "ZZTOP", arguments: [], explain: () => ({}) as never };
    const functions = calculatorFunctions(
      [explainer],
      [{ name: "ZZTOP", summary: "Top.", description: "Top. More.", parameters: [] }],
    );
    expect(functions).toEqual([
      { name: "ZZTOP", summary: "Top.", description: "Top. More.", explainer, help: {}, choiceHelp: {} },
    ]);
    expect(openingFunction(functions)).toBe("ZZTOP");
    expect(openingFunction([])).toBe("");
  });
});
