import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConnectState } from "./connect";

export interface HostNoticeProps {
  /** How connecting to the host goes. */
  state: ConnectState;
  /** Starts the pane again (inside Office, when Office is slow or failed to start). */
  onRetry(): void;
}

/**
 * Says so when the pane runs outside Excel, and, inside Excel, when Excel is
 * slow to start the add-in or failed to (never the demo then); shows nothing
 * while detecting or once connected to Excel.
 */
export function HostNotice({ state, onRetry }: HostNoticeProps) {
  if (state.kind === "slow" || state.kind === "failed") {
    const retry = (
      <MessageBarActions>
        <Button onClick={onRetry}>Retry</Button>
      </MessageBarActions>
    );
    return state.kind === "slow" ? (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Excel is taking long to start the add-in…</MessageBarTitle>
          The pane is waiting for Excel and connects as soon as Excel answers. Until then it cannot read or write the
          workbook (the calculator works). If nothing happens, Retry starts the pane again.
        </MessageBarBody>
        {retry}
      </MessageBar>
    ) : (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Excel could not start the add-in</MessageBarTitle>
          {state.message}. Retry starts the pane again; if that fails too, close the pane and open it from the ribbon.
        </MessageBarBody>
        {retry}
      </MessageBar>
    );
  }
  if (state.kind !== "connected" || state.connection.info.host !== "browser") return null;
  const { reason } = state.connection.info;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Running outside Excel</MessageBarTitle>
        Everything works on a demo workbook in this page, with a sample item list on the sheet Items: the wizard reads
        and writes it, and the calculator inserts into it, not into a workbook
        {reason ? ` (${reason})` : ""}.
      </MessageBarBody>
    </MessageBar>
  );
}
