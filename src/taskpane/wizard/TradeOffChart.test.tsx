/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { safetyFactor } from "../../core/safetyStock/safetyFactor";
import { TRADE_OFF_LEVELS } from "../policy/tradeOff";
import { sideOfCurve, TradeOffChart } from "./TradeOffChart";

/**
 * Two items with the same σ_LT × C of 100 and the same annual value: the curve
 * is z(p) × 200 (cycle service, SS = z·σ_LT; Chopra & Meindl 2016, eq. 12.13),
 * and targets of 99% and 85% weigh in at 92%.
 */
const curve = TRADE_OFF_LEVELS.map((level) => ({ level, investment: safetyFactor({ serviceLevel: level }) * 200 }));
const mixed = {
  level: (0.99 + 0.85) / 2,
  investment: (safetyFactor({ serviceLevel: 0.99 }) + safetyFactor({ serviceLevel: 0.85 })) * 100,
};

const show = (current: { level: number; investment: number } | undefined) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TradeOffChart points={curve} current={current} measureLabel="Cycle service level" />
    </FluentProvider>,
  );

describe("TradeOffChart", () => {
  it("puts mixed targets above the single-level curve: z(0.99) + z(0.85) > 2 z(0.92)", () => {
    expect(mixed.investment).toBeGreaterThan(safetyFactor({ serviceLevel: 0.92 }) * 200);
    expect(sideOfCurve(curve, mixed)).toBe("above");
  });

  it("puts the curve's own points on it, and a cheaper point below it", () => {
    expect(sideOfCurve(curve, { level: 0.95, investment: safetyFactor({ serviceLevel: 0.95 }) * 200 })).toBe("on");
    expect(sideOfCurve(curve, { level: 0.92, investment: 200 })).toBe("below");
    expect(sideOfCurve(curve, { level: 0.5, investment: 0 })).toBeUndefined();
  });

  it("explains a dot above the curve in one line, and says nothing when the dot is on it", () => {
    const { unmount } = show(mixed);
    expect(screen.getByText(/^Your targets sit above the line: /)).toBeTruthy();
    unmount();
    show({ level: 0.95, investment: safetyFactor({ serviceLevel: 0.95 }) * 200 });
    expect(screen.queryByText(/^Your targets sit (above|below) the line/)).toBeNull();
  });

  it("titles both axes with their units and labels each with 4 to 6 ticks in one format", () => {
    const { container } = show(mixed);
    expect(screen.getByText("Safety-stock investment (value at unit cost)")).toBeTruthy();
    expect(screen.getByText("Cycle service level (%)")).toBeTruthy();
    const labels = [...container.querySelectorAll("svg text")].map((text) => text.textContent ?? "");
    const money = labels.filter((text) => /^[\d,]+$/.test(text));
    const levels = labels.filter((text) => /^\d+%$/.test(text));
    // z(0.995) × 200 = 515: steps of 100 would take seven ticks.
    expect(money).toEqual(["0", "200", "400", "600"]);
    expect(levels).toEqual(["80%", "85%", "90%", "95%", "100%"]);
    expect(labels.filter((text) => !money.includes(text) && !levels.includes(text))).toEqual(["Your targets"]);
  });
});

describe("TradeOffChart in a currency", () => {
  it("names the currency in the investment axis's title and in its description", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <TradeOffChart points={curve} current={mixed} measureLabel="Cycle service level" currency="EUR" />
      </FluentProvider>,
    );
    expect(screen.getByText("Safety-stock investment (€, value at unit cost)")).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label") ?? screen.getByRole("img").textContent).toMatch(/€/);
  });
});
