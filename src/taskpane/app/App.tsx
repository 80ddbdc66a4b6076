import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Calculator } from "../calculator/Calculator";
import { useThemeName } from "../host/useThemeName";
import { LessonsPanel } from "../lessons/LessonsPanel";
import { PracticePanel } from "../practice/PracticePanel";
import { firstAdded } from "../sheets/sheetChoice";
import { SheetViewer } from "../sheets/SheetViewer";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { Wizard } from "../wizard/Wizard";
import type { Connecting } from "./connect";
import { HostNotice } from "./HostNotice";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Six tabs do not fit a 320 px pane on one line: they wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: 0 },
});

type View = "wizard" | "calculator" | "lessons" | "practice" | "sheets";

/** The demo's in-memory workbook, whose sheets the pane shows itself; undefined in Excel (Excel shows its own). */
function demoWorkbook(workbook: WorkbookPort | undefined): MemoryWorkbook | undefined {
  return workbook?.host === "browser" && workbook instanceof MemoryWorkbook ? workbook : undefined;
}

export interface AppProps {
  /** Connecting to the host (see connect.ts); the calculator works before it is done. */
  connection: Connecting;
}

export function App({ connection }: AppProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  const connected = state.kind === "connected" ? state.connection : undefined;
  const theme = useThemeName(connected?.info.officeTheme);
  // Both views stay mounted, so switching keeps what was entered in each.
  const [view, setView] = useState<View>("wizard");
  const demo = demoWorkbook(connected?.workbook);
  // The sheet the Sheets tab shows (undefined: the newest), and the sheets there were when it was last opened.
  const [sheetName, setSheetName] = useState<string>();
  const seenSheets = useRef<string[]>([]);
  useEffect(() => {
    seenSheets.current = demo?.sheetNames() ?? [];
  }, [demo]);

  const open = (next: View) => {
    if (next === "sheets" && demo) {
      // Opening the Sheets tab shows what was inserted since it was last open: a lesson, a practice set, a policy.
      const names = demo.sheetNames();
      const added = firstAdded(seenSheets.current, names);
      seenSheets.current = names;
      if (added !== undefined) setSheetName(added);
    }
    setView(next);
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.main}>
        <header className={styles.header}>
          <Title3 as="h1">Inventory Policy</Title3>
          <Text>From an item list to a live policy, by the same models as the INV functions.</Text>
        </header>
        <HostNotice state={state} onRetry={connection.retry} />
        <TabList
          selectedValue={view}
          onTabSelect={(_event, data) => open(data.value as View)}
          aria-label="View"
          className={styles.tabs}
        >
          <Tab value="wizard">Policy wizard</Tab>
          <Tab value="calculator">Calculator</Tab>
          <Tab value="lessons">Lessons</Tab>
          <Tab value="practice">Practice</Tab>
          {demo && <Tab value="sheets">Sheets</Tab>}
        </TabList>
        <div role="tabpanel" aria-label="Policy wizard" hidden={view !== "wizard"} className={styles.panel}>
          <Wizard workbook={connected?.workbook} selectSample={connected?.selectSample} />
        </div>
        <div role="tabpanel" aria-label="Calculator" hidden={view !== "calculator"} className={styles.panel}>
          <Calculator workbook={connected?.workbook} demoInsertAt={connected?.demoInsertAt} />
        </div>
        <div role="tabpanel" aria-label="Lessons" hidden={view !== "lessons"} className={styles.panel}>
          <LessonsPanel workbook={connected?.workbook} />
        </div>
        <div role="tabpanel" aria-label="Practice" hidden={view !== "practice"} className={styles.panel}>
          <PracticePanel workbook={connected?.workbook} />
        </div>
        {demo && (
          <div role="tabpanel" aria-label="Sheets" hidden={view !== "sheets"} className={styles.panel}>
            <SheetViewer source={demo} sheetName={sheetName} onSheetNameChange={setSheetName} />
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
