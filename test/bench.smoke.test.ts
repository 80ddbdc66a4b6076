/*
 * `npm run bench -- --smoke --json` works: scripts/bench.mjs run on the build
 * (dist/, or $INV_DIST_DIR) in smoke mode, a few small iterations that assert
 * nothing about speed, prints JSON with every figure as a finite number: the
 * call path against its floor (INV.EOQ and INV.SAFETYSTOCK on single values,
 * INV.EOQ per row of a column, INV.ABCCLASS against sorting), the existing
 * targets, the wizard and the gzip size of both bundles.
 */
import { spawnSync } from "child_process";
import path from "path";
import { distDir } from "./support/bundle";

interface Figure {
  name: string;
  value: number;
  target: number | null;
  ok: boolean;
  detail: string;
}

interface BenchReport {
  smoke: boolean;
  figures: Figure[];
  browser: string;
}

let report: BenchReport;
let status: number | null;
let stderr: string;

beforeAll(() => {
  const script = path.resolve(__dirname, "../scripts/bench.mjs");
  const run = spawnSync(process.execPath, [script, "--smoke", "--json"], {
    env: { ...process.env, INV_DIST_DIR: distDir },
    encoding: "utf8",
    timeout: 120_000,
  });
  status = run.status;
  stderr = run.stderr;
  report = JSON.parse(run.stdout) as BenchReport;
}, 130_000);

describe("npm run bench -- --smoke --json", () => {
  test("exits 0 and prints a smoke report, the browser benchmark skipped", () => {
    expect({ status, stderr: status === 0 ? "" : stderr }).toEqual({ status: 0, stderr: "" });
    expect(report.smoke).toBe(true);
    expect(report.browser).toMatch(/^skipped/);
  });

  test.each([
    [/^INV\.EOQ single values, per call ÷ floor$/, 3],
    [/^INV\.SAFETYSTOCK single values, per call ÷ floor$/, 3],
    [/^INV\.EOQ over a [\d,]+-row column, per row ÷ floor$/, 3],
    [/^INV\.ABCCLASS on [\d,]+ values ÷ sorting them as a Float64Array$/, 2],
    [/^EOQ: one spill over/, 1],
    [/^ABCCLASS growth from 10,000 to 100,000 values ÷ the sort's growth$/, 2],
    [/^LOTSIZE WW: /, 150],
    [/^LOTSIZE WW on 1,000 periods, ms$/, 1000],
    [/^XYZCLASS: /, 25],
    [/^RQPOLICY "exact", ms per call$/, 5],
    [/^MINMAXPOISSON, /, 100],
    [/^Wizard: 10,000 items, table read to policy preview \(ms\)$/, 2000],
    [/^Wizard: 10,000 items \/ 2,500 items/, 7],
    [/^functions\.js gzipped, KB$/, 60],
    [/^taskpane\.js gzipped, KB$/, 350],
  ])("has %s, a finite positive number with its target %p", (name, limit) => {
    const figure = report.figures.find((candidate) => name.test(candidate.name));
    expect(figure).toBeDefined();
    expect(Number.isFinite(figure?.value)).toBe(true);
    expect(figure?.value).toBeGreaterThan(0);
    expect(figure?.target).toBe(limit);
  });

  test("every figure is a finite number", () => {
    expect(report.figures.length).toBeGreaterThanOrEqual(15);
    for (const figure of report.figures)
      expect([figure.name, Number.isFinite(figure.value)]).toEqual([figure.name, true]);
  });
});
