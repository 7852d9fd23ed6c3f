import * as React from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { Toaster } from "@/components/ui/sonner";
import { createQueryClient } from "@/lib/api/queryClient";
import { AuthProvider } from "@/lib/auth/AuthProvider";
import type { RuntimeConfig } from "@/lib/config";
import { ThemeProvider } from "@/lib/theme";
import { LiveProvider } from "@/features/chat";
import { router } from "./router";

export function App({ config }: { config: RuntimeConfig }) {
  const [queryClient] = React.useState(createQueryClient);
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider config={config}>
          <LiveProvider>
            <RouterProvider router={router} />
            <Toaster />
          </LiveProvider>
        </AuthProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
