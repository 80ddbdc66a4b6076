/* Custom functions for cycle stock. Thin wrappers: the funnel owns the cells, core owns the model. */
import { economicOrderQuantityAlone } from "../core/cycleStock/economicOrderQuantity";
import {
  type EpqResult,
  economicProductionQuantity,
  requireCycleTime,
} from "../core/cycleStock/economicProductionQuantity";
import {
  type EoqWithBackordersResult,
  economicOrderQuantityWithBackorders,
} from "../core/cycleStock/eoqWithBackorders";
import {
  type EpqWithBackordersResult,
  economicProductionQuantityWithBackorders,
} from "../core/cycleStock/epqWithBackorders";
import { orderQuantityCost } from "../core/cycleStock/orderQuantityCost";
import {
  type DiscountedEoqResult,
  discountSchedule,
  economicOrderQuantityWithDiscounts,
} from "../core/cycleStock/quantityDiscounts";
import { elementwise, guarded, resultOutput } from "./funnel";

/**
 * Economic order quantity sqrt(2 × demand × order_cost / holding_cost): the order size that balances ordering and holding cost (Harris 1913; Snyder & Shen eq. 3.4). Ranges combine element by element and spill.
 * @customfunction EOQ
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order or setup (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0); a carrying rate per period (25% = 0.25) when unit_cost is given. One value or a range.
 * @param {any[][]} [unit_cost] Unit cost (> 0). When given, the holding cost is holding_cost × unit_cost. One value or a range.
 * @returns {any[][]} Order quantity in units, one per element.
 */
export function eoq(demand: any[][], order_cost: any[][], holding_cost: any[][], unit_cost?: any[][]): any[][] {
  return elementwise(
    "EOQ",
    { demand: ["demand", demand], orderCost: ["order_cost", order_cost], holdingCost: ["holding_cost", holding_cost] },
    { unitCost: ["unit_cost", unit_cost] },
    (input) => economicOrderQuantityAlone(input),
  );
}

/**
 * Cost per period of ordering order_quantity at a time: demand × order_cost / order_quantity + holding_cost × order_quantity / 2 (purchase cost excluded). Draws the EOQ cost curve. Ranges combine element by element and spill.
 * @customfunction EOQCOST
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0); a carrying rate per period (25% = 0.25) when unit_cost is given. One value or a range.
 * @param {any[][]} order_quantity Units per order (> 0). One value or a range, e.g. a column of quantities to plot.
 * @param {any[][]} [unit_cost] Unit cost (> 0). When given, the holding cost is holding_cost × unit_cost, as in EOQ.
 * @returns {any[][]} Ordering + holding cost per period, one per element.
 */
export function eoqcost(
  demand: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  order_quantity: any[][],
  unit_cost?: any[][],
): any[][] {
  return elementwise(
    "EOQCOST",
    {
      demand: ["demand", demand],
      orderCost: ["order_cost", order_cost],
      holdingCost: ["holding_cost", holding_cost],
      orderQuantity: ["order_quantity", order_quantity],
    },
    { unitCost: ["unit_cost", unit_cost] },
    (input) => orderQuantityCost(input).costPerPeriod,
  );
}

/**
 * Outputs of INV.EOQBACKORDER.
 * @customenum {string}
 */
enum EoqBackorderResult {
  /** Order quantity Q* = sqrt(2DS(H+p)/(Hp)), the default. */
  quantity = "quantity",
  /** Largest backorder level, Q* × H/(H+p). */
  backorders = "backorders",
  /** Ordering + holding + backorder cost per period. */
  cost = "cost",
  /** Largest on-hand inventory, Q × (1 − backorder fraction). */
  max_inventory = "max_inventory",
}

/**
 * EOQ with planned backorders: sqrt(2 × demand × order_cost × (holding_cost + backorder_cost) / (holding_cost × backorder_cost)) (Snyder & Shen eq. 3.27), or its outputs at a given order_quantity or backorder_fraction. Ranges spill.
 * @customfunction EOQBACKORDER
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0). One value or a range.
 * @param {any[][]} backorder_cost Cost per unit backordered per period (> 0). One value or a range.
 * @param [result] "quantity" (default), "backorders" (largest backorder level), "cost" (ordering + holding + backorder cost per period) or "max_inventory" (largest on-hand stock).
 * @param {any[][]} [order_quantity] A given order quantity (> 0): the outputs at it. Default: the optimal one. One value or a range.
 * @param {any[][]} [backorder_fraction] A given fraction of demand backordered, 0 to 1. Default: the optimal holding_cost/(holding_cost + backorder_cost). One value or a range.
 * @returns {any[][]} The chosen output, one per element.
 */
