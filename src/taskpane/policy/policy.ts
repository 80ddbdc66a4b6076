/**
 * The policy per item, from the core models: EOQ (economicOrderQuantity), safety
 * stock for a cycle service level (safetyStock) or a fill rate
 * (safetyStockForFillRate), reorder point (reorderPoint); and the portfolio
 * totals (inventory value = cycle stock + safety stock value, expected turns by
 * inventoryTurnover). Everything per year: D per year, L and σL in years, the
 * carrying rate per year.
 */
import { economicOrderQuantity } from "../../core/cycleStock/economicOrderQuantity";
import { newsvendorNegativeBinomialQuantity } from "../../core/newsvendor/newsvendorNegativeBinomial";
import { rqCost } from "../../core/rqPolicy/rqCost";
import { rqPolicy } from "../../core/rqPolicy/rqPolicy";
import { cycleServiceLevel } from "../../core/safetyStock/cycleServiceLevel";
import { fillRate } from "../../core/safetyStock/fillRate";
import { leadTimeDemandStdDev } from "../../core/safetyStock/leadTimeDemandStdDev";
import { inventoryTurnover } from "../../core/metrics/inventoryTurnover";
import { reorderPoint } from "../../core/safetyStock/reorderPoint";
import { safetyStock } from "../../core/safetyStock/safetyStock";
import { safetyStockForFillRate } from "../../core/safetyStock/safetyStockForFillRate";
import { InputError } from "../../core/shared/inputError";
import { itemMessage } from "./labels";
import type { ServiceMeasure } from "./serviceLevels";
import type { ItemRecord } from "./validation";

export interface PolicySettings {
  measure: ServiceMeasure;
  /** Target per class (a fraction), for every class that occurs. */
  targets: Readonly<Record<string, number>>;
  /** i, carrying rate per year (H = i × C). */
  carryingRate: number;
  /** S for items without an order cost of their own. */
  defaultOrderCost: number;
  /** Order quantities and reorder points rounded up to whole units (what planners enter in an ERP). */
  roundUp?: boolean;
  /**
   * How the normal model's items get their (r,Q): "service" (default), EOQ plus the safety stock for the class's
   * target; "cost", the (r,Q) of least expected cost for the backorder cost (method "costOptimal").
   */
  basis?: PolicyBasis;
  /** b, the backorder cost per unit short per year as a fraction of unit cost (p = b × C); needed by basis "cost". */
  backorderRate?: number;
}

/** What the normal model's (r,Q) answers to: a service target per class, or the least expected cost. */
export type PolicyBasis = "service" | "cost";

/**
 * A cost-optimal row beside the service-level policy it replaces, both priced by the exact expected cost g(r,Q)
 * per year (Snyder & Shen eq. (5.7)), with the service the cost-optimal r achieves in the class's measure.
 */
export interface CostComparison {
  /** g(r,Q) per year of EOQ plus the safety stock for the class's target. */
  serviceCost: number;
  /** g(r*,Q*) per year of the cost-optimal policy: never above serviceCost. */
  optimalCost: number;
  /** r and Q of the service-level policy, units. */
  serviceReorderPoint: number;
  serviceOrderQuantity: number;
  /** What r* achieves in the class's measure: CSL = Φ((r* − μ)/σ_LT), or FR = 1 − σ_LT·G((r* − μ)/σ_LT)/Q*. */
  achievedService: number;
}

interface PolicyBase {
  item: ItemRecord;
  itemClass: string;
  /** The class's target: a cycle service level or a fill rate. */
  target: number;
  /** How the policy was computed: see {@link METHOD_LABEL}. */
  method: PolicyMethod;
}

