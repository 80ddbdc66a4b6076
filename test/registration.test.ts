/*
 * Registration, driven from the built functions.json: every function it declares is
 * associated by dist/functions.js under its id, and nothing else is; and each is declared
 * the way Excel shows it (a description for the tooltip, every argument described,
 * optional arguments last, a spilled result). A new function is checked here without a
 * change to this file. The published signatures below pin the argument names and order
 * that users' formulas rely on.
 */
import fs from "fs";
import path from "path";
import { loadBundle } from "./support/bundle";

const bundle = loadBundle();
const declared = bundle.metadata.functions;

interface EnumMetadata {
  id: string;
  values: Array<{ name: string; stringValue?: string; tooltip?: string }>;
}
const enums = (bundle.metadata as unknown as { enums?: EnumMetadata[] }).enums ?? [];

/** Argument names in order, as published; [name] marks an optional argument. */
const SIGNATURES: Record<string, string[]> = {
  EOQ: ["demand", "order_cost", "holding_cost", "[unit_cost]"],
  SAFETYSTOCK: ["service_level", "demand_std", "lead_time", "[avg_demand]", "[lead_time_std]", "[forecast_interval]"],
  ABCCLASS: ["values", "[a_cutoff]", "[b_cutoff]", "[basis]"],
  XYZCLASS: ["demand_history", "[x_cutoff]", "[y_cutoff]"],
  ABCXYZ: ["values", "demand_history", "[a_cutoff]", "[b_cutoff]", "[x_cutoff]", "[y_cutoff]"],
  PARETO: ["values"],
  COEFVAR: ["demand_history"],
  PIPELINE: ["demand_rate", "transit_time"],
  TURNOVER: ["cogs", "avg_inventory"],
  GMROI: ["gross_margin", "avg_inventory_cost"],
  DAYSOFSUPPLY: ["inventory", "avg_daily_demand"],
  CARRYINGCOST: ["avg_inventory_value", "carrying_rate"],
  OTIF: ["on_time", "in_full"],
  UNITFILLRATE: ["shipped", "ordered"],
  RECORDACCURACY: ["book_qty", "counted_qty", "tolerance", "[tolerance_units]"],
  CYCLECOUNTS: ["items_per_class", "counts_per_year", "[working_days]"],
  MAD: ["actuals", "forecasts"],
  TRACKINGSIGNAL: ["actuals", "forecasts"],
  LEVELPLAN: ["demand", "[beginning_inventory]", "[ending_inventory]", "[allow_backlog]"],
  CHASEPLAN: ["demand", "[beginning_inventory]", "[ending_inventory]"],
  DDMRPZONES: ["adu", "dlt", "lead_time_factor", "variability_factor", "[moq]", "[order_cycle]", "[result]"],
  EOQCOST: ["demand", "order_cost", "holding_cost", "order_quantity", "[unit_cost]"],
  EOQBACKORDER: [
    "demand",
    "order_cost",
    "holding_cost",
    "backorder_cost",
    "[result]",
    "[order_quantity]",
    "[backorder_fraction]",
  ],
  EOQDISCOUNT: [
    "demand",
    "order_cost",
    "carrying_rate",
    "break_quantities",
    "unit_prices",
    "[incremental]",
    "[result]",
  ],
  EPQ: ["demand", "setup_cost", "holding_cost", "production_rate", "[result]", "[order_quantity]"],
  EPQBACKORDER: ["demand", "setup_cost", "holding_cost", "production_rate", "backorder_cost", "[result]"],
  LOTSIZE: ["requirements", "order_cost", "holding_cost", "method", "[parameter]", "[unit_costs]"],
  LOTSIZECOST: ["requirements", "order_cost", "holding_cost", "method", "[parameter]", "[unit_costs]"],
  DEMANDPATTERN: ["history"],
  CROSTON: ["history", "[alpha]", "[method]"],
  RQPOISSON: ["demand_mean", "lead_time", "order_cost", "holding_cost", "backorder_cost", "[result]"],
  RQPOISSONCOST: [
    "reorder_point",
    "order_quantity",
    "demand_mean",
    "lead_time",
    "order_cost",
    "holding_cost",
    "backorder_cost",
  ],
  MINMAXPOISSON: ["demand_mean", "order_cost", "holding_cost", "backorder_cost", "[result]"],
  MINMAXPOISSONCOST: ["min", "max", "demand_mean", "order_cost", "holding_cost", "backorder_cost"],
  MINMAX: ["demand_mean", "demand_std", "lead_time", "order_cost", "holding_cost", "backorder_cost", "[result]"],
  POISSONLOSS: ["x", "mean", "[order]", "[complementary]"],
  RQPOLICY: [
    "demand_mean",
    "demand_std",
    "lead_time",
    "order_cost",
    "holding_cost",
    "backorder_cost",
    "[method]",
    "[result]",
    "[order_quantity]",
  ],
  RQCOST: [
    "reorder_point",
    "order_quantity",
    "demand_mean",
    "demand_std",
    "lead_time",
    "order_cost",
    "holding_cost",
    "backorder_cost",
  ],
  SAFETYFACTOR: ["service_level"],
  LEADTIMESTD: ["demand_std", "lead_time", "[avg_demand]", "[lead_time_std]", "[forecast_interval]"],
  MADTOSIGMA: ["mad"],
  SAFETYSTOCKFR: [
    "fill_rate",
    "demand_std",
    "lead_time",
    "order_quantity",
    "[avg_demand]",
    "[lead_time_std]",
    "[forecast_interval]",
  ],
  FILLRATEK: ["fill_rate", "order_quantity", "lead_time_demand_std"],
  NORMLOSS: ["k", "[order]", "[complementary]"],
  NORMLOSSINV: ["loss"],
  FILLRATE: ["safety_stock", "lead_time_demand_std", "order_quantity", "[lost_sales]"],
  CYCLESERVICE: ["safety_stock", "lead_time_demand_std"],
  REORDERPOINT: ["avg_demand", "lead_time", "safety_stock"],
  ORDERUPTO: [
    "avg_demand",
    "review_period",
    "lead_time",
    "service_level",
    "demand_std",
    "[lead_time_std]",
    "[forecast_interval]",
  ],
  CRITICALRATIO: ["underage_cost", "overage_cost"],
  NEWSVENDOR: ["mean", "std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
  NEWSVENDORPOISSON: ["mean", "underage_cost", "overage_cost", "[result]", "[quantity]"],
  NEWSVENDORNEGBIN: ["mean", "std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
  NEWSVENDORDISCRETE: ["values", "probabilities", "underage_cost", "overage_cost"],
  NEWSVENDORLOGNORMAL: ["log_mean", "log_std", "underage_cost", "overage_cost", "[result]", "[quantity]"],
};

/** An argument as the signatures write it: [name] when optional. */
const written = (parameter: { name: string; optional?: boolean }) =>
  parameter.optional ? `[${parameter.name}]` : parameter.name;

describe("registration", () => {
  test("the associated ids are exactly the ids in functions.json", () => {
    expect([...bundle.functions.keys()].sort()).toEqual(declared.map((fn) => fn.id).sort());
  });

  test.each(declared.map((fn) => [fn.id, fn] as const))(
    "%s is associated under its id and declared for Excel's tooltip: a description of 21 to 255 characters, every argument described, a spilled result",
    (id, fn) => {
      expect(bundle.functions.has(id)).toBe(true);
      expect(fn.description?.length).toBeGreaterThan(20);
      expect(fn.description?.length).toBeLessThanOrEqual(255);
      for (const parameter of fn.parameters) expect(parameter.description?.length).toBeGreaterThan(10);
      expect(fn.result?.dimensionality).toBe("matrix");
    },
  );

  test.each(declared.map((fn) => [fn.id, fn] as const))(
    "%s declares its optional arguments after the required ones",
    (_id, fn) => {
      const optional = fn.parameters.map((p) => p.optional === true);
      expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
    },
  );

  test("every file in src/functions that declares a function is in src/functions/index.ts, the build's one list", () => {
    const folder = path.resolve(__dirname, "../src/functions");
    const entry = fs.readFileSync(path.join(folder, "index.ts"), "utf8");
    const listed = [...entry.matchAll(/^import "\.\/(\w+)";$/gm)].map((match) => `${match[1]}.ts`);
    const declaring = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .filter((name) => fs.readFileSync(path.join(folder, name), "utf8").includes("@customfunction"));
    expect(declaring.length).toBeGreaterThan(5);
    expect(declaring.filter((name) => !listed.includes(name))).toEqual([]);
  });

  test("every autocomplete list (@customenum) value has a tooltip", () => {
    expect(enums.length).toBeGreaterThan(0);
    for (const e of enums) for (const value of e.values) expect(value.tooltip?.length).toBeGreaterThan(5);
  });
});

describe("published signatures", () => {
  test.each(Object.entries(SIGNATURES))("%s keeps its argument names and order", (id, names) => {
    const fn = declared.find((f) => f.id === id);
    expect(fn?.parameters.map(written)).toEqual(names);
  });
});