export function eoqbackorder(
  demand: any[][],
  order_cost: any[][],
  holding_cost: any[][],
  backorder_cost: any[][],
  result?: EoqBackorderResult,
  order_quantity?: any[][],
  backorder_fraction?: any[][],
): any[][] {
  const output = resultOutput("EOQBACKORDER", result, {
    quantity: (r: EoqWithBackordersResult) => r.quantity,
    backorders: (r) => r.maxBackorders,
    cost: (r) => r.costPerPeriod,
    max_inventory: (r) => r.maxInventory,
  });
  return elementwise(
    "EOQBACKORDER",
    {
      demand: ["demand", demand],
      orderCost: ["order_cost", order_cost],
      holdingCost: ["holding_cost", holding_cost],
      backorderCost: ["backorder_cost", backorder_cost],
    },
    {
      orderQuantity: ["order_quantity", order_quantity],
      backorderFraction: ["backorder_fraction", backorder_fraction],
    },
    (input) => output(economicOrderQuantityWithBackorders(input)),
  );
}

/**
 * Outputs of INV.EOQDISCOUNT.
 * @customenum {string}
 */
enum EoqDiscountResult {
  /** Optimal order quantity, the default. */
  quantity = "quantity",
  /** Unit price paid (for incremental discounts, the average over the order). */
  price = "price",
  /** Purchase + ordering + holding cost per period. */
  cost = "cost",
}

/**
 * Order quantity under quantity discounts: all-units by default, incremental when incremental is TRUE (Snyder & Shen conventions). The schedule is break_quantities and unit_prices. Demand and costs may be ranges; results spill.
 * @customfunction EOQDISCOUNT
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} order_cost Cost per order (≥ 0). One value or a range.
 * @param {any[][]} carrying_rate Holding cost per period as a fraction of the unit price (> 0; 25% = 0.25). One value or a range.
 * @param {any[][]} break_quantities Smallest order quantity of each price tier: 0 (or 1) first, then increasing. Trailing blanks are ignored.
 * @param {any[][]} unit_prices Unit price of each tier (> 0, never rising), one per break quantity.
 * @param {any} [incremental] FALSE (default): the tier price applies to all units; TRUE: only to the units above its break.
 * @param [result] "quantity" (default): order quantity; "price": unit price paid (average for incremental); "cost": purchase + ordering + holding cost per period.
 * @returns {any[][]} The chosen output, one per element.
 */
export function eoqdiscount(
  demand: any[][],
  order_cost: any[][],
  carrying_rate: any[][],
  break_quantities: any[][],
  unit_prices: any[][],
  incremental?: any,
  result?: EoqDiscountResult,
): any[][] {
  const fn = "EOQDISCOUNT";
  const tiers = {
    breakQuantities: ["break_quantities", break_quantities],
    unitPrices: ["unit_prices", unit_prices],
    incremental: ["incremental", incremental],
  } as const;
  const { schedule, isIncremental } = guarded(fn, tiers, (read) => ({
    schedule: discountSchedule({
      breakQuantities: read.numbers("breakQuantities").values,
      unitPrices: read.numbers("unitPrices").values,
    }),
    isIncremental: read.optionalLogical("incremental") ?? false,
  }));
  const output = resultOutput(fn, result, {
    quantity: (r: DiscountedEoqResult) => r.quantity,
    price: (r) => r.unitPrice,
    cost: (r) => r.costPerPeriod,
  });
  return elementwise(
    fn,
    {
      demand: ["demand", demand],
      orderCost: ["order_cost", order_cost],
      carryingRate: ["carrying_rate", carrying_rate],
    },
    {},
    (input) => output(economicOrderQuantityWithDiscounts({ ...input, schedule, incremental: isIncremental })),
  );
}

/**
 * Outputs of INV.EPQ.
 * @customenum {string}
 */
enum EpqResultName {
  /** Production lot size Q*, the default. */
  quantity = "quantity",
  /** Setup + holding cost per period. */
  cost = "cost",
  /** Inventory at the end of a run, Q* × (1 − demand/production_rate). */
  max_inventory = "max_inventory",
  /** Periods between the starts of two runs, Q* ÷ demand. */
  cycle_time = "cycle_time",
  /** Periods the line runs in each cycle, Q* ÷ production_rate. */
  run_time = "run_time",
}