export type ItemPolicy =
  | (PolicyBase & {
      ok: true;
      /** Q*, units. */
      eoq: number;
      /** SS, units (may be negative: a fill rate the order quantity alone meets). */
      safetyStock: number;
      /** ROP = D·L + SS, units. */
      reorderPoint: number;
      /** Cycle stock value, Q* / 2 × C. */
      cycleStockValue: number;
      /** SS × C. */
      safetyStockValue: number;
      /** D × C, the annual cost of the item's demand. */
      annualValue: number;
      /** D, the annual demand the policy uses: the item's, or the SBA rate × periods per year (method "poisson"). */
      demand: number;
      /** The most the item holds, r + Q (units): 0 means it is not stocked. */
      maxStock: number;
      /** Method "poisson": the SBA demand rate per history period; otherwise `null`. */
      ratePerPeriod: number | null;
      /** Method "estimated": the coefficient of variation assumed (the class's median); otherwise `null`. */
      estimatedCv: number | null;
      /** Method "obsolete": what each unit still held is worth, C; otherwise `null`. */
      valueAtStake: number | null;
      /** Method "negbin": σ of the demand per history period the lead-time demand's variance comes from; otherwise `null`. */
      stdPerPeriod: number | null;
      /** Method "costOptimal": the comparison with the service-level policy; otherwise `null`. */
      costComparison: CostComparison | null;
    })
  | (PolicyBase & { ok: false; message: string });

export interface PolicyTotals {
  /** Items with a policy. */
  items: number;
  /** Items whose inputs a model refused (their message is in their row). */
  failed: number;
  cycleStockValue: number;
  safetyStockValue: number;
  /** Average inventory value: cycle stock value + safety stock value. */
  inventoryValue: number;
  /** Σ D × C: the cost of a year's demand. */
  annualCost: number;
  /** Expected turns per year, annual cost / inventory value; `null` when there is no inventory. */
  turns: number | null;
  /** The targets weighted by annual value (D × C); `null` without items. */
  portfolioServiceLevel: number | null;
  /** The safety stock value and value-weighted target of the normal model's items alone: the trade-off curve's point. */
  normalModel: { safetyStockValue: number; portfolioServiceLevel: number | null };
  /** Basis "cost": the cost-optimal items' expected cost per year against the service-level policy's; else `null`. */
  costComparison: CostTotals | null;
}

/** {@link CostComparison} summed over the cost-optimal items. */
export interface CostTotals {
  items: number;
  /** Σ g(r,Q) per year of the service-level policies. */
  serviceCost: number;
  /** Σ g(r*,Q*) per year of the cost-optimal policies. */
  optimalCost: number;
  /** The service the cost-optimal policies achieve, weighted by annual value (D × C); `null` without value. */
  achievedService: number | null;
  /** The class targets of the same items, weighted the same way. */
  targetService: number | null;
}

export interface Policy {
  rows: ItemPolicy[];
  totals: PolicyTotals;
}

/** The inputs of the safety-stock models for one item, in years. */
export function leadTimeInputs(item: ItemRecord) {
  return {
    demandStdDev: item.demandStd,
    leadTime: item.leadTime,
    averageDemand: item.annualDemand,
    leadTimeStdDev: item.leadTimeStd,
    forecastInterval: item.forecastInterval,
  };
}

/** How an item's policy is computed. */
export type PolicyMethod = "normal" | "costOptimal" | "estimated" | "poisson" | "negbin" | "obsolete";
export const POLICY_METHODS: readonly PolicyMethod[] = [
  "normal",
  "costOptimal",
  "estimated",
  "poisson",
  "negbin",
  "obsolete",
];

/** What the preview and the sheet call each method. */
export const METHOD_LABEL: Readonly<Record<PolicyMethod, string>> = {
  normal: "EOQ + safety stock",
  costOptimal: "Cost-optimal (r,Q)",
  estimated: "EOQ + safety stock, estimated CV",
  poisson: "SBA rate + Poisson reorder point",
  negbin: "SBA rate + negative binomial reorder point",
  obsolete: "No replenishment: review for obsolescence",
};

/** Options of {@link itemPolicy} for a new item: the coefficient of variation assumed for its demand. */
export interface Estimate {
  /** CV, σ / mean of demand per period: the class's median. */
  cv: number;
}

/**
 * The policy of one item from the normal model: Q* by EOQ, SS for the class's target, ROP = D·L + SS.
 * With an {@link Estimate} (a new item, method "estimated"), σd = CV × D × F replaces the item's own
 * deviation. A model's {@link InputError} becomes the row's message; anything else is a bug.
 */
