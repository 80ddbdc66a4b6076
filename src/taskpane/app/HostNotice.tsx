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
        The calculator works as usual; inserting a formula writes to a demo sheet in this page, not to a workbook
        {info.reason ? ` (${info.reason})` : ""}.
      </MessageBarBody>
    </MessageBar>
  );
}
