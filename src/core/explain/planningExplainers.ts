/**
 * Explainers of the planning family's INV functions (see registry.ts): level
 * and chase production plans period by period, and DDMRP buffer zones. The
 * plans and zones are the core models'; the tables lay them out.
 */
import { chasePlan } from "../planning/chasePlan";
import {
  DDMRP_RESULTS,
  DDMRP_RESULT_FIGURES,
  type DdmrpResult,
  ddmrpOutputs,
  ddmrpZones,
} from "../planning/ddmrpZones";
import { levelPlan, type LevelPlanInput } from "../planning/levelPlan";
import { planInputs, type PlanPeriod } from "../planning/productionPlan";
import { InputError } from "../shared/inputError";
import { defineExplainer, optional, rangeArg, required, type ArgumentText } from "./defineExplainer";
import type { ExplainedStep, ExplainedValue, Explanation } from "./explanation";
import { choiceArg, logicalArg, numberArg, optionalNumberArg, presentSteps, step } from "./parts";
import type { ExplainArgs, Explainer } from "./registry";

const DEMAND: ArgumentText = { label: "Demand (forecast) per period", symbol: "D_t", unit: "periods" };
const BEGINNING: ArgumentText = { label: "Inventory at the start of period 1", symbol: "I₀", unit: "units" };

/** A production plan's demand, read as the function reads its series, and the plan's other inputs. */
interface PlanArguments {
  /** The demand figures up to the last one. */
  figures: number[];
  /** Cells of the demand range (blanks after the last figure give blank rows). */
  cells: number;
  /** Whether the demand is a row (then the spill has a row per output, across the periods). */
  across: boolean;
  input: LevelPlanInput;
}

function planArguments(args: ExplainArgs): PlanArguments {
  const range = rangeArg(args, "demand");
  if (range.rows > 1 && range.columns > 1) {
    throw new InputError(
      "demand",
      "must be a single column or a single row of periods",
      `${range.rows} × ${range.columns}`,
    );
  }
  let count = range.values.length;
  while (count > 0 && range.values[count - 1] === null) count--;
  const figures = range.values.slice(0, count);
  const blank = figures.indexOf(null);
  if (blank >= 0) {
    throw new InputError("demand", "is blank between periods with demand; enter 0 for a period without demand", null, {
      index: blank,
    });
  }
  return {
    figures: figures as number[],
    cells: range.values.length,
    across: range.rows === 1 && range.columns > 1,
    input: {
      demand: figures as number[],
      beginningInventory: optionalNumberArg(args, "beginning_inventory"),
      endingInventory: optionalNumberArg(args, "ending_inventory"),
    },
  };
}

/** The plan as the function spills it: production and ending inventory per period, blanks after the last. */
function planOutput(plan: readonly PlanPeriod[], read: PlanArguments): ExplainedValue[][] {
  const periods = Array.from({ length: read.cells }, (_, t): ExplainedValue[] => {
    const period = plan[t];
    return period ? [period.production, period.endingInventory] : ["", ""];
  });
  return read.across ? [0, 1].map((k) => periods.map((period) => period[k] ?? "")) : periods;
}

/** The largest of a figure over a plan's periods (−Infinity for no period: the plan is then not shown). */
const largest = (plan: readonly PlanPeriod[], figure: (period: PlanPeriod) => number): number =>
  plan.reduce((most, period) => Math.max(most, figure(period)), Number.NEGATIVE_INFINITY);

/**
 * The parts of a production plan's explanation the level and chase plans share:
 * the inputs' totals, the period table and the spill. `result` is the headline
 * ("" when there is no period to plan, as the function spills blanks).
 */
