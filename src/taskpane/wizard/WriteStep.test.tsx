/** @jest-environment jsdom */
/* The Write step after a write that went wrong: what it says, and what its button retries. */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WriteReport } from "../policy/writePolicy";
import { WriteStep } from "./WriteStep";
import type { WriteStatus } from "./wizardState";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const report: WriteReport = {
  sheetName: "Policy",
  blocks: [{ what: "policy", address: "Policy!A1:L9" }],
  tableName: undefined,
  chartKind: undefined,
  formulaCount: 12,
  items: 3,
  settingsError: undefined,
};

function show(status: WriteStatus) {
  const onWrite = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <WriteStep
        choices={{ layout: "spill", valuesOnly: false }}
        status={status}
        items={3}
        where=""
        onChange={() => undefined}
        onWrite={onWrite}
        onBack={() => undefined}
      />
    </FluentProvider>,
  );
  return onWrite;
}

describe("WriteStep after a write that went wrong", () => {
  it("says why the chart is missing and offers to retry the chart only", () => {
    const chartProblem = "The Pareto chart could not be added (…). The policy and its summary are written …";
    const onWrite = show({ kind: "written", report: { ...report, chartProblem } });
    expect(screen.getByText(chartProblem)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry the chart" }));
    expect(onWrite).toHaveBeenCalledTimes(1);
  });

  it("offers to retry what failed: the chart and the saving, or the saving", () => {
    show({ kind: "written", report: { ...report, chartProblem: "…", settingsError: "Denied." } });
    expect(screen.getByRole("button", { name: "Retry the chart and saving the choices" })).toBeTruthy();
    expect(screen.getByText("The choices could not be saved in the workbook: Denied.")).toBeTruthy();
  });

  it("offers to retry the write after a failure, and a new write after one that worked", () => {
    show({ kind: "failed", message: "The sheet Policy that the pane added holds part of the write that failed: …" });
    expect(screen.getByRole("button", { name: "Retry writing the policy" })).toBeTruthy();
    show({ kind: "written", report });
    expect(screen.getByRole("button", { name: "Write the policy for 3 items to a new sheet" })).toBeTruthy();
  });
});

describe("WriteStep while writing", () => {
  it("says what the write is doing, with a bar of the parts done, and the write button waits", () => {
    show({ kind: "writing", progress: { step: "Writing the policy: 10,001 rows", done: 1, total: 6 } });
    expect(screen.getByText("Writing the policy: 10,001 rows…")).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Writing the policy" });
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(1 / 6, 9);
    expect((screen.getByRole("button", { name: /^Write the policy/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("before the first part: an indeterminate bar", () => {
    show({ kind: "writing" });
    expect(screen.getByText("Writing the policy…")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Writing the policy" }).getAttribute("aria-valuenow")).toBeNull();
  });
});
