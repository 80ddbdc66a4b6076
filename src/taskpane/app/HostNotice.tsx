import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../host/detectHost";

export interface HostNoticeProps {
  /** Undefined while the host is being detected. */
  info: HostInfo | undefined;
}

/** Says so when the pane runs outside Excel; shows nothing inside Excel. */
export function HostNotice({ info }: HostNoticeProps) {
  if (info?.host !== "browser") return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Running outside Excel</MessageBarTitle>
        Everything works on a demo workbook in this page, with a sample item list on the sheet Items: the wizard reads
        and writes it, and the calculator inserts into it, not into a workbook
        {info.reason ? ` (${info.reason})` : ""}.
      </MessageBarBody>
    </MessageBar>
  );
}
