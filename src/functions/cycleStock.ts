/* Custom functions for cycle stock. Thin wrappers: the funnel owns the cells, core owns the model. */
import { economicOrderQuantity } from "../core/cycleStock/economicOrderQuantity";
import { elementwise } from "./funnel";

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
    (input) => economicOrderQuantity(input).quantity,
  );
}
