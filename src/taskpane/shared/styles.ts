import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** The column every wizard step lays its sections in; a step's makeStyles uses it as its `root`. */
export const stepRoot: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalL,
  minWidth: 0,
};
