import { Button, Checkbox, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AbcBasis } from "../../core/classification/abcClassification";
import { NumberField } from "../shared/NumberField";
import type { ChoiceErrors, ClassifyTexts } from "../policy/choices";
import type { Classification, ClassifyChoices } from "../policy/classify";
import { FIELD_LABEL } from "../policy/labels";
import { stepRoot } from "../shared/styles";
import { ClassSummary } from "./ClassSummary";
import { count, money } from "./format";
import { ParetoChart } from "./ParetoChart";
import { Section } from "./parts";

const useStyles = makeStyles({
  root: stepRoot,
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface ClassifyStepProps {
  texts: ClassifyTexts;
  errors: ChoiceErrors;
  hasHistory: boolean;
  /** The choices read (for the chart's cut-offs), undefined while an entry is wrong. */
  choices: ClassifyChoices | undefined;
  classification: Classification | undefined;
  /** The currency money is shown in ("" or absent for none). */
  currency?: string;
  onChange(patch: Partial<ClassifyTexts>): void;
  onBack(): void;
  onContinue(): void;
}

/** Step 2: ABC by value or count with editable cut-offs, optional XYZ; the summary per class and the Pareto chart. */
export function ClassifyStep(props: ClassifyStepProps) {
  const styles = useStyles();
  const { texts, errors, classification, choices } = props;
  const shareOf = texts.basis === "value" ? "value" : "items";
  return (
    <div className={styles.root}>
      <Section title="ABC classes">
        <Field label="Rank and cut by">
          <RadioGroup
            value={texts.basis}
            onChange={(_event, data) => props.onChange({ basis: data.value as AbcBasis })}
          >
            <Radio value="value" label="Value (annual usage × unit cost)" />
            <Radio value="count" label="Count of items" />
          </RadioGroup>
        </Field>
        <div className={styles.pair}>
          <NumberField
            label={FIELD_LABEL.aCutoff}
            hint={`Cumulative share of ${shareOf}.`}
            value={texts.aCutoff}
            onChange={(aCutoff) => props.onChange({ aCutoff })}
            error={errors.aCutoff}
          />
          <NumberField
            label={FIELD_LABEL.bCutoff}
            hint="The rest is C."
            value={texts.bCutoff}
            onChange={(bCutoff) => props.onChange({ bCutoff })}
            error={errors.bCutoff}
          />
        </div>
      </Section>

      <Section title="XYZ classes">
        <Checkbox
          label="Add XYZ classes by demand variability (from the history)"
          checked={texts.xyz && props.hasHistory}
          disabled={!props.hasHistory}
          onChange={(_event, data) => props.onChange({ xyz: data.checked === true })}
        />
        {!props.hasHistory && <Text className={styles.note}>Map the demand-history columns to use XYZ.</Text>}
        {texts.xyz && props.hasHistory && (
          <div className={styles.pair}>
            <NumberField
              label={FIELD_LABEL.xCutoff}
              hint="Coefficient of variation, e.g. 0.5."
              value={texts.xCutoff}
              onChange={(xCutoff) => props.onChange({ xCutoff })}
              error={errors.xCutoff}
            />
            <NumberField
              label={FIELD_LABEL.yCutoff}
              hint="Above is Z."
              value={texts.yCutoff}
              onChange={(yCutoff) => props.onChange({ yCutoff })}
              error={errors.yCutoff}
            />
          </div>
        )}
      </Section>

      {classification && choices && (
        <Section title="Summary per class" label="Class summary">
          <ClassSummary
            summary={classification.summary}
            totalValue={classification.totalValue}
            currency={props.currency}
          />
          <Text className={styles.note}>
            {count(classification.classes.length)} items, total annual value{" "}
            {money(classification.totalValue, props.currency)}.
          </Text>
          <ParetoChart
            ranking={classification.ranking}
            letterOf={(item) => classification.classes[item]?.charAt(0) ?? "C"}
            basis={choices.basis}
            aCutoff={choices.aCutoff}
            bCutoff={choices.bCutoff}
          />
        </Section>
      )}

      <div className={styles.pair}>
        <Button onClick={props.onBack}>Back</Button>
        <Button appearance="primary" disabled={!classification} onClick={props.onContinue}>
          Continue
        </Button>
      </div>
    </div>
  );
}
