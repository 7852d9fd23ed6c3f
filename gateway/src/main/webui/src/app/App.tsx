import * as React from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { createQueryClient } from "@/lib/api/queryClient";
import { AuthProvider } from "@/lib/auth/AuthProvider";
import type { RuntimeConfig } from "@/lib/config";
import { ThemeProvider } from "@/lib/theme";
import { LiveProvider } from "@/features/chat";
import { router } from "./router";

// toasts appear only after something happens: their code is not part of the first download
const Toaster = React.lazy(() => import("@/components/ui/sonner").then((m) => ({ default: m.Toaster })));

export function App({ config }: { config: RuntimeConfig }) {
  const [queryClient] = React.useState(createQueryClient);
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider config={config}>
          <LiveProvider>
            <RouterProvider router={router} />
            <React.Suspense fallback={null}>
              <Toaster />
            </React.Suspense>
          </LiveProvider>
        </AuthProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