export function itemPolicy(
  item: ItemRecord,
  itemClass: string,
  settings: PolicySettings,
  estimate?: Estimate,
): ItemPolicy {
  const target = settings.targets[itemClass];
  const base = { item, itemClass, target: target ?? NaN, method: estimate ? "estimated" : "normal" } as const;
  if (target === undefined) return { ...base, ok: false, message: `No service target for class ${itemClass}` };
  try {
    const inputs = leadTimeInputs(item);
    if (estimate) inputs.demandStdDev = estimate.cv * item.annualDemand * item.forecastInterval;
    const rawEoq = economicOrderQuantity({
      demand: item.annualDemand,
      orderCost: item.orderCost ?? settings.defaultOrderCost,
      holdingCost: settings.carryingRate,
      unitCost: item.unitCost,
    }).quantity;
    const eoq = settings.roundUp ? roundUp(rawEoq) : rawEoq;
    const safety =
      settings.measure === "cycle"
        ? safetyStock({ serviceLevel: target, ...inputs }).safetyStock
        : safetyStockForFillRate({ fillRate: target, orderQuantity: eoq, ...inputs }).safetyStock;
    const rop = reorderPoint({ averageDemand: item.annualDemand, leadTime: item.leadTime, safetyStock: safety });
    const figures = {
      demand: item.annualDemand,
      eoq,
      safetyStock: safety,
      reorderPoint: settings.roundUp ? roundUp(rop) : rop,
    };
    return computedRow(base, figures, { estimatedCv: estimate ? estimate.cv : null });
  } catch (error) {
    if (error instanceof InputError) return { ...base, ok: false, message: itemMessage(error) };
    throw error;
  }
}

/**
 * Excel's ROUNDUP(x, 0): the next whole number away from zero (2.1 → 3, −2.1 → −3), as the written sheet
 * rounds. The value is first taken to 12 significant digits, so that 300.00000000000006 stays 300.
 */
export function roundUp(value: number): number {
  const clean = Number(value.toPrecision(12));
  return Math.sign(clean) * Math.ceil(Math.abs(clean));
}

/** What {@link poissonItemPolicy} knows of an intermittent item's history. */
export interface SlowMover {
  /** The SBA demand rate per history period. */
  ratePerPeriod: number;
  /** σ, the sample standard deviation of the demand per history period (zeros included); `null` when unknown. */
  stdPerPeriod: number | null;
  /** History periods per year (12 for months). */
  periodsPerYear: number;
}

/**
 * The policy of an intermittent or lumpy item: demand at the SBA rate, a discrete lead-time demand, and whole
 * units.
 *
 * D = the SBA rate × periods per year (the item's annualDemand as planned);  Q = max(1, round(EOQ(D)));
 * μ_L = D × L;  σ_L = σ × √(L × periods per year), σ the std of demand per history period;
 * r = min { r ≥ 0 : P(D_L ≤ r) ≥ target },  SS = r − μ_L, with D_L negative binomial with mean μ_L and variance
 * σ_L² when σ_L² > μ_L (over-dispersed, lumpy demand: method "negbin"), else Poisson(μ_L) (method "poisson").
 *
 * The class's target is the probability of no stockout in a lead time (with a fill-rate measure too: for
 * discrete demand it is the stricter of the two). The stocking rule is explicit in r + Q, the most the item
 * holds: an item with demand in the window always holds at least 1 unit (r ≥ 0, Q ≥ 1); stock 0 is the
 * obsolescence policy of the items without demand.
 *
 * @see Syntetos & Boylan (2005), "The accuracy of intermittent demand estimates", Int. J. Forecasting 21(2)
 *      (the SBA rate); Silver, Pyke & Thomas (2017), ch. 7 (Poisson and negative binomial demand for slow movers).
 */
