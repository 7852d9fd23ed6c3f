import * as React from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "@/lib/api/queryClient";
import { AuthProvider } from "@/lib/auth/AuthProvider";
import type { RuntimeConfig } from "@/lib/config";
import { ThemeProvider } from "@/lib/theme";
import { LiveProvider } from "@/features/chat";
import { AppRoutes } from "./router";

// toasts appear only after something happens: their code loads once the first screen is up, not before it
const Toaster = React.lazy(() => import("@/components/ui/sonner").then((m) => ({ default: m.Toaster })));

function DeferredToaster() {
  const [ready, setReady] = React.useState(false);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setReady(true), 1_000);
    return () => window.clearTimeout(timer);
  }, []);
  return ready ? (
    <React.Suspense fallback={null}>
      <Toaster />
    </React.Suspense>
  ) : null;
}

export function App({ config }: { config: RuntimeConfig }) {
  const [queryClient] = React.useState(createQueryClient);
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider config={config}>
          <LiveProvider>
            <AppRoutes />
            <DeferredToaster />
          </LiveProvider>
        </AuthProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
