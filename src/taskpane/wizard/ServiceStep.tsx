import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NumberField } from "../shared/NumberField";
import { BACKORDER_RATE_LABEL, type ChoiceErrors, type ServiceTexts } from "../policy/choices";
import type { ClassSummaryRow } from "../policy/classify";
import type { PolicyBasis, PolicyTotals } from "../policy/policy";
import { FIELD_LABEL, targetLabel } from "../policy/labels";
import { MEASURE_LABEL, type ServiceMeasure } from "../policy/serviceLevels";
import type { TradeOffPoint } from "../policy/tradeOff";
import { stepRoot } from "../shared/styles";
import { money, percent, plural } from "./format";
import { Figures, Section } from "./parts";
import { TradeOffChart } from "./TradeOffChart";

const useStyles = makeStyles({
  root: stepRoot,
  targets: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface ServiceStepProps {
  texts: ServiceTexts;
  errors: ChoiceErrors;
  /** The classes that get a target, with their item counts. */
  classes: readonly ClassSummaryRow[];
  totals: PolicyTotals | undefined;
  tradeOff: readonly TradeOffPoint[] | undefined;
  /** True while the curve is being recomputed for the latest edit. */
  updating: boolean;
  /** The currency money is shown in (the Policy step's choice; none: plain numbers). */
  currency?: string;
  onTarget(label: string, text: string): void;
  onResetTargets(): void;
  onChange(patch: Partial<Omit<ServiceTexts, "targets">>): void;
  onBack(): void;
  onContinue(): void;
}

/** Step 3: a target per class, the carrying rate and default order cost; the investment they imply, live. */
export function ServiceStep(props: ServiceStepProps) {
  const styles = useStyles();
  const { texts, errors, totals } = props;
  const currency = props.currency ?? "";
  const measureLabel = MEASURE_LABEL[texts.measure];
  const current =
    totals && totals.normalModel.portfolioServiceLevel !== null
      ? { level: totals.normalModel.portfolioServiceLevel, investment: totals.normalModel.safetyStockValue }
      : undefined;
  return (
    <div className={styles.root}>
      <Section title="Targets per class">
        <Field label="Service measure">
          <RadioGroup
            value={texts.measure}
            onChange={(_event, data) => props.onChange({ measure: data.value as ServiceMeasure })}
          >
            <Radio value="cycle" label="Cycle service level (no stockout in a cycle)" />
            <Radio value="fillRate" label="Fill rate (share of demand met from stock)" />
          </RadioGroup>
        </Field>
        <Text className={styles.note}>Enter 98% or 0.98.</Text>
        <div className={styles.targets}>
          {props.classes.map((row) => (
            <NumberField
              key={row.label}
              label={targetLabel(row.label)}
              hint={plural(row.items, "item")}
              value={texts.targets[row.label] ?? ""}
              onChange={(text) => props.onTarget(row.label, text)}
              error={errors[`target.${row.label}`]}
            />
          ))}
        </div>
        <Button size="small" onClick={props.onResetTargets}>
          Reset targets to the defaults
        </Button>
      </Section>

      <Section title="Costs">
        <div className={styles.pair}>
          <NumberField
            label={FIELD_LABEL.carryingRate}
            hint="Of unit cost, e.g. 25%."
            value={texts.carryingRate}
            onChange={(carryingRate) => props.onChange({ carryingRate })}
            error={errors.carryingRate}
          />
          <NumberField
            label={FIELD_LABEL.defaultOrderCost}
            hint="Where an item has none."
            value={texts.defaultOrderCost}
            onChange={(defaultOrderCost) => props.onChange({ defaultOrderCost })}
            error={errors.defaultOrderCost}
          />
        </div>
        <Field label="Regular items' order quantity and reorder point">
          <RadioGroup
            value={texts.basis}
            onChange={(_event, data) => props.onChange({ basis: data.value as PolicyBasis })}
          >
            <Radio value="service" label="EOQ + safety stock for the class targets" />
            <Radio value="cost" label="Least cost for a backorder cost: cost-optimal (r,Q)" />
          </RadioGroup>
        </Field>
        {texts.basis === "cost" && (
          <NumberField
            label={BACKORDER_RATE_LABEL}
            hint="What a unit short costs for each year it stays short, as a share of its unit cost, e.g. 200%."
            value={texts.backorderRate}
            onChange={(backorderRate) => props.onChange({ backorderRate })}
            error={errors.backorderRate}
          />
        )}
      </Section>

      <Section title="What the targets cost" label="Investment">
        <div aria-live="polite">
          {totals ? (
            <Figures
              label="Investment figures"
              items={[
                { label: "Safety stock investment", value: money(totals.safetyStockValue, currency) },
                { label: "Average inventory value", value: money(totals.inventoryValue, currency) },
                {
                  label: `${measureLabel}, weighted by value`,
                  value: totals.portfolioServiceLevel === null ? "–" : percent(totals.portfolioServiceLevel),
                },
              ]}
            />
          ) : (
            <Text>Correct the entries marked above to see the investment.</Text>
          )}
        </div>
        {totals?.costComparison && (
          <Figures
            label="Cost-optimal against the targets"
            items={[
              {
                label: "Expected cost per year, class targets",
                value: money(totals.costComparison.serviceCost, currency),
              },
              {
                label: "Expected cost per year, cost-optimal",
                value: money(totals.costComparison.optimalCost, currency),
              },
              {
                label: "Saving per year",
                value: money(totals.costComparison.serviceCost - totals.costComparison.optimalCost, currency),
              },
              {
                label: `${measureLabel} achieved, weighted by value`,
                value:
                  totals.costComparison.achievedService === null ? "–" : percent(totals.costComparison.achievedService),
              },
              {
                label: `${measureLabel} targeted, weighted by value`,
                value:
                  totals.costComparison.targetService === null ? "–" : percent(totals.costComparison.targetService),
              },
            ]}
          />
        )}
        {props.tradeOff && (
          <div style={{ opacity: props.updating ? 0.6 : 1 }}>
            <TradeOffChart points={props.tradeOff} current={current} measureLabel={measureLabel} currency={currency} />
          </div>
        )}
      </Section>

      <div className={styles.pair}>
        <Button onClick={props.onBack}>Back</Button>
        <Button appearance="primary" disabled={!totals} onClick={props.onContinue}>
          Continue
        </Button>
      </div>
    </div>
  );
}
