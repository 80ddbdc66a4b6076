import { useEffect, useState } from "react";
import type { ThemeName } from "./detectHost";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function systemTheme(): ThemeName {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

/** The Office theme when there is one, else the browser's prefers-color-scheme, following its changes. */
export function useThemeName(officeTheme: ThemeName | undefined): ThemeName {
  const [system, setSystem] = useState<ThemeName>(systemTheme);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (): void => setSystem(query.matches ? "dark" : "light");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return officeTheme ?? system;
}
