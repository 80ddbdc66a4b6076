/**
 * ABC problems: a short list of items with their annual units and unit cost;
 * which class is one of them, by annual value with the 80% / 95% cut-offs?
 * The item asked about is one whose class changes when the items are ranked by
 * units alone (the classic mistake), whenever the list has one.
 */
import { abcClassification, type AbcClass } from "../../core/classification/abcClassification";
import type { Random } from "../demo/random";
import { MISTAKES } from "./mistakes";
import { given, type NamedMistake, type PracticeProblem, type ProblemType, type TextAnswer } from "./problem";
import { FORMATS, PRICE_STEPS, UNIT_STEPS, drawSpread, percent, units } from "./textbook";

export const ABC_RANGES = {
  items: { min: 8, max: 10 },
  annualUnits: { min: 20, max: 20_000 },
  unitCost: { min: 0.5, max: 140 },
} as const;

/** The cut-offs of the classroom rule =IF(cum<=80%,"A",IF(cum<=95%,"B","C")). */
export const ABC_CUTOFFS = { a: 0.8, b: 0.95 } as const;

export interface AbcGivens {
  annualUnits: number[];
  unitCosts: number[];
  /** The 0-based position of the item asked about. */
  asked: number;
}

/** Classes by value and by units alone, as the core ranks them. */
function classes(g: Pick<AbcGivens, "annualUnits" | "unitCosts">): { byValue: AbcClass[]; byUnits: AbcClass[] } {
  const classify = (values: number[]) =>
    abcClassification({ values, aCutoff: ABC_CUTOFFS.a, bCutoff: ABC_CUTOFFS.b }) as AbcClass[];
  return {
    byValue: classify(g.annualUnits.map((u, k) => u * (g.unitCosts[k] as number))),
    byUnits: classify(g.annualUnits),
  };
}

/**
 * The class of the item asked about, by the core's ABC classification of annual value
 * (units × unit cost), and the class it gets when ranked by units alone, when that differs.
 * @see Heizer & Render, Operations Management, §12.2, Example 1; APICS Dictionary, "ABC classification".
 */
export function solveAbc(g: AbcGivens): { answer: TextAnswer; mistakes: NamedMistake[] } {
  const { byValue, byUnits } = classes(g);
  const right = byValue[g.asked] as AbcClass;
  const wrong = byUnits[g.asked] as AbcClass;
  return {
    answer: { type: "text", exact: right },
    mistakes: wrong === right ? [] : [{ message: MISTAKES.rankedByUnits, value: wrong }],
  };
}

function draw(random: Random, variant: string): PracticeProblem {
  const r = ABC_RANGES;
  const count = random.integer(r.items.min, r.items.max);
  const annualUnits = Array.from({ length: count }, () =>
    drawSpread(random, r.annualUnits.min, r.annualUnits.max, UNIT_STEPS),
  );
  const unitCosts = Array.from({ length: count }, () =>
    drawSpread(random, r.unitCost.min, r.unitCost.max, PRICE_STEPS),
  );
  const { byValue, byUnits } = classes({ annualUnits, unitCosts });
  const telling = byValue.map((abc, k) => k).filter((k) => byValue[k] !== byUnits[k]);
  const asked = random.pick(telling.length > 0 ? telling : byValue.map((_, k) => k));
  const labels = annualUnits.map((_, k) => `P-${101 + k}`);
  const g: AbcGivens = { annualUnits, unitCosts, asked };
  return {
    kind: "abc",
    variant,
    statement:
      `Classify the ${count} items below by annual value (annual units × unit cost), largest first: class A while ` +
      `the cumulative share of value is at most ${percent(ABC_CUTOFFS.a)}, B while it is at most ` +
      `${percent(ABC_CUTOFFS.b)}, C after. Which class is item ${labels[asked]}? Answer A, B or C.`,
    givens: [
      {
        kind: "items",
        labelHeader: "Item",
        columns: [
          { name: "units", header: "Units/yr", format: FORMATS.units },
          { name: "cost", header: "Unit cost", format: FORMATS.money },
        ],
        rows: labels.map((label, k) => ({ label, values: [annualUnits[k] as number, unitCosts[k] as number] })),
      },
      given("a", "A up to", ABC_CUTOFFS.a, "cumulative share of value", FORMATS.rate),
      given("b", "B up to", ABC_CUTOFFS.b, "cumulative share of value", FORMATS.rate),
    ],
    question: `class of ${labels[asked]} (${units(count)} items)`,
    ...solveAbc(g),
    keyFormula: `=INDEX(INV.ABCCLASS({units}*{cost},{a},{b}),${asked + 1})`,
  };
}

export const ABC_PROBLEMS: ProblemType = {
  kind: "abc",
  label: "ABC",
  title: "ABC classification",
  summary: "The class of one item of 8 to 10 by annual value (80% / 95%); names ranking by units.",
  variants: ["value"],
  draw,
};
