import * as React from "react";

export type ThemeChoice = "light" | "dark" | "system";
const STORAGE_KEY = "mentra.theme";

function systemPrefersDark() {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function storedChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function resolve(choice: ThemeChoice): "light" | "dark" {
  return choice === "system" ? (systemPrefersDark() ? "dark" : "light") : choice;
}

/** Applies the stored choice before the first render (no inline script may do it: the CSP forbids them). */
export function applyInitialTheme() {
  document.documentElement.classList.toggle("dark", resolve(storedChoice()) === "dark");
}

type ThemeState = { choice: ThemeChoice; resolved: "light" | "dark"; setChoice: (choice: ThemeChoice) => void };

const ThemeContext = React.createContext<ThemeState | null>(null);

export function ThemeProvider({ children }: { children: React.ReactNode }) {
  const [choice, setChoiceState] = React.useState<ThemeChoice>(storedChoice);
  const [resolved, setResolved] = React.useState(() => resolve(choice));

  React.useEffect(() => {
    const update = () => {
      const next = resolve(choice);
      setResolved(next);
      document.documentElement.classList.toggle("dark", next === "dark");
    };
    update();
    if (choice !== "system" || typeof window.matchMedia !== "function") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, [choice]);

  const setChoice = React.useCallback((next: ThemeChoice) => {
    try {
      if (next === "system") window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setChoiceState(next);
  }, []);

  const value = React.useMemo(() => ({ choice, resolved, setChoice }), [choice, resolved, setChoice]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  const state = React.useContext(ThemeContext);
  if (!state) throw new Error("useTheme outside ThemeProvider");
  return state;
}
