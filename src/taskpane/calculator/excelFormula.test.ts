import type { ExplainArgument } from "../../core/explain/registry";
import { excelLiteral, explainFormula, functionFormula } from "./excelFormula";

const n = (name: string, optional = false): ExplainArgument => ({ name, kind: "number", optional });

describe("functionFormula and explainFormula", () => {
  const eoq = [n("demand"), n("order_cost"), n("holding_cost"), n("unit_cost", true)];

  it("writes the function's call and its INV.EXPLAIN call with the same arguments", () => {
    const args = { demand: 1300, order_cost: 8, holding_cost: 0.225 };
    expect(functionFormula("EOQ", eoq, args)).toBe("=INV.EOQ(1300, 8, 0.225)");
    expect(explainFormula("EOQ", eoq, args)).toBe('=INV.EXPLAIN("EOQ", 1300, 8, 0.225)');
  });

  it("leaves an omitted argument empty between given ones, and drops trailing omitted ones", () => {
    const plan: ExplainArgument[] = [
      { name: "demand", kind: "list", optional: false },
      n("beginning_inventory", true),
      n("ending_inventory", true),
      { name: "allow_backlog", kind: "logical", optional: true },
    ];
    expect(functionFormula("LEVELPLAN", plan, { demand: [100, 200], allow_backlog: true })).toBe(
      "=INV.LEVELPLAN({100;200}, , , TRUE)",
    );
    expect(functionFormula("LEVELPLAN", plan, { demand: [100, 200] })).toBe("=INV.LEVELPLAN({100;200})");
  });

  it("writes every digit of a number, and 1e21 as Excel reads it", () => {
    expect(excelLiteral(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(excelLiteral(1e21)).toBe("1e+21");
    expect(excelLiteral(-2)).toBe("-2");
  });
});

describe("excelLiteral", () => {
  it("writes a list as a column array constant, a blank as the empty text Excel reads as blank", () => {
    expect(excelLiteral([10, 20, 30])).toBe("{10;20;30}");
    expect(excelLiteral([10, null, 30])).toBe('{10;"";30}');
  });

  it("writes a history as rows of periods, padded to a rectangle", () => {
    expect(
      excelLiteral([
        [10, 12, 14],
        [20, 20, 26],
      ]),
    ).toBe("{10,12,14;20,20,26}");
    expect(excelLiteral([[1, 2, 3], [4]])).toBe('{1,2,3;4,"",""}');
  });

  it("quotes a choice, doubling inner quotes, and writes logicals as TRUE/FALSE", () => {
    expect(excelLiteral("WW")).toBe('"WW"');
    expect(excelLiteral('say "hi"')).toBe('"say ""hi"""');
    expect(excelLiteral(true)).toBe("TRUE");
    expect(excelLiteral(false)).toBe("FALSE");
    expect(excelLiteral(undefined)).toBe("");
  });
});
