/**
 * The demo's item list: a realistic, deterministic sample of a distributor's
 * stock items, with 12 months of demand history, for the browser demo, the
 * tests and the benchmark (any number of items).
 *
 * What makes it realistic: a long-tailed value distribution (a few A items
 * carry most of the annual value), items with trend-free noise of different
 * variability (X, Y and Z items) and some seasonality; intermittent items
 * (demand in few months); items with no demand in the year (obsolescence
 * candidates); new items whose early months are blank; and a few rows with a
 * missing or invalid value (text in a number column, a negative cost), so that
 * the wizard's validation report has something to show.
 */
import { seededRandom, type Random } from "./random";

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The header row, in sheet order; the wizard maps these by name. */
export const SAMPLE_HEADERS = [
  "SKU",
  "Description",
  "Annual usage",
  "Unit cost",
  "Lead time (days)",
  "Lead time std (days)",
  "Order cost",
  ...MONTHS,
] as const;

/** What a row was made to show. */
export type SampleKind = "regular" | "intermittent" | "zero-demand" | "new" | "invalid";

/** A row's cells in {@link SAMPLE_HEADERS} order; `null` is a blank cell. */
export type SampleRow = (string | number | null)[];

export interface SampleItems {
  headers: string[];
  rows: SampleRow[];
  /** What each row was made to show, row by row. */
  kinds: SampleKind[];
}

/** The default seed: the demo shows the same items to everyone. */
export const SAMPLE_SEED = 20_250_601;

/** The demo's item count (at least 200 valid items once the invalid rows are set aside). */
export const SAMPLE_COUNT = 240;

interface Family {
  code: string;
  /** Median unit cost. */
  cost: number;
  /** Typical lead time, days. */
  leadTime: number;
  /** Seasonal amplitude (share of the mean) and the peak month (0 = Jan). */
  season: number;
  peak: number;
  describe: (random: Random) => string;
}

const FAMILIES: readonly Family[] = [
  {
    code: "FAS",
    cost: 0.35,
    leadTime: 7,
    season: 0,
    peak: 0,
    describe: (r) =>
      `Hex bolt M${r.pick([6, 8, 10, 12, 16])}x${r.pick([20, 30, 40, 50, 80])} ${r.pick(["zinc", "A2 stainless", "grade 8.8"])}`,
  },
  {
    code: "BRG",
    cost: 14,
    leadTime: 21,
    season: 0,
    peak: 0,
    describe: (r) => `Ball bearing ${r.pick(["6202", "6204", "6205", "6305", "6308"])}-${r.pick(["2RS", "ZZ"])}`,
  },
  {
    code: "HYD",
    cost: 38,
    leadTime: 28,
    season: 0.1,
    peak: 4,
    describe: (r) => `Hydraulic hose ${r.pick(["1/4", "3/8", "1/2", "3/4"])}in x ${r.pick([1, 1.5, 2, 3])}m`,
  },
  {
    code: "PPE",
    cost: 6,
    leadTime: 10,
    season: 0.15,
    peak: 10,
    describe: (r) =>
      r.pick([
        `Nitrile gloves ${r.pick(["S", "M", "L", "XL"])} (box 100)`,
        "Safety glasses clear",
        "Ear plugs (pack 200)",
      ]),
  },
  {
    code: "ELE",
    cost: 22,
    leadTime: 35,
    season: 0,
    peak: 0,
    describe: (r) => `Circuit breaker ${r.pick([6, 10, 16, 20, 32])}A ${r.pick(["B", "C"])}-curve`,
  },
  {
    code: "LGT",
    cost: 31,
    leadTime: 42,
    season: 0.2,
    peak: 9,
    describe: (r) => `LED panel ${r.pick(["600x600", "300x1200"])} ${r.pick([30, 40, 48])}W`,
  },
  {
    code: "PKG",
    cost: 12,
    leadTime: 5,
    season: 0.3,
    peak: 10,
    describe: (r) =>
      r.pick([`Pallet wrap film ${r.pick([400, 500])}mm`, `Carton ${r.pick(["A4", "A3", "XL"])} (bundle 25)`]),
  },
  {
    code: "FLT",
    cost: 9,
    leadTime: 14,
    season: 0.1,
    peak: 5,
    describe: (r) => `Filter cartridge ${r.pick([10, 20])}in ${r.pick([1, 5, 25])}um`,
  },
  {
    code: "PMP",
    cost: 240,
    leadTime: 60,
    season: 0,
    peak: 0,
    describe: (r) =>
      r.pick([`Pump seal kit ${r.pick([25, 40, 60])}mm`, `Centrifugal pump ${r.pick([0.75, 1.5, 3])}kW`]),
  },
  {
    code: "BLT",
    cost: 17,
    leadTime: 21,
    season: 0,
    peak: 0,
    describe: (r) => `Drive belt ${r.pick(["SPZ", "SPA", "SPB"])} ${r.integer(8, 25) * 50}`,
  },
  {
    code: "LUB",
    cost: 8,
    leadTime: 10,
    season: 0.15,
    peak: 6,
    describe: (r) => r.pick(["Grease cartridge EP2 400g", `Gear oil ISO ${r.pick([68, 150, 220])} 20L`]),
  },
  {
    code: "PLB",
    cost: 19,
    leadTime: 14,
    season: 0.1,
    peak: 3,
    describe: (r) => `Copper pipe ${r.pick([15, 22, 28])}mm x 3m`,
  },
];

