/*
 * Entry point of the task pane. The page also loads the functions bundle
 * (shared runtime); this file only starts the pane. Everything about the host
 * goes through app/connect.ts, everything about the workbook through the
 * WorkbookPort.
 */
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { connect } from "./app/connect";

// taskpane.html shows #unsupported-host once the page has loaded unless this bundle ran and removed it.
document.getElementById("unsupported-host")?.remove();

const root = document.getElementById("root");
if (root) createRoot(root).render(<App connection={connect()} />);
