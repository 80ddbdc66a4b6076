import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WriteChoices } from "../policy/choices";
import { CURRENCIES, type CurrencyCode } from "../policy/currency";
import type { Policy } from "../policy/policy";
import { stepRoot } from "../shared/styles";
import { count, money, plural, ratio } from "./format";
import { Choice, Figures, Section } from "./parts";
import { PolicyTable } from "./PolicyTable";

export { methodText, PAGE_ROWS } from "./PolicyTable";

const useStyles = makeStyles({
  root: stepRoot,
  error: { color: tokens.colorPaletteRedForeground1 },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  note: { color: tokens.colorNeutralForeground2 },
});

const CURRENCY_OPTIONS = CURRENCIES.map((currency) => ({ value: currency.code, label: currency.label }));

export interface PolicyStepProps {
  policy: Policy;
  /** How the inputs were converted, e.g. "Demand per year, as is; lead time days ÷ 250 days per year = years." */
  conversions: string;
  /** The number choices: rounding up and the currency, for the preview and the sheet (none: plain, as computed). */
  format?: Pick<WriteChoices, "roundUp" | "currency">;
  /** Changes them; without it the choices are not offered. */
  onFormat?: (patch: Partial<WriteChoices>) => void;
  onBack(): void;
  onContinue(): void;
}

/** Step 4: the policy per item and the portfolio totals, as they will be written. */
export function PolicyStep({ policy, conversions, format = {}, onFormat, onBack, onContinue }: PolicyStepProps) {
  const styles = useStyles();
  const { totals, rows } = policy;
  const currency = format.currency ?? "";
  return (
    <div className={styles.root}>
      <Section title="Portfolio">
        <Figures
          label="Portfolio totals"
          items={[
            { label: "Items with a policy", value: count(totals.items) },
            { label: "Cycle stock value", value: money(totals.cycleStockValue, currency) },
            { label: "Safety stock value", value: money(totals.safetyStockValue, currency) },
            { label: "Inventory value", value: money(totals.inventoryValue, currency) },
            { label: "Annual cost of demand", value: money(totals.annualCost, currency) },
            { label: "Expected turns per year", value: totals.turns === null ? "–" : ratio(totals.turns) },
          ]}
        />
        {totals.failed > 0 && (
          <Text className={styles.error}>
            {plural(totals.failed, "item")} could not be computed; the reason is in{" "}
            {totals.failed === 1 ? "its" : "their"} row.
          </Text>
        )}
        <Text className={styles.note}>{conversions}</Text>
      </Section>

      {onFormat && (
        <Section title="Numbers">
          <Checkbox
            label="Round reorder points and order quantities up to whole units (as entered in an ERP)"
            checked={format.roundUp ?? false}
            onChange={(_event, data) => onFormat({ roundUp: data.checked === true })}
          />
          <Choice<CurrencyCode>
            label="Currency"
            hint="For money here and on the written sheet."
            value={currency}
            options={CURRENCY_OPTIONS}
            onChange={(code) => onFormat({ currency: code })}
          />
        </Section>
      )}

      <Section title="Per item" label="Policy per item">
        <PolicyTable rows={rows} currency={currency} />
      </Section>

      <div className={styles.pair}>
        <Button onClick={onBack}>Back</Button>
        <Button appearance="primary" onClick={onContinue}>
          Continue
        </Button>
      </div>
    </div>
  );
}