export function poissonItemPolicy(
  item: ItemRecord,
  itemClass: string,
  settings: PolicySettings,
  slow: SlowMover,
): ItemPolicy {
  const target = settings.targets[itemClass];
  const annualRate = item.annualDemand;
  const leadTimeDemand = annualRate * item.leadTime;
  const leadTimeStd =
    slow.stdPerPeriod === null ? 0 : slow.stdPerPeriod * Math.sqrt(item.leadTime * slow.periodsPerYear);
  const method = leadTimeStd * leadTimeStd > leadTimeDemand ? "negbin" : "poisson";
  const base = { item, itemClass, target: target ?? NaN, method } as const;
  if (target === undefined) return { ...base, ok: false, message: `No service target for class ${itemClass}` };
  try {
    const rawEoq = economicOrderQuantity({
      demand: annualRate,
      orderCost: item.orderCost ?? settings.defaultOrderCost,
      holdingCost: settings.carryingRate,
      unitCost: item.unitCost,
    }).quantity;
    const eoq = Math.max(1, Math.round(rawEoq));
    const rop = newsvendorNegativeBinomialQuantity({
      mean: leadTimeDemand,
      stdDev: leadTimeStd,
      underageCost: target,
      overageCost: 1 - target,
    });
    const figures = { demand: annualRate, eoq, safetyStock: rop - leadTimeDemand, reorderPoint: rop };
    return computedRow(base, figures, { ratePerPeriod: slow.ratePerPeriod, stdPerPeriod: slow.stdPerPeriod });
  } catch (error) {
    if (error instanceof InputError) return { ...base, ok: false, message: itemMessage(error) };
    throw error;
  }
}

/**
 * The inputs of the (r,Q) model for an item, per year: λ = D, h = i × C, p = b × C, L in years, and τ such that
 * the lead-time demand's deviation τ√L is the safety-stock models' σ_LT (lead-time variability included);
 * τ = 0 when L = 0.
 */
export function rqInputs(item: ItemRecord, settings: PolicySettings, backorderRate: number) {
  const deviation = leadTimeDemandStdDev(leadTimeInputs(item));
  return {
    demandMean: item.annualDemand,
    demandStd: item.leadTime > 0 ? deviation / Math.sqrt(item.leadTime) : 0,
    leadTime: item.leadTime,
    orderCost: item.orderCost ?? settings.defaultOrderCost,
    holdingCost: settings.carryingRate * item.unitCost,
    backorderCost: backorderRate * item.unitCost,
  };
}

/**
 * The policy of a normal-model item with basis "cost" (method "costOptimal"): the (r,Q) of least exact expected
 * cost per year, g(r,Q) = (Kλ + ∫_r^{r+Q} g(y) dy)/Q (Snyder & Shen eq. (5.7); core rqPolicy, method "exact", what
 * INV.RQPOLICY computes), with λ = D per year, h = i × C and p = b × C per unit per year, L in years; SS = r − D·L.
 * Beside it, the service-level policy it replaces ({@link itemPolicy}), priced by the same g, and the service r
 * achieves in the class's measure.
 *
 * @see Snyder & Shen, Fundamentals of Supply Chain Theory, 2nd ed. (2019), §5.2–5.3.
 */
export function costOptimalItemPolicy(item: ItemRecord, itemClass: string, settings: PolicySettings): ItemPolicy {
  const service = itemPolicy(item, itemClass, { ...settings, basis: "service" });
  const base = { item, itemClass, target: service.target, method: "costOptimal" } as const;
  if (!service.ok) return { ...service, ...base };
  try {
    if (settings.backorderRate === undefined)
      throw new InputError("backorderRate", "is required for basis cost", undefined);
    const model = rqInputs(item, settings, settings.backorderRate);
    const optimum = rqPolicy({ ...model, method: "exact" });
    const whole = (value: number) => (settings.roundUp ? roundUp(value) : value);
    const reorderPoint = whole(optimum.reorderPoint);
    const orderQuantity = whole(optimum.orderQuantity);
    const leadTimeDemand = item.annualDemand * item.leadTime;
    const deviation = optimum.leadTimeDemandStd;
    const safety = reorderPoint - leadTimeDemand;
    const achievedService =
      settings.measure === "cycle"
        ? cycleServiceLevel({ safetyStock: safety, leadTimeDemandStdDev: deviation })
        : fillRate({ safetyStock: safety, leadTimeDemandStdDev: deviation, orderQuantity });
    const costComparison: CostComparison = {
      serviceCost: rqCost({ ...model, reorderPoint: service.reorderPoint, orderQuantity: service.eoq }),
      optimalCost: rqCost({ ...model, reorderPoint, orderQuantity }),
      serviceReorderPoint: service.reorderPoint,
      serviceOrderQuantity: service.eoq,
      achievedService,
    };
    const figures = { demand: item.annualDemand, eoq: orderQuantity, safetyStock: safety, reorderPoint };
    return computedRow(base, figures, { costComparison });
  } catch (error) {
    if (error instanceof InputError) return { ...base, ok: false, message: itemMessage(error) };
    throw error;
  }
}