/**
 * Economic production quantity sqrt(2 × demand × setup_cost / (holding_cost × (1 − demand/production_rate))): the lot size when stock builds while the line runs (Snyder & Shen eq. 3.31), or its outputs at a given order_quantity. Ranges spill.
 * @customfunction EPQ
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} setup_cost Cost per production setup (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0). One value or a range.
 * @param {any[][]} production_rate Units produced per period while running; must be greater than demand. One value or a range.
 * @param [result] "quantity" (default): lot size; "cost": setup + holding cost per period; "max_inventory": stock at the end of a run; "cycle_time": periods between runs; "run_time": periods the line runs (Q/P).
 * @param {any[][]} [order_quantity] A given lot size (> 0): the outputs at it. Default: the optimal Q*. One value or a range.
 * @returns {any[][]} The chosen output, one per element.
 */
export function epq(
  demand: any[][],
  setup_cost: any[][],
  holding_cost: any[][],
  production_rate: any[][],
  result?: EpqResultName,
  order_quantity?: any[][],
): any[][] {
  const output = resultOutput("EPQ", result, {
    quantity: (r: EpqResult) => r.quantity,
    cost: (r) => r.costPerPeriod,
    max_inventory: (r) => r.maxInventory,
    cycle_time: (r) => requireCycleTime(r),
    run_time: (r) => r.productionTime,
  });
  return elementwise(
    "EPQ",
    {
      demand: ["demand", demand],
      setupCost: ["setup_cost", setup_cost],
      holdingCost: ["holding_cost", holding_cost],
      productionRate: ["production_rate", production_rate],
    },
    { orderQuantity: ["order_quantity", order_quantity] },
    (input) => output(economicProductionQuantity(input)),
  );
}

/**
 * Outputs of INV.EPQBACKORDER.
 * @customenum {string}
 */
enum EpqBackorderResult {
  /** Production lot size Q*, the default. */
  quantity = "quantity",
  /** Largest backorder level, reached when a run starts. */
  backorders = "backorders",
  /** Setup + holding + backorder cost per period. */
  cost = "cost",
  /** Largest on-hand inventory, at the end of a run. */
  max_inventory = "max_inventory",
  /** Periods between the starts of two runs, Q* ÷ demand. */
  cycle_time = "cycle_time",
}

/**
 * EPQ with planned backorders: sqrt(2 × demand × setup_cost × (holding_cost + backorder_cost) / (holding_cost × backorder_cost × (1 − demand/production_rate))). result picks the output. Ranges combine and spill.
 * @customfunction EPQBACKORDER
 * @param {any[][]} demand Demand per period, units (≥ 0). One value or a range.
 * @param {any[][]} setup_cost Cost per production setup (≥ 0). One value or a range.
 * @param {any[][]} holding_cost Holding cost per unit per period (> 0). One value or a range.
 * @param {any[][]} production_rate Units produced per period while running; must be greater than demand. One value or a range.
 * @param {any[][]} backorder_cost Cost per unit backordered per period (> 0). One value or a range.
 * @param [result] "quantity" (default), "backorders" (largest backorder level), "cost" (per period), "max_inventory" (largest on-hand stock) or "cycle_time" (periods between runs).
 * @returns {any[][]} The chosen output, one per element.
 */
export function epqbackorder(
  demand: any[][],
  setup_cost: any[][],
  holding_cost: any[][],
  production_rate: any[][],
  backorder_cost: any[][],
  result?: EpqBackorderResult,
): any[][] {
  const output = resultOutput("EPQBACKORDER", result, {
    quantity: (r: EpqWithBackordersResult) => r.quantity,
    backorders: (r) => r.maxBackorders,
    cost: (r) => r.costPerPeriod,
    max_inventory: (r) => r.maxInventory,
    cycle_time: (r) => requireCycleTime(r),
  });
  return elementwise(
    "EPQBACKORDER",
    {
      demand: ["demand", demand],
      setupCost: ["setup_cost", setup_cost],
      holdingCost: ["holding_cost", holding_cost],
      productionRate: ["production_rate", production_rate],
      backorderCost: ["backorder_cost", backorder_cost],
    },
    {},
    (input) => output(economicProductionQuantityWithBackorders(input)),
  );
}
