import { ProgressBar, makeStyles } from "@fluentui/react-components";

/** How long work may take before its progress bar shows: a blink. Quicker updates do not flicker. */
export const BLINK_MS = 150;

const useStyles = makeStyles({
  delayed: {
    opacity: 0,
    animationName: { to: { opacity: 1 } },
    animationDuration: "1ms",
    animationDelay: `${BLINK_MS}ms`,
    animationFillMode: "forwards",
  },
});

/**
 * An indeterminate progress bar for work in the pane that may take longer than a blink
 * (a step opening, an edit applied to a large list). It is there at once for screen
 * readers and tests, and shows only once the work has lasted {@link BLINK_MS}.
 */
export function PendingBar({ label }: { label: string }) {
  const styles = useStyles();
  return <ProgressBar className={styles.delayed} aria-label={label} thickness="large" />;
}