function explainPlan(
  read: PlanArguments,
  plan: readonly PlanPeriod[],
  result: Omit<ExplainedStep, "value"> & { value: number },
  extra: Array<ExplainedStep | undefined>,
): Omit<Explanation, "fn" | "title" | "inputs" | "source" | "formula"> {
  const output = planOutput(plan, read);
  if (plan.length === 0) return { steps: [], tables: [], result: { ...result, value: "" }, output };
  const totals = planInputs(read.input);
  return {
    steps: presentSteps(
      step("Periods", "n", plan.length, "periods"),
      step("Total demand", "ΣD", totals.totalDemand, "units"),
      step("Beginning inventory used", "I₀", totals.beginning, "units"),
      step("Ending inventory target used", "I_end", totals.ending, "units"),
      ...extra,
      step(
        "Largest ending inventory (anticipation stock)",
        "max I_t",
        largest(plan, (p) => p.endingInventory),
        "units",
      ),
    ),
    tables: [
      {
        title: "Period by period",
        headers: ["Period", "Demand", "Beginning inventory", "Production", "Ending inventory"],
        rows: plan.map((period, t) => [
          t + 1,
          read.figures[t] ?? "",
          t === 0 ? totals.beginning : (plan[t - 1]?.endingInventory ?? ""),
          period.production,
          period.endingInventory,
        ]),
      },
    ],
    result,
    output,
  };
}

const LEVELPLAN = defineExplainer({
  fn: "LEVELPLAN",
  title: "Level production plan",
  arguments: [
    required("demand", DEMAND, "list"),
    optional("beginning_inventory", BEGINNING),
    optional("ending_inventory", {
      label: "Target inventory at the end of the last period",
      symbol: "I_end",
      unit: "units",
    }),
    optional("allow_backlog", { label: "Let a period end short (a backlog)", symbol: "", unit: "" }, "logical"),
  ],
  source:
    'Stevenson, Operations Management, ch. 11 (aggregate planning, the skateboard example); Heizer & Render, Operations Management, ch. 13 (level strategy); APICS Dictionary, "level production method"',
  explain(args) {
    const read = planArguments(args);
    const allowBacklog = logicalArg(args, "allow_backlog", false);
    const plan = read.figures.length === 0 ? [] : levelPlan({ ...read.input, allowBacklog });
    const backlog = Math.min(0, -largest(plan, (p) => -p.endingInventory));
    return {
      formula: {
        words:
          "the same output every period, enough to meet total demand and end at the target; inventory absorbs the difference (a negative ending inventory is a backlog)",
        symbols: "P = (ΣD_t + I_end − I₀)/n,  I_t = I_{t−1} + P − D_t",
      },
      ...explainPlan(
        read,
        plan,
        {
          label: "Level production per period",
          symbol: "P",
          value: plan[0]?.production ?? 0,
          unit: "units per period",
        },
        [backlog < 0 ? step("Largest backlog (negative ending inventory)", "min I_t", backlog, "units") : undefined],
      ),
    };
  },
});

const CHASEPLAN = defineExplainer({
  fn: "CHASEPLAN",
  title: "Chase production plan",
  arguments: [
    required("demand", DEMAND, "list"),
    optional("beginning_inventory", BEGINNING),
    optional("ending_inventory", {
      label: "Inventory to hold at the end of every period",
      symbol: "I_end",
      unit: "units",
    }),
  ],
  source:
    'Stevenson, Operations Management, ch. 11 (chase demand strategy); Heizer & Render, Operations Management, ch. 13; APICS Dictionary, "chase production method"',
  explain(args) {
    const read = planArguments(args);
    const plan = read.figures.length === 0 ? [] : chasePlan(read.input);
    return {
      formula: {
        words:
          "output follows demand, the first period adjusted to move the beginning inventory to the target, which is then held",
        symbols: "P_t = max(0, D_t + I_end − I_{t−1}),  I_t = I_{t−1} + P_t − D_t",
      },
      ...explainPlan(
        read,
        plan,
        {
          label: "Peak production in a period (the capacity a chase plan needs)",
          symbol: "max P_t",
          value: largest(plan, (p) => p.production),
          unit: "units",
        },
        [
          step(
            "Total production",
            "ΣP_t",
            plan.reduce((sum, p) => sum + p.production, 0),
            "units",
          ),
        ],
      ),
    };
  },
});

