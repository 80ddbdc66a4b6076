/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webDarkTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { DEFAULT_CHOICES, choicesForHeaders } from "../policy/choices";
import { DEFAULT_CLASSIFY } from "../policy/classify";
import { FIXTURE_HEADERS, fixtureTable } from "../../../test/support/itemsFixture";
import { buildPortfolio } from "../../../test/support/portfolio";
import { tradeOffCurve } from "../policy/tradeOff";
import { DEFAULT_UNITS } from "../policy/units";
import { ClassifyStep } from "./ClassifyStep";
import { DataStep, type DataStepProps } from "./DataStep";
import { ParetoChart } from "./ParetoChart";
import { methodText, PAGE_ROWS, PolicyStep } from "./PolicyStep";
import { money, percent } from "./format";
import { ServiceStep } from "./ServiceStep";
import { StepNav } from "./StepNav";
import { TradeOffChart } from "./TradeOffChart";
import { WriteStep } from "./WriteStep";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

// The dark theme: every step must render in it as well.
const show = (ui: ReactElement) => render(<FluentProvider theme={webDarkTheme}>{ui}</FluentProvider>);
const table = fixtureTable();
const choices = choicesForHeaders(FIXTURE_HEADERS);
const settings = {
  measure: "cycle" as const,
  targets: { A: 0.98, B: 0.95, C: 0.9 },
  carryingRate: 0.25,
  defaultOrderCost: 50,
};
const portfolio = buildPortfolio(table, {
  mapping: choices.mapping,
  units: DEFAULT_UNITS,
  classify: DEFAULT_CLASSIFY,
  policy: settings,
});
const noop = () => undefined;

