// The wizard's side of `npm run bench`: 10,000 items from the table read to the policy preview, in the
// pure modules the pane runs (the in-memory workbook's read, the mapping, validation and groups, ABC/XYZ,
// the policy per item, the trade-off curve), plus the sheet plan. The TypeScript sources are transpiled
// (TypeScript's own transpileModule, CommonJS) into dist-bench-wizard/ and loaded from there.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import ts from "typescript";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "dist-bench-wizard");

/** Transpiles every .ts file (no tests) under `dirs` into `out`, keeping the layout, so relative imports resolve. */
function transpile(dirs) {
  fs.rmSync(out, { recursive: true, force: true });
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts")) {
        const { outputText } = ts.transpileModule(fs.readFileSync(full, "utf8"), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
          fileName: full,
        });
        const target = path.join(out, path.relative(root, full)).replace(/\.ts$/, ".js");
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, outputText);
      }
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
}

async function timeAsync(task, runs) {
  await task();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await task();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * Runs the wizard benchmark; `target(name, measured, limit, detail)` records a target as bench.mjs does,
 * `log` prints a line of the report; `smoke` runs small sizes once (the figures prove the script works).
 */
export async function benchWizard(target, { smoke = false, log = console.log } = {}) {
  const size = (full, small) => (smoke ? small : full);
  transpile([
    "src/core",
    "src/taskpane/policy",
    "src/taskpane/workbook",
    "src/taskpane/demo",
    "src/taskpane/calculator",
    "src/taskpane/shared",
  ]);
  const load = createRequire(import.meta.url);
  const from = (file) => load(path.join(out, file));
  const { createSampleWorkbook } = from("src/taskpane/demo/demoWorkbook.js");
  const { choicesForHeaders, readClassify, readService, readUnits } = from("src/taskpane/policy/choices.js");
  const { dataStage, classifyStage, policyStage } = from("src/taskpane/policy/pipeline.js");
  const { tradeOffCurve } = from("src/taskpane/policy/tradeOff.js");
  const { buildSheetPlan } = from("src/taskpane/policy/sheetPlan.js");

  /** Table read → mapping → validation and groups → classes → policy preview → trade-off curve; then the plan. */
  function pipeline(count) {
    const workbook = createSampleWorkbook({ count });
    const stages = {};
    const run = async () => {
      let start = process.hrtime.bigint();
      const lap = (name) => {
        const now = process.hrtime.bigint();
        stages[name] = (stages[name] ?? 0) + Number(now - start) / 1e6;
        start = now;
      };
      const table = await workbook.readTableAroundSelection();
      lap("read");
      const choices = choicesForHeaders(table.headers);
      const units = readUnits(choices.units).value;
      const data = dataStage(table, choices.mapping, units);
      lap("validate and group");
      const classifyChoices = readClassify(choices.classify, true).value;
      const classification = classifyStage(data, classifyChoices);
      lap("classify");
      const service = readService(choices.service, classifyChoices.xyz).value;
      const policy = policyStage(data, classification, service);
      lap("policy");
      const curve = tradeOffCurve(policy.rows, service.measure);
      lap("trade-off curve");
      const plan = buildSheetPlan({
        table,
        mapping: choices.mapping,
        units,
        ...data,
        classification,
        policy,
        settings: { ...service, classify: classifyChoices, ...choices.write },
      });
      lap("sheet plan");
      if (policy.totals.items === 0 || curve.length === 0 || plan.blocks.length === 0) throw new Error("empty result");
      return { items: count, policyItems: policy.totals.items };
    };
    return { run, stages };
  }

  // The heavier variants, for information: fill-rate targets (a root-finding per item and level) and values only.
  {
    const table = await createSampleWorkbook({ count: size(10_000, 400) }).readTableAroundSelection();
    const choices = choicesForHeaders(table.headers);
    const units = readUnits(choices.units).value;
    const data = dataStage(table, choices.mapping, units);
    const classifyChoices = readClassify(choices.classify, true).value;
    const classification = classifyStage(data, classifyChoices);
    const service = { ...readService(choices.service, true).value, measure: "fillRate" };
    const policy = policyStage(data, classification, service);
    const fillRate = await timeAsync(async () => tradeOffCurve(policy.rows, "fillRate"), size(3, 1));
    const valuesOnly = await timeAsync(
      async () => {
        const settings = { ...service, classify: classifyChoices, layout: "table", valuesOnly: true };
        buildSheetPlan({ table, mapping: choices.mapping, units, ...data, classification, policy, settings });
      },
      size(3, 1),
    );
    log(
      `info wizard, 10,000 items: fill-rate trade-off curve ${fillRate.toFixed(0)} ms, values-only table plan ${valuesOnly.toFixed(0)} ms`,
    );
  }

  const large = pipeline(size(10_000, 400));
  const small = pipeline(size(2_500, 100));
  const runs = size(7, 1);
  const totalSmall = await timeAsync(small.run, runs);
  const total10k = await timeAsync(large.run, runs);
  const perStage = Object.entries(large.stages)
    .map(([name, ms]) => `${name} ${(ms / (runs + 1)).toFixed(0)} ms`)
    .join(", ");
  log(`info wizard, 10,000 items, mean per stage: ${perStage}`);

  // The preview is everything up to and including the policy; the curve and the plan come on later steps.
  const previewShare = ["read", "validate and group", "classify", "policy"].reduce(
    (sum, name) => sum + large.stages[name],
    0,
  );
  const allStages = Object.values(large.stages).reduce((sum, ms) => sum + ms, 0);
  const preview = (total10k * previewShare) / allStages;
  target(
    "Wizard: 10,000 items, table read to policy preview (ms)",
    preview,
    2000,
    `(median of ${runs}; with the trade-off curve and the sheet plan ${total10k.toFixed(0)} ms)`,
  );
  // Sorting (ABC, Pareto) makes it n log n: 4 × log(10,000)/log(2,500) ≈ 4.7 for four times the items.
  target(
    "Wizard: 10,000 items / 2,500 items, table read to sheet plan",
    total10k / totalSmall,
    7,
    `(2,500: ${totalSmall.toFixed(1)} ms, 10,000: ${total10k.toFixed(1)} ms; linear would be 4, n log n about 4.7)`,
  );
}
