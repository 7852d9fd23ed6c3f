import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { App } from "@/app/App";
import { loadRuntimeConfig } from "@/lib/config";
import { applyInitialTheme } from "@/lib/theme";

applyInitialTheme();

void loadRuntimeConfig().then((config) => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});