/**
 * The policy of an item without demand in the window: no replenishment (r = 0, Q = 0, stock 0) and a review
 * for obsolescence; the value at stake is what each unit still held is worth, C. No class: an item without
 * demand is not put in class C.
 */
export function obsoleteItemPolicy(item: ItemRecord): ItemPolicy {
  const base = { item, itemClass: "", target: NaN, method: "obsolete" } as const;
  const figures = { demand: item.annualDemand, eoq: 0, safetyStock: 0, reorderPoint: 0 };
  return computedRow(base, figures, { valueAtStake: item.unitCost });
}

/** A computed row from its D, Q, SS and r: the stock values (Q/2 × C, SS × C, D × C) and r + Q follow. */
function computedRow(
  base: PolicyBase,
  figures: { demand: number; eoq: number; safetyStock: number; reorderPoint: number },
  extra: Partial<Record<"ratePerPeriod" | "estimatedCv" | "valueAtStake" | "stdPerPeriod", number | null>> & {
    costComparison?: CostComparison;
  },
): ItemPolicy {
  const cost = base.item.unitCost;
  return {
    ...base,
    ...figures,
    ok: true,
    cycleStockValue: (figures.eoq / 2) * cost,
    safetyStockValue: figures.safetyStock * cost,
    annualValue: figures.demand * cost,
    maxStock: figures.reorderPoint + figures.eoq,
    ratePerPeriod: null,
    estimatedCv: null,
    valueAtStake: null,
    stdPerPeriod: null,
    costComparison: null,
    ...extra,
  };
}

/** Portfolio totals of item policies. */
export function policyTotals(rows: readonly ItemPolicy[]): PolicyTotals {
  let cycleStockValue = 0;
  let safetyStockValue = 0;
  let annualCost = 0;
  let weightedTarget = 0;
  let items = 0;
  const normal = { safetyStockValue: 0, annualCost: 0, weightedTarget: 0 };
  const cost = { items: 0, serviceCost: 0, optimalCost: 0, value: 0, achieved: 0, target: 0 };
  for (const row of rows) {
    if (!row.ok) continue;
    items++;
    if (row.costComparison) {
      cost.items++;
      cost.serviceCost += row.costComparison.serviceCost;
      cost.optimalCost += row.costComparison.optimalCost;
      cost.value += row.annualValue;
      cost.achieved += row.costComparison.achievedService * row.annualValue;
      cost.target += row.target * row.annualValue;
    }
    if (row.method === "normal") {
      normal.safetyStockValue += row.safetyStockValue;
      normal.annualCost += row.annualValue;
      normal.weightedTarget += row.target * row.annualValue;
    }
    cycleStockValue += row.cycleStockValue;
    safetyStockValue += row.safetyStockValue;
    annualCost += row.annualValue;
    if (row.annualValue > 0) weightedTarget += row.target * row.annualValue;
  }
  const inventoryValue = cycleStockValue + safetyStockValue;
  return {
    items,
    failed: rows.length - items,
    cycleStockValue,
    safetyStockValue,
    inventoryValue,
    annualCost,
    turns:
      inventoryValue > 0 ? inventoryTurnover({ costOfGoodsSold: annualCost, averageInventory: inventoryValue }) : null,
    portfolioServiceLevel: annualCost > 0 ? weightedTarget / annualCost : null,
    normalModel: {
      safetyStockValue: normal.safetyStockValue,
      portfolioServiceLevel: normal.annualCost > 0 ? normal.weightedTarget / normal.annualCost : null,
    },
    costComparison:
      cost.items === 0
        ? null
        : {
            items: cost.items,
            serviceCost: cost.serviceCost,
            optimalCost: cost.optimalCost,
            achievedService: cost.value > 0 ? cost.achieved / cost.value : null,
            targetService: cost.value > 0 ? cost.target / cost.value : null,
          },
  };
}

/** The policy for every item, `classes` aligned with `items`. */
export function computePolicy(
  items: readonly ItemRecord[],
  classes: readonly string[],
  settings: PolicySettings,
): Policy {
  const rows = items.map((item, index) => itemPolicy(item, classes[index] ?? "", settings));
  return { rows, totals: policyTotals(rows) };
}
