import {
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Calculator } from "../calculator/Calculator";
import { useThemeName } from "../host/useThemeName";
import type { Connection } from "./connect";
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
});

export interface AppProps {
  /** Resolves once the host is known (see connect.ts); the calculator works before that. */
  connection: Promise<Connection>;
}

export function App({ connection }: AppProps) {
  const styles = useStyles();
  const [connected, setConnected] = useState<Connection | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void connection.then((value) => live && setConnected(value));
    return () => {
      live = false;
    };
  }, [connection]);
  const theme = useThemeName(connected?.info.officeTheme);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.main}>
        <header className={styles.header}>
          <Title3 as="h1">Inventory Policy</Title3>
          <Text>EOQ and safety stock, computed by the same models as the INV functions.</Text>
        </header>
        <HostNotice info={connected?.info} />
        <Calculator workbook={connected?.workbook} />
      </main>
    </FluentProvider>
  );
}