const DDMRP_ARGUMENTS = [
  required("adu", { label: "Average daily usage", symbol: "ADU", unit: "units per day" }),
  required("dlt", { label: "Decoupled lead time", symbol: "DLT", unit: "days" }),
  required("lead_time_factor", { label: "Lead-time factor", symbol: "LTF", unit: "fraction" }),
  required("variability_factor", { label: "Variability factor", symbol: "VF", unit: "fraction" }),
  optional("moq", { label: "Minimum order quantity", symbol: "MOQ", unit: "units" }),
  optional("order_cycle", { label: "Imposed or desired order cycle", symbol: "OC", unit: "days" }),
  optional("result", { label: "Figures spilled per item", symbol: "", unit: "" }, "choice", DDMRP_RESULTS),
];
/** The figures a result choice spills, as a blank item spills them. */
const blankOutput = (result: DdmrpResult) => [DDMRP_RESULT_FIGURES[result].map(() => "")];
const DDMRP_REQUIRED = DDMRP_ARGUMENTS.filter((argument) => !argument.optional).map((argument) => argument.name);
const DDMRP_FORMULA = {
  words:
    "red covers lead-time demand scaled by the lead-time factor plus a variability safety; yellow is demand over the lead time; green is the largest of the order cycle's usage, the red base and the MOQ; the tops are the running sums",
  symbols: "red = ADU·DLT·LTF·(1 + VF),  yellow = ADU·DLT,  green = max(ADU·OC, ADU·DLT·LTF, MOQ)",
};
const TOP_OF_GREEN = { label: "Top of green (the buffer's highest level)", symbol: "TOG", unit: "units" };

const DDMRPZONES = defineExplainer({
  fn: "DDMRPZONES",
  title: "DDMRP buffer zones",
  arguments: DDMRP_ARGUMENTS,
  source:
    "Ptak & Smith, Orlicky's Material Requirements Planning, 3rd ed. (2011), ch. 24 (buffer level examples); Ptak & Smith, Demand Driven Material Requirements Planning (2016), ch. 7",
  explain(args) {
    const chosen = choiceArg(args, "result", DDMRP_RESULTS, "zones");
    if (DDMRP_REQUIRED.every((name) => args[name] === undefined)) {
      // A blank item spills blanks, as the function does for a blank row.
      return {
        formula: DDMRP_FORMULA,
        steps: [],
        tables: [],
        result: { ...TOP_OF_GREEN, value: "" },
        output: blankOutput(chosen),
      };
    }
    const zones = ddmrpZones({
      averageDailyUsage: numberArg(args, "adu"),
      decoupledLeadTime: numberArg(args, "dlt"),
      leadTimeFactor: numberArg(args, "lead_time_factor"),
      variabilityFactor: numberArg(args, "variability_factor"),
      minimumOrderQuantity: optionalNumberArg(args, "moq"),
      orderCycle: optionalNumberArg(args, "order_cycle"),
    });
    return {
      formula: DDMRP_FORMULA,
      steps: presentSteps(
        step("Red base", "ADU·DLT·LTF", zones.redBase, "units"),
        step("Red safety", "red base·VF", zones.redSafety, "units"),
        step("Red zone", "red base + red safety", zones.red, "units"),
        step("Yellow zone", "ADU·DLT", zones.yellow, "units"),
        step("Green candidate: usage over the order cycle", "ADU·OC", zones.greenFromOrderCycle, "units"),
        step("Green candidate: the red base", "ADU·DLT·LTF", zones.redBase, "units"),
        step("Green candidate: the minimum order quantity", "MOQ", optionalNumberArg(args, "moq"), "units"),
        step("Green zone", "max(ADU·OC, ADU·DLT·LTF, MOQ)", zones.green, "units"),
      ),
      tables: [
        {
          title: "Zones",
          headers: ["Zone", "Size", "Top"],
          rows: [
            ["Red", zones.red, zones.topOfRed],
            ["Yellow", zones.yellow, zones.topOfYellow],
            ["Green", zones.green, zones.topOfGreen],
          ],
        },
      ],
      result: {
        label: "Top of green (the buffer's highest level)",
        symbol: "TOG",
        value: zones.topOfGreen,
        unit: "units",
      },
      output: [ddmrpOutputs(zones, chosen)],
    };
  },
});

export const PLANNING_EXPLAINERS: readonly Explainer[] = [LEVELPLAN, CHASEPLAN, DDMRPZONES];