const ORDER_COSTS = [15, 20, 25, 30, 35, 40, 50, 60, 75, 90, 120] as const;

/** Where in {@link SAMPLE_HEADERS} each field sits. */
const COLUMN = { sku: 0, description: 1, usage: 2, cost: 3, leadTime: 4, leadTimeStd: 5, orderCost: 6, history: 7 };

/** The ways a row goes wrong, in turn: each leaves the rest of the row sound. */
const FAULTS: readonly ((row: SampleRow) => void)[] = [
  (row) => (row[COLUMN.cost] = "n/a"),
  (row) => (row[COLUMN.cost] = -Math.abs(Number(row[COLUMN.cost]) || 4.2)),
  (row) => (row[COLUMN.leadTime] = null),
  (row) => (row[COLUMN.usage] = `${String(row[COLUMN.usage])} pcs`),
  (row) => (row[COLUMN.orderCost] = -25),
];

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** 12 months of demand around `monthlyMean`, with the family's seasonality and the item's variability. */
function regularHistory(random: Random, family: Family, monthlyMean: number, variation: number): number[] {
  return MONTHS.map((_, month) => {
    const season = 1 + family.season * Math.cos((2 * Math.PI * (month - family.peak)) / 12);
    return Math.max(0, Math.round(monthlyMean * season * (1 + variation * random.normal())));
  });
}

/** Demand in a few months only (at least two), of erratic size. */
function intermittentHistory(random: Random): number[] {
  const chance = random.between(0.15, 0.4);
  const size = random.logNormal(6, 0.8);
  for (;;) {
    const months = MONTHS.map(() =>
      random.next() < chance ? Math.max(1, Math.round(size * random.logNormal(1, 0.6))) : 0,
    );
    const active = months.filter((quantity) => quantity > 0).length;
    if (active >= 2 && active <= 5) return months;
  }
}

/** How many rows of `count` get each special kind; the rest are regular. */
function kindCounts(count: number): Record<Exclude<SampleKind, "regular">, number> {
  return {
    invalid: Math.min(count, Math.max(3, Math.round(count * 0.017))),
    "zero-demand": Math.round(count * 0.025),
    new: Math.round(count * 0.04),
    intermittent: Math.round(count * 0.12),
  };
}

/**
 * `count` items (default {@link SAMPLE_COUNT}) from `seed` (default
 * {@link SAMPLE_SEED}): the same arguments always give the same rows.
 */
export function generateSampleItems(count: number = SAMPLE_COUNT, seed: number = SAMPLE_SEED): SampleItems {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0 (got ${count})`);
  const random = seededRandom(seed);
  const kinds: SampleKind[] = Array.from({ length: count }, () => "regular");
  let slots = random.shuffle(Array.from({ length: count }, (_, index) => index));
  for (const [kind, howMany] of Object.entries(kindCounts(count)) as [SampleKind, number][]) {
    for (const index of slots.slice(0, howMany)) kinds[index] = kind;
    slots = slots.slice(howMany);
  }

  let fault = 0;
  const rows = kinds.map((kind, index): SampleRow => {
    const family = random.pick(FAMILIES);
    const unitCost = Math.max(0.05, round(random.logNormal(family.cost, 0.6), 2));
    const leadTime = Math.max(2, Math.round(family.leadTime * random.logNormal(1, 0.25)));
    const leadTimeStd = random.next() < 0.1 ? null : round(leadTime * random.between(0.1, 0.35) * 2, 0) / 2;
    const orderCost = random.next() < 0.05 ? null : random.pick(ORDER_COSTS);
    // Annual units, long-tailed; cheap items tend to move in larger numbers.
    const annual = random.logNormal(900 / Math.sqrt(family.cost), 1.3);
    const variation = random.pick([0.1, 0.15, 0.2, 0.3, 0.45, 0.6, 0.8]);

    let history: (number | null)[];
    let usage: number;
    if (kind === "zero-demand") {
      history = MONTHS.map(() => 0);
      usage = 0;
    } else if (kind === "intermittent") {
      history = intermittentHistory(random);
      usage = history.reduce<number>((sum, quantity) => sum + (quantity ?? 0), 0);
    } else if (kind === "new") {
      const blank = random.integer(4, 9);
      const recent = regularHistory(random, family, Math.max(3, annual / 12), variation).slice(blank);
      if (!recent.some((quantity) => quantity > 0)) recent[recent.length - 1] = 1;
      history = [...MONTHS.slice(0, blank).map(() => null), ...recent];
      // A planner's estimate for a new item: its months so far, annualised.
      usage = Math.round((recent.reduce((sum, quantity) => sum + quantity, 0) * 12) / recent.length);
    } else {
      history = regularHistory(random, family, Math.max(1, annual / 12), variation);
      usage = history.reduce<number>((sum, quantity) => sum + (quantity ?? 0), 0);
      // Slow movers whose year happened to round to nothing still sold something.
      if (usage === 0) {
        history[random.integer(0, 11)] = 1;
        usage = 1;
      }
    }

    const row: SampleRow = [
      `${family.code}-${String(10_001 + index)}`,
      family.describe(random),
      usage,
      unitCost,
      leadTime,
      leadTimeStd,
      orderCost,
      ...history,
    ];
    if (kind === "invalid") {
      const spoil = FAULTS[fault % FAULTS.length];
      spoil?.(row);
      fault += 1;
    }
    return row;
  });
  return { headers: [...SAMPLE_HEADERS], rows, kinds };
}