describe("StepNav", () => {
  it("marks the current step and disables the steps that are not ready", () => {
    const onSelect = jest.fn();
    show(<StepNav current="classify" reachable={(step) => step !== "write"} onSelect={onSelect} />);
    const nav = within(screen.getByRole("navigation", { name: "Wizard steps" }));
    expect(nav.getByRole("button", { name: "2. Classify" }).getAttribute("aria-current")).toBe("step");
    expect((nav.getByRole("button", { name: "5. Write" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(nav.getByRole("button", { name: "1. Data" }));
    expect(onSelect).toHaveBeenCalledWith("data");
  });
});

describe("DataStep", () => {
  const props: DataStepProps = {
    read: { kind: "read" },
    table,
    mapping: choices.mapping,
    units: choices.units,
    unitValues: DEFAULT_UNITS,
    unitErrors: {},
    problems: [],
    data: portfolio,
    hasSavedChoices: false,
    onRead: noop,
    onMapField: noop,
    onMapHistory: noop,
    onUnits: noop,
    onContinue: noop,
  };

  it("offers only the read button before a table is read, and says saved choices will apply", () => {
    const onRead = jest.fn();
    show(
      <DataStep
        {...props}
        read={{ kind: "idle" }}
        table={undefined}
        data={undefined}
        hasSavedChoices
        onRead={onRead}
      />,
    );
    expect(screen.getByText("This workbook has saved choices: they apply to the table you read.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Read the table around the selection" }));
    expect(onRead).toHaveBeenCalled();
    expect(screen.queryByRole("region", { name: "Columns" })).toBeNull();
  });

  it("labels every mapping with its field and reports a change", () => {
    const onMapField = jest.fn();
    show(<DataStep {...props} onMapField={onMapField} />);
    const unitCost = screen.getByRole("combobox", { name: /^Unit cost/ }) as HTMLSelectElement;
    expect(unitCost.value).toBe("3");
    expect(within(unitCost).getByRole("option", { name: "D: Unit cost" })).toBeTruthy();
    fireEvent.change(unitCost, { target: { value: "6" } });
    expect(onMapField).toHaveBeenCalledWith("unitCost", 6);
    fireEvent.change(screen.getByRole("combobox", { name: /^Lead time std/ }), { target: { value: "none" } });
    expect(onMapField).toHaveBeenCalledWith("leadTimeStd", null);
  });

  it("asks the units and explains the working days", () => {
    const onUnits = jest.fn();
    show(<DataStep {...props} onUnits={onUnits} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Lead times are in" }), { target: { value: "weeks" } });
    expect(onUnits).toHaveBeenCalledWith({ leadTimeUnit: "weeks" });
    expect(
      screen.getByText(/250 for working days \(5 days × 50 weeks\), 365 if the lead times count calendar days/),
    ).toBeTruthy();
    expect(screen.getByLabelText("Conversions").textContent).toBe(
      "The policy is computed per year. Demand: per year, as is. Lead time: days ÷ 250 days per year = years. The same factors appear in the written formulas.",
    );
  });

  it("shows a units entry's message at its field", () => {
    show(
      <DataStep
        {...props}
        unitValues={undefined}
        unitErrors={{ workingDays: "Days in a year of lead time must be a whole number from 1 to 366; got 0" }}
      />,
    );
    // A brief line under the field; the whole message behind "Details".
    expect(screen.getByText("Must be a whole number from 1 to 366")).toBeTruthy();
    const full = screen.getByText("Days in a year of lead time must be a whole number from 1 to 366; got 0");
    expect(full.hidden).toBe(true);
    const details = screen.getByRole("button", { name: "Days in a year of lead time: details" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(details);
    expect(full.hidden).toBe(false);
    expect(details.getAttribute("aria-expanded")).toBe("true");
  });

  it("lists every row with a problem, and the groups set apart with their counts", () => {
    show(<DataStep {...props} />);
    const rows = within(screen.getByRole("list", { name: "Rows with problems" })).getAllByRole("listitem");
    expect(rows.map((row) => row.textContent)).toEqual([
      'Row 3, Unit cost (D): is not a number ("n/a")',
      "Row 8, SKU (A): is empty",
      "Row 8, Lead time (days) (E): is negative (got -3)",
    ]);
    const groups = within(screen.getByRole("list", { name: "Groups set apart" })).getAllByRole("listitem");
    expect(groups.map((group) => /^[^:]+: \d+/.exec(group.textContent ?? "")?.[0])).toEqual([
      "Zero demand: 1",
      "New item: 1",
      "Intermittent: 1",
    ]);
    expect(groups[0]?.textContent).toContain("a review for obsolescence");
    fireEvent.click(screen.getByRole("button", { name: "Show the list: Zero demand (1)" }));
    expect(within(screen.getByRole("list", { name: "Zero demand items" })).getByText("P-300")).toBeTruthy();
  });

  it("says what the mapping lacks and does not continue without it", () => {
    show(<DataStep {...props} data={undefined} problems={["Choose the unit cost column."]} />);
    expect(screen.getByText("Choose the unit cost column.")).toBeTruthy();
    expect((screen.getByRole("button", { name: /^Continue/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers the sample list in the demo", () => {
    const onUseSample = jest.fn();
    show(<DataStep {...props} onUseSample={onUseSample} />);
    fireEvent.click(screen.getByRole("button", { name: "Use the sample item list" }));
    expect(onUseSample).toHaveBeenCalled();
  });
});

describe("ClassifyStep", () => {
  it("edits the cut-offs and shows the summary per class and the Pareto chart", () => {
    const onChange = jest.fn();
    show(
      <ClassifyStep
        texts={{ ...DEFAULT_CHOICES.classify, xyz: false }}
        errors={{}}
        hasHistory={false}
        choices={DEFAULT_CLASSIFY}
        classification={portfolio.classification}
        onChange={onChange}
        onBack={noop}
        onContinue={noop}
      />,
    );
    fireEvent.change(screen.getByRole("textbox", { name: /^Class A up to/ }), { target: { value: "70%" } });
    expect(onChange).toHaveBeenCalledWith({ aCutoff: "70%" });
    fireEvent.click(screen.getByRole("radio", { name: "Count of items" }));
    expect(onChange).toHaveBeenCalledWith({ basis: "count" });
    expect((screen.getByRole("checkbox", { name: /XYZ/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText("Map the demand-history columns to use XYZ.")).toBeTruthy();
    const rows = within(screen.getByRole("table", { name: "Items and value per class" })).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "ClassItems% itemsValue% value",
      "A360.0%29,28675.9%",
      "B120.0%4,80012.4%",
      "C120.0%4,50011.7%",
      "Total5100.0%38,586100.0%",
    ]);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Pareto chart of 5 items: class A: 3 items (60% of items) with 76% of value; class B: 1 items (20% of items) with 12% of value; class C: 1 items (20% of items) with 12% of value.",
    );
  });

  it("shows core's message at a cut-off and does not continue", () => {
    show(
      <ClassifyStep
        texts={{ ...DEFAULT_CHOICES.classify, bCutoff: "70%" }}
        errors={{ bCutoff: "Class B up to must be at least Class A up to (80%); got 70%" }}
        hasHistory
        choices={undefined}
        classification={undefined}
        onChange={noop}
        onBack={noop}
        onContinue={noop}
      />,
    );
    expect(screen.getByText("Must be at least Class A up to (80%)")).toBeTruthy();
    expect(screen.getByText("Class B up to must be at least Class A up to (80%); got 70%")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Continue" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("ServiceStep", () => {
  const props = {
    texts: DEFAULT_CHOICES.service,
    errors: {},
    classes: portfolio.classification.summary,
    totals: portfolio.policy.totals,
    tradeOff: tradeOffCurve(portfolio.policy.rows, "cycle"),
    updating: false,
    onTarget: noop,
    onResetTargets: noop,
    onChange: noop,
    onBack: noop,
    onContinue: noop,
  };

  it("has a labelled target per class and reports edits", () => {
    const onTarget = jest.fn();
    show(<ServiceStep {...props} onTarget={onTarget} />);
    const a = screen.getByRole("textbox", { name: /^Class A/ }) as HTMLInputElement;
    expect(a.value).toBe("98%");
    fireEvent.change(a, { target: { value: "99%" } });
    expect(onTarget).toHaveBeenCalledWith("A", "99%");
    expect(screen.getAllByRole("textbox", { name: /^Class / })).toHaveLength(3);
  });

  it("offers the cost-optimal option: a backorder cost in % of unit cost per year, then its cost and service against the targets", () => {
    const onChange = jest.fn();
    show(<ServiceStep {...props} onChange={onChange} />);
    expect(screen.queryByRole("textbox", { name: /^Backorder cost/ })).toBeNull();
    expect(screen.queryByLabelText("Cost-optimal against the targets")).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: /cost-optimal \(r,Q\)/ }));
    expect(onChange).toHaveBeenCalledWith({ basis: "cost" });
    const costly = buildPortfolio(table, {
      mapping: choices.mapping,
      units: DEFAULT_UNITS,
      classify: DEFAULT_CLASSIFY,
      policy: { ...settings, basis: "cost", backorderRate: 2 },
    }).policy.totals;
    const comparison = costly.costComparison;
    if (!comparison) throw new Error("no cost comparison");
    const texts = { ...DEFAULT_CHOICES.service, basis: "cost" as const, backorderRate: "200%" };
    show(<ServiceStep {...props} texts={texts} totals={costly} />);
    const field = screen.getByRole("textbox", { name: /^Backorder cost per unit short per year, % of unit cost/ });
    expect((field as HTMLInputElement).value).toBe("200%");
    const figures = within(screen.getByLabelText("Cost-optimal against the targets"));
    const shown = (label: string) => figures.getByText(label).nextSibling?.textContent;
    expect(shown("Expected cost per year, class targets")).toBe(money(comparison.serviceCost));
    expect(shown("Expected cost per year, cost-optimal")).toBe(money(comparison.optimalCost));
    expect(shown("Saving per year")).toBe(money(comparison.serviceCost - comparison.optimalCost));
    expect(shown("Cycle service level achieved, weighted by value")).toBe(percent(comparison.achievedService ?? NaN));
    expect(shown("Cycle service level targeted, weighted by value")).toBe(percent(comparison.targetService ?? NaN));
  });

  it("shows the investment the targets imply and the trade-off curve", () => {
    show(<ServiceStep {...props} />);
    const figures = within(screen.getByLabelText("Investment figures"));
    expect(figures.getByText("Safety stock investment").nextSibling?.textContent).toBe("2,661");
    expect(figures.getByText("Average inventory value").nextSibling?.textContent).toBe("7,004");
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(
      /^Safety-stock investment against a cycle service level for every item: .* at 80.0%, .* at 99.5%; the targets per class: 341 at 95.6% on average\.$/,
    );
  });

  it("shows money in the chosen currency, as the Policy step does", () => {
    show(<ServiceStep {...props} currency="EUR" />);
    const figures = within(screen.getByLabelText("Investment figures"));
    expect(figures.getByText("Safety stock investment").nextSibling?.textContent).toBe("€2,661");
    expect(figures.getByText("Average inventory value").nextSibling?.textContent).toBe("€7,004");
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(
      /the targets per class: €341 at 95\.6% on average\.$/,
    );
  });

  it("shows a refused target's message at its field", () => {
    const message = "Class A must be more than 0% and less than 100%; got 98 (for 98% enter 0.98 or 98%)";
    show(<ServiceStep {...props} totals={undefined} errors={{ "target.A": message }} />);
    expect(screen.getByText("For 98% enter 0.98 or 98%")).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByText("Correct the entries marked above to see the investment.")).toBeTruthy();
  });

  it("switches to fill rates", () => {
    const onChange = jest.fn();
    show(<ServiceStep {...props} onChange={onChange} />);
    fireEvent.click(screen.getByRole("radio", { name: /^Fill rate/ }));
    expect(onChange).toHaveBeenCalledWith({ measure: "fillRate" });
  });
});

describe("PolicyStep", () => {
  it("says, for a cost-optimal item, the service it achieves against its target and its cost against the service-level policy's", () => {
    const costly = buildPortfolio(table, {
      mapping: choices.mapping,
      units: DEFAULT_UNITS,
      classify: DEFAULT_CLASSIFY,
      policy: { ...settings, basis: "cost", backorderRate: 2 },
    });
    const rows = costly.policy.rows.filter((row) => row.ok && row.method === "costOptimal");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = methodText(row);
      const match =
        /^Cost-optimal \(r,Q\): (\d+\.\d)% achieved \(target (\d+\.\d)%\); ([\d,]+) a year against ([\d,]+)$/.exec(
          text,
        );
      if (!match || !row.ok || !row.costComparison) throw new Error(`unexpected method text: ${text}`);
      expect(Number(match[1])).toBeCloseTo(row.costComparison.achievedService * 100, 1);
      expect(Number(match[2])).toBeCloseTo(row.target * 100, 1);
      const [optimal, service] = [match[3], match[4]].map((figure) => Number(figure?.replace(/,/g, "")));
      expect(optimal).toBeLessThanOrEqual(service as number);
    }
  });

  it("shows the totals and the policy per item, a page at a time", () => {
    const many = {
      ...portfolio.policy,
      rows: Array.from({ length: 120 }, (_, k) => ({
        ...portfolio.policy.rows[0]!,
        item: { ...portfolio.policy.rows[0]!.item, index: k, sku: `S-${k}` },
      })),
    };
    show(<PolicyStep policy={many} conversions="Per year." onBack={noop} onContinue={noop} />);
    const preview = within(screen.getByRole("table", { name: "Policy preview" }));
    expect(preview.getAllByRole("row")).toHaveLength(PAGE_ROWS + 1);
    // SKU, reorder point, EOQ, safety stock, class, safety stock value, cycle stock value, max stock, method.
    expect(preview.getAllByRole("row")[1]?.textContent).toBe("S-07221924A2431,095291EOQ + safety stock");
    expect(
      screen.getByText("Showing 50 of 120 items, by safety stock value, descending; all 120 are written."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(preview.getAllByRole("row")).toHaveLength(101);
    const totals = screen.getByLabelText("Portfolio totals");
    expect(within(totals).getByText("Expected turns per year").nextSibling?.textContent).toBe("5.5");
  });

  it("shows a row's message when its policy could not be computed", () => {
    const failed = {
      ...portfolio.policy,
      rows: [
        {
          item: portfolio.policy.rows[0]!.item,
          itemClass: "A",
          target: 0.98,
          method: "normal" as const,
          ok: false as const,
          message: "orderQuantity must be greater than 0 (got 0)",
        },
      ],
    };
    show(<PolicyStep policy={failed} conversions="" onBack={noop} onContinue={noop} />);
    expect(screen.getByText("orderQuantity must be greater than 0 (got 0)")).toBeTruthy();
  });
});

describe("WriteStep", () => {
  it("offers the layouts and values only, and reports what it wrote where", () => {
    const onChange = jest.fn();
    const onWrite = jest.fn();
    const status = {
      kind: "written" as const,
      report: {
        sheetName: "Policy (2)",
        blocks: [
          { what: "policy", address: "'Policy (2)'!A1:L9" },
          { what: "summary", address: "'Policy (2)'!N1:R26" },
        ],
        tableName: "InventoryPolicy",
        chartKind: "column-and-line" as const,
        formulaCount: 91,
        items: 3,
        settingsError: undefined,
      },
    };
    show(
      <WriteStep
        choices={{ layout: "spill", valuesOnly: false }}
        status={status}
        items={3}
        where=""
        onChange={onChange}
        onWrite={onWrite}
        onBack={noop}
      />,
    );
    fireEvent.click(screen.getByRole("radio", { name: /^Excel table/ }));
    expect(onChange).toHaveBeenCalledWith({ layout: "table" });
    fireEvent.click(screen.getByRole("checkbox", { name: /^Values only/ }));
    expect(onChange).toHaveBeenCalledWith({ valuesOnly: true });
    fireEvent.click(screen.getByRole("button", { name: "Write the policy for 3 items to a new sheet" }));
    expect(onWrite).toHaveBeenCalled();
    const list = within(screen.getByRole("list", { name: "What was written where" })).getAllByRole("listitem");
    expect(list.map((item) => item.textContent)).toEqual([
      "The policy: 'Policy (2)'!A1:L9",
      "The summary: 'Policy (2)'!N1:R26",
      "The Excel table InventoryPolicy",
      "A Pareto chart (columns with a cumulative line)",
      "91 formulas",
    ]);
  });

  it("shows a refusal as it came", () => {
    show(
      <WriteStep
        choices={{ layout: "spill", valuesOnly: false }}
        status={{ kind: "failed", message: "The sheet is protected." }}
        items={3}
        where=""
        onChange={noop}
        onWrite={noop}
        onBack={noop}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("The sheet is protected.");
  });
});

describe("charts", () => {
  it("draws at most 200 points of the Pareto curve for a large list", () => {
    const ranking = Array.from({ length: 10_000 }, (_, k) => ({
      item: k,
      value: 1,
      cumulativeShare: (k + 1) / 10_000,
    }));
    const { container } = show(
      <ParetoChart
        ranking={ranking}
        letterOf={(item) => (item < 2000 ? "A" : item < 5000 ? "B" : "C")}
        basis="count"
        aCutoff={0.2}
        bCutoff={0.5}
      />,
    );
    const points = container.querySelector("polyline")?.getAttribute("points")?.split(" ") ?? [];
    expect(points.length).toBeLessThanOrEqual(202);
    expect(container.querySelectorAll("rect")).toHaveLength(3);
  });

  it("draws nothing without points", () => {
    const { container } = show(<TradeOffChart points={[]} current={undefined} measureLabel="Fill rate" />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
