import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS, type StepId } from "./wizardState";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  button: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface StepNavProps {
  current: StepId;
  /** Whether each step can be opened yet (its inputs are ready). */
  reachable(step: StepId): boolean;
  onSelect(step: StepId): void;
}

/** The wizard's steps as a row of buttons; the current one is marked for screen readers too. */
export function StepNav({ current, reachable, onSelect }: StepNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label="Wizard steps">
      <ol className={styles.list}>
        {STEPS.map((step, index) => (
          <li key={step.id}>
            <Button
              className={styles.button}
              size="small"
              appearance={step.id === current ? "primary" : "subtle"}
              aria-current={step.id === current ? "step" : undefined}
              disabled={!reachable(step.id)}
              onClick={() => onSelect(step.id)}
            >
              {index + 1}. {step.label}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
