import * as React from "react";
import type { RuntimeConfig } from "@/lib/config";
import { ClerkAuthClient } from "./clerk/ClerkAuthClient";
import { LocalAuthClient } from "./localAuth";
import { session, type AuthState } from "./session";

const ClerkRoot = React.lazy(() => import("./clerk/ClerkRoot"));

/** Creates the configured auth client once, hands it to the session, and (Clerk) mounts Clerk's provider. */
export function AuthProvider({ config, children }: { config: RuntimeConfig; children: React.ReactNode }) {
  const [client] = React.useState(() => {
    const created = config.authMode === "clerk" ? new ClerkAuthClient() : new LocalAuthClient();
    session.use(created);
    if (created instanceof LocalAuthClient) void created.start();
    return created;
  });
  if (client instanceof ClerkAuthClient && config.clerkPublishableKey) {
    return (
      <React.Suspense fallback={null}>
        <ClerkRoot publishableKey={config.clerkPublishableKey} client={client}>
          {children}
        </ClerkRoot>
      </React.Suspense>
    );
  }
  return <>{children}</>;
}

/** Who is signed in; re-renders when that changes. */
export function useAuth(): AuthState {
  return React.useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.state(),
    () => session.state(),
  );
}

/** The local issuer's client (sign-in and sign-up forms), or null in Clerk mode. */
export function useLocalAuth(): LocalAuthClient | null {
  const client = session.current();
  return client instanceof LocalAuthClient ? client : null;
}

export function hasRole(state: AuthState, role: string): boolean {
  return state.status === "signed-in" && state.user.roles.includes(role);
}
