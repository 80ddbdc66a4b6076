/**
 * What the calculator says about each INV function: its description and its
 * arguments' help, as the functions' own doc comments give them (the build's
 * functions.json, copied into functionCatalog.json by `npm run docs`, which
 * `npm test` checks is current). Nothing here is retyped.
 */
import catalogJson from "./functionCatalog.json";

export interface CatalogChoice {
  value: string;
  /** The choice's tooltip in Excel's autocomplete ("" when it has none). */
  description: string;
}

export interface CatalogParameter {
  /** The Excel argument's name: "order_cost". */
  name: string;
  /** The help Excel shows for it. */
  description: string;
  optional: boolean;
  choices?: CatalogChoice[];
}

export interface CatalogFunction {
  /** Without the INV. namespace: "EOQ". */
  name: string;
  /** The description's first sentence. */
  summary: string;
  description: string;
  parameters: CatalogParameter[];
}

/** Every INV function of the build, sorted by name. */
export const CATALOG: readonly CatalogFunction[] = catalogJson.functions;

const byName = new Map(CATALOG.map((fn) => [fn.name, fn]));

/** The catalog's entry for `name` (any case), or undefined. */
export function catalogFunction(name: string): CatalogFunction | undefined {
  return byName.get(name.trim().toUpperCase());
}

/** The help text of one argument of `fn` ("" when the catalog has none). */
export function parameterHelp(fn: string, argument: string): string {
  return catalogFunction(fn)?.parameters.find((parameter) => parameter.name === argument)?.description ?? "";
}
